"""Reading a backup back: decrypt with the recovery key, check every byte, optionally keep the
files (for a restore).

Reading is parsing input that may have been tampered with: member names come from an
allow-list in a fixed order, sizes are bounded, every file's SHA-256 must match the manifest,
and the manifest's HMAC must verify with the vault key, which the key slots inside the backup
give up only to the recovery key. age authenticates every 64 KiB of the stream as well, and
its final chunk shows a cut file. Nothing read is trusted before all of that has passed: a
restore writes into a staging folder that is thrown away on any failure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .. import recovery_key, strict_json
from ..age import decrypt
from ..age.errors import AgeError, NoIdentityMatchError
from ..errors import KeySlotsDamaged, WrongRecoveryKey
from ..keyslots import KeySlots
from ..packets.errors import PacketError
from ..packets.tarstream import TarReader
from ..vault import derive_subkey
from . import layout
from .errors import BackupDamaged, BackupWrongKey

BLOCK = 4 * 1024 * 1024
Progress = Callable[[int, int], None]


class Sink(Protocol):
    """Where a restore puts each file while it is read (check() keeps nothing)."""

    def open(self, name: str) -> Callable[[bytes], None]: ...

    def close(self, name: str) -> None: ...


@dataclass(frozen=True)
class ReadBackup:
    manifest: layout.Manifest
    #: SHA-256 of every file this backup holds, as read.
    hashes: dict[str, str]

    @property
    def info(self) -> layout.Info:
        return self.manifest.info


def read(path: Path, recovery_text: str, sink: Sink | None = None,
         progress: Progress | None = None) -> ReadBackup:
    """Check the whole backup; raise BackupWrongKey or BackupDamaged, or return what it is."""
    secret = recovery_key.parse(recovery_text)
    identity = recovery_key.backup_identity(secret)
    try:
        with open(path, "rb") as fh:
            total = max(path.stat().st_size, 1)
            try:
                plain = decrypt(fh, [identity])
            except NoIdentityMatchError:
                raise BackupWrongKey(path) from None
            return _Members(path, TarReader(plain, str(path), layout.NAMES), secret, sink,
                            progress, fh.tell, total).read()
    except (AgeError, PacketError) as exc:
        raise BackupDamaged(path, _detail(exc)) from None
    except OSError as exc:
        raise BackupDamaged(path, exc.strerror or "unreadable") from None


def _detail(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return text[:200]


class _Members:
    def __init__(self, path: Path, tar: TarReader, secret: bytes, sink: Sink | None,
                 progress: Progress | None, position: Callable[[], int], total: int) -> None:
        self.path = path
        self.tar = tar
        self.secret = secret
        self.sink = sink
        self.progress = progress
        self.position = position
        self.total = total
        self.hashes: dict[str, str] = {}
        self.sizes: dict[str, int] = {}

    def damaged(self, detail: str) -> BackupDamaged:
        return BackupDamaged(self.path, detail)

    def next_name(self) -> str | None:
        member = self.tar.next()
        return None if member is None else member.name

    def small(self, limit: int) -> bytes:
        if self.tar.left > limit:
            raise self.damaged("a file is larger than it may be")
        buf = bytearray(self.tar.left)
        view = memoryview(buf)
        got = 0
        while got < len(buf):
            got += self.tar.readinto(view[got:])
        return bytes(buf)

    def stream(self, name: str) -> None:
        digest = hashlib.sha256()
        self.sizes[name] = self.tar.left
        write = self.sink.open(name) if self.sink is not None else None
        buf = bytearray(BLOCK)
        view = memoryview(buf)
        while self.tar.left:
            got = self.tar.readinto(view)
            digest.update(view[:got])
            if write is not None:
                write(bytes(view[:got]))
            if self.progress is not None:
                self.progress(self.position(), self.total)
        if self.sink is not None:
            self.sink.close(name)
        self.hashes[name] = digest.hexdigest()

    def read(self) -> ReadBackup:
        if self.next_name() != layout.INFO:
            raise self.damaged("it does not start with its description")
        try:
            info = layout.parse_info(strict_json.loads(self.small(layout.MAX_SMALL)))
        except ValueError as exc:
            raise self.damaged(f"its description is unreadable: {exc}") from None
        if self.next_name() != layout.SLOTS:
            raise self.damaged("the key slots are missing")
        slots_raw = self.small(layout.MAX_SMALL)
        self.hashes[layout.SLOTS] = hashlib.sha256(slots_raw).hexdigest()
        self.sizes[layout.SLOTS] = len(slots_raw)
        if self.sink is not None:
            self.sink.open(layout.SLOTS)(slots_raw)
            self.sink.close(layout.SLOTS)
        key = self._vault_key(slots_raw)
        expected = list(layout.DATABASES)
        while True:
            name = self.next_name()
            if name is None:
                raise self.damaged("its manifest is missing")
            if name == layout.MANIFEST:
                break
            if expected:
                if name != expected.pop(0):
                    raise self.damaged("its files are not in the expected order")
            elif not name.startswith(layout.MEDIA_PREFIX) or name in self.hashes:
                raise self.damaged("its files are not in the expected order")
            self.stream(name)
        if expected:
            raise self.damaged("a database file is missing")
        try:
            manifest = layout.parse_manifest(strict_json.loads(self.small(layout.MAX_JSON)),
                                             derive_subkey(key, layout.MAC_PURPOSE))
        except ValueError as exc:
            raise self.damaged(f"its manifest does not check: {exc}") from None
        if self.next_name() is not None:
            raise self.damaged("there is more after its manifest")
        self._compare(info, manifest)
        return ReadBackup(manifest, dict(self.hashes))

    def _vault_key(self, slots_raw: bytes) -> bytes:
        try:
            slots = KeySlots.loads(slots_raw, self.path / layout.SLOTS)
            return slots.unlock_with_recovery_key_secret(self.secret)
        except (KeySlotsDamaged, WrongRecoveryKey) as exc:
            raise self.damaged(f"its key slots do not open with this recovery key "
                               f"({type(exc).__name__})") from None

    def _compare(self, info: layout.Info, manifest: layout.Manifest) -> None:
        if manifest.info != info:
            raise self.damaged("its manifest describes another backup")
        held_here = {e.name: e for e in (*manifest.files, *manifest.media)
                     if e.held_in == info.backup_id}
        if set(held_here) != set(self.hashes):
            raise self.damaged("its files are not those its manifest lists")
        for name, entry in held_here.items():
            if entry.sha256 != self.hashes[name] or entry.size != self.sizes[name]:
                raise self.damaged(f"{name} does not match its manifest")

