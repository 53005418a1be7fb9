"""A passphrase strength estimate for the first-run screen: honest, simple, offline.

It estimates guessing entropy from length and character variety, and discounts repetition and
sequences; it is a guide for a tired person at a keyboard, not a guarantee.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

#: The shortest passphrase accepted for a vault, in characters (NFC), everywhere one is set.
MIN_LENGTH = 8
WEAK, FAIR, GOOD, STRONG = "weak", "fair", "good", "strong"


@dataclass(frozen=True)
class Strength:
    bits: float
    rating: str
    #: Stable hint codes the UI words in the person's language.
    hints: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.rating in (GOOD, STRONG)


def _pool(passphrase: str) -> int:
    classes = {
        "lower": any(c.islower() and c.isascii() for c in passphrase),
        "upper": any(c.isupper() and c.isascii() for c in passphrase),
        "digit": any(c.isdigit() for c in passphrase),
        "space": " " in passphrase,
        "symbol": any(not c.isalnum() and not c.isspace() for c in passphrase),
        "other_script": any(c.isalpha() and not c.isascii() for c in passphrase),
    }
    sizes = {"lower": 26, "upper": 26, "digit": 10, "space": 1, "symbol": 32,
             "other_script": 36}
    return max(sum(sizes[k] for k, present in classes.items() if present), 1)


def _effective_length(passphrase: str) -> float:
    """Length with repeats and runs like 'aaaa' or '1234' counted at half weight."""
    length = 0.0
    for i, ch in enumerate(passphrase):
        if i and (ch == passphrase[i - 1] or ord(ch) - ord(passphrase[i - 1]) in (1, -1)):
            length += 0.5
        else:
            length += 1.0
    return length


def long_enough(passphrase: str) -> bool:
    """At least MIN_LENGTH characters, counted as the key derivation sees them (NFC)."""
    return len(unicodedata.normalize("NFC", passphrase)) >= MIN_LENGTH


def estimate(passphrase: str) -> Strength:
    text = unicodedata.normalize("NFC", passphrase)
    bits = _effective_length(text) * math.log2(_pool(text))
    hints = []
    if not long_enough(text):
        hints.append("too_short")
    if len(set(text)) <= max(2, len(text) // 4):
        hints.append("repetitive")
    if len(text.split()) < 3 and bits < 60:
        hints.append("use_words")
    rating = WEAK if bits < 40 or "too_short" in hints else FAIR if bits < 55 else (
        GOOD if bits < 75 else STRONG)
    return Strength(bits, rating, tuple(hints))
