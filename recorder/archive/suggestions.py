"""Likely pairs of perpetrator-index entries that are one person or one unit, with a score.

Names and aliases are compared by their skeletons (recorder.archive.names), so Mohammad,
Muhammad and the
Arabic spelling meet; the unit and rank named with them raise or lower the
score. Only entries sharing a name word are compared (blocking), which keeps this fast for a
large index. A person reviews every suggestion; nothing is merged here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from . import merges, names
from .perpetrators import EntrySummary

#: Suggestions scoring below this are not offered.
THRESHOLD = 0.75
#: A name word shared by more entries than this says little and would make too many pairs.
MAX_BLOCK = 200
#: Why a pair is suggested (codes the UI words).
SAME_NAME = "same_name"  #: the names' skeletons are equal (a spelling or script variant)
SIMILAR_NAME = "similar_name"
ALIAS = "alias"  #: an alias of one matches a name or alias of the other
SAME_UNIT = "same_unit"
OTHER_UNIT = "other_unit"  #: named with different units (lowers the score)
SAME_RANK = "same_rank"


@dataclass(frozen=True)
class Suggestion:
    first: str
    second: str
    kind: str
    #: 0 to 1.
    score: float
    reasons: tuple[str, ...]


def _spellings(e: EntrySummary) -> tuple[list[str], list[str]]:
    return list(e.names), list(e.aliases) if e.kind == merges.PERSON else []


def _compare(a: EntrySummary, b: EntrySummary) -> Suggestion | None:
    reasons: list[str] = []
    a_names, a_aliases = _spellings(a)
    b_names, b_aliases = _spellings(b)
    best = max((names.name_similarity(x, y) for x in a_names for y in b_names), default=0.0)
    via_alias = max((names.name_similarity(x, y) for x in a_names + a_aliases
                     for y in b_names + b_aliases if x in a_aliases or y in b_aliases),
                    default=0.0)
    if via_alias > best:
        best = via_alias * 0.95
        reasons.append(ALIAS)
    if any(names.skeleton(x) == names.skeleton(y) for x in a_names for y in b_names):
        reasons.append(SAME_NAME)
    elif best >= THRESHOLD:
        reasons.append(SIMILAR_NAME)
    score = best
    if a.kind == merges.PERSON and a.units and b.units:
        unit = max(names.name_similarity(x, y) for x in a.units for y in b.units)
        if unit >= 0.85:
            score += 0.1
            reasons.append(SAME_UNIT)
        elif unit < 0.5:
            score -= 0.15
            reasons.append(OTHER_UNIT)
    if a.ranks and b.ranks and {names.skeleton(r) for r in a.ranks} & {
            names.skeleton(r) for r in b.ranks}:
        score += 0.05
        reasons.append(SAME_RANK)
    score = max(0.0, min(1.0, score))
    if score < THRESHOLD:
        return None
    first, second = sorted((a.id, b.id))
    return Suggestion(first, second, a.kind, round(score, 3), tuple(reasons))


def suggest(entries: Sequence[EntrySummary], *, limit: int = 200) -> list[Suggestion]:
    """The best-scoring pairs among `entries` (roots of the index), best first."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        spellings = [*e.names, *(e.aliases if e.kind == merges.PERSON else ())]
        for word in {w for s in spellings for w in names.skeleton_words(s) if len(w) >= 2}:
            blocks[f"{e.kind}:{word}"].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) <= MAX_BLOCK:
            pairs.update((x, y) for n, x in enumerate(members) for y in members[n + 1:])
    found = [s for x, y in pairs if (s := _compare(entries[x], entries[y])) is not None]
    found.sort(key=lambda s: (-s.score, s.first, s.second))
    return found[:limit]
