"""The post-quantum hybrid recipient type mlkem768x25519 (age1pq1... / AGE-SECRET-KEY-PQ-1...).

HPKE (RFC 9180) base mode with the MLKEM768-X25519 KEM (X-Wing), HKDF-SHA256 and
ChaCha20-Poly1305, all from cryptography's hpke module. The identity is a 32-byte seed,
expanded with SHAKE256 into the ML-KEM-768 seed (64 bytes) and the X25519 scalar (32
bytes) as the KEM specification (filippo.io/hpke-pq) defines. Public keys and encapsulated
keys are the ML-KEM part followed by the X25519 part.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.hpke import (
    AEAD,
    KDF,
    KEM,
    MLKEM768X25519PrivateKey,
    MLKEM768X25519PublicKey,
    Suite,
)

from . import b64, bech32
from .primitives import WRAPPED_KEY_SIZE
from .stanza import Stanza, decode_arg, require_shape
from .x25519 import shared_secret

__all__ = ["HybridIdentity", "HybridRecipient"]

STANZA_TYPE = "mlkem768x25519"
RECIPIENT_HRP = "age1pq"
IDENTITY_HRP = "age-secret-key-pq-"
_INFO = b"age-encryption.org/mlkem768x25519"
_SEED_SIZE = 32
_MLKEM_PUBLIC_SIZE = 1184
_MLKEM_CIPHERTEXT_SIZE = 1088
_X25519_SIZE = 32
PUBLIC_KEY_SIZE = _MLKEM_PUBLIC_SIZE + _X25519_SIZE
ENC_SIZE = _MLKEM_CIPHERTEXT_SIZE + _X25519_SIZE
_SUITE = Suite(KEM.MLKEM768_X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)


def _expand_seed(seed: bytes) -> tuple[mlkem.MLKEM768PrivateKey, x25519.X25519PrivateKey]:
    digest = hashes.Hash(hashes.SHAKE256(64 + _X25519_SIZE))
    digest.update(seed)
    expanded = digest.finalize()
    return (
        mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]),
        x25519.X25519PrivateKey.from_private_bytes(expanded[64:]),
    )


def _decode(text: str, hrp: str, size: int, what: str) -> bytes:
    try:
        found, data = bech32.decode(text.strip())
    except ValueError:
        raise ValueError(f"Not a valid {what}.") from None
    if found != hrp or len(data) != size:
        raise ValueError(f"Not a valid {what}.")
    return data


class HybridRecipient:
    """An age1pq1... public key: ML-KEM-768 encapsulation key followed by an X25519 key."""

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != PUBLIC_KEY_SIZE:
            raise ValueError("A hybrid public key is 1216 bytes.")
        self._raw = bytes(public_key)
        try:
            self._key = MLKEM768X25519PublicKey(
                mlkem.MLKEM768PublicKey.from_public_bytes(self._raw[:_MLKEM_PUBLIC_SIZE]),
                x25519.X25519PublicKey.from_public_bytes(self._raw[_MLKEM_PUBLIC_SIZE:]),
            )
        except ValueError:
            raise ValueError("Not a valid hybrid public key.") from None

    @classmethod
    def from_string(cls, text: str) -> HybridRecipient:
        return cls(_decode(text, RECIPIENT_HRP, PUBLIC_KEY_SIZE, "hybrid recipient"))

    def to_string(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self._raw)

    __str__ = to_string

    def __repr__(self) -> str:
        return f"HybridRecipient({self.to_string()[:24]!r}...)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HybridRecipient) and other._raw == self._raw

    def __hash__(self) -> int:
        return hash(self._raw)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        sealed = _SUITE.encrypt(file_key, self._key, info=_INFO)
        enc, body = sealed[:ENC_SIZE], sealed[ENC_SIZE:]
        return [Stanza((STANZA_TYPE, b64.encode(enc).decode("ascii")), body)]


class HybridIdentity:
    """An AGE-SECRET-KEY-PQ-1... identity (a 32-byte seed). repr() hides the seed."""

    def __init__(self, seed: bytes) -> None:
        if len(seed) != _SEED_SIZE:
            raise ValueError("A hybrid identity seed is 32 bytes.")
        self._seed = bytes(seed)
        mlkem_key, x25519_key = _expand_seed(self._seed)
        self._x25519 = x25519_key
        self._key = MLKEM768X25519PrivateKey(mlkem_key, x25519_key)
        self._public = (
            mlkem_key.public_key().public_bytes_raw()
            + x25519_key.public_key().public_bytes_raw()
        )

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(_SEED_SIZE))

    @classmethod
    def from_string(cls, text: str) -> HybridIdentity:
        return cls(_decode(text, IDENTITY_HRP, _SEED_SIZE, "hybrid identity"))

    def to_string(self) -> str:
        return bech32.encode(IDENTITY_HRP, self._seed).upper()

    __str__ = to_string

    def __repr__(self) -> str:
        return f"HybridIdentity(recipient={self.recipient().to_string()[:24]!r}...)"

    def recipient(self) -> HybridRecipient:
        return HybridRecipient(self._public)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            require_shape(stanza, 2, WRAPPED_KEY_SIZE)
            enc = decode_arg(stanza, 1, ENC_SIZE)
            # The spec forbids an all-zero X25519 secret; HPKE would hide it in the combiner.
            shared_secret(self._x25519, enc[_MLKEM_CIPHERTEXT_SIZE:])
            try:
                return _SUITE.decrypt(enc + stanza.body, self._key, info=_INFO)
            except (InvalidTag, ValueError):
                continue
        return None
