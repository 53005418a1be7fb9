"""This device's own keys: made once when the vault is created, kept only inside it.

Every vault has an Ed25519 signing key (packets and receipts are signed with it) and age
identities to receive packets (X25519, and mlkem768x25519 for post-quantum packets). A
coordinator's vault also holds a separate witness-identity key: identities travel sealed to
it, so analysts who hold only the vault's content key see pseudonyms. Its private part can be
handed to protection staff and removed from the vault.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .. import clock
from ..age import HybridIdentity, X25519Identity
from ..errors import DatabaseDamaged
from ..vault import Vault
from . import fingerprint
from .errors import NoWitnessKey, PrivateKeyElsewhere

SIGNING = "signing"
AGE = "age"
AGE_PQ = "age_pq"
WITNESS_AGE = "witness_age"
WITNESS_AGE_PQ = "witness_age_pq"
_WRAP_PURPOSE = "device keys"
_NONCE = 12

AnyIdentity = X25519Identity | HybridIdentity


@dataclass(frozen=True)
class DeviceKeys:
    signing: Ed25519PrivateKey
    age: X25519Identity
    age_pq: HybridIdentity
    #: Public recipients of the witness-identity key (coordinators only).
    witness_recipients: tuple[str, ...]
    #: Private witness-identity keys, when held in this vault.
    witness_identities: tuple[AnyIdentity, ...]

    @property
    def signing_public(self) -> bytes:
        return self.signing.public_key().public_bytes_raw()

    # Cached: encoding the post-quantum recipient takes about 10 ms (bech32 in pure Python),
    # and the keys of a frozen DeviceKeys never change.
    @functools.cached_property
    def age_recipients(self) -> tuple[str, ...]:
        return (self.age.recipient().to_string(), self.age_pq.recipient().to_string())

    @functools.cached_property
    def fingerprint(self) -> str:
        return fingerprint.compute(self.signing_public, self.age_recipients,
                                   self.witness_recipients)

    def identities(self) -> list[AnyIdentity]:
        """What packets and receipts addressed to this device are opened with."""
        return [self.age, self.age_pq]

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)


def _wrapper(vault: Vault) -> ChaCha20Poly1305:
    return ChaCha20Poly1305(vault.subkey(_WRAP_PURPOSE))


def _aad(vault: Vault, purpose: str) -> bytes:
    return f"testimony-recorder device key\n{vault.vault_id}\n{purpose}".encode()


def _wrap(vault: Vault, purpose: str, secret: bytes) -> bytes:
    nonce = secrets.token_bytes(_NONCE)
    return nonce + _wrapper(vault).encrypt(nonce, secret, _aad(vault, purpose))


def _unwrap(vault: Vault, purpose: str, blob: bytes) -> bytes:
    try:
        return _wrapper(vault).decrypt(blob[:_NONCE], blob[_NONCE:], _aad(vault, purpose))
    except InvalidTag:
        raise DatabaseDamaged(vault.db_path, f"the {purpose} key does not decrypt") from None


def wrap_secret(vault: Vault, purpose: str, secret: bytes) -> bytes:
    """A secret of this vault's (such as the organisation's linkage key) wrapped like the
    device keys, for other modules to keep in the database."""
    return _wrap(vault, purpose, secret)


def unwrap_secret(vault: Vault, purpose: str, blob: bytes) -> bytes:
    return _unwrap(vault, purpose, blob)


def _store(vault: Vault, purpose: str, public: str, secret: bytes) -> None:
    vault.conn.execute(
        "INSERT INTO device_key (purpose, public, secret, created_at) VALUES (?, ?, ?, ?)",
        (purpose, public, _wrap(vault, purpose, secret), clock.now()))


def ensure_device_keys(vault: Vault) -> None:
    """Create the device keys if this vault has none yet (new vaults, and vaults made before
    keys existed, on their first unlock)."""
    if vault.conn.execute("SELECT 1 FROM device_key WHERE purpose = ?", (SIGNING,)).fetchone():
        return
    signing = Ed25519PrivateKey.generate()
    age, age_pq = X25519Identity.generate(), HybridIdentity.generate()
    with vault.transaction():
        _store(vault, SIGNING, signing.public_key().public_bytes_raw().hex(),
               signing.private_bytes_raw())
        _store(vault, AGE, age.recipient().to_string(), age.to_string().encode())
        _store(vault, AGE_PQ, age_pq.recipient().to_string(), age_pq.to_string().encode())
        if vault.role == "coordinator":
            _create_witness_key(vault)
        vault.log("device_keys_created", "vault", vault.vault_id,
                  detail={"fingerprint": load(vault).fingerprint})


def _create_witness_key(vault: Vault) -> None:
    witness, witness_pq = X25519Identity.generate(), HybridIdentity.generate()
    _store(vault, WITNESS_AGE, witness.recipient().to_string(), witness.to_string().encode())
    _store(vault, WITNESS_AGE_PQ, witness_pq.recipient().to_string(),
           witness_pq.to_string().encode())


def _rows(vault: Vault) -> dict[str, tuple[str, bytes | None]]:
    return {r["purpose"]: (r["public"], r["secret"])
            for r in vault.conn.execute("SELECT purpose, public, secret FROM device_key")}


def load(vault: Vault) -> DeviceKeys:
    rows = _rows(vault)
    for purpose in (SIGNING, AGE, AGE_PQ):
        if purpose not in rows or rows[purpose][1] is None:
            raise DatabaseDamaged(vault.db_path, f"the {purpose} key is missing")

    def secret(purpose: str) -> bytes:
        blob = rows[purpose][1]
        if blob is None:
            raise PrivateKeyElsewhere(purpose)
        return _unwrap(vault, purpose, blob)

    witness_recipients = tuple(rows[p][0] for p in (WITNESS_AGE, WITNESS_AGE_PQ) if p in rows)
    witness_identities: list[AnyIdentity] = []
    if WITNESS_AGE in rows and rows[WITNESS_AGE][1] is not None:
        witness_identities.append(X25519Identity.from_string(secret(WITNESS_AGE).decode()))
    if WITNESS_AGE_PQ in rows and rows[WITNESS_AGE_PQ][1] is not None:
        witness_identities.append(HybridIdentity.from_string(secret(WITNESS_AGE_PQ).decode()))
    return DeviceKeys(
        signing=Ed25519PrivateKey.from_private_bytes(secret(SIGNING)),
        age=X25519Identity.from_string(secret(AGE).decode()),
        age_pq=HybridIdentity.from_string(secret(AGE_PQ).decode()),
        witness_recipients=witness_recipients,
        witness_identities=tuple(witness_identities),
    )


def identity_text(vault: Vault, *, witness: bool = False, include_pq: bool = False) -> str:
    """An age identity file (age-keygen format) for recovery with the plain `age` tool.

    Only the X25519 line unless include_pq: `age` before 1.3 rejects files holding a
    post-quantum identity line.
    """
    rows = _rows(vault)
    purposes = (WITNESS_AGE, WITNESS_AGE_PQ) if witness else (AGE, AGE_PQ)
    if purposes[0] not in rows:
        raise NoWitnessKey()
    lines = ["# Testimony Recorder " + ("witness-identity key" if witness else "device key")
             + f" of vault {vault.vault_id}",
             f"# created: {clock.now()}",
             "# SECRET: anyone holding this file can open every packet sealed to it."]
    for purpose in purposes[: 2 if include_pq else 1]:
        public, blob = rows[purpose]
        if blob is None:
            raise PrivateKeyElsewhere(purpose)
        lines.append(f"# public key: {public}")
        lines.append(_unwrap(vault, purpose, blob).decode())
    return "\n".join(lines) + "\n"


def forget_witness_key(vault: Vault) -> None:
    """Drop the private witness-identity key from this vault (after handing it to protection
    staff): sealed identities then stay sealed here, whoever unlocks the vault."""
    rows = _rows(vault)
    if WITNESS_AGE not in rows:
        raise NoWitnessKey()
    with vault.transaction():
        vault.conn.execute("UPDATE device_key SET secret = NULL WHERE purpose IN (?, ?)",
                           (WITNESS_AGE, WITNESS_AGE_PQ))
        vault.log("witness_key_removed", "vault", vault.vault_id)
