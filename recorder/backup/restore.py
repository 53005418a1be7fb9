"""Restoring a vault folder from a backup, or from a full backup and the incremental ones that
follow it, in order.

Everything is read and checked into a staging folder beside the target (all of it still
encrypted, as it was in the vault); only a complete, checked restore is renamed into place.
An existing vault is never overwritten unless asked; when asked, it is panic-wiped first (its
key slots destroyed), then replaced.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .. import vault as vault_mod
from ..filelock import FolderLock
from ..fsutil import PRIVATE_FILE_MODE, fsync_dir, private_dir
from . import layout, reader
from .errors import BackupChainBroken, RestoreTargetExists


@dataclass(frozen=True)
class Restored:
    path: Path
    backups: int
    media_files: int
    #: When the newest backup given was made.
    made_at: str


class _Staging:
    """A reader.Sink writing each file into the staging folder, synced when complete."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._open: BinaryIO | None = None

    def open(self, name: str) -> Callable[[bytes], None]:
        fd = os.open(self.folder / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                     PRIVATE_FILE_MODE)
        self._open = os.fdopen(fd, "wb")
        return self._write

    def _write(self, data: bytes) -> None:
        if self._open is not None:
            self._open.write(data)

    def close(self, name: str) -> None:
        if self._open is not None:
            self._open.flush()
            os.fsync(self._open.fileno())
            self._open.close()
            self._open = None

    def discard(self) -> None:
        if self._open is not None:
            self._open.close()
            self._open = None


def _check_link(previous: list[reader.ReadBackup], found: reader.ReadBackup) -> None:
    if not previous:
        if found.info.kind != layout.FULL:
            raise BackupChainBroken("the first one is not a full backup")
        return
    last = previous[-1].info
    if found.info.vault_id != last.vault_id:
        raise BackupChainBroken("they are backups of different vaults")
    if found.info.kind != layout.INCREMENTAL or found.info.base != last.backup_id:
        raise BackupChainBroken(f"the backup made {found.info.made_at} does not follow the "
                                f"one made {last.made_at}")


def check_target(target: Path, replace: bool) -> Path:
    """The folder to restore into, refused if it holds anything and replacing was not asked."""
    target = target.expanduser().absolute()
    if target.exists() and any(target.iterdir()) and not replace:
        raise RestoreTargetExists(target)
    return target


def restore(files: list[Path], target: Path, recovery_text: str, *, replace: bool = False,
            progress: reader.Progress | None = None) -> Restored:
    """Rebuild the vault folder `target` from `files` (a full backup first)."""
    if not files:
        raise BackupChainBroken("no backup was given")
    target = check_target(target, replace)
    private_dir(target.parent)
    staging = target.with_name(f".{target.name}.restoring-{secrets.token_hex(4)}")
    private_dir(staging / "media")
    sink = _Staging(staging)
    try:
        read: list[reader.ReadBackup] = []
        media: dict[str, str] = {}
        for path in files:
            found = reader.read(path, recovery_text, sink, progress)
            _check_link(read, found)
            read.append(found)
            media.update({n: h for n, h in found.hashes.items()
                          if n.startswith(layout.MEDIA_PREFIX)})
        wanted = {e.name: e for e in read[-1].manifest.media}
        given = {b.info.backup_id for b in read}
        for entry in wanted.values():
            if entry.held_in not in given or media.get(entry.name) != entry.sha256:
                raise BackupChainBroken(f"{entry.name} is held by a backup that was not given")
        for extra in (staging / "media").iterdir():
            if f"{layout.MEDIA_PREFIX}{extra.name}" not in wanted:
                extra.unlink()  # a file deleted from the vault after an earlier backup
        fsync_dir(staging / "media")
        fsync_dir(staging)
        _put_in_place(staging, target)
    finally:
        sink.discard()
        shutil.rmtree(staging, ignore_errors=True)
    return Restored(target, len(read), len(wanted), read[-1].info.made_at)


def _put_in_place(staging: Path, target: Path) -> None:
    if not target.exists():
        staging.rename(target)
        fsync_dir(target.parent)
        return
    if vault_mod.exists(target):
        lock = FolderLock(target / vault_mod.LOCK_NAME).acquire(target)  # refuse an open vault
        try:
            vault_mod.wipe(target)
        finally:
            lock.release()
    old = target.with_name(f".{target.name}.replaced-{secrets.token_hex(4)}")
    target.rename(old)
    staging.rename(target)
    fsync_dir(target.parent)
    with contextlib.suppress(OSError):
        shutil.rmtree(old)
