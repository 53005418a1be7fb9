"""The vault: one folder holding the encrypted database, the key slots and the media store.

`Vault` is the handle on an open vault: its database connection, its key (for subkeys and
rewrapping slots), its folder lock, its custody log. Creating and unlocking one, and what
unlocking also does, are a step above it (`unlock.py`), so nothing the vault itself is built
on has to know how it is opened.
"""

from __future__ import annotations

import contextlib
import hmac
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from platformdirs import user_data_dir

from . import custody, database, kdf, shares
from .duress import spare
from .duress.spare import SPARE_NAME
from .errors import VaultNotFound, VaultWiped, WrongPassphrase
from .filelock import FolderLock
from .fsutil import fsync_dir
from .keyslots import KeySlots, destroy

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"
LOCK_NAME = "vault.lock"
MEDIA_DIR = "media"
COORDINATOR = "coordinator"
ROLES = ("interviewer", COORDINATOR)
APP_NAME = "TestimonyRecorder"


#: Names another vault folder for the app and the command line alike (not a secret).
VAULT_ENV = "TESTIMONY_VAULT"
T = TypeVar("T", bound=Callable[[], None])


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



class _ChangedInterviews:
    """The interviews a transaction changed, and what refreshes them as it is about to
    commit (Vault.refresh_before_commit)."""

    def __init__(self, refresh: Callable[[set[str]], None]) -> None:
        self.refresh = refresh
        self.ids: set[str] = set()

    def __call__(self) -> None:
        self.refresh(self.ids)

class Vault:
    """An unlocked vault (made by `unlock.py`). Use as a context manager, or call `close()`
    (that is "lock")."""

    def __init__(self, path: Path, conn: database.Connection, key: bytes, lock: FolderLock,
                 db_name: str = DB_NAME):
        self.path = path
        self.conn = conn
        self._key = bytearray(key)
        self._lock = lock
        self._closed = False
        #: vault.db, or spare.db when a duress passphrase opened the decoy (never shown).
        self.db_name = db_name
        #: Which file this connection opened: a wipe deletes it, a new vault replaces it.
        self._db_identity = _identity(self.db_path)
        self.vault_id = self.meta("vault_id")
        self.owner = self.meta("owner")
        self.role = self.meta("role")
        #: Work to do inside the open transaction just before it commits, by name.
        self._before_commit: dict[str, Callable[[], None]] = {}
        #: Told of every interview changed (store.changes.recorded), inside the change's
        #: transaction; set by the step above (unlock.py: a coordinator's archive facets), so
        #: the stores need not import what derives data from them.
        self.on_interview_changed: Callable[[Vault, str], None] | None = None

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

    def prepare_shares(self, threshold: int = shares.DEFAULT_THRESHOLD,
                       count: int = shares.DEFAULT_COUNT) -> shares.Prepared:
        """New recovery shares, not in force until `install_shares` (once written down)."""
        slots = KeySlots.load(self.path / SLOTS_NAME)
        return shares.prepare(slots, bytes(self._key), threshold, count)

    def install_shares(self, prepared: shares.Prepared) -> None:
        """Put the shares in force (after they were written down): older shares stop working."""
        slots = KeySlots.load(self.path / SLOTS_NAME)
        slots.replace(prepared.slot).save(self.path / SLOTS_NAME)
        with self.transaction():
            self.log("recovery_shares_made", "vault", self.vault_id,
                     detail={"threshold": prepared.threshold, "count": prepared.count})

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
        return self._transaction()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[database.Connection]:
        """database.transaction (a savepoint when nested), refused (and a commit reported as
        failed) once the vault was wiped under this open connection: SQLite would go on writing
        into deleted files. The work registered with `before_commit` runs inside the outermost
        one, just before it commits, and is dropped if it rolls back."""
        if self.conn.in_transaction:
            with database.transaction(self.conn, self.db_path) as conn:
                yield conn
            return
        self.check_not_wiped()
        try:
            with database.transaction(self.conn, self.db_path) as conn:
                yield conn
                while self._before_commit:
                    self._before_commit.pop(next(iter(self._before_commit)))()
        finally:
            self._before_commit.clear()
        self.check_not_wiped()

    def before_commit(self, name: str, make: Callable[[], T]) -> T:
        """The work called `name` that the open transaction runs just before it commits,
        registered now by `make()` if it is not yet: derived data (the archive's facets) is
        then brought up to date once per transaction, however many changes it held."""
        if not self.conn.in_transaction:
            raise RuntimeError("before_commit outside a transaction")
        work = self._before_commit.get(name)
        if work is None:
            work = self._before_commit[name] = make()
        return work  # type: ignore[return-value]  # `make` of this name made it

    def refresh_before_commit(self, name: str, interview_ids: Iterable[str],
                              refresh: Callable[[set[str]], None]) -> None:
        """Have `refresh` run once, just before the open transaction commits, for every
        interview named to `name` in it: an import or an edit changes one interview many
        times, and its derived data (search entries, the archive's facets) need building once."""
        self.before_commit(name, lambda: _ChangedInterviews(refresh)).ids.update(interview_ids)

    def check_not_wiped(self) -> None:
        """Raise VaultWiped if a panic wipe (from another window or command, which the folder
        lock does not stop) destroyed this vault's key slots or database since it was opened."""
        try:
            present = (_identity(self.db_path) == self._db_identity
                       and (self.path / SLOTS_NAME).exists())
        except OSError:
            present = False
        if not present:
            raise VaultWiped(self.path)

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


def _identity(path: Path) -> tuple[int, int]:
    info = os.stat(path)
    return info.st_dev, info.st_ino


def wipe(path: Path) -> None:
    """Panic wipe: destroy the key slots first (the vault is then unopenable), then the rest."""
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
