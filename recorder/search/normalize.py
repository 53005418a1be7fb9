"""Folding text so a query matches however a word was written.

Arabic: diacritics (tashkeel) and Quranic marks, tatweel, hamza and madda on alef (through
Unicode decomposition), taa marbuta and haa, alef maqsura and yaa. Persian and Kurdish letter
forms (Farsi yeh, keheh, Kurdish ae). Eastern Arabic digits. Latin: accents (Kurmanji
c-cedilla, s-cedilla, circumflex vowels), Turkish dotless i, case.

The fold works character by character, so a position in folded text maps back to the original
(which is how snippets are highlighted in the text as it was written).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARK_RANGES = (
    (0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F),
    (0x0670, 0x0670), (0x06D6, 0x06ED), (0x08D3, 0x08FF), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF), (0xFE20, 0xFE2F),
)
_INVISIBLE = "\u0640\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
             "\u2066\u2067\u2068\u2069\ufeff"
_LETTERS = {
    "\u0629": "\u0647",  # taa marbuta -> haa
    "\u06d5": "\u0647",  # Kurdish ae -> haa
    "\u0649": "\u064a",  # alef maqsura -> yaa
    "\u06cc": "\u064a",  # Farsi/Kurdish yeh -> Arabic yaa
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u0131": "i",  # Turkish dotless i
}


def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for low, high in _MARK_RANGES:
        for cp in range(low, high + 1):
            table[cp] = None
    for ch in _INVISIBLE:
        table[ord(ch)] = None
    for src, dst in _LETTERS.items():
        table[ord(src)] = dst
    for base in (0x0660, 0x06F0):  # Arabic-Indic and Eastern Arabic-Indic digits
        for i in range(10):
            table[base + i] = str(i)
    return table


_TABLE = _table()


@lru_cache(maxsize=1)
def _fast_table() -> list[str | None]:
    """The same table as a list indexed by code point: str.translate looks entries up about
    twice as fast in a list as in a dict. Characters past the list are left as they are, as
    are any the dict does not map (only marks and letters of the BMP are mapped)."""
    table: list[str | None] = [chr(i) for i in range(0x10000)]
    for code, value in _TABLE.items():
        table[code] = value
    return table


def fold(text: str) -> str:
    """Fold a whole text (fast path, used when indexing and querying).

    Case is folded first so that what casefolding produces (the dot of a Turkish capital I, for
    instance) is decomposed and dropped with every other mark.
    """
    return unicodedata.normalize("NFKD", text.casefold()).translate(_fast_table())


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold(ch)


@lru_cache(maxsize=1)
def _uneven() -> re.Pattern[str]:
    """Characters that do not fold to exactly one character (marks that vanish, letters
    that decompose), combining marks (normalising may reorder them), and those outside the
    Basic Multilingual Plane: only text holding one needs mapping character by character.
    Built once, on first use."""
    odd = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000
           and (len(fold(chr(c))) != 1 or unicodedata.combining(fold(chr(c))))]
    return re.compile("[" + "".join(map(re.escape, odd)) + "\U00010000-\U0010FFFF]")


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold `text` and return, for each folded character, the index it came from."""
    if not _uneven().search(text):
        return fold(text), list(range(len(text)))  # one for one: at C speed (snippets)
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def original_index(text: str, folded_pos: int, chunk: int = 64) -> int:
    """The index in `text` of the character that produced `fold(text)[folded_pos]`.

    Folding works character by character, so folded lengths add up: whole chunks are skipped
    at C speed, and only the chunk holding the position is walked character by character.
    """
    consumed = 0
    for start in range(0, len(text), chunk):
        part = text[start:start + chunk]
        size = len(fold(part))
        if consumed + size > folded_pos:
            for i, ch in enumerate(part):
                consumed += len(_fold_char(ch))
                if consumed > folded_pos:
                    return start + i
        consumed += size
    return len(text)


TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(fold(text))


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
#: Attached particles before the definite article, and the article itself (folded forms).
_ARTICLE_PREFIXES = ("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",
                     "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644")


def variants(token: str) -> tuple[str, ...]:
    """Spellings of a folded query token that should all match.

    For Arabic-script words the definite article and the particles fused to it are optional,
    so "madina" finds "al-madina" and the reverse.
    """
    if not _ARABIC_LETTER.match(token):
        return (token,)
    stem = token
    for prefix in _ARTICLE_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            stem = token[len(prefix):]
            break
    return (stem, *(p + stem for p in _ARTICLE_PREFIXES))
