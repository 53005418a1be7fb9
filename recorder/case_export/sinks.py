"""Where a case export's files go: a folder, a zip file, or a zip sealed in an age file.

Every sink hashes each file as it is written and ends with SHA256SUMS (GNU coreutils format,
checked with `sha256sum -c SHA256SUMS` from the export's top folder, or after unzipping).
Nothing appears at the destination until the whole export is written and synced: a folder is
built under a hidden temporary name beside it and renamed into place, a file is written through
`fsutil.atomic_writer`. A failure or a cancel removes what was written.

Plaintext: a folder and a zip are plaintext by the person's choice. The age form streams the
zip straight into the age encryption: no plaintext byte reaches the disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; leftovers there are removed by hand
    fcntl = None  # type: ignore[assignment]  # the module is optional on this platform

from .. import fsutil
from ..age import encrypt
from ..age.stanza import Recipient

FOLDER, ZIP, AGE = "folder", "zip", "age"
FORMATS = (FOLDER, ZIP, AGE)
SUMS = "SHA256SUMS"
_TEMP_DIR = re.compile(r"^\..+\.[0-9a-f]{12}\.case$")


class HashingWriter:
    """Counts and hashes what passes through to the file underneath."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._sha.update(data)
        self._raw.write(data)
        n = memoryview(data).nbytes
        self.size += n
        return n

    def flush(self) -> None:
        self._raw.flush()

    def close(self) -> None:
        """Nothing to do: the file underneath is closed by whoever opened it (a zip written
        into this writer calls close when it ends)."""

    def hexdigest(self) -> str:
        return self._sha.hexdigest()


class Sink:
    """Files by POSIX path inside the export; SHA256SUMS last."""

    def __init__(self) -> None:
        self.sums: list[tuple[str, str]] = []
        self.bytes_written = 0

    @contextlib.contextmanager
    def member(self, name: str, *, compress: bool = False) -> Iterator[HashingWriter]:
        with self._open(name, compress) as raw:
            writer = HashingWriter(raw)
            yield writer
        self.sums.append((name, writer.hexdigest()))
        self.bytes_written += writer.size

    def write(self, name: str, data: bytes, *, compress: bool = True) -> str:
        with self.member(name, compress=compress) as writer:
            writer.write(data)
        return self.sums[-1][1]

    def finish(self) -> str:
        """Write SHA256SUMS; return its own SHA-256 (recorded in the custody log)."""
        text = "".join(f"{digest}  {name}\n" for name, digest in self.sums)
        data = text.encode("utf-8")
        with self._open(SUMS, True) as raw:
            raw.write(data)
        return hashlib.sha256(data).hexdigest()

    def _open(self, name: str, compress: bool) -> contextlib.AbstractContextManager[IO[bytes]]:
        raise NotImplementedError


class FolderSink(Sink):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        self.paths: list[Path] = []

    @contextlib.contextmanager
    def _open(self, name: str, compress: bool) -> Iterator[IO[bytes]]:
        path = self.root.joinpath(*name.split("/"))
        fsutil.private_dir(path.parent)
        with open(path, "xb") as fh:
            yield fh
        self.paths.append(path)

    def sync(self) -> None:
        """Make every file durable before the folder is renamed into place: one sync of the
        file systems where there is one (a hundred small files each synced on their own
        would take seconds), each file otherwise."""
        if hasattr(os, "sync"):
            os.sync()
            return
        for path in self.paths:
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())


class ZipSink(Sink):
    def __init__(self, archive: zipfile.ZipFile, when: tuple[int, int, int, int, int, int]):
        super().__init__()
        self.archive = archive
        self.when = when

    def _open(self, name: str, compress: bool) -> contextlib.AbstractContextManager[IO[bytes]]:
        info = zipfile.ZipInfo(name, self.when)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o600 << 16
        return self.archive.open(info, "w", force_zip64=True)


def zip_time(timestamp: str) -> tuple[int, int, int, int, int, int]:
    """A stored timestamp (2024-03-01T09:30:00.000Z) as a zip member's date and time."""
    d, t = timestamp[:10], timestamp[11:19]
    y, mo, day = (int(x) for x in d.split("-"))
    h, mi, s = (int(x) for x in t.split(":"))
    return (max(y, 1980), mo, day, h, mi, s)


def sweep(parent: Path) -> None:
    """Remove folders that killed case exports left half-written beside their destination
    (their lock is gone with the process that held it)."""
    try:
        found = [e.name for e in os.scandir(parent) if e.is_dir() and _TEMP_DIR.match(e.name)]
    except OSError:
        return
    for name in found:
        lock = parent / f"{name}.lock"
        try:
            fd = os.open(lock, os.O_RDWR)
        except FileNotFoundError:
            shutil.rmtree(parent / name, ignore_errors=True)
            continue
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            shutil.rmtree(parent / name, ignore_errors=True)
            lock.unlink()
        except OSError:
            continue  # a live export holds it
        finally:
            os.close(fd)


@contextlib.contextmanager
def _folder(final: Path) -> Iterator[Sink]:
    sweep(final.parent)
    temp = final.with_name(f".{final.name}.{os.urandom(6).hex()}.case")
    lock = temp.with_name(temp.name + ".lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, fsutil.PRIVATE_FILE_MODE)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fsutil.private_dir(temp)
        try:
            sink = FolderSink(temp)
            yield sink
            sink.sync()
            for folder in [p for p in temp.rglob("*") if p.is_dir()] + [temp]:
                fsutil.fsync_dir(folder)
            if final.exists():
                raise FileExistsError(final)
            os.rename(temp, final)
            fsutil.fsync_dir(final.parent)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
    finally:
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            lock.unlink()


@contextlib.contextmanager
def _zip(final: Path, when: str, recipients: Sequence[Recipient] | None) -> Iterator[Sink]:
    with fsutil.atomic_writer(final) as fh:
        if recipients is None:
            with zipfile.ZipFile(fh, "w", allowZip64=True) as archive:
                yield ZipSink(archive, zip_time(when))
            return
        sealed = encrypt(fh, recipients)
        try:
            with zipfile.ZipFile(sealed, "w", allowZip64=True) as archive:
                yield ZipSink(archive, zip_time(when))
        except BaseException:
            sealed.abort()
            raise
        sealed.close()


def open_sink(fmt: str, final: Path, when: str,
              recipients: Sequence[Recipient] | None = None
              ) -> contextlib.AbstractContextManager[Sink]:
    """The sink for `fmt`; the export is in place when the block ends without an error."""
    if fmt == FOLDER:
        return _folder(final)
    return _zip(final, when, recipients if fmt == AGE else None)
