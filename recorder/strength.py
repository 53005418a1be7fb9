"""How hard a passphrase is to guess, estimated with zxcvbn, with the reasons it is weak.

zxcvbn (Dropbox's estimator, here its maintained Python port) knows what attackers try first:
leaked passwords, common words and names, keyboard walks, dates, repeats, l33t spellings. A
meter that counts character classes rates "Password123!" good; zxcvbn finds it in its list of
common passwords. Text in other scripts (an Arabic passphrase) it estimates by brute force.

The minimum is set in estimated guesses, not characters. The vault key is wrapped under Argon2id
calibrated to about a second and 256 MiB per guess on the laptop; an attacker with a thousand
GPUs might try some 10^5 guesses a second. At 10^12 guesses that is months of work for a
passphrase at the minimum, and four random words are far beyond it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from zxcvbn import zxcvbn

#: Fewer estimated guesses than this (as a power of ten) and the vault refuses the passphrase.
MIN_GUESSES_LOG10 = 12.0
#: Shorter than this is refused whatever the estimate: every vault passphrase, everywhere.
MIN_LENGTH = 8
#: zxcvbn's run time grows with length; what lies beyond this adds strength it need not see.
_ESTIMATED_PREFIX = 100
WEAK, FAIR, GOOD, STRONG = "weak", "fair", "good", "strong"

#: Why a passphrase is weak, as stable codes the app words in the person's language.
TOO_SHORT = "too_short"
COMMON_PASSWORD = "common_password"  # noqa: S105 - a hint code, not a password
COMMON_WORD = "common_word"
NAME = "name"
PERSONAL = "personal"
KEYBOARD_PATTERN = "keyboard_pattern"
REPEATED = "repeated"
SEQUENCE = "sequence"
DATE = "date"
USE_WORDS = "use_words"

_DICTIONARY_HINTS = {"passwords": COMMON_PASSWORD, "english_wikipedia": COMMON_WORD,
                     "us_tv_and_film": COMMON_WORD, "female_names": NAME,
                     "male_names": NAME, "surnames": NAME, "user_inputs": PERSONAL}
_PATTERN_HINTS = {"spatial": KEYBOARD_PATTERN, "repeat": REPEATED, "sequence": SEQUENCE,
                  "date": DATE, "regex": DATE}


@dataclass(frozen=True)
class Strength:
    guesses_log10: float
    rating: str
    #: Why it is weak, most telling first (codes above); empty for an acceptable passphrase.
    hints: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.rating in (GOOD, STRONG)


def estimate(passphrase: str, personal: Sequence[str] = ()) -> Strength:
    """Rate a passphrase; `personal` are words an attacker would try first (the owner's name,
    the organisation), which count as guessed."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return Strength(0.0, WEAK, (TOO_SHORT,))
    found = zxcvbn(text[:_ESTIMATED_PREFIX], user_inputs=[p for p in personal if p])
    log10 = float(found["guesses_log10"])
    hints = [TOO_SHORT] if len(text) < MIN_LENGTH else []
    weak_parts = [m for m in found["sequence"] if m["pattern"] != "bruteforce"]
    for match in weak_parts:
        hint = (_DICTIONARY_HINTS.get(match.get("dictionary_name", ""), COMMON_WORD)
                if match["pattern"] == "dictionary" else _PATTERN_HINTS.get(match["pattern"]))
        if hint is not None and hint not in hints:
            hints.append(hint)
    if len(text) < MIN_LENGTH or log10 < MIN_GUESSES_LOG10 - 2:
        rating = WEAK
    elif log10 < MIN_GUESSES_LOG10:
        rating = FAIR
    else:
        rating = GOOD if log10 < MIN_GUESSES_LOG10 + 2 else STRONG
    if rating in (WEAK, FAIR) and len(text.split()) < 4:
        hints.append(USE_WORDS)
    return Strength(log10, rating, tuple(hints) if rating in (WEAK, FAIR) else ())
