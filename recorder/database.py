"""Opening the SQLCipher database with deliberately chosen settings (SECURITY.md explains each).

The connection belongs to the thread that opened it (sqlite3's own check enforces this); the
desktop app gives the vault a single worker thread.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from .errors import DatabaseDamaged, DiskFull
from .fsutil import is_disk_full

if TYPE_CHECKING:  # sqlcipher3 has no type stubs; it mirrors the sqlite3 API exactly
    from sqlite3 import Connection, Row
else:
    Connection = sqlcipher.Connection
    Row = sqlcipher.Row
DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError
OperationalError = sqlcipher.OperationalError

#: Applied after the key, in this order. Every one of them is a security or durability choice.
PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",  # SQLCipher writes nothing to stderr or log files
    "PRAGMA journal_mode = WAL",  # readers never block the writer; WAL pages are encrypted too
    "PRAGMA synchronous = FULL",  # a returned commit survives power loss, WAL included
    "PRAGMA secure_delete = ON",  # deleted content is zeroed, not left in free pages
    "PRAGMA temp_store = MEMORY",  # sorts and temp tables never touch disk
    "PRAGMA foreign_keys = ON",
    "PRAGMA cache_size = -65536",  # 64 MiB of decrypted pages: fewer page decryptions
    "PRAGMA trusted_schema = OFF",
)


def open_encrypted(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or create) the database with a raw 256-bit key: no second KDF on top of ours."""
    if not create and not path.exists():
        raise DatabaseDamaged(path, "the file is missing")
    conn = sqlcipher.connect(str(path), isolation_level=None, timeout=10.0)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma)
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            raise DatabaseDamaged(path, "cannot enable write-ahead logging")
    except DatabaseError as exc:
        conn.close()
        if _no_room(path):
            raise DiskFull(path) from None  # not damage: SQLite had no room to open it
        raise DatabaseDamaged(path, str(exc)) from None
    except BaseException:
        conn.close()
        raise
    conn.row_factory = Row
    return conn


@contextlib.contextmanager
def transaction(conn: Connection, path: Path) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception; a full disk becomes DiskFull.

    Nested use becomes a savepoint, so an operation made of smaller ones commits or fails whole.
    """
    if conn.in_transaction:
        with _savepoint(conn):
            yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if _is_disk_full(exc, path):
            raise DiskFull(path) from None
        raise


@contextlib.contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT nested")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO nested")
        conn.execute("RELEASE nested")
        raise
    conn.execute("RELEASE nested")


def _is_disk_full(exc: BaseException, path: Path) -> bool:
    if is_disk_full(exc):
        return True
    if not isinstance(exc, OperationalError):
        return False
    message = str(exc).lower()
    return "full" in message or ("i/o error" in message and _no_room(path))


#: With less free space than this, a database that fails to open or to write is taken to have
#: failed for want of room: on a full disk SQLite reports its shared-memory index and
#: write-ahead log, which it needs even to read, as a "disk I/O error", and telling someone
#: to restore a backup of a healthy vault would be wrong.
_ROOM_NEEDED = 1 << 20


def _no_room(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _ROOM_NEEDED
    except OSError:
        return False
