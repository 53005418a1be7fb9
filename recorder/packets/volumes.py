"""Packet files on disk: one file, or volumes NAME.001, NAME.002, ... of a chosen size.

Volumes are plain slices of the age file (`cat NAME.0* > NAME` rebuilds it), so a packet too
large for one FAT32 stick or one courier can be split without any tool of ours. Files are
written under temporary names and renamed into place only once everything is written.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..fsutil import fsync_dir, open_temp, start_writeback, sweep_temps, write_error
from .errors import BadVolumeSize, MissingVolume, OutputExists

if TYPE_CHECKING:
    from typing_extensions import Buffer  # typing only: collections.abc.Buffer in 3.12

MIN_VOLUME_SIZE = 1024 * 1024
#: Ask the kernel to start writing to disk every this many bytes, so that the final fsync
#: waits for the last stretch only instead of the whole packet.
WRITEBACK_STEP = 8 * 1024 * 1024
_SUFFIX = re.compile(r"^(.*)\.(\d{3})$")
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def parse_size(text: str) -> int:
    """'4G', '700M', '1048576' (binary units; a trailing B or iB is allowed)."""
    match = re.fullmatch(r"\s*(\d+)\s*([KMGT]?)(?:I?B)?\s*", text.upper())
    if not match:
        raise BadVolumeSize(text)
    size = int(match.group(1)) * _UNITS[match.group(2)]
    if size < MIN_VOLUME_SIZE:
        raise BadVolumeSize(text)
    return size


def neutral_name(folder: Path) -> Path:
    """A file name for a packet that says nothing about who or what is in it."""
    return folder / f"{secrets.token_hex(6)}.tpk"


def volume_name(final: Path, number: int) -> Path:
    return final.with_name(f"{final.name}.{number:03d}")


class VolumeWriter:
    """A write-only file that becomes FINAL, or FINAL.001, FINAL.002, ... on commit().

    Its own failures to write are DiskFull or CannotWrite naming FINAL's disk (fsutil.
    write_error): sealing runs inside a vault transaction, which would otherwise report a
    full stick as a full vault disk.
    """

    def __init__(self, final: Path, volume_size: int | None = None) -> None:
        if volume_size is not None and volume_size < MIN_VOLUME_SIZE:
            raise BadVolumeSize(str(volume_size))
        self._final = final
        self._size = volume_size
        if final.exists() or (volume_size and volume_name(final, 1).exists()):
            raise OutputExists(str(final))
        self._temps: list[Path] = []
        self._finals: list[Path] = []
        self._fh: BinaryIO | None = None
        self._used = 0
        self.written = 0
        with self._writing():
            sweep_temps(final.parent)
            self._open_next()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except OSError as exc:
            raise write_error(exc, self._final) from None

    def _open_next(self) -> None:
        if self._fh is not None:
            self._close_current()
        tmp, fd = open_temp(self._final)
        self._temps.append(tmp)
        self._fh = os.fdopen(fd, "wb", buffering=0)
        self._used = 0
        self._flushed = 0

    def _close_current(self) -> None:
        if self._fh is not None:
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer) -> int:
        with self._writing():
            return self._write(data)

    def _write(self, data: Buffer) -> int:
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            if self._fh is None:
                raise ValueError("write after commit")
            room = len(view) if self._size is None else self._size - self._used
            if room == 0:
                self._open_next()
                continue
            n = self._fh.write(view[:room]) or 0
            self._used += n
            self.written += n
            view = view[n:]
            if self._used - self._flushed >= WRITEBACK_STEP:
                self._start_writeback()
        return total

    def _start_writeback(self) -> None:
        if self._fh is not None:
            start_writeback(self._fh.fileno(), self._flushed, self._used - self._flushed)
        self._flushed = self._used

    def flush(self) -> None:
        """Data reaches the file at once (unbuffered); durability comes with commit()."""

    @property
    def volumes(self) -> int:
        return len(self._temps)

    def commit(self) -> list[Path]:
        """Sync and rename every part into place, durably; return the final paths.

        Call this before recording the packet as sent: once it returns the packet is on disk
        under its name, and abort() still removes it if the record cannot be committed.
        """
        with self._writing():
            return self._commit()

    def _commit(self) -> list[Path]:
        self._close_current()
        if self._size is None:
            finals = [self._final]
        else:
            finals = [volume_name(self._final, i + 1) for i in range(len(self._temps))]
        for final in finals:
            if final.exists():
                raise OutputExists(str(final))
        for tmp, final in zip(self._temps, finals, strict=True):
            os.replace(tmp, final)
            self._finals.append(final)
        self._temps = []
        fsync_dir(self._final.parent)
        return finals

    def abort(self) -> None:
        """Remove everything written so far, renamed into place or not."""
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self._fh.close()
            self._fh = None
        for path in [*self._temps, *self._finals]:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        if self._finals:
            with contextlib.suppress(OSError):
                fsync_dir(self._final.parent)
        self._temps = []
        self._finals = []


class ConcatReader:
    """Reads a list of files as one stream, in order."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self.sizes = [p.stat().st_size for p in paths]
        self._index = 0
        self._fh: io.BufferedReader | None = open(paths[0], "rb") if paths else None  # noqa: SIM115

    @property
    def total_size(self) -> int:
        return sum(self.sizes)

    def readinto(self, buf: memoryview) -> int:
        while self._fh is not None:
            got = self._fh.readinto(buf)
            if got:
                return got
            self._fh.close()
            self._index += 1
            self._fh = open(self.paths[self._index], "rb") if self._index < len(  # noqa: SIM115
                self.paths) else None
        return 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = 1 << 30
        buf = bytearray(min(size, 1 << 20))
        got = self.readinto(memoryview(buf))
        return bytes(buf[:got])

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def ends_on_full_volume(self) -> bool:
        """Whether the last file present is as large as the first: a packet cut exactly there
        is missing a volume after it, rather than damaged."""
        return len(self.paths) > 1 and self.sizes[-1] == self.sizes[0]


def find_volumes(path: Path) -> tuple[list[Path], str]:
    """The files of the packet at path (a file, NAME.001, or NAME whose volumes exist), and a
    name for messages. Refuses a set with a gap, naming the missing volume."""
    match = _SUFFIX.match(path.name)
    if path.is_file() and match is None:
        return [path], path.name
    base = path.with_name(match.group(1)) if match else path
    pattern = re.compile(rf"^{re.escape(base.name)}\.(\d{{3}})$")
    numbers = sorted(int(m.group(1)) for p in base.parent.iterdir()
                     if (m := pattern.match(p.name)) and p.is_file()) \
        if base.parent.is_dir() else []
    if not numbers:
        raise FileNotFoundError(str(path))
    for expected, number in enumerate(numbers, start=1):
        if number != expected:
            raise MissingVolume(base.name, expected)
    return [volume_name(base, n) for n in numbers], base.name
