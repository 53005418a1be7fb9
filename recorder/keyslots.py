"""The key-slot file: the vault key, wrapped once per way of opening the vault.

The vault key itself is random and never derived from anything a person types, so changing the
passphrase rewraps one slot and leaves the database alone. A slot is AEAD-encrypted with
associated data binding it to this vault and to its own parameters.

Every file also holds a *spare* slot of one fixed size, with the passphrase slot's salt and
parameters. It wraps the decoy vault's key when a duress passphrase is set (recorder.duress)
and is random bytes otherwise; without the duress passphrase the two cannot be told apart,
and one Argon2 derivation tries both, so unlocking takes the same time either way. Slots are
written in one fixed order, so the file says nothing about which was changed last.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import canonical, kdf, recovery_key, strict_json
from .errors import KeySlotsDamaged, WrongPassphrase, WrongRecoveryKey, WrongShares
from .fsutil import overwrite_and_unlink, replace_scrubbing

FORMAT = "testimony-recorder/keyslots"
VERSION = 1
VAULT_KEY_SIZE = 32
NONCE_SIZE = 12
MAX_FILE_SIZE = 64 * 1024
PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a password
RECOVERY = "recovery"
SPARE = "spare"
SHARES = "shares"
#: Also the order slots are written in.
KINDS = (PASSPHRASE, SPARE, RECOVERY, SHARES)
#: The spare slot wraps the decoy key and one byte of flags.
SPARE_PAYLOAD = VAULT_KEY_SIZE + 1
DESTROY_OTHERS = 0x01
_TAG = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Slot:
    kind: str
    kdf: dict[str, Any]
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "kdf": self.kdf, "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped)}


def _aad(vault_id: str, kind: str, kdf_params: dict[str, Any]) -> bytes:
    return canonical.dumps({"format": FORMAT, "vault": vault_id, "kind": kind, "kdf": kdf_params})


def _seal(vault_id: str, kind: str, kdf_params: dict[str, Any], kek: bytes, key: bytes) -> Slot:
    nonce = secrets.token_bytes(NONCE_SIZE)
    wrapped = ChaCha20Poly1305(kek).encrypt(nonce, key, _aad(vault_id, kind, kdf_params))
    return Slot(kind, kdf_params, nonce, wrapped)


def _open(vault_id: str, slot: Slot, kek: bytes) -> bytes:
    """Unwrap; raises InvalidTag when `kek` is not the key this slot was sealed with."""
    aad = _aad(vault_id, slot.kind, slot.kdf)
    return ChaCha20Poly1305(kek).decrypt(slot.nonce, slot.wrapped, aad)


def _argon2_params(spec: dict[str, Any]) -> tuple[bytes, kdf.Argon2Params]:
    params = kdf.Argon2Params(int(spec["memory_kib"]), int(spec["iterations"]), int(spec["lanes"]))
    params.check_bounds()
    return _unb64(spec["salt"]), params


def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
    # The recovery secret is 128 random bits: a fast KDF is enough, nothing to slow down.
    return HKDF(hashes.SHA256(), 32, salt, b"testimony-recorder recovery slot v1").derive(secret)


def _shares_kek(secret: bytes, salt: bytes) -> bytes:
    # The shared secret is 128 random bits as well (SLIP-39 master secret).
    return HKDF(hashes.SHA256(), 32, salt, b"testimony-recorder shares slot v1").derive(secret)


def _payload_size(kind: str) -> int:
    return SPARE_PAYLOAD if kind == SPARE else VAULT_KEY_SIZE


def noise_slot(kind: str, spec: dict[str, Any]) -> Slot:
    """A slot of the same shape as a real one whose bytes open nothing: the spare slot of a
    vault without a duress passphrase, and every slot a duress wipe destroys."""
    return Slot(kind, spec, secrets.token_bytes(NONCE_SIZE),
                secrets.token_bytes(_payload_size(kind) + _TAG))


@dataclass(frozen=True)
class Opened:
    """What a passphrase opened: the vault key, or (spare) the decoy's key and its flags, with
    the key-encryption key so the spare slot can be rewrapped."""

    key: bytes
    spare: bool = False
    destroy_others: bool = False
    kek: bytes = b""


@dataclass(frozen=True)
class KeySlots:
    vault_id: str
    slots: tuple[Slot, ...]

    # -- creating and changing -------------------------------------------------------------

    @staticmethod
    def passphrase_slot(vault_id: str, vault_key: bytes, passphrase: str,
                        params: kdf.Argon2Params) -> Slot:
        salt = secrets.token_bytes(kdf.SALT_SIZE)
        spec = {"name": "argon2id", "memory_kib": params.memory_kib,
                "iterations": params.iterations, "lanes": params.lanes, "salt": _b64(salt)}
        return _seal(vault_id, PASSPHRASE, spec, kdf.derive(passphrase, salt, params), vault_key)

    @staticmethod
    def recovery_slot(vault_id: str, vault_key: bytes) -> tuple[Slot, str]:
        """Return the slot and the recovery key text to show the person once. The slot also
        names the public half of the backup identity (recovery_key.backup_identity)."""
        text, secret = recovery_key.generate()
        salt = secrets.token_bytes(kdf.SALT_SIZE)
        recipient = recovery_key.backup_identity(secret).recipient().to_string()
        spec = {"name": "hkdf-sha256", "salt": _b64(salt), "backup_recipient": recipient}
        return _seal(vault_id, RECOVERY, spec, _recovery_kek(secret, salt), vault_key), text

    @staticmethod
    def shares_slot(vault_id: str, vault_key: bytes, secret: bytes, threshold: int,
                    count: int) -> Slot:
        """The slot that any `threshold` of the `count` recovery shares open (recorder.shares)."""
        salt = secrets.token_bytes(kdf.SALT_SIZE)
        spec = {"name": "slip39-hkdf-sha256", "salt": _b64(salt), "threshold": threshold,
                "count": count}
        return _seal(vault_id, SHARES, spec, _shares_kek(secret, salt), vault_key)

    def spare_slot(self, kek: bytes | None, decoy_key: bytes | None,
                   destroy_others: bool = False) -> Slot:
        """The spare slot: the decoy key under `kek` (the duress passphrase's), or noise."""
        spec = self._required(PASSPHRASE).kdf
        if kek is None or decoy_key is None:
            return noise_slot(SPARE, spec)
        payload = decoy_key + bytes([DESTROY_OTHERS if destroy_others else 0])
        return _seal(self.vault_id, SPARE, spec, kek, payload)

    def derive(self, passphrase: str) -> bytes:
        """The key-encryption key a passphrase gives with this file's salt and parameters."""
        salt, params = _argon2_params(self._required(PASSPHRASE).kdf)
        return kdf.derive(passphrase, salt, params)

    def with_passphrase(self, vault_key: bytes, passphrase: str,
                        params: kdf.Argon2Params | None = None) -> KeySlots:
        """A new passphrase for the vault. The salt and parameters stay (the spare slot shares
        them) unless other parameters are asked for; the spare slot then becomes noise."""
        current = self._required(PASSPHRASE)
        if params is not None and params != _argon2_params(current.kdf)[1]:
            fresh = self.replace(KeySlots.passphrase_slot(self.vault_id, vault_key, passphrase,
                                                          params))
            return fresh.replace(fresh.spare_slot(None, None))
        slot = _seal(self.vault_id, PASSPHRASE, current.kdf, self.derive(passphrase), vault_key)
        return self.replace(slot)

    def replace(self, slot: Slot) -> KeySlots:
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return KeySlots(self.vault_id, (*others, slot))

    def destroyed(self, kinds: tuple[str, ...]) -> KeySlots:
        """The same file with these slots turned to noise of the same size and shape."""
        return KeySlots(self.vault_id, tuple(noise_slot(s.kind, s.kdf) if s.kind in kinds
                                             else s for s in self.slots))

    # -- unlocking -------------------------------------------------------------------------

    def _slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def _required(self, kind: str) -> Slot:
        slot = self._slot(kind)
        if slot is None:
            raise WrongPassphrase()
        return slot

    def has(self, kind: str) -> bool:
        return self._slot(kind) is not None

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        """The vault key; a duress passphrase does not count here (see open_with_passphrase)."""
        opened = self.open_with_passphrase(passphrase)
        if opened.spare:
            raise WrongPassphrase()
        return opened.key

    def open_with_passphrase(self, passphrase: str) -> Opened:
        """Try the passphrase slot, then the spare slot, with one derivation."""
        return self.open_with_kek(self.derive(passphrase))

    def open_with_kek(self, kek: bytes) -> Opened:
        try:
            return Opened(_open(self.vault_id, self._required(PASSPHRASE), kek))
        except InvalidTag:
            pass
        spare = self._slot(SPARE)
        if spare is not None and spare.kdf == self._required(PASSPHRASE).kdf:
            try:
                payload = _open(self.vault_id, spare, kek)
            except InvalidTag:
                raise WrongPassphrase() from None
            return Opened(payload[:VAULT_KEY_SIZE], spare=True,
                          destroy_others=bool(payload[VAULT_KEY_SIZE] & DESTROY_OTHERS), kek=kek)
        raise WrongPassphrase()

    def unlock_with_shares_secret(self, secret: bytes) -> bytes:
        slot = self._slot(SHARES)
        if slot is None:
            raise WrongShares()
        try:
            return _open(self.vault_id, slot, _shares_kek(secret, _unb64(slot.kdf["salt"])))
        except InvalidTag:
            raise WrongShares() from None

    def backup_recipient(self) -> str | None:
        """The public half of the backup identity, if this vault's recovery key has one."""
        slot = self._slot(RECOVERY)
        found = None if slot is None else slot.kdf.get("backup_recipient")
        return found if isinstance(found, str) else None

    def unlock_with_recovery_key(self, text: str) -> bytes:
        return self.unlock_with_recovery_key_secret(recovery_key.parse(text))

    def unlock_with_recovery_key_secret(self, secret: bytes) -> bytes:
        slot = self._slot(RECOVERY)
        if slot is None:
            raise WrongRecoveryKey()
        try:
            return _open(self.vault_id, slot, _recovery_kek(secret, _unb64(slot.kdf["salt"])))
        except InvalidTag:
            raise WrongRecoveryKey() from None

    def passphrase_params(self) -> kdf.Argon2Params:
        slot = self._slot(PASSPHRASE)
        if slot is None:
            raise WrongPassphrase()
        return _argon2_params(slot.kdf)[1]

    # -- file ------------------------------------------------------------------------------

    def dumps(self) -> bytes:
        ordered = sorted(self.slots, key=lambda s: KINDS.index(s.kind))
        doc = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
               "slots": [s.to_json() for s in ordered]}
        return json.dumps(doc, indent=1).encode("utf-8")

    def save(self, path: Path) -> None:
        """Replace the file; the old one's bytes are overwritten, so a changed or destroyed
        slot does not survive in the file system."""
        replace_scrubbing(path, self.dumps())

    @staticmethod
    def load(path: Path) -> KeySlots:
        """Read and validate; any damage becomes KeySlotsDamaged naming the file."""
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_FILE_SIZE + 1)
        except OSError as exc:
            raise KeySlotsDamaged(path, exc.strerror or "unreadable") from None
        if len(raw) > MAX_FILE_SIZE:
            raise KeySlotsDamaged(path, "file too large")
        return KeySlots.loads(raw, path)

    @staticmethod
    def loads(raw: bytes, path: Path) -> KeySlots:
        try:
            return _parse(strict_json.loads(raw))
        except (ValueError, KeyError, TypeError) as exc:
            raise KeySlotsDamaged(path, f"unreadable contents: {type(exc).__name__}") from None


