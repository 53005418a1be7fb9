"""The age v1 file format (c2sp.org/age) on `cryptography`: streaming and strict.

Encrypt with encrypt(dst, recipients); decrypt with decrypt(src, identities), which
autodetects ASCII armor unless armored=True/False is given. Recipient types: X25519,
the post-quantum hybrid mlkem768x25519, and scrypt passphrases. stream holds the STREAM
primitive the media store reuses with its own keys.
"""

from __future__ import annotations

from .errors import (
    AgeError,
    ArmorError,
    HeaderError,
    HeaderMacError,
    NoIdentityMatchError,
    PayloadError,
)
from .header import MAX_HEADER_SIZE, MAX_STANZAS
from .hybrid import HybridIdentity, HybridRecipient
from .keys import parse_identity, parse_identity_file, parse_recipient
from .reader import AgeReader, decrypt
from .scrypt import ScryptIdentity, ScryptRecipient
from .stanza import Identity, Recipient, Stanza
from .writer import AgeWriter, encrypt
from .x25519 import X25519Identity, X25519Recipient

__all__ = [
    "MAX_HEADER_SIZE",
    "MAX_STANZAS",
    "AgeError",
    "AgeReader",
    "AgeWriter",
    "ArmorError",
    "HeaderError",
    "HeaderMacError",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "NoIdentityMatchError",
    "PayloadError",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "Stanza",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "encrypt",
    "parse_identity",
    "parse_identity_file",
    "parse_recipient",
]
