"""How alike two witnesses' fingerprints are: one score, and which fields agree.

The score weighs the whole name most, the first name next (brothers and fathers share every
other part), then the year of birth and the governorate. An unknown year or governorate
counts half: it neither confirms nor refutes. The weights and the threshold were chosen on
the labelled synthetic set in tests/linkage_synth.py; its test asserts the precision and
recall they give.

Candidate pairs are found by blocking: only witnesses sharing the governorate and a year
(within one), or the exact first-name or father's-name filter, are scored (a witness whose
governorate or year is unknown is blocked on the one that is known). This keeps the work far
below all pairs for large archives, while a duplicate with a missing or differing field still
meets its twin through another block.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .bloom import dice
from .fingerprints import Fingerprints

THRESHOLD = 0.82
#: How much each name field counts within the name score (they add up to 1).
_W_NAMES, _W_GIVEN, _W_FATHER = 0.4, 0.4, 0.2
#: The name score's share of the whole; the year and the governorate add or take the rest.
_W_NAME_SCORE = 0.7
NAMES_AGREE = 0.8

SAME, NEAR, DIFFERENT, UNKNOWN = "same", "near", "different", "unknown"
#: A year of birth that differs by more than one is strong evidence of two people (fathers
#: and sons, namesakes); a differing governorate is weaker (people move).
_YEAR = {SAME: 0.15, NEAR: 0.1, UNKNOWN: 0.06, DIFFERENT: -0.3}
_GOV = {SAME: 0.15, UNKNOWN: 0.06, DIFFERENT: -0.05}


@dataclass(frozen=True)
class Comparison:
    score: float
    names: float
    given: float
    father: float
    birth_year: str
    governorate: str

    def agreeing(self) -> list[str]:
        """The fields that agree, for people to judge: names, first_name, father_name,
        birth_year (also when one year apart), governorate."""
        out = []
        if self.names >= NAMES_AGREE:
            out.append("names")
        if self.given >= NAMES_AGREE:
            out.append("first_name")
        if self.father >= NAMES_AGREE:
            out.append("father_name")
        if self.birth_year in (SAME, NEAR):
            out.append("birth_year")
        if self.governorate == SAME:
            out.append("governorate")
        return out


def _year(a: Fingerprints, b: Fingerprints) -> str:
    if not a.birth_year or not b.birth_year:
        return UNKNOWN
    if a.birth_year[1] == b.birth_year[1]:
        return SAME
    return NEAR if a.birth_year[1] in b.birth_year else DIFFERENT


def _governorate(a: Fingerprints, b: Fingerprints) -> str:
    if not a.governorate or not b.governorate:
        return UNKNOWN
    return SAME if a.governorate == b.governorate else DIFFERENT


def compare(a: Fingerprints, b: Fingerprints) -> Comparison:
    names_d, given_d = dice(a.names, b.names), dice(a.given, b.given)
    father_d = dice(a.father, b.father)
    year, gov = _year(a, b), _governorate(a, b)
    name_score = _W_NAMES * names_d + _W_GIVEN * given_d + _W_FATHER * father_d
    score = _W_NAME_SCORE * name_score + _YEAR[year] + _GOV[gov]
    return Comparison(round(score, 4), round(names_d, 4), round(given_d, 4),
                      round(father_d, 4), year, gov)


def _blocks(f: Fingerprints) -> list[str]:
    if f.governorate and f.birth_year:
        keys = [f"gy:{f.governorate}:{t}" for t in f.birth_year]
    else:
        keys = [f"g:{f.governorate}"] if f.governorate else [f"y:{t}" for t in f.birth_year]
    return [*keys, f"n:{f.given:x}", f"f:{f.father:x}"]


def candidate_pairs(items: Iterable[tuple[str, Fingerprints]]) -> Iterator[tuple[str, str]]:
    """Each pair (in id order) that shares a block, once. Fingerprints made under another
    key are never paired."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for ident, f in items:
        for block in _blocks(f):
            blocks[f"{f.key_id}/{block}"].append(ident)
    seen: set[tuple[str, str]] = set()
    for members in blocks.values():
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if (a, b) not in seen:
                    seen.add((a, b))
                    yield a, b


def likely(items: dict[str, Fingerprints],
           threshold: float = THRESHOLD) -> list[tuple[str, str, Comparison]]:
    """Pairs scoring at least `threshold`, best first."""
    found = []
    for a, b in candidate_pairs(items.items()):
        result = compare(items[a], items[b])
        if result.score >= threshold:
            found.append((a, b, result))
    found.sort(key=lambda t: (-t[2].score, t[0], t[1]))
    return found
