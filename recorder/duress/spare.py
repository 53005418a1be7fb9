"""The spare database file every vault carries: the decoy vault, or random bytes of one size.

Its inode is never replaced once made: a decoy is copied into it in place, and removing the
duress passphrase overwrites it in place, so its birth time says when the vault was made and
nothing else. Both database files get the same timestamps whenever a vault is unlocked or
locked, so which of the two was last opened does not show either.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path

from ..database import Connection
from ..fsutil import PRIVATE_FILE_MODE, fsync_dir

SPARE_NAME = "spare.db"
#: 256 SQLCipher pages: room for a few dozen text interviews, small enough to go unnoticed.
PAGE_SIZE = 4096
SPARE_PAGES = 256
SPARE_SIZE = SPARE_PAGES * PAGE_SIZE
#: Payload bytes an overflow page surely holds (4096 less SQLCipher's 80 reserved bytes and the
#: page pointer, rounded down): padding never overshoots with it.
_SAFE_PER_PAGE = 3900
_COPY_BLOCK = 1024 * 1024


def _write_over(path: Path, chunks: list[bytes] | None, src: Path | None = None) -> None:
    """Write into the existing file (keeping its inode), or create it; then fsync."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE)
    try:
        written = 0
        if src is not None:
            with open(src, "rb") as fh:
                while block := fh.read(_COPY_BLOCK):
                    written += os.write(fd, block)
        for chunk in chunks or ():
            written += os.write(fd, chunk)
        os.ftruncate(fd, written)
        os.fsync(fd)
    finally:
        os.close(fd)


def write_noise(folder: Path) -> None:
    """Make `spare.db` random bytes of the fixed size (a vault without a duress passphrase)."""
    _write_over(folder / SPARE_NAME, [secrets.token_bytes(_COPY_BLOCK)
                                      for _ in range(SPARE_SIZE // _COPY_BLOCK)])
    fsync_dir(folder)


def ensure(folder: Path) -> None:
    """Vaults made before the duress passphrase existed get their spare file on first unlock."""
    if not (folder / SPARE_NAME).exists():
        write_noise(folder)


def install(folder: Path, built: Path) -> None:
    """Copy a freshly built decoy database into `spare.db` in place, then remove the build."""
    if built.stat().st_size != SPARE_SIZE:
        raise ValueError("the decoy database is not of the spare file's size")
    _write_over(folder / SPARE_NAME, None, built)
    built.unlink()
    fsync_dir(folder)


def pad(conn: Connection, pages: int = SPARE_PAGES) -> int:
    """Grow the database to exactly `pages` pages (returns the count reached).

    Blobs fill all but a few pages; the rest are taken one at a time by creating empty tables
    (each takes exactly one new page while the free list is empty). Dropping them all leaves
    the pages on the free list, zeroed by secure_delete and encrypted like any other page.
    """
    def count() -> int:
        return int(conn.execute("PRAGMA page_count").fetchone()[0])

    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("CREATE TABLE pad_0 (x BLOB)")
        while pages - count() > 4:
            size = (pages - count() - 4) * _SAFE_PER_PAGE
            conn.execute("INSERT INTO pad_0 VALUES (zeroblob(?))", (size,))
        made = 0
        while count() < pages:
            made += 1
            conn.execute(f"CREATE TABLE pad_{made} (x BLOB)")
        for n in range(made + 1):
            conn.execute(f"DROP TABLE pad_{n}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return count()


def level_times(paths: list[Path]) -> None:
    """Give the database files one and the same access and modification time, now."""
    now = time.time_ns()
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            os.utime(path, ns=(now, now))
