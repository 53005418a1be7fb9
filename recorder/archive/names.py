"""Name keys that let one person's name meet itself across scripts and spellings.

Witnesses and interviewers write the same name many ways: Mohammad, Muhammad, Mohamed and
the same name in Arabic script; al-Hassan, Al Hasan and its Arabic spelling with the article
fused on. A *skeleton* keeps what all of them share: the consonants, in a Latin form, with the
Arabic article, doubled letters and the long vowels (which Latin writes as a, i, u, o, e and
often drops) removed. Text is first folded by recorder.search.normalize (tashkeel, hamza forms,
taa marbuta, case, accents), so everything the search treats as one spelling also gives one
skeleton.

Skeletons only *suggest*: two entries with close skeletons are offered to a person as a likely
merge, never merged on their own.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from ..search.normalize import TOKEN, fold

#: Arabic letters (after folding) to the Latin consonant most transliterations use; long
#: vowels, alef, hamza and ayn (which Latin spellings mostly drop) map to nothing.
_ARABIC = {
    "\u0628": "b", "\u062a": "t", "\u062b": "t", "\u062c": "j", "\u062d": "h", "\u062e": "X",
    "\u062f": "d", "\u0630": "z", "\u0631": "r", "\u0632": "z", "\u0633": "s", "\u0634": "s",
    "\u0635": "s", "\u0636": "d", "\u0637": "t", "\u0638": "z", "\u063a": "j", "\u0641": "f",
    "\u0642": "k", "\u0643": "k", "\u0644": "l", "\u0645": "m", "\u0646": "n", "\u0647": "h",
    "\u067e": "b", "\u0686": "j", "\u06af": "k", "\u06a4": "f", "\u0698": "j", "\u06b5": "l",
    "\u0695": "r",
    "\u0627": "", "\u0648": "", "\u064a": "", "\u0621": "", "\u0639": "", "\u0626": "",
    "\u0624": "", "\u06c6": "", "\u06ce": "",
}
#: Latin letter groups first (longest first), then single letters; vowels (and w, y, which
#: stand for Arabic long vowels as often as for consonants) map to nothing.
_LATIN_GROUPS = (("kh", "X"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "z"),
                 ("gh", "j"), ("ph", "f"), ("ou", ""), ("ck", "k"))
_LATIN = {"q": "k", "c": "k", "g": "j", "v": "f", "p": "b", "e": "", "a": "", "i": "",
          "o": "", "u": "", "w": "", "y": "", "'": "", "x": "ks"}
#: The Arabic article as Latin spellings write it: hyphenated onto the name, or a word alone.
_LATIN_ARTICLE = re.compile(r"\b(?:al|el|ul)(?:[-\u2010]|\s+)(?=\w)")
_ARABIC_ARTICLE = ("\u0627\u0644",)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


@lru_cache(maxsize=65536)
def _word(token: str) -> str:
    """The skeleton of one folded word."""
    if _ARABIC_LETTER.search(token):
        for article in _ARABIC_ARTICLE:
            if token.startswith(article) and len(token) > len(article) + 1:
                token = token[len(article):]
        out = "".join(_ARABIC.get(ch, ch if ch.isascii() and ch.isalnum() else "")
                      for ch in token)
    else:
        for group, value in _LATIN_GROUPS:
            token = token.replace(group, value)
        out = "".join(_LATIN.get(ch, ch) for ch in token)
    return re.sub(r"(.)\1+", r"\1", out)


def skeleton_words(text: str) -> list[str]:
    """The skeleton of each word of `text` (empty skeletons dropped)."""
    without_article = _LATIN_ARTICLE.sub("", fold(text))
    return [s for s in (_word(t) for t in TOKEN.findall(without_article)) if s]


def skeleton(text: str) -> str:
    """One key for a whole name: its word skeletons in order, space separated."""
    return " ".join(skeleton_words(text))


def usual(counts: Counter[str], fallback: str) -> str:
    """The spelling most testimonies use (of equals, the first in code point order): the
    same whichever order the testimonies were read in."""
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else fallback


def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0 to 1. Mostly their skeletons; when both are written in the
    same script their spelled-out letters count too, because a skeleton alone cannot tell
    Mahmoud from Muhammad (both m-h-m-d)."""
    by_skeleton = similarity(skeleton(a), skeleton(b))
    fa, fb = " ".join(TOKEN.findall(fold(a))), " ".join(TOKEN.findall(fold(b)))
    if bool(_ARABIC_LETTER.search(fa)) != bool(_ARABIC_LETTER.search(fb)):
        return by_skeleton
    return 0.7 * by_skeleton + 0.3 * _ratio(fa, fb)


def similarity(a: str, b: str) -> float:
    """How alike two skeletons are, 0 to 1: word order is ignored (a family name may come
    first), and each word of the shorter name is matched with its closest in the other."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return 0.0
    if sorted(wa) == sorted(wb):
        return 1.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    total = sum(max(_ratio(w, other) for other in long_) for w in short)
    # Words of the longer name that match nothing (a second given name) weigh a little.
    return total / (len(short) + 0.25 * (len(long_) - len(short)))


@lru_cache(maxsize=65536)
def _ratio(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


UNIT_PREFIX = "unit-"


def unit_id(unit: str) -> str | None:
    """The perpetrator-index id of a unit: the same for every spelling the search folds alike
    (different spellings stay apart until a person merges them)."""
    key = " ".join(TOKEN.findall(fold(unit)))
    if not key:
        return None
    return UNIT_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
