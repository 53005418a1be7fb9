"""The native X25519 recipient type (age1... / AGE-SECRET-KEY-1...)."""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from . import b64, bech32
from .errors import HeaderError
from .primitives import WRAPPED_KEY_SIZE, hkdf_sha256, unwrap_file_key, wrap_file_key
from .stanza import Stanza, decode_arg, require_shape

__all__ = ["X25519Identity", "X25519Recipient"]

STANZA_TYPE = "X25519"
RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
_INFO = b"age-encryption.org/v1/X25519"
_KEY_SIZE = 32


def _decode_key(text: str, hrp: str, what: str) -> bytes:
    try:
        found, data = bech32.decode(text.strip())
    except ValueError:
        raise ValueError(f"Not a valid {what}.") from None
    if found != hrp or len(data) != _KEY_SIZE:
        raise ValueError(f"Not a valid {what}.")
    return data


def shared_secret(private: X25519PrivateKey, share: bytes) -> bytes:
    """X25519 with the spec's all-zero check, which is a header failure, not a mismatch."""
    try:
        return private.exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:  # cryptography refuses the all-zero result of low-order points
        raise HeaderError("An X25519 share is a low-order point.") from None


class X25519Recipient:
    """An age1... public key."""

    def __init__(self, public_key: bytes) -> None:
        if len(public_key) != _KEY_SIZE:
            raise ValueError("An X25519 public key is 32 bytes.")
        self._raw = bytes(public_key)
        self._key = X25519PublicKey.from_public_bytes(self._raw)

    @classmethod
    def from_string(cls, text: str) -> X25519Recipient:
        return cls(_decode_key(text, RECIPIENT_HRP, "X25519 recipient"))

    def to_string(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self._raw)

    __str__ = to_string

    def __repr__(self) -> str:
        return f"X25519Recipient({self.to_string()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other._raw == self._raw

    def __hash__(self) -> int:
        return hash(self._raw)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral = X25519PrivateKey.generate()  # fresh per stanza and per file
        share = ephemeral.public_key().public_bytes_raw()
        secret = ephemeral.exchange(self._key)
        wrap_key = hkdf_sha256(secret, share + self._raw, _INFO)
        body = wrap_file_key(wrap_key, file_key)
        return [Stanza((STANZA_TYPE, b64.encode(share).decode("ascii")), body)]


class X25519Identity:
    """An AGE-SECRET-KEY-1... secret key. repr() shows only the public key."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) != _KEY_SIZE:
            raise ValueError("An X25519 secret key is 32 bytes.")
        self._secret = bytes(secret)
        self._key = X25519PrivateKey.from_private_bytes(self._secret)
        self._public = self._key.public_key().public_bytes_raw()

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(X25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def from_string(cls, text: str) -> X25519Identity:
        return cls(_decode_key(text, IDENTITY_HRP, "X25519 identity"))

    def to_string(self) -> str:
        return bech32.encode(IDENTITY_HRP, self._secret).upper()

    __str__ = to_string

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self.recipient().to_string()!r})"

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._public)

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            require_shape(stanza, 2, WRAPPED_KEY_SIZE)
            share = decode_arg(stanza, 1, _KEY_SIZE)
            secret = shared_secret(self._key, share)
            wrap_key = hkdf_sha256(secret, share + self._public, _INFO)
            file_key = unwrap_file_key(wrap_key, stanza.body)
            if file_key is not None:
                return file_key
        return None
