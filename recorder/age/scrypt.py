"""The passphrase recipient type (scrypt stanza)."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from . import b64
from .errors import HeaderError
from .primitives import WRAPPED_KEY_SIZE, unwrap_file_key, wrap_file_key
from .stanza import Stanza, decode_arg, require_shape

__all__ = ["ScryptIdentity", "ScryptRecipient"]

STANZA_TYPE = "scrypt"
_SALT_PREFIX = b"age-encryption.org/v1/scrypt"
_SALT_SIZE = 16
_WORK_FACTOR = re.compile(r"[1-9][0-9]*")
_MAX_ALLOWED_WORK_FACTOR = 30


def _passphrase_bytes(passphrase: str | bytes) -> bytes:
    data = passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)
    if not data:
        raise ValueError("The passphrase is empty.")
    return data


def _wrap_key(passphrase: bytes, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=_SALT_PREFIX + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase)


class ScryptRecipient:
    """Encrypts to a passphrase. work_factor is log2(N); 18 costs about 256 MiB and 1 s."""

    def __init__(self, passphrase: str | bytes, work_factor: int = 18) -> None:
        if not 1 <= work_factor <= _MAX_ALLOWED_WORK_FACTOR:
            raise ValueError("The scrypt work factor is out of range.")
        self._passphrase = _passphrase_bytes(passphrase)
        self._work_factor = work_factor

    def __repr__(self) -> str:
        return f"ScryptRecipient(work_factor={self._work_factor})"

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(_SALT_SIZE)
        body = wrap_file_key(_wrap_key(self._passphrase, salt, self._work_factor), file_key)
        args = (STANZA_TYPE, b64.encode(salt).decode("ascii"), str(self._work_factor))
        return [Stanza(args, body)]


class ScryptIdentity:
    """Decrypts passphrase files. max_work_factor bounds the time and memory a file
    can demand (22 means up to 4 GiB and several seconds; the Go reference's cap).
    That an scrypt stanza must be alone is enforced for every header by decrypt()."""

    def __init__(self, passphrase: str | bytes, max_work_factor: int = 22) -> None:
        if not 1 <= max_work_factor <= _MAX_ALLOWED_WORK_FACTOR:
            raise ValueError("The scrypt work factor limit is out of range.")
        self._passphrase = _passphrase_bytes(passphrase)
        self._max_work_factor = max_work_factor

    def __repr__(self) -> str:
        return f"ScryptIdentity(max_work_factor={self._max_work_factor})"

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            require_shape(stanza, 3, WRAPPED_KEY_SIZE)
            salt = decode_arg(stanza, 1, _SALT_SIZE)
            work_factor = self._parse_work_factor(stanza.args[2])
            file_key = unwrap_file_key(
                _wrap_key(self._passphrase, salt, work_factor), stanza.body
            )
            if file_key is not None:
                return file_key
        return None

    def _parse_work_factor(self, text: str) -> int:
        if not _WORK_FACTOR.fullmatch(text):
            raise HeaderError("Malformed scrypt work factor.")
        # Length first: a hostile thousand-digit number is never converted to an int.
        if len(text) > 2 or int(text) > self._max_work_factor:
            raise HeaderError("The scrypt work factor is above the allowed limit.")
        return int(text)
