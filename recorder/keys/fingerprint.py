"""Fingerprints people can compare aloud: 120 bits as six groups of four characters.

The fingerprint covers every key in a public key file (signing key, age recipients, identity
recipients), so checking it once fixes all of them. Crockford base32 leaves out letters that
are easily confused (I, L, O, U), and reading tolerates the usual mix-ups.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from .. import canonical
from ..recovery_key import ALPHABET

FINGERPRINT_BITS = 120
GROUP = 4
_DOMAIN = b"testimony-recorder key fingerprint v1\n"
_READ = {c: c for c in ALPHABET}
_READ.update({"O": "0", "I": "1", "L": "1"})


def compute(signing_key: bytes, age_recipients: Sequence[str],
            identity_recipients: Sequence[str]) -> str:
    """The fingerprint of a set of public keys, formatted for people."""
    material = canonical.dumps({
        "signing_key": signing_key.hex(),
        "age_recipients": list(age_recipients),
        "identity_recipients": list(identity_recipients),
    })
    digest = hashlib.sha256(_DOMAIN + material).digest()
    number = int.from_bytes(digest[: FINGERPRINT_BITS // 8], "big")
    chars = []
    for _ in range(FINGERPRINT_BITS // 5):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def normalise(text: str) -> str | None:
    """The canonical form of a typed fingerprint, or None if it cannot be one.

    Spaces, dashes and case do not matter; O is read as 0 and I or L as 1.
    """
    cleaned = [ch for ch in text.upper() if ch not in " -\t\r\n:"]
    if len(cleaned) != FINGERPRINT_BITS // 5 or any(ch not in _READ for ch in cleaned):
        return None
    plain = "".join(_READ[ch] for ch in cleaned)
    return "-".join(plain[i : i + GROUP] for i in range(0, len(plain), GROUP))


def prefix_match(text: str) -> str:
    """A typed (possibly partial) fingerprint in canonical spelling, for looking up contacts."""
    cleaned = "".join(_READ.get(ch, ch) for ch in text.upper() if ch not in " -\t\r\n:")
    return "-".join(cleaned[i : i + GROUP] for i in range(0, len(cleaned), GROUP))
