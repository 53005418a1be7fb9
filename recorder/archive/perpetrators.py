"""The perpetrator index: every person and unit named as an alleged perpetrator (or in a
command link) across the archive, with what each testimony says of them and how many distinct
witnesses and interviewers back each allegation.

Here: the entries and how they are computed from the records (or from the mentions the vault
keeps of them), with the merges in force applied (recorder.archive.merges). The mentions and
each entry's summary are kept in the vault, brought up to date by every import and merge
(recorder.archive.perpetrator_store); perpetrator_index reads them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .. import vocabulary
from ..database import Connection
from ..model.incident import FuzzyDate
from . import filters, merges, names


@dataclass(frozen=True)
class Corroboration:
    """How many distinct sources back something. Interviewers are told apart by device and
    name, witnesses by their record (a witness heard twice counts once)."""

    testimonies: int
    witnesses: int
    interviewers: int


@dataclass(frozen=True)
class RoleInIncident:
    """One role one testimony gives the entry in one incident."""

    #: The person record (the mention) in that testimony.
    person_id: str
    interview_id: str
    incident_id: str
    incident_title: str
    #: A role code of the vocabulary (ordered, carried_out, commanded_unit, ...).
    role: str
    violations: tuple[str, ...]
    date: FuzzyDate | None
    place: str
    area: str


@dataclass(frozen=True)
class Allegation:
    """Everything alleged of the entry in one role for one violation type."""

    role: str
    violation: str
    corroboration: Corroboration
    #: (interview_id, incident_id) of each incident behind it.
    incidents: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class EntrySummary:
    """What a list of entries shows and merge suggestions compare: an entry without its roles
    and allegations, which for a unit named in thousands of testimonies are most of it."""

    id: str
    #: merges.PERSON or merges.UNIT.
    kind: str
    #: The spelling most testimonies use.
    name: str
    names: tuple[str, ...]
    aliases: tuple[str, ...]
    affiliations: tuple[str, ...]
    units: tuple[str, ...]
    ranks: tuple[str, ...]
    positions: tuple[str, ...]
    #: Entry ids it stands for: itself, then those merged into it.
    members: tuple[str, ...]
    corroboration: Corroboration


@dataclass(frozen=True)
class PerpetratorEntry(EntrySummary):
    #: Person records (mentions) behind it.
    persons: tuple[str, ...]
    interviews: tuple[str, ...]
    roles: tuple[RoleInIncident, ...]
    allegations: tuple[Allegation, ...]
    #: Earliest and latest day its incidents can fall on.
    first_date: str | None
    last_date: str | None
    places: tuple[str, ...]
    areas: tuple[str, ...]


_ROWS = (
    "SELECT p.id AS person_id, coalesce(v.id, p.id) AS mention_id, p.interview_id, p.name,"
    " p.aliases, p.affiliation, p.unit,"
    " p.rank, p.position, v.role, v.incident_id, n.title,"
    # The incident's JSON read by SQLite: json.loads per row took most of the index's time.
    " (SELECT group_concat(value, ' ') FROM json_each(n.violations)) AS violations,"
    " nullif(n.date, '') IS NOT NULL AS dated,"
    " json_extract(nullif(n.date, ''), '$.precision') AS precision,"
    " json_extract(nullif(n.date, ''), '$.start') AS date_start,"
    " json_extract(nullif(n.date, ''), '$.end') AS date_end,"
    " json_extract(nullif(n.place, ''), '$.name') AS place,"
    " json_extract(nullif(n.place, ''), '$.area') AS area,"
    " i.witness_id, a.sender, a.interviewer, u.unit_id"
    " FROM archive_interview a JOIN interview i ON i.id = a.interview_id"
    " JOIN person p ON p.interview_id = a.interview_id"
    " LEFT JOIN archive_unit u ON u.person_id = p.id"
    " LEFT JOIN involvement v ON v.person_id = p.id AND v.role IN"
    " (SELECT value FROM json_each(?))"
    " LEFT JOIN incident n ON n.id = v.incident_id"
    " WHERE EXISTS (SELECT 1 FROM archive_name x WHERE x.person_id = p.id)"
)


@dataclass
class _Acc:
    id: str
    kind: str
    names: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    ranks: set[str] = field(default_factory=set)
    positions: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    interviews: set[str] = field(default_factory=set)
    witnesses: set[str] = field(default_factory=set)
    interviewers: set[tuple[str, str]] = field(default_factory=set)
    roles: dict[tuple[str, str, str], RoleInIncident] = field(default_factory=dict)
    sources: dict[tuple[str, str], list[tuple[str, str, str, tuple[str, str]]]] = field(
        default_factory=dict)

    def add(self, r: Any, role: RoleInIncident | None) -> None:
        self.persons.add(r["person_id"])
        self.interviews.add(r["interview_id"])
        self.witnesses.add(r["witness_id"])
        self.interviewers.add((r["sender"] or "", r["interviewer"]))
        if self.kind == merges.PERSON:
            self.names[r["name"]] += 1
            self.aliases.update(json.loads(r["aliases"]))
        elif r["unit"].strip():
            self.names[r["unit"].strip()] += 1
        own = ((self.units, r["unit"]), (self.ranks, r["rank"]), (self.positions, r["position"]))
        for target, value in ((self.affiliations, r["affiliation"]),
                              *(own if self.kind == merges.PERSON else ())):
            if value.strip():
                target.add(value.strip())
        if role is None:
            return
        self.roles[(role.person_id, role.incident_id, role.role)] = role
        for violation in role.violations or ("",):
            self.sources.setdefault((role.role, violation), []).append(
                (r["interview_id"], r["witness_id"], r["sender"] or "",
                 (r["interviewer"], role.incident_id)))


def _role(r: Any) -> RoleInIncident | None:
    if r["role"] is None:
        return None
    date = None
    if r["dated"]:
        date = FuzzyDate(r["precision"] or "day", r["date_start"] or "", r["date_end"])
    return RoleInIncident(r["person_id"], r["interview_id"], r["incident_id"], r["title"] or "",
                          r["role"], tuple((r["violations"] or "").split()), date,
                          str(r["place"] or ""), str(r["area"] or ""))


def _finish(acc: _Acc, members: list[str]) -> PerpetratorEntry:
    allegations = []
    for (role, violation), src in sorted(acc.sources.items()):
        allegations.append(Allegation(
            role, violation,
            Corroboration(len({s[0] for s in src}), len({s[1] for s in src}),
                          len({(s[2], s[3][0]) for s in src})),
            tuple(sorted({(s[0], s[3][1]) for s in src}))))
    roles = sorted(acc.roles.values(), key=lambda x: (x.interview_id, x.incident_id, x.role))
    spans = [x.date.bounds() for x in roles if x.date is not None and x.date.start]
    return PerpetratorEntry(
        id=acc.id, kind=acc.kind,
        name=names.usual(acc.names, acc.id),
        names=tuple(sorted(acc.names)), aliases=tuple(sorted(acc.aliases)),
        affiliations=tuple(sorted(acc.affiliations)), units=tuple(sorted(acc.units)),
        ranks=tuple(sorted(acc.ranks)), positions=tuple(sorted(acc.positions)),
        members=tuple(members), persons=tuple(sorted(acc.persons)),
        interviews=tuple(sorted(acc.interviews)), roles=tuple(roles),
        allegations=tuple(allegations),
        corroboration=Corroboration(len(acc.interviews), len(acc.witnesses),
                                    len(acc.interviewers)),
        first_date=min((s for s, _ in spans), default=None),
        last_date=max((e for _, e in spans), default=None),
        places=tuple(sorted({x.place for x in roles if x.place})),
        areas=tuple(sorted({x.area for x in roles if x.area})))


def record_rows(conn: Connection, filt: filters.ArchiveFilter) -> Iterator[dict[str, Any]]:
    """The records' rows behind the index of the selection (one per person and role in an
    incident; a person without a role has one row without)."""
    where, params = filters.clauses(conn, filt)
    sql = _ROWS + "".join(f" AND {c}" for c in where)
    roles = json.dumps(sorted(vocabulary.perpetrator_roles()))
    return as_dicts(conn.execute(sql, [roles, *params]))


def as_dicts(cursor: Any) -> Iterator[dict[str, Any]]:
    """Rows as dicts: the index reads a score of columns of each row, and a row reads a column
    by name by walking the names."""
    columns = [d[0] for d in cursor.description]
    return (dict(zip(columns, r, strict=True)) for r in cursor)


def from_records(conn: Connection, filt: filters.ArchiveFilter,
                 kind: str | None = None) -> list[PerpetratorEntry]:
    """The selection's entries computed from the records (unordered)."""
    def named() -> Iterator[tuple[Any, str]]:
        for r in record_rows(conn, filt):
            yield r, r["person_id"]
            if r["unit_id"]:
                yield r, r["unit_id"]

    return aggregate(named(), merges.parents(conn), kind)


