"""One typed filter for the whole archive: the list, search, statistics and case export all
select testimonies with an ArchiveFilter, so a selection means the same thing everywhere.

`clauses` turns a filter into SQL over archive_interview (alias `a`), using only our own
fragments and bound parameters.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from .. import vocabulary
from ..database import Connection
from ..model.incident import FuzzyDate
from ..search.normalize import fold
from . import merges, names
from .errors import BadFilterDate, BadFilterValue

#: How an incident's fuzzy date must relate to the range asked for.
OVERLAPS = "overlaps"  #: could have happened in the range (e.g. "April 2013" for 2013-04-20)
WITHIN = "within"  #: certainly happened in the range (its earliest and latest days are in it)
DATE_MATCHES = (OVERLAPS, WITHIN)
#: Versions: interviews never corrected, or interviews where a correction superseded a version.
ORIGINAL = "original"
CORRECTED = "corrected"
VERSIONS = (ORIGINAL, CORRECTED)
_DATE = re.compile(r"^\d{4}(-\d{2}){0,2}$")


@dataclass(frozen=True)
class ArchiveFilter:
    """Which testimonies to show. Every field left at its default selects everything; fields
    combine with AND; a tuple field matches any of its values."""

    #: Devices (canonical fingerprints) the interviews came from.
    devices: tuple[str, ...] = ()
    #: Part of the interviewer's name as recorded in the interview (folded: any spelling
    #: the search treats alike).
    interviewer: str | None = None
    #: Violation type codes: an interview with an incident of any of them.
    violations: tuple[str, ...] = ()
    #: A governorate (area code such as SY-HL, or its name in any language) or part of a
    #: place name, matched against the incidents' places.
    place: str | None = None
    #: Incident date range, each end YYYY, YYYY-MM or YYYY-MM-DD (a month or year means its
    #: first day for `date_from`, its last day for `date_to`).
    date_from: str | None = None
    date_to: str | None = None
    #: OVERLAPS or WITHIN: how the fuzzy incident dates must fall in the range.
    date_match: str = OVERLAPS
    #: A name, alias or unit of an alleged perpetrator, in any spelling or script.
    perpetrator: str | None = None
    #: An entry of the perpetrator index (with every entry merged into it).
    perpetrator_entry: str | None = None
    #: A body (consent body id, e.g. iiim) the testimony may be shared with.
    shareable_with: str | None = None
    #: ORIGINAL or CORRECTED.
    versions: str | None = None
    #: Restrict to these interviews (e.g. a saved selection).
    interview_ids: tuple[str, ...] | None = None
    #: Interviews whose witness withdrew consent are left out unless asked for.
    include_withdrawn: bool = False

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) == f.default for f in fields(self))

    def to_json(self) -> dict[str, Any]:
        """The filter as JSON (for saved selections, reports and case exports)."""
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v
                for f in fields(self) if getattr(self, f.name) != f.default}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArchiveFilter:
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v
                                  for k, v in data.items() if k in known}
        return cls(**values)


#: The filter that selects everything.
EVERYTHING = ArchiveFilter()


def date_bound(value: str, *, last: bool) -> str:
    """The first (or last) full day a fuzzy date the person typed can mean."""
    text = value.strip()
    if not _DATE.match(text):
        raise BadFilterDate(value)
    try:
        start, end = FuzzyDate("day", text, None).bounds()
        date.fromisoformat(start)
        date.fromisoformat(end)
    except ValueError:
        raise BadFilterDate(value) from None
    return end if last else start


def area_codes(text: str) -> list[str]:
    """Area codes whose code or name (in any language) is `text`, folded."""
    wanted = fold(text.strip())
    return [t.code for t in vocabulary.terms("areas")
            if wanted == fold(t.code) or any(wanted == fold(v) for v in t.labels.values())]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def check(filt: ArchiveFilter) -> None:
    """Refuse values that cannot mean anything (before any SQL is built)."""
    if filt.date_match not in DATE_MATCHES:
        raise BadFilterValue("date_match", filt.date_match, ", ".join(DATE_MATCHES))
    if filt.versions is not None and filt.versions not in VERSIONS:
        raise BadFilterValue("versions", filt.versions, ", ".join(VERSIONS))
    for value in (filt.date_from, filt.date_to):
        if value:
            date_bound(value, last=False)


@dataclass(frozen=True)
class _Part:
    """A condition on the rows an interview has in one facet table: `cond` (our own SQL over
    that table's columns) with its parameters."""

    table: str
    cond: str
    params: tuple[Any, ...]
    #: False when no index answers it: counting its rows reads the whole table.
    indexed: bool = True

    def driving(self) -> tuple[str, tuple[Any, ...]]:
        """As a list of interviews: SQLite builds it once, then looks each one up."""
        return (f"a.interview_id IN (SELECT interview_id FROM {self.table}"  # noqa: S608 - ours
                f" WHERE {self.cond})", self.params)

    def checked(self) -> tuple[str, tuple[Any, ...]]:
        """As a check of each interview met otherwise: a few index lookups per interview."""
        return (f"EXISTS (SELECT 1 FROM {self.table} x WHERE x.interview_id = a.interview_id"  # noqa: S608
                f" AND {self.cond})", self.params)


#: Facet rows counted at most, to size a condition.
PROBE = 20_000


def clauses(conn: Connection, filt: ArchiveFilter, *, first: int | None = None,
            lead: bool = True) -> tuple[list[str], list[Any]]:
    """SQL conditions on `a` (archive_interview) and their parameters.

    Conditions on the facet tables (violation, place, dates, perpetrator, consent) are
    written so that at most one of them leads: the narrowest gives the interviews to look
    at, and the others are checked for each of them. Written as lists, SQLite built every
    one in full before the first row (at 100,000 testimonies, "from 2012" alone listed
    nearly every incident). When only the `first` rows in the list's order are wanted and
    walking the list in that order would find them sooner than the narrowest condition
    lists its interviews, or when `lead` is false (the query is led by something else,
    such as the full-text index), all of them are checks."""
    check(filt)
    out: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        out.append(sql)
        params.extend(values)

    if not filt.include_withdrawn:
        add("a.interview_id NOT IN (SELECT interview_id FROM interview_withdrawn)")
    if filt.devices:
        add("a.sender IN (SELECT value FROM json_each(?))", json.dumps(list(filt.devices)))
    if filt.interviewer:
        add("a.interviewer LIKE ? ESCAPE '\\'", _like(fold(filt.interviewer)))
    if filt.perpetrator_entry:
        add("a.interview_id IN (SELECT interview_id FROM person WHERE id IN"
            " (SELECT value FROM json_each(?)))",
            json.dumps(merges.person_ids(conn, filt.perpetrator_entry)))
    if filt.versions == ORIGINAL:
        add("a.versions = 1")
    elif filt.versions == CORRECTED:
        add("a.versions > 1")
    if filt.interview_ids is not None:
        add("a.interview_id IN (SELECT value FROM json_each(?))",
            json.dumps(list(filt.interview_ids)))
    parts = _parts(filt)
    leader = _leader(conn, parts, first) if lead and parts else None
    for part in parts:  # narrowest first (_leader ordered them): fewer checks per testimony
        sql, values = part.driving() if part is leader else part.checked()
        add(sql, *values)
    return out, params


def _parts(filt: ArchiveFilter) -> list[_Part]:
    parts = []
    if filt.violations:
        parts.append(_Part("archive_violation", "code IN (SELECT value FROM json_each(?))",
                           (json.dumps(list(filt.violations)),)))
    if filt.place and filt.place.strip():
        parts.append(_place(filt.place.strip()))
    if filt.date_from or filt.date_to:
        parts.append(_dates(filt))
    if filt.perpetrator:
        parts.append(_perpetrator(filt.perpetrator))
    if filt.shareable_with:
        parts.append(_Part("archive_share", "body = ? AND testimony = 1",
                           (filt.shareable_with,)))
    return parts


def _leader(conn: Connection, parts: list[_Part], first: int | None) -> _Part | None:
    """The narrowest condition, unless the `first` rows are found sooner by walking the
    list and checking each (guessed as if the conditions were independent). Orders `parts`
    narrowest first."""
    sizes = {id(p): _size(conn, p) for p in parts if p.indexed}
    if not sizes:  # only reading the whole table tells: once, as the list that leads
        return parts[0]
    parts.sort(key=lambda p: (not p.indexed, sizes.get(id(p), 0)))
    narrowest = parts[0]
    size = sizes[id(narrowest)]
    if first is None:
        return narrowest
    total = max(1, int(conn.execute("SELECT count(*) FROM archive_interview").fetchone()[0]))
    share = 1.0
    for n in sizes.values():
        share *= min(1.0, max(n, 1) / total)
    return narrowest if size < first / share else None


def _size(conn: Connection, part: _Part) -> int:
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM {part.table}"  # noqa: S608 - ours
           f" WHERE {part.cond} LIMIT ?)")
    return int(conn.execute(sql, (*part.params, PROBE)).fetchone()[0])


