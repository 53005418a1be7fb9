"""The recovery key: 128 random bits a person can copy onto paper and type back.

Written as 8 groups of 4 Crockford base32 characters (no I, L, O, U to confuse), the last
32 bits being a checksum so a typing mistake is told apart from a wrong key.
"""

from __future__ import annotations

import hashlib
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .age import X25519Identity
from .errors import RecoveryKeyTypo

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
SECRET_SIZE = 16
CHECK_SIZE = 4
GROUP = 4
#: HKDF info of the backup identity. docs/backup.md repeats the derivation for plain `age`.
BACKUP_IDENTITY_INFO = b"testimony-recorder backup identity v1"


def _check(secret: bytes) -> bytes:
    return hashlib.sha256(b"testimony-recorder recovery key" + secret).digest()[:CHECK_SIZE]


def _encode(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    chars = []
    for _ in range(len(raw) * 8 // 5):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def generate() -> tuple[str, bytes]:
    """Return (the text to show once, the secret bytes)."""
    secret = secrets.token_bytes(SECRET_SIZE)
    return _encode(secret + _check(secret)), secret


def parse(text: str) -> bytes:
    """Return the secret bytes; raises RecoveryKeyTypo on a malformed key."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    expected = (SECRET_SIZE + CHECK_SIZE) * 8 // 5
    if len(cleaned) != expected or any(ch not in _DECODE for ch in cleaned):
        raise RecoveryKeyTypo()
    number = 0
    for ch in cleaned:
        number = (number << 5) | _DECODE[ch]
    raw = number.to_bytes(SECRET_SIZE + CHECK_SIZE, "big")
    secret, check = raw[:SECRET_SIZE], raw[SECRET_SIZE:]
    if not secrets.compare_digest(check, _check(secret)):
        raise RecoveryKeyTypo()
    return secret


def backup_identity(secret: bytes) -> X25519Identity:
    """The age identity that opens this vault's backups, derived from the recovery key alone.

    Backups are sealed to its public half (kept in the recovery slot), so writing one needs no
    secret, and reading one needs only the paper: HKDF-SHA256 (no salt) of the 16 secret bytes
    gives the X25519 secret key, which `age -d -i` takes as an AGE-SECRET-KEY-1... line.
    """
    return X25519Identity(HKDF(hashes.SHA256(), 32, None, BACKUP_IDENTITY_INFO).derive(secret))
