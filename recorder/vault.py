"""The vault: one folder holding the encrypted database, the key slots and the media store.

Opening a vault means: find it, lock it against a second process, unwrap the vault key from a key
slot, open SQLCipher with that key, and bring the schema up to date. Every failure along the way
is its own error naming the file involved; nothing is ever silently re-created.
"""

from __future__ import annotations

import contextlib
import hmac
import os
import secrets
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir

from . import __version__, clock, custody, database, kdf, migrations, shares
from .duress import opening, spare
from .duress.spare import SPARE_NAME
from .errors import VaultExists, VaultNotFound, VaultWiped, WrongPassphrase
from .filelock import FolderLock
from .fsutil import fsync_dir, private_dir
from .keyslots import VAULT_KEY_SIZE, KeySlots

if TYPE_CHECKING:
    from .model.attachment import Attachment

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"
LOCK_NAME = "vault.lock"
MEDIA_DIR = "media"
ROLES = ("interviewer", "coordinator")
APP_NAME = "TestimonyRecorder"


#: Names another vault folder for the app and the command line alike (not a secret).
VAULT_ENV = "TESTIMONY_VAULT"


def default_path() -> Path:
    """The embedded default: a vault under the platform's per-user data folder."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "vault"


def chosen_path(explicit: str | None = None) -> Path:
    """The vault a front end opens: `explicit` (--vault), else $TESTIMONY_VAULT, else the
    default, so that the desktop app and the command line always agree."""
    chosen = explicit or os.environ.get(VAULT_ENV)
    return Path(chosen).expanduser() if chosen else default_path()


def exists(path: Path) -> bool:
    return (path / DB_NAME).exists() or (path / SLOTS_NAME).exists()


class Vault:
    """An unlocked vault. Use as a context manager, or call `close()` (that is "lock")."""

    def __init__(self, path: Path, conn: database.Connection, key: bytes, lock: FolderLock,
                 db_name: str = DB_NAME):
        self.path = path
        self.conn = conn
        self._key = bytearray(key)
        self._lock = lock
        self._closed = False
        #: vault.db, or spare.db when a duress passphrase opened the decoy (never shown).
        self.db_name = db_name
        self.vault_id = self.meta("vault_id")
        self.owner = self.meta("owner")
        self.role = self.meta("role")
        #: Recordings a crash had interrupted, recovered by this unlock (tell the user).
        self.recovered_recordings: list[Attachment] = []

    # -- creating ------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
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
            _create_database(path / f".{DB_NAME}.creating", key, vault_id=vault_id,
                             owner=owner, role=role)
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
            return cls._open(path, key, lock), recovery_text
        except BaseException:
            lock.release()
            raise

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> Vault:
        """Open with the passphrase; a duress passphrase opens the decoy (recorder.duress)."""
        return cls._unlock(path, lambda slots: opening.unlock(path, path / SLOTS_NAME, slots,
                                                              passphrase))

    @classmethod
    def unlock_with_recovery_key(cls, path: Path, recovery_text: str) -> Vault:
        return cls._unlock(path, lambda slots: slots.unlock_with_recovery_key(recovery_text))

    @classmethod
    def unlock_with_shares(cls, path: Path, mnemonics: list[str]) -> Vault:
        """Open with any `threshold` of the recovery shares (recorder.shares)."""
        return cls._unlock(path, lambda slots: shares.unlock(slots, mnemonics))

    @classmethod
    def open_with_key(cls, path: Path, key: bytes) -> Vault:
        """Open with an already unwrapped key (used to time unlock apart from the KDF)."""
        return cls._unlock(path, lambda slots: key)

    @classmethod
    def _unlock(cls, path: Path, unwrap: Callable[[KeySlots], bytes | opening.Unlocked]
                ) -> Vault:
        """Find the vault, lock the folder, unwrap the key, open: the lock is released on any
        failure along the way."""
        slots = cls.read_slots(path)
        lock = FolderLock(path / LOCK_NAME).acquire(path)
        try:
            found = unwrap(slots)
            if isinstance(found, opening.Unlocked):
                return cls._open(path, found.key, lock, SPARE_NAME if found.decoy else DB_NAME)
            return cls._open(path, found, lock)
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def read_slots(path: Path) -> KeySlots:
        """Check the folder holds a vault and load its key slots (no lock, no key)."""
        slots_path = path / SLOTS_NAME
        if not slots_path.exists():
            if (path / DB_NAME).exists():
                raise VaultWiped(path)
            raise VaultNotFound(path)
        return KeySlots.load(slots_path)

    @classmethod
    def _open(cls, path: Path, key: bytes, lock: FolderLock, db_name: str = DB_NAME) -> Vault:
        conn = database.open_encrypted(path / db_name, key)
        try:
            migrations.migrate(conn, path / db_name)
            vault = cls(path, conn, key, lock, db_name)
        except BaseException:
            conn.close()
            raise
        try:
            # Device keys are made with the vault, and on first unlock of older vaults.
            from .keys.device import ensure_device_keys
            from .media.recovery import on_unlock  # imported late: the media store builds on Vault

            ensure_device_keys(vault)
            vault.recovered_recordings = on_unlock(vault)
        except BaseException:
            vault.close()
            raise
        return vault

    # -- keys ----------------------------------------------------------------------------------

    def change_passphrase(self, new: str, kdf_params: kdf.Argon2Params | None = None) -> None:
        """Rewrap the passphrase slot (in the decoy: the spare slot); the database is not
        touched."""
        slots = KeySlots.load(self.path / SLOTS_NAME)
        if self.is_decoy:
            slots = slots.replace(slots.spare_slot(slots.derive(new), bytes(self._key)))
        else:
            slots = slots.with_passphrase(bytes(self._key), new, kdf_params)
        slots.save(self.path / SLOTS_NAME)
        with self.transaction():
            self.log("passphrase_changed", "vault", self.vault_id)

    def new_recovery_key(self) -> str:
        """Replace the recovery slot; the old recovery key stops working."""
        slots = KeySlots.load(self.path / SLOTS_NAME)
        slot, text = KeySlots.recovery_slot(slots.vault_id, bytes(self._key))
        slots.replace(slot).save(self.path / SLOTS_NAME)
        with self.transaction():
            self.log("recovery_key_replaced", "vault", self.vault_id)
        return text

    def prepare_shares(self, threshold: int = shares.DEFAULT_THRESHOLD,
                       count: int = shares.DEFAULT_COUNT) -> shares.Prepared:
        """New recovery shares, not in force until `shares.install` (once written down)."""
        slots = KeySlots.load(self.path / SLOTS_NAME)
        return shares.prepare(slots, bytes(self._key), threshold, count)

    def check_passphrase(self, passphrase: str) -> bool:
        """Whether `passphrase` opens this vault, without reopening it (e.g. to leave witness
        mode). Costs a full Argon2 derivation: call it off the GUI thread."""
        try:
            key = KeySlots.load(self.path / SLOTS_NAME).open_with_passphrase(passphrase).key
        except WrongPassphrase:
            return False
        return not self._closed and hmac.compare_digest(key, bytes(self._key))

    def subkey(self, purpose: str) -> bytes:
        """A key for one purpose (e.g. wrapping media keys), derived from the vault key."""
        return derive_subkey(bytes(self._key), purpose)

    # -- database --------------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.path / self.db_name

    @property
    def is_decoy(self) -> bool:
        """Opened with the duress passphrase. Only for code that must keep the two vaults
        apart (the shared media folder, the spare slot); never shown to anyone."""
        return self.db_name == SPARE_NAME

    @property
    def media_path(self) -> Path:
        return self.path / MEDIA_DIR

    def transaction(self) -> contextlib.AbstractContextManager[database.Connection]:
        return database.transaction(self.conn, self.db_path)

    def meta(self, key: str) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return "" if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def log(
        self,
        action: str,
        entity_type: str,
        entity_id: str,
        *,
        interview_id: str | None = None,
        content_hash: str | None = None,
        detail: dict[str, Any] | None = None,
    ) -> custody.Entry:
        """Append a custody entry as this vault's owner (inside the caller's transaction)."""
        return custody.append(self.conn, actor=self.owner, action=action,
                              entity_type=entity_type, entity_id=entity_id,
                              interview_id=interview_id, content_hash=content_hash, detail=detail)

    # -- closing -------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return not self._closed

    def close(self) -> None:
        """Lock the vault: close the database, forget the key, release the folder lock."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):
            self.conn.close()
        for i in range(len(self._key)):
            self._key[i] = 0
        # Closing wrote one database file; the other gets the same times (recorder.duress).
        spare.level_times([self.path / DB_NAME, self.path / SPARE_NAME])
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def derive_subkey(vault_key: bytes, purpose: str) -> bytes:
    """Vault.subkey, for a vault key held without an open vault (a backup being checked)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = f"testimony-recorder {purpose}".encode()
    return HKDF(hashes.SHA256(), 32, None, info).derive(vault_key)


def _create_database(staging: Path, key: bytes, *, vault_id: str, owner: str, role: str,
                     created: str | None = None) -> None:
    """Create a database under a hidden `staging` name (renamed into place by the caller)."""
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


def wipe(path: Path) -> None:
    """Panic wipe: destroy the key slots first (the vault is then unopenable), then the rest."""
    from .keyslots import destroy

    if not exists(path):
        raise VaultNotFound(path)
    destroy(path / SLOTS_NAME)
    for db in (DB_NAME, SPARE_NAME):
        for name in (db, f"{db}-wal", f"{db}-shm"):
            with contextlib.suppress(FileNotFoundError):
                (path / name).unlink()
    media = path / MEDIA_DIR
    if media.is_dir():
        for item in media.iterdir():
            with contextlib.suppress(OSError):
                item.unlink()
    fsync_dir(path)
