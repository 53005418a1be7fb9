"""What can go wrong setting up a duress passphrase."""

from __future__ import annotations

from ..errors import RecorderError


class DuressUnavailable(RecorderError):
    code = "duress_unavailable"
    english = ("A duress passphrase cannot be set or removed from this vault. Nothing was "
               "changed.")


class DuressIsPassphrase(RecorderError):
    code = "duress_is_passphrase"
    english = ("The duress passphrase must differ from the vault's passphrase. Nothing was "
               "changed.")


class DecoyTooLarge(RecorderError):
    code = "decoy_too_large"
    english = ("The decoy content does not fit in {limit_kib} KiB; choose fewer or shorter "
               "interviews. Nothing was changed.")
    limit_kib: int


class DecoyContentInvalid(RecorderError):
    code = "decoy_content_invalid"
    english = "This decoy content cannot be used: {detail}. Nothing was changed."
    detail: str
