"""Failures around keys and trust, one class each (the UI chooses wording by class)."""

from __future__ import annotations

from ..errors import RecorderError


class BadKeyFile(RecorderError):
    code = "bad_key_file"

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(f"{where} is not a valid public key file ({detail}). Nothing was "
                         "trusted; ask the person for a fresh copy.")
        self.where = where
        self.detail = detail


class FingerprintMismatch(RecorderError):
    code = "fingerprint_mismatch"

    def __init__(self, typed: str, actual: str) -> None:
        super().__init__(
            f"The fingerprint you entered ({typed}) is not the one of this key file "
            f"({actual}). Do not trust it: the file may have been swapped on the way. "
            "Check with the person by another channel.")
        self.typed = typed
        self.actual = actual


class KeyRevoked(RecorderError):
    code = "key_revoked"

    def __init__(self, fingerprint: str) -> None:
        super().__init__(f"The key {fingerprint} was revoked on this device and cannot be "
                         "used or trusted again.")
        self.fingerprint = fingerprint


class UnknownContact(RecorderError):
    code = "unknown_contact"

    def __init__(self, ref: str) -> None:
        super().__init__(f"No trusted key matches '{ref}'. See 'testimony keys list'.")
        self.ref = ref


class AmbiguousContact(RecorderError):
    code = "ambiguous_contact"

    def __init__(self, ref: str) -> None:
        super().__init__(f"'{ref}' matches more than one trusted key; type more of the "
                         "fingerprint.")


class UnknownBody(RecorderError):
    code = "unknown_body"

    def __init__(self, body: str, known: list[str]) -> None:
        super().__init__(f"'{body[:60]}' is not a body this vault's consent forms ask about. "
                         f"Use own_organisation or one of: {', '.join(known) or 'none'}.")
        self.body = body


class OwnKey(RecorderError):
    code = "own_key"

    def __init__(self) -> None:
        super().__init__("That key file is this vault's own key; there is no need to trust it.")


class PrivateKeyElsewhere(RecorderError):
    code = "private_key_elsewhere"

    def __init__(self, purpose: str) -> None:
        super().__init__(f"The private part of the {purpose} key is not held in this vault.")
        self.purpose = purpose


class NoWitnessKey(RecorderError):
    code = "no_witness_key"

    def __init__(self) -> None:
        super().__init__("This vault has no witness-identity key (only a coordinator's "
                         "vault has one).")
