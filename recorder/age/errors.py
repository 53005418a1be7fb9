"""Exceptions raised while reading age files.

One class per failure category of the age testkit, so callers (and the UI, which owns
the wording shown to people) can tell a damaged file from a wrong key. Messages are
short English sentences for logs and never contain key or plaintext material.
"""

from __future__ import annotations

__all__ = [
    "AgeError",
    "ArmorError",
    "HeaderError",
    "HeaderMacError",
    "NoIdentityMatchError",
    "PayloadError",
]


class AgeError(Exception):
    """Base class: the input is not a valid age file for the given identities."""


class HeaderError(AgeError):
    """The header is malformed, over a size limit, or a recognised stanza is invalid."""


class NoIdentityMatchError(AgeError):
    """The header is well formed but none of the identities unwrapped the file key."""


class HeaderMacError(AgeError):
    """A file key was unwrapped but the header MAC does not verify: the header was altered."""


class PayloadError(AgeError):
    """The encrypted payload is truncated, tampered with, or followed by trailing data."""


class ArmorError(AgeError):
    """The ASCII armor around the file is not strict, canonical PEM."""
