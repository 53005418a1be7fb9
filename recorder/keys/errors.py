"""Failures around keys and trust, one class each (declared as recorder/errors.py explains)."""

from __future__ import annotations

from ..errors import RecorderError


class BadKeyFile(RecorderError):
    code = "bad_key_file"
    english = ("{where} is not a valid public key file ({detail}). Nothing was trusted; ask the "
               "person for a fresh copy.")
    where: str
    detail: str


class FingerprintMismatch(RecorderError):
    code = "fingerprint_mismatch"
    english = ("The fingerprint you entered ({typed}) is not the one of this key file ({actual}). "
               "Do not trust it: the file may have been swapped on the way. Check with the "
               "person by another channel.")
    typed: str
    actual: str


class KeyRevoked(RecorderError):
    code = "key_revoked"
    english = ("The key {fingerprint} was revoked on this device and cannot be used or trusted "
               "again.")
    fingerprint: str


class UnknownContact(RecorderError):
    code = "unknown_contact"
    english = "No trusted key matches '{ref}'. See 'testimony keys list'."
    ref: str


class AmbiguousContact(RecorderError):
    code = "ambiguous_contact"
    english = "'{ref}' matches more than one trusted key; type more of the fingerprint."
    ref: str


class UnknownBody(RecorderError):
    code = "unknown_body"
    english = ("'{body:.60}' is not a body this vault's consent forms ask about. Use one of: "
               "{known}.")
    body: str
    #: The bodies that can be used, comma-separated (own_organisation first).
    known: str


class OwnKey(RecorderError):
    code = "own_key"
    english = "That key file is this vault's own key; there is no need to trust it."


class PrivateKeyElsewhere(RecorderError):
    code = "private_key_elsewhere"
    english = "The private part of the {purpose} key is not held in this vault."
    purpose: str


class NoWitnessKey(RecorderError):
    code = "no_witness_key"
    english = "This vault has no witness-identity key (only a coordinator's vault has one)."
