"""From a folder and a secret to an open `Vault`, and what opening it found.

Opening a vault means: find it, lock it against a second process, unwrap the vault key from a key
slot, open SQLCipher with that key, and bring the schema up to date. Every failure along the way
is its own error naming the file involved; nothing is ever silently re-created, and the folder
lock is released on any failure.

Then the vault is made whole: device keys are made for vaults older than them, and recordings a
crash had interrupted are recovered (media files no row refers to are swept). Those steps need
the key and media stores, which are built on `Vault`; so they run here, a step above it, and
none of those modules imports another in a circle. What they found comes back with the vault
(`Unlocked.recovered`) for the front end to tell the person.

A passphrase may also be the duress passphrase, which opens the decoy vault in `spare.db`
instead (recorder.duress); every vault is made with that spare file and a spare key slot, so
the two cannot be told apart on disk.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import __version__, clock, custody, database, kdf, migrations, shares
from .archive import facets
from .duress import opening, spare
from .duress.spare import SPARE_NAME
from .errors import VaultExists, VaultNotFound, VaultWiped
from .filelock import FolderLock
from .fsutil import fsync_dir, private_dir
from .keys.device import ensure_device_keys
from .keyslots import VAULT_KEY_SIZE, KeySlots
from .media.recovery import on_unlock
from .model.attachment import Attachment
from .vault import COORDINATOR, DB_NAME, LOCK_NAME, MEDIA_DIR, ROLES, SLOTS_NAME, Vault, exists


@dataclass(frozen=True)
class Unlocked:
    """An unlocked vault and what unlocking found. As a context manager it gives the vault and
    locks it at the end: `with unlock(path, passphrase) as vault: ...`."""

    vault: Vault
    #: Recordings a crash had interrupted, recovered by this unlock (tell the person).
    recovered: tuple[Attachment, ...] = ()

    def __enter__(self) -> Vault:
        return self.vault

    def __exit__(self, *exc: object) -> None:
        self.vault.close()


def create(
    path: Path,
    passphrase: str,
    *,
    owner: str,
    role: str = "interviewer",
    kdf_params: kdf.Argon2Params | None = None,
) -> tuple[Vault, str]:
    """Create a vault; return it unlocked and the recovery key to show once.

    `kdf_params` defaults to calibrating Argon2id on this machine; tests pass
    `kdf.WEAK_PARAMS_FOR_TESTS` explicitly.
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    private_dir(path)
    if exists(path):
        raise VaultExists(path)
    lock = FolderLock(path / LOCK_NAME).acquire(path)
    try:
        params = kdf_params or kdf.calibrate()
        vault_id = str(uuid.uuid4())
        key = secrets.token_bytes(VAULT_KEY_SIZE)
        create_database(path / f".{DB_NAME}.creating", key, vault_id=vault_id, owner=owner,
                         role=role)
        spare.write_noise(path)  # every vault has one (recorder.duress)
        passphrase_slot = KeySlots.passphrase_slot(vault_id, key, passphrase, params)
        recovery_slot, recovery_text = KeySlots.recovery_slot(vault_id, key)
        slots = KeySlots(vault_id, (passphrase_slot, recovery_slot))
        # Slots are written last: until they exist the half-made vault cannot be mistaken
        # for a real one, and the database file is renamed into place only after them.
        slots.replace(slots.spare_slot(None, None)).save(path / SLOTS_NAME)
        (path / f".{DB_NAME}.creating").replace(path / DB_NAME)
        fsync_dir(path)
        private_dir(path / MEDIA_DIR)
        return _open(path, key, lock), recovery_text
    except BaseException:
        lock.release()
        raise


def unlock(path: Path, passphrase: str) -> Unlocked:
    """Open with the passphrase; a duress passphrase opens the decoy (recorder.duress)."""
    return _unlock(path, lambda slots: opening.unlock(path, path / SLOTS_NAME, slots,
                                                      passphrase))


def unlock_with_recovery_key(path: Path, recovery_text: str) -> Unlocked:
    return _unlock(path, lambda slots: slots.unlock_with_recovery_key(recovery_text))


def unlock_with_shares(path: Path, mnemonics: list[str]) -> Unlocked:
    """Open with any `threshold` of the recovery shares (recorder.shares)."""
    return _unlock(path, lambda slots: shares.unlock(slots, mnemonics))


def open_with_key(path: Path, key: bytes) -> Unlocked:
    """Open with an already unwrapped key (used to time unlock apart from the KDF)."""
    return _unlock(path, lambda slots: key)


def read_slots(path: Path) -> KeySlots:
    """Check the folder holds a vault and load its key slots (no lock, no key)."""
    slots_path = path / SLOTS_NAME
    if not slots_path.exists():
        if (path / DB_NAME).exists():
            raise VaultWiped(path)
        raise VaultNotFound(path)
    return KeySlots.load(slots_path)


def _unlock(path: Path, unwrap: Callable[[KeySlots], bytes | opening.Unwrapped]) -> Unlocked:
    """Find the vault, lock the folder, unwrap the key, open, recover."""
    slots = read_slots(path)
    lock = FolderLock(path / LOCK_NAME).acquire(path)
    try:
        found = unwrap(slots)
        if isinstance(found, opening.Unwrapped):
            vault = _open(path, found.key, lock, SPARE_NAME if found.decoy else DB_NAME)
        else:
            vault = _open(path, found, lock)
    except BaseException:
        lock.release()
        raise
    try:
        recovered = on_unlock(vault)
    except BaseException:
        vault.close()
        raise
    return Unlocked(vault, tuple(recovered))


def _open(path: Path, key: bytes, lock: FolderLock, db_name: str = DB_NAME) -> Vault:
    """The handle on the database (vault.db, or the decoy's spare.db), brought up to date, with
    this device's keys."""
    conn = database.open_encrypted(path / db_name, key)
    try:
        migrations.migrate(conn, path / db_name)
        vault = Vault(path, conn, key, lock, db_name)
    except BaseException:
        conn.close()
        raise
    if vault.role == COORDINATOR:  # the archive's filters follow every change to an interview
        vault.on_interview_changed = facets.interview_changed
    try:
        ensure_device_keys(vault)  # made with the vault, and on first unlock of older ones
    except BaseException:
        vault.close()
        raise
    return vault


def create_database(staging: Path, key: bytes, *, vault_id: str, owner: str, role: str,
                    created: str | None = None) -> None:
    """Create a database under a hidden `staging` name (renamed into place by the caller; the
    decoy vault is built the same way, recorder.duress.decoy)."""
    for leftover in staging.parent.glob(f"{staging.name}*"):
        leftover.unlink()  # an earlier `create` that was interrupted; it never held a slot
    conn = database.open_encrypted(staging, key, create=True)
    try:
        migrations.migrate(conn, staging)
        with database.transaction(conn, staging):
            created = created or clock.now()
            for k, v in (("vault_id", vault_id), ("owner", owner), ("role", role),
                         ("created_at", created), ("created_by_version", __version__)):
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (k, v))
            custody.append(conn, actor=owner, action="vault_created", entity_type="vault",
                           entity_id=vault_id, detail={"role": role})
    finally:
        conn.close()  # a clean close checkpoints the WAL, so the file can be renamed alone
