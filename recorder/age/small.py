"""Small age files held whole in memory: the linkage key, a witness's fingerprints, the prior
index, receipts.

Reading one from a file is the same every time (bounded read, then open with this device's
identities), so it is done here once, and each caller words its own error from the reason.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from . import AgeError, decrypt, encrypt
from . import Identity as AgeIdentity
from . import Recipient as AgeRecipient

MAGIC = b"age-encryption.org/v1\n"
#: What age adds to a plaintext of `limit` bytes, with room for many recipients' stanzas.
_OVERHEAD = 64 * 1024


class Unopened(Exception):
    """A sealed file that could not be read or opened; `reason` says why, in English (the
    caller raises its own error, with its own code, naming the file)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def seal(data: bytes, recipients: Sequence[AgeRecipient]) -> bytes:
    out = io.BytesIO()
    with encrypt(out, list(recipients)) as writer:
        writer.write(data)
    return out.getvalue()


def open_(sealed: bytes, identities: Sequence[AgeIdentity], limit: int) -> bytes | None:
    """The plaintext, or None when none of `identities` opens it or it is damaged or longer
    than `limit`."""
    if not sealed.startswith(MAGIC):
        return None
    try:
        data = decrypt(io.BytesIO(sealed), list(identities)).read(limit + 1)
    except AgeError:
        return None
    return data if len(data) <= limit else None


def read_file(path: Path, identities: Sequence[AgeIdentity], limit: int) -> bytes:
    """The plaintext of the sealed file at `path` (at most `limit` bytes), or Unopened."""
    try:
        raw = path.read_bytes() if path.stat().st_size <= limit + _OVERHEAD else b""
    except OSError as exc:
        raise Unopened(f"cannot read it: {exc.strerror}") from None
    if not raw:
        raise Unopened("it is empty or too large")
    plain = open_(raw, identities, limit)
    if plain is None:
        raise Unopened("it is not addressed to this vault, or it is damaged or altered")
    return plain
