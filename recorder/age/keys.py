"""Parsing recipient and identity strings, and age-keygen identity files."""

from __future__ import annotations

from .hybrid import HybridIdentity, HybridRecipient
from .x25519 import X25519Identity, X25519Recipient

__all__ = ["MAX_IDENTITY_FILE_SIZE", "parse_identity", "parse_identity_file", "parse_recipient"]

MAX_IDENTITY_FILE_SIZE = 1 << 20

AnyRecipient = X25519Recipient | HybridRecipient
AnyIdentity = X25519Identity | HybridIdentity


def parse_recipient(text: str) -> AnyRecipient:
    """An age1... (X25519) or age1pq1... (post-quantum hybrid) recipient."""
    text = text.strip()
    lowered = text.lower()
    if lowered.startswith("age1pq1"):
        return HybridRecipient.from_string(text)
    if lowered.startswith("age1"):
        return X25519Recipient.from_string(text)
    raise ValueError("Unsupported recipient: expected an age1... public key.")


def parse_identity(text: str) -> AnyIdentity:
    """An AGE-SECRET-KEY-1... (X25519) or AGE-SECRET-KEY-PQ-1... (hybrid) identity."""
    text = text.strip()
    upper = text.upper()
    if upper.startswith("AGE-SECRET-KEY-PQ-1"):
        return HybridIdentity.from_string(text)
    if upper.startswith("AGE-SECRET-KEY-1"):
        return X25519Identity.from_string(text)
    raise ValueError("Unsupported identity: expected an AGE-SECRET-KEY-... secret key.")


def parse_identity_file(text: str) -> list[AnyIdentity]:
    """Identities from an age-keygen style file: one key a line, '#' comments, blank lines.

    Errors name the line number only, never the line, which may hold a secret key.
    """
    if len(text) > MAX_IDENTITY_FILE_SIZE:
        raise ValueError("The identity file is too large.")
    identities: list[AnyIdentity] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(parse_identity(line))
        except ValueError:
            raise ValueError(f"Line {number} of the identity file is not a valid identity.") \
                from None
    if not identities:
        raise ValueError("The identity file contains no identity.")
    return identities
