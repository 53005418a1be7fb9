"""The key-slot file: the vault key, wrapped once per way of opening the vault.

The vault key itself is random and never derived from anything a person types, so changing the
passphrase rewraps one slot and leaves the database alone. A slot is AEAD-encrypted with
associated data binding it to this vault and to its own parameters.
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
from .errors import KeySlotsDamaged, WrongPassphrase, WrongRecoveryKey
from .fsutil import atomic_write, overwrite_and_unlink

FORMAT = "testimony-recorder/keyslots"
VERSION = 1
VAULT_KEY_SIZE = 32
NONCE_SIZE = 12
MAX_FILE_SIZE = 64 * 1024
PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a password
RECOVERY = "recovery"
KINDS = (PASSPHRASE, RECOVERY)


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
        """Return the slot and the recovery key text to show the person once."""
        text, secret = recovery_key.generate()
        salt = secrets.token_bytes(kdf.SALT_SIZE)
        spec = {"name": "hkdf-sha256", "salt": _b64(salt)}
        return _seal(vault_id, RECOVERY, spec, _recovery_kek(secret, salt), vault_key), text

    def replace(self, slot: Slot) -> KeySlots:
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return KeySlots(self.vault_id, (*others, slot))

    # -- unlocking -------------------------------------------------------------------------

    def _slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        slot = self._slot(PASSPHRASE)
        if slot is None:
            raise WrongPassphrase()
        salt, params = _argon2_params(slot.kdf)
        try:
            return _open(self.vault_id, slot, kdf.derive(passphrase, salt, params))
        except InvalidTag:
            raise WrongPassphrase() from None

    def unlock_with_recovery_key(self, text: str) -> bytes:
        secret = recovery_key.parse(text)
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

    def save(self, path: Path) -> None:
        doc = {"format": FORMAT, "version": VERSION, "vault_id": self.vault_id,
               "slots": [s.to_json() for s in self.slots]}
        atomic_write(path, json.dumps(doc, indent=1).encode("utf-8"))

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
        if len(slot.nonce) != NONCE_SIZE or len(slot.wrapped) != VAULT_KEY_SIZE + 16:
            raise ValueError("bad slot size")
        if slot.kind == PASSPHRASE:
            _argon2_params(slot.kdf)  # out-of-range costs could hang or exhaust the machine
        slots.append(slot)
    return KeySlots(vault_id, tuple(slots))


def destroy(path: Path) -> None:
    """Panic wipe of the slots: overwrite, sync, delete. Without them the vault key is gone."""
    overwrite_and_unlink(path)
