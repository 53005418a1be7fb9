"""The perpetrator index: every person and unit named as an alleged perpetrator (or in a
command link) across the archive, with what each testimony says of them and how many distinct
witnesses and interviewers back each allegation.

Built on request from the records and the facets, with merges in force applied
(recorder.archive.merges), and restricted to an ArchiveFilter's selection when one is given.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import vocabulary
from ..database import Connection
from ..model.incident import FuzzyDate
from . import filters, merges, names
from .errors import UnknownPerpetrator


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
class PerpetratorEntry:
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
    #: Person records (mentions) behind it.
    persons: tuple[str, ...]
    interviews: tuple[str, ...]
    roles: tuple[RoleInIncident, ...]
    allegations: tuple[Allegation, ...]
    corroboration: Corroboration
    #: Earliest and latest day its incidents can fall on.
    first_date: str | None
    last_date: str | None
    places: tuple[str, ...]
    areas: tuple[str, ...]


_ROWS = (
    "SELECT p.id AS person_id, p.interview_id, p.name, p.aliases, p.affiliation, p.unit,"
    " p.rank, p.position, v.role, v.incident_id, n.title, n.violations, n.date, n.place,"
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
    if r["date"]:
        d = json.loads(r["date"])
        date = FuzzyDate(d.get("precision", "day"), d.get("start", ""), d.get("end"))
    place = json.loads(r["place"]) if r["place"] else {}
    return RoleInIncident(r["person_id"], r["interview_id"], r["incident_id"], r["title"] or "",
                          r["role"], tuple(json.loads(r["violations"] or "[]")), date,
                          str(place.get("name") or ""), str(place.get("area") or ""))


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
        name=acc.names.most_common(1)[0][0] if acc.names else acc.id,
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


def build(conn: Connection, filt: filters.ArchiveFilter | None = None, *,
          kind: str | None = None) -> list[PerpetratorEntry]:
    """The index (of the selection, if a filter is given), most corroborated first."""
    where, params = filters.clauses(conn, filt or filters.ArchiveFilter())
    sql = _ROWS + "".join(f" AND {c}" for c in where)
    links = merges.parents(conn)
    roots: dict[str, str] = {}

    def root(entry_id: str) -> str:
        if entry_id not in roots:
            roots[entry_id] = merges.root_of(entry_id, links)
        return roots[entry_id]

    accs: dict[str, _Acc] = {}
    roles = json.dumps(sorted(vocabulary.perpetrator_roles()))
    for r in conn.execute(sql, [roles, *params]):
        role = _role(r)
        targets = [(root(r["person_id"]), merges.PERSON)]
        if r["unit_id"]:
            targets.append((root(r["unit_id"]), merges.UNIT))
        for entry_id, entry_kind in targets:
            if kind is None or kind == entry_kind:
                acc = accs.get(entry_id)
                if acc is None:
                    acc = accs[entry_id] = _Acc(entry_id, entry_kind)
                acc.add(r, role)
    members: dict[str, list[str]] = {root_id: [root_id] for root_id in accs}
    for entry_id in links:
        if (top := root(entry_id)) in members:
            members[top].append(entry_id)
    entries = [_finish(acc, members[acc.id]) for acc in accs.values()]
    entries.sort(key=lambda e: (-e.corroboration.witnesses, -e.corroboration.testimonies,
                                names.skeleton(e.name), e.id))
    return entries


def entry(conn: Connection, ref: str) -> PerpetratorEntry:
    """One entry (by id or its first characters), with everything merged into it."""
    entry_id = merges.root_of(merges.resolve(conn, ref), merges.parents(conn))
    found = [e for e in build(conn, filters.ArchiveFilter(perpetrator_entry=entry_id),
                              kind=merges.kind_of(entry_id)) if e.id == entry_id]
    if not found:
        raise UnknownPerpetrator(ref)
    return found[0]


def by_id(entries: Iterable[PerpetratorEntry]) -> dict[str, PerpetratorEntry]:
    return {e.id: e for e in entries}
