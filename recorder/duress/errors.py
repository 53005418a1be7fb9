"""What can go wrong setting up a duress passphrase."""

from __future__ import annotations

from ..errors import RecorderError


class DuressUnavailable(RecorderError):
    code = "duress_unavailable"

    def __init__(self) -> None:
        super().__init__("A duress passphrase cannot be set or removed from this vault. "
                         "Nothing was changed.")


class DuressIsPassphrase(RecorderError):
    code = "duress_is_passphrase"

    def __init__(self) -> None:
        super().__init__("The duress passphrase must differ from the vault's passphrase. "
                         "Nothing was changed.")


class DecoyTooLarge(RecorderError):
    code = "decoy_too_large"

    def __init__(self, limit_kib: int) -> None:
        super().__init__(f"The decoy content does not fit in {limit_kib} KiB; choose fewer or "
                         "shorter interviews. Nothing was changed.")
        self.limit_kib = limit_kib


class DecoyContentInvalid(RecorderError):
    code = "decoy_content_invalid"

    def __init__(self, detail: str) -> None:
        super().__init__(f"This decoy content cannot be used: {detail}. Nothing was changed.")
        self.detail = detail