def _place(text: str) -> _Part:
    """A governorate by code or name, or part of a place name. A code (SY-HL) is only looked
    up by the area's index; a name (Hama, in any language) also matches places that
    contain it, which has to read every incident's place."""
    codes = area_codes(text)
    if any(fold(text) == fold(code) for code in codes):
        return _Part("archive_incident", "area IN (SELECT value FROM json_each(?))",
                     (json.dumps(codes),))
    return _Part("archive_incident", "(area IN (SELECT value FROM json_each(?))"
                 " OR place LIKE ? ESCAPE '\\')", (json.dumps([*codes, text]), _like(fold(text))),
                 indexed=False)


def _dates(filt: ArchiveFilter) -> _Part:
    low = date_bound(filt.date_from, last=False) if filt.date_from else "0000-01-01"
    high = date_bound(filt.date_to, last=True) if filt.date_to else "9999-12-31"
    if filt.date_match == WITHIN:
        # date_start <= high follows from the rest (a start never follows its end); said
        # outright, it bounds the walk of the date index at both ends.
        return _Part("archive_incident", "date_start >= ? AND date_start <= ? AND date_end <= ?",
                     (low, high, high))
    return _Part("archive_incident", "date_start <= ? AND date_end >= ?", (high, low))


def _perpetrator(text: str) -> _Part:
    """Every word must be a word (the last one: the start of a word) of one person's name,
    aliases or unit, compared by skeleton so Arabic and Latin spellings meet."""
    words = names.skeleton_words(text)
    if not words:
        return _Part("archive_name", "0", ())
    others = " AND ".join(["person_id IN (SELECT person_id FROM archive_name WHERE key = ?)"]
                          * (len(words) - 1))
    return _Part("archive_name", "key >= ? AND key < ?" + (f" AND {others}" if others else ""),
                 (words[-1], words[-1] + "\x7f", *words[:-1]))
