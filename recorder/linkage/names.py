"""Personal names reduced to consonant skeletons, whatever the script they were written in.

The same witness is written "Mohammad", "Muhammad", "Mohammed" or the Arabic letters, and a
Kurdish interviewer writes the Sorani or the Kurmanji form. Arabic script leaves short vowels
out and every Latin transliteration writes them differently, so the one spelling the scripts
agree on is the consonants: each name part becomes its consonant skeleton ("mhmd"), with the
letters that transliterations confuse merged (q/k, th/t, kh/x/k, c/j in Kurmanji, sh/s).

Building on the search folding (`recorder.search.normalize.fold`: case, diacritics, hamza on
its carriers, alef maqsura, Farsi yeh, keheh, Eastern Arabic digits), this adds what only
names need: particles (bin, ibn), articles (al-, el-, ad-, ...), the glued compounds of
"Abd" (Abdul Rahman, Abdurrahman, Abd al-Rahman) and a few common short forms (Kurdish
"Hama" for Muhammad). The letter tables live in resources/linkage/names.json.

The skeleton is lossy on purpose: it feeds similarity (Bloom encodings of its bigrams, which
tolerate a differing letter) and the prior-interview check, never a display.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..bundled import resource
from ..search.normalize import fold

_APOSTROPHES = re.compile("['`\u2018\u2019\u02bb\u02bc\u02be\u02bf]")
_SPLIT = re.compile(r"[\W_\d]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ABD_LATIN = re.compile(r"^abd(?:[aeiou][lrsnzdt]?)?")
_ALLAH_LATIN = re.compile(r"^[aeiu]?l+ah?$")
_FINAL_H = re.compile(r"([aeiou])h$")
_ABD = "abd"
_ARABIC_ABD = "\u0639\u0628\u062f"
_ARABIC_ARTICLE = "\u0627\u0644"
_ARABIC_ALLAH = "\u0627\u0644\u0644\u0647"
_ALLAH = "lh"


@dataclass(frozen=True)
class _Tables:
    before_fold: dict[int, str]
    arabic: dict[str, str]
    digraphs: tuple[tuple[str, str], ...]
    latin: dict[str, str]
    particles: frozenset[str]
    articles: frozenset[str]
    aliases: dict[str, str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = json.loads(resource("linkage/names.json").read_text(encoding="utf-8"))
    return _Tables(
        before_fold=str.maketrans(data["before_fold"]),
        arabic=data["arabic"],
        digraphs=tuple((a, b) for a, b in data["latin_digraphs"]),
        latin=data["latin"],
        particles=frozenset(data["particles"]),
        articles=frozenset(data["latin_articles"]),
        aliases=data["aliases"],
    )


def _collapse(text: str) -> str:
    """Doubled letters once: Mohammad and Mohamad, and the shadda Arabic leaves unwritten."""
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _arabic_skeleton(word: str, t: _Tables) -> str:
    if word == _ARABIC_ALLAH:
        return _ALLAH
    if word.startswith(_ARABIC_ARTICLE) and len(word) > 3:
        word = word[2:]
    out = []
    for i, ch in enumerate(word):
        mapped = t.arabic.get(ch, "")
        if mapped in ("w", "y") and i > 0:
            mapped = ""  # long vowels inside a word; only a first waw or yaa is a consonant
        out.append(mapped)
    return "".join(out)


def _latin_skeleton(word: str, t: _Tables) -> str:
    if _ALLAH_LATIN.match(word):
        return _ALLAH
    word = _FINAL_H.sub(r"\1", word)  # Fatimah, Hamzah: the written taa marbuta
    for pair, single in t.digraphs:
        word = word.replace(pair, single)
    out = []
    for i, ch in enumerate(word):
        mapped = t.latin.get(ch, ch if ch.isascii() and ch.isalpha() else "")
        if mapped in ("w", "y") and i > 0:
            mapped = ""
        out.append(mapped)
    return "".join(out)


def _words(text: str, t: _Tables) -> list[str]:
    folded = fold(_APOSTROPHES.sub("", text.translate(t.before_fold)))
    return [w for w in _SPLIT.split(folded) if w]


def _split_abd(word: str) -> list[str]:
    """Abdulrahman -> abd + rahman; the Arabic glued form likewise."""
    if word.startswith(_ARABIC_ABD) and len(word) > 3:
        return [_ARABIC_ABD, word[3:]]
    match = _ABD_LATIN.match(word)
    if match and not _ARABIC.match(word):
        rest = word[match.end():]
        return [_ABD, rest] if rest else [_ABD]
    return [word]


def skeleton(word: str) -> str:
    """The consonant skeleton of one folded word (no spaces)."""
    t = _tables()
    raw = _arabic_skeleton(word, t) if _ARABIC.match(word) else _latin_skeleton(word, t)
    collapsed = _collapse(raw)
    return t.aliases.get(collapsed, collapsed)


def parts(full_name: str) -> list[str]:
    """The skeletons of a name's parts, in order, without particles and articles; "Abd"
    joined to the name that follows it, as it is one name (Abd al-Rahman)."""
    t = _tables()
    words: list[str] = []
    for word in _words(full_name, t):
        if word in t.particles or word in t.articles:
            continue
        words.extend(_split_abd(word))
    out: list[str] = []
    glue = False
    for word in words:
        sk = skeleton(word)
        if glue and out:
            out[-1] += sk
            glue = False
            continue
        if not sk:
            continue
        glue = word in (_ABD, _ARABIC_ABD)
        out.append(sk)
    return out


def normalised(full_name: str) -> str:
    """The folded name, words separated by one space: what exact matching compares (the
    baseline the fingerprints are measured against)."""
    return " ".join(_words(full_name, _tables()))
