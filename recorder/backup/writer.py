"""Making a backup: a consistent snapshot of the vault folder, streamed through age.

The database that is open is made consistent first: its write-ahead log is checkpointed into
the main file, then a write transaction is held while the file is read, so the bytes read
are exactly the database (no other process can open the vault: it is locked). The other
database file is not open. Media files are written once and never change, except a recording
in progress, which is read up to its size when listed (the restored vault recovers it as an
interrupted recording). The age file is written under a temporary name beside its final one
and renamed only when complete; only then does the vault record the backup.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .. import __version__, canonical, clock
from ..age import X25519Recipient, encrypt
from ..age.writer import AgeWriter
from ..errors import Cancelled, DatabaseDamaged
from ..fsutil import atomic_writer, write_error
from ..keyslots import KeySlots
from ..packets.tarstream import END_OF_ARCHIVE, PAD_TO, header, padding
from ..vault import SLOTS_NAME, Vault
from . import layout
from .errors import BackupInsideVault, BackupOutputExists, NoBackupKey

BLOCK = 4 * 1024 * 1024
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupResult:
    backup_id: str
    kind: str
    path: Path
    #: Bytes of vault files in this backup, and how many media files it holds.
    size: int
    media_files: int
    seconds: float


@dataclass(frozen=True)
class _Chain:
    base: str
    media: dict[str, layout.Entry]


class _TarOut:
    """Members into the age writer, hashed on the way, with progress and cancel checks."""

    def __init__(self, out: AgeWriter, total: int, progress: Progress | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.out = out
        self.total = total
        self.done = 0
        self.written = 0
        self.progress = progress
        self.cancelled = cancelled or (lambda: False)

    def _put(self, data: bytes | memoryview) -> None:
        self.out.write(data)
        self.written += len(data)

    def add_bytes(self, name: str, data: bytes, mtime: int) -> str:
        self._put(header(name, len(data), mtime, layout.NAMES))
        self._put(data)
        self._put(padding(len(data)))
        return hashlib.sha256(data).hexdigest()

    def add_file(self, name: str, src: BinaryIO, size: int, mtime: int) -> str:
        """Exactly `size` bytes from src (a file listed at that size)."""
        self._put(header(name, size, mtime, layout.NAMES))
        digest = hashlib.sha256()
        left = size
        while left:
            if self.cancelled():
                raise Cancelled("The backup")
            block = src.read(min(BLOCK, left))
            if not block:
                raise DatabaseDamaged(Path(name), "the file became shorter while being read")
            digest.update(block)
            self._put(block)
            left -= len(block)
            self.done += len(block)
            if self.progress is not None:
                self.progress(self.done, self.total)
        self._put(padding(size))
        return digest.hexdigest()

    def finish(self) -> None:
        self._put(END_OF_ARCHIVE)
        self._put(bytes(-self.written % PAD_TO))


def media_files(vault: Vault) -> list[tuple[str, int, int]]:
    """(name, size, mtime) of every file of the media store, of whichever vault made it."""
    found = []
    with os.scandir(vault.media_path) as entries:
        for entry in entries:
            if layout.MEDIA_NAME.match(entry.name) and entry.is_file(follow_symlinks=False):
                stat = entry.stat(follow_symlinks=False)
                found.append((entry.name, stat.st_size, int(stat.st_mtime)))
    return sorted(found)


def _chain(vault: Vault, recipient: str) -> _Chain | None:
    """The chain an incremental backup continues: the last backup, if it went to the same
    recovery key; None means a full backup is needed."""
    last = vault.conn.execute("SELECT id, recipient FROM backup_made"
                              " ORDER BY made_at DESC LIMIT 1").fetchone()
    if last is None or last["recipient"] != recipient:
        return None
    media = {r["name"]: layout.Entry(layout.MEDIA_PREFIX + r["name"], int(r["size"]),
                                     r["sha256"], r["backup_id"])
             for r in vault.conn.execute("SELECT * FROM backup_media")}
    return _Chain(str(last["id"]), media)


@contextlib.contextmanager
def _stable(vault: Vault, name: str) -> Iterator[tuple[BinaryIO, int]]:
    """The database file and its size, unchanging while it is read (see the module's
    docstring): the size is taken after the log was folded into the file."""
    if name != vault.db_name:
        with open(vault.path / name, "rb") as fh:
            yield fh, os.fstat(fh.fileno()).st_size
        return
    busy = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    vault.conn.execute("BEGIN IMMEDIATE")
    try:
        wal = vault.path / f"{name}-wal"
        if busy or (wal.exists() and wal.stat().st_size):
            raise DatabaseDamaged(vault.db_path, "its log could not be folded in for a backup")
        with open(vault.path / name, "rb") as fh:
            yield fh, os.fstat(fh.fileno()).st_size
    finally:
        vault.conn.execute("COMMIT")


def make(vault: Vault, dst: Path, *, incremental: bool = False,
         progress: Progress | None = None,
         cancelled: Callable[[], bool] | None = None) -> BackupResult:
    """Write a backup of the vault to `dst` (a new file outside the vault folder)."""
    start = time.perf_counter()
    dst = dst.expanduser().absolute()
    if dst.exists():
        raise BackupOutputExists(dst)
    if vault.path.absolute() in dst.parents:
        raise BackupInsideVault(dst)
    slots_raw = (vault.path / SLOTS_NAME).read_bytes()
    recipient = KeySlots.loads(slots_raw, vault.path / SLOTS_NAME).backup_recipient()
    if recipient is None:
        raise NoBackupKey()
    vault_id = KeySlots.loads(slots_raw, vault.path / SLOTS_NAME).vault_id
    chain = _chain(vault, recipient) if incremental else None
    info = layout.Info(str(uuid.uuid4()), vault_id, layout.INCREMENTAL if chain else layout.FULL,
                       chain.base if chain else None, clock.now(), __version__)
    held = chain.media if chain else {}
    listed = media_files(vault)
    new = {m[0]: m[1] for m in listed if m[0] not in held or held[m[0]].size != m[1]}
    # For progress only: the open database grows when its log is folded in.
    total = sum((vault.path / n).stat().st_size for n in layout.DATABASES) + sum(new.values())
    now = int(time.time())
    try:
        with atomic_writer(dst) as fh, encrypt(fh, [X25519Recipient.from_string(recipient)]) as out:
            tar = _TarOut(out, total, progress, cancelled)
            tar.add_bytes(layout.INFO, canonical.dumps(info.to_json()), now)
            files = [layout.Entry(layout.SLOTS, len(slots_raw),
                                  tar.add_bytes(layout.SLOTS, slots_raw, now), info.backup_id)]
            for name in layout.DATABASES:
                with _stable(vault, name) as (src, size):
                    files.append(layout.Entry(name, size, tar.add_file(name, src, size, now),
                                              info.backup_id))
            media = []
            for name, size, mtime in listed:
                if name in new:
                    with open(vault.media_path / name, "rb") as src:
                        digest = tar.add_file(layout.MEDIA_PREFIX + name, src, size, mtime)
                    media.append(layout.Entry(layout.MEDIA_PREFIX + name, size, digest,
                                              info.backup_id))
                else:
                    media.append(held[name])
            manifest = layout.Manifest(info, tuple(files), tuple(media))
            tar.add_bytes(layout.MANIFEST, manifest.dumps(vault.subkey(layout.MAC_PURPOSE)), now)
            tar.finish()
    except OSError as exc:
        raise write_error(exc, dst) from None
    size = sum(e.size for e in files) + sum(new.values())
    _record(vault, manifest, recipient, size)
    return BackupResult(info.backup_id, info.kind, dst, size, len(new),
                        time.perf_counter() - start)


def _record(vault: Vault, manifest: layout.Manifest, recipient: str, size: int) -> None:
    """What the next incremental backup builds on (after the file is safely in place)."""
    info = manifest.info
    with vault.transaction():
        vault.conn.execute("INSERT INTO backup_made (id, made_at, kind, base_id, recipient, size)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           (info.backup_id, info.made_at, info.kind, info.base, recipient, size))
        if info.kind == layout.FULL:
            vault.conn.execute("DELETE FROM backup_media")
        for entry in manifest.media:
            if entry.held_in == info.backup_id:
                vault.conn.execute(
                    "INSERT OR REPLACE INTO backup_media (name, size, sha256, backup_id)"
                    " VALUES (?, ?, ?, ?)", (entry.name.removeprefix(layout.MEDIA_PREFIX),
                                             entry.size, entry.sha256, info.backup_id))
        vault.log("backup_made", "vault", vault.vault_id,
                  detail={"backup": info.backup_id, "kind": info.kind, "bytes": size})