def aggregate(named: Iterable[tuple[Any, str]], links: dict[str, str],
              kind: str | None = None) -> list[PerpetratorEntry]:
    """Entries from rows, each given with the entry (person or unit, before merges) it names;
    `links` are the merges in force (merges.parents)."""
    roots: dict[str, str] = {}
    accs: dict[str, _Acc] = {}
    for r, entry_id in named:
        top = roots.get(entry_id)
        if top is None:
            top = roots[entry_id] = merges.root_of(entry_id, links)
        entry_kind = merges.kind_of(top)
        if kind is not None and kind != entry_kind:
            continue
        acc = accs.get(top)
        if acc is None:
            acc = accs[top] = _Acc(top, entry_kind)
        acc.add(r, _role(r))
    members: dict[str, list[str]] = {root_id: [root_id] for root_id in accs}
    for entry_id in sorted(links):
        if (top := merges.root_of(entry_id, links)) in members:
            members[top].append(entry_id)
    return [_finish(acc, members[acc.id]) for acc in accs.values()]


def sort_key(e: PerpetratorEntry) -> tuple[int, int, str, str]:
    """Most witnesses first, then most testimonies, then by name in any spelling."""
    return -e.corroboration.witnesses, -e.corroboration.testimonies, names.skeleton(e.name), e.id


def ordered(entries: list[PerpetratorEntry]) -> list[PerpetratorEntry]:
    return sorted(entries, key=sort_key)


def by_id(entries: Iterable[PerpetratorEntry]) -> dict[str, PerpetratorEntry]:
    return {e.id: e for e in entries}
