"""File-system helpers that every writer in the core goes through.

Folders are private (0700) and writes are atomic (temp file in the same folder, fsync, rename,
fsync the folder), so a crash leaves either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import CannotWrite, DiskFull, RecorderError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks, and open files cannot be deleted
    fcntl = None  # type: ignore[assignment]  # the module is optional on this platform

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600

#: Why a file could not be written, in words that say what to do, for the usual errnos.
_WRITE_REASONS = {
    errno.EISDIR: "it is a folder: give a file name",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENOENT: "its folder does not exist",
    errno.EACCES: "permission denied: choose a folder you may write to",
    errno.EPERM: "permission denied: choose a folder you may write to",
    errno.EROFS: "the disk is read-only (is the stick's write-protect switch on?)",
    errno.ENAMETOOLONG: "the name is too long",
}


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC, a quota, or a file-size limit: all mean "could not write", not a bug."""
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def write_error(exc: OSError, path: Path) -> RecorderError:
    """The error to report when writing the file `path` failed: a full disk names the disk
    that holds `path` (a stick, not the vault), anything else says why in words."""
    if is_disk_full(exc):
        return DiskFull(path.parent)
    reason = _WRITE_REASONS.get(exc.errno or 0, exc.strerror or type(exc).__name__)
    return CannotWrite(path, reason)


def private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed and make sure only the owner can enter it."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode != PRIVATE_DIR_MODE and os.name == "posix":
        path.chmod(PRIVATE_DIR_MODE)
    return path


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink inside `path` durable (no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing a range of a file to disk now, without waiting.

    Long writes that end in fsync then overlap their disk time with the work that produces
    the data, instead of stalling at the end. Linux starts writeback of dirty pages on
    POSIX_FADV_DONTNEED; elsewhere this does nothing (the final fsync still makes it durable).
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None and length > 0:
        advise(fd, offset, length, os.POSIX_FADV_DONTNEED)


class SyncLater:
    """The fsyncs of new files, and of the folders they were renamed into, made together by
    `flush()` just before the database transaction that records the files commits.

    A packet's media files are each written, then renamed into the media folder. Syncing each
    file and then its folder at once waits on the disk twice per file; put off, the disk
    writes the files back while the import goes on (each file's writeback is started when it
    is complete) and a folder renamed into many times is synced once. The promise is the
    same: the caller flushes before COMMIT, so no committed row ever refers to a file that a
    power cut could take away, and a power cut before the commit leaves files that no row
    refers to, which the media sweep removes.
    """

    def __init__(self) -> None:
        self._files: list[Path] = []
        self._folders: set[Path] = set()

    def renamed(self, path: Path) -> None:
        """`path` was renamed into place: its bytes and its folder entry must become durable."""
        self._files.append(path)
        self._folders.add(path.parent)

    def flush(self) -> None:
        for path in self._files:
            fd = os.open(path, os.O_RDWR)  # Windows syncs only files open for writing
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        for folder in sorted(self._folders):
            fsync_dir(folder)
        self._files.clear()
        self._folders.clear()

    def __call__(self) -> None:
        """As the work a transaction runs just before it commits (Vault.before_commit)."""
        self.flush()


#: What temp_name() makes: a hidden name ending in 12 hex digits and ".tmp".
_TEMP_NAME = re.compile(r"^\..+\.[0-9a-f]{12}\.tmp$")


def temp_name(final: Path) -> Path:
    """A unique hidden temp path beside `final`, so the later rename stays on one file system."""
    return final.with_name(f".{final.name}.{secrets.token_hex(6)}.tmp")


def open_temp(final: Path) -> tuple[Path, int]:
    """Create a new temp file beside `final` and hold a lock on it while it is open.

    The lock is how sweep_temps() tells a temp file that a live writer still owns from one left
    by a writer that was killed: the kernel drops the lock when its process dies.
    """
    tmp = temp_name(final)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return tmp, fd


def sweep_temps(folder: Path) -> int:
    """Remove the temp files that killed writers left in `folder`; return how many.

    A kill or power cut between creating a temp file and renaming it leaves it behind (a
    packet's ciphertext, or a plaintext copy the user asked for). Files still locked by a live
    writer are left alone; where there are no such locks (Windows) an open file cannot be
    removed anyway.
    """
    removed = 0
    try:
        names = [e.name for e in os.scandir(folder) if _TEMP_NAME.match(e.name) and e.is_file()]
    except OSError:
        return 0
    for name in names:
        path = folder / name
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            path.unlink()
            removed += 1
        except OSError:
            continue  # a live writer holds it, or it is not ours to remove
        finally:
            os.close(fd)
    if removed:
        fsync_dir(folder)
    return removed


@contextlib.contextmanager
def atomic_writer(final: Path) -> Iterator[BinaryIO]:
    """Yield a file that replaces `final` only if the block finishes without an exception.

    A failure to write becomes DiskFull or CannotWrite naming `final` (write_error), so a full
    stick is never reported as a full vault disk, nor a folder given as the target as a bug.
    """
    if final.is_dir():
        raise CannotWrite(final, _WRITE_REASONS[errno.EISDIR])
    try:
        sweep_temps(final.parent)
        tmp, fd = open_temp(final)
    except OSError as exc:
        raise write_error(exc, final) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, final)
        fsync_dir(final.parent)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise write_error(exc, final) from None
        raise


def atomic_write(final: Path, data: bytes) -> None:
    with atomic_writer(final) as fh:
        fh.write(data)


def overwrite_and_unlink(path: Path) -> None:
    """Overwrite a small secret file with random bytes, sync, then delete it.

    Flash storage may keep old blocks elsewhere; this is a mitigation, not a guarantee
    (SECURITY.md says so).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b", buffering=0) as fh:
        fh.write(secrets.token_bytes(max(size, 1)))
        os.fsync(fh.fileno())
    path.unlink()
    fsync_dir(path.parent)


def replace_scrubbing(final: Path, data: bytes) -> None:
    """Atomically replace a small secret file, then overwrite the replaced file's old bytes.

    The old inode is held open across the rename, so its blocks can be overwritten with random
    bytes after the new file is safely in place: a crash at any moment leaves either the old
    file or the new one, and afterwards no earlier version lingers in the file system (flash
    may still keep old blocks; SECURITY.md says so).
    """
    try:
        old = os.open(final, os.O_RDWR)
    except FileNotFoundError:
        atomic_write(final, data)
        return
    try:
        atomic_write(final, data)
        size = os.fstat(old).st_size
        os.lseek(old, 0, os.SEEK_SET)
        os.write(old, secrets.token_bytes(max(size, 1)))
        os.fsync(old)
    finally:
        os.close(old)