def _parse(doc: Any) -> KeySlots:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError("not a key-slot file")
    if doc.get("version") != VERSION:
        raise ValueError("unsupported version")
    vault_id = doc["vault_id"]
    if not isinstance(vault_id, str) or not doc["slots"] or len(doc["slots"]) > 8:
        raise ValueError("bad header")
    slots = []
    for item in doc["slots"]:
        if item["kind"] not in KINDS or not isinstance(item["kdf"], dict):
            raise ValueError("bad slot")
        slot = Slot(item["kind"], item["kdf"], _unb64(item["nonce"]), _unb64(item["wrapped"]))
        if (len(slot.nonce) != NONCE_SIZE
                or len(slot.wrapped) != _payload_size(slot.kind) + _TAG):
            raise ValueError("bad slot size")
        if slot.kind in (PASSPHRASE, SPARE):
            _argon2_params(slot.kdf)  # out-of-range costs could hang or exhaust the machine
        if slot.kind == SHARES and not 1 <= int(slot.kdf["threshold"]) <= 16:
            raise ValueError("bad share threshold")
        slots.append(slot)
    if len({s.kind for s in slots}) != len(slots):
        raise ValueError("two slots of one kind")
    return KeySlots(vault_id, tuple(slots))


def destroy(path: Path) -> None:
    """Panic wipe of the slots: overwrite, sync, delete. Without them the vault key is gone."""
    overwrite_and_unlink(path)
