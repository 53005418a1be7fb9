"""Small age files in memory: the linkage key, a witness's fingerprints, the prior index."""

from __future__ import annotations

import io
from collections.abc import Sequence

from ..age import AgeError, decrypt, encrypt
from ..age import Identity as AgeIdentity
from ..age import Recipient as AgeRecipient

MAGIC = b"age-encryption.org/v1\n"


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
