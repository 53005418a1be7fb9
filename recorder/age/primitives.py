"""Key derivation and file-key wrapping shared by the recipient types and the payload."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FILE_KEY_SIZE = 16
WRAPPED_KEY_SIZE = FILE_KEY_SIZE + 16
PAYLOAD_NONCE_SIZE = 16
_ZERO_NONCE = bytes(12)


def new_file_key() -> bytes:
    """A fresh random file key; one per file, never reused."""
    return os.urandom(FILE_KEY_SIZE)


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA-256 with a 32-byte output, as every age derivation uses."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """The STREAM key of an age payload."""
    return hkdf_sha256(file_key, nonce, b"payload")


def wrap_file_key(wrap_key: bytes, file_key: bytes) -> bytes:
    """Encrypt the file key under a one-time wrap key (the zero nonce is safe only so)."""
    return ChaCha20Poly1305(wrap_key).encrypt(_ZERO_NONCE, file_key, None)


def unwrap_file_key(wrap_key: bytes, body: bytes) -> bytes | None:
    """The file key, or None when the body does not authenticate under this key."""
    try:
        return ChaCha20Poly1305(wrap_key).decrypt(_ZERO_NONCE, body, None)
    except InvalidTag:
        return None
