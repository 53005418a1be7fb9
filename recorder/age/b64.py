"""Canonical unpadded base64, as required everywhere in the age header.

Rejecting non-canonical encodings keeps the header non-malleable: one byte string
has exactly one textual form, so re-serialising a parsed header reproduces it.
"""

from __future__ import annotations

import binascii

from .errors import HeaderError

_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def encode(data: bytes) -> bytes:
    """Standard base64 without '=' padding."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=")


def decode(text: bytes) -> bytes:
    """Decode canonical unpadded base64 or raise HeaderError."""
    if len(text) % 4 == 1 or text.translate(None, _ALPHABET):
        raise HeaderError("Invalid base64 in the header.")
    padded = text + b"=" * (-len(text) % 4)
    try:
        raw = binascii.a2b_base64(padded, strict_mode=True)
    except binascii.Error:
        raise HeaderError("Invalid base64 in the header.") from None
    # Leftover bits in the last character must be zero (RFC 4648, 3.5).
    if encode(raw) != text:
        raise HeaderError("Non-canonical base64 in the header.")
    return raw
