"""The chain of command: persons and units as nodes, command links and unit membership as
links, each link with the testimonies that support it.

Persons and units are entries of the perpetrator index, so merges in force join their links.
A link holds as long as one testimony supports it; how many distinct witnesses and
interviewers do is its corroboration. Filtering by unit keeps that unit, its members and the
command links that touch them; filtering by date keeps the support of testimonies whose
incidents involving the link's persons (or, if none does, any of their incidents) can fall in
the range.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, replace
from typing import Any

from ..database import Connection
from . import filters, merges, names
from .errors import UnknownPerpetrator
from .perpetrators import Corroboration

COMMAND = "command"
MEMBER_OF = "member_of"


@dataclass(frozen=True)
class Node:
    id: str
    #: merges.PERSON or merges.UNIT.
    kind: str
    #: The spelling most testimonies use.
    label: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Support:
    """One testimony's statement of a link."""

    interview_id: str
    witness_id: str
    #: The command link record (COMMAND) or the person record (MEMBER_OF) stating it.
    record_id: str
    relation: str
    period: str
    basis: str
    #: The span of the testimony's incident dates (None when it dates none).
    date_start: str | None
    date_end: str | None


@dataclass(frozen=True)
class Link:
    #: Superior (COMMAND) or member (MEMBER_OF).
    source: str
    #: Subordinate (COMMAND) or unit (MEMBER_OF).
    target: str
    kind: str
    relations: tuple[str, ...]
    supports: tuple[Support, ...]
    corroboration: Corroboration


@dataclass(frozen=True)
class CommandGraph:
    nodes: tuple[Node, ...]
    links: tuple[Link, ...]
    #: How many links the selection has (more than `links` when `build` was given a limit).
    total: int

    def to_json(self) -> dict[str, Any]:
        return {"nodes": [asdict(n) for n in self.nodes],
                "links": [asdict(k) for k in self.links]}


def _span(persons: str) -> str:
    """SQL for the earliest start and latest end of the incidents these persons are involved
    in, else of every incident of the testimony (`persons` is one of our own column lists)."""
    incidents = ("FROM archive_incident n JOIN involvement v ON v.incident_id = n.incident_id"
                 " WHERE v.person_id IN (" + persons + ")")
    return ("coalesce((SELECT min(n.date_start) " + incidents + "), a.date_start) AS date_start,"
            " coalesce((SELECT max(n.date_end) " + incidents + "), a.date_end) AS date_end")


_COMMANDS = (
    "SELECT a.interview_id, ? AS kind, c.superior_id, c.subordinate_id, c.id,"  # noqa: S608
    " c.relation, c.period, c.basis, p.name, q.name, i.witness_id, a.sender, a.interviewer, "
    + _span("c.superior_id, c.subordinate_id") +
    " FROM command_link c JOIN person p ON p.id = c.superior_id"
    " JOIN person q ON q.id = c.subordinate_id"
    " JOIN archive_interview a ON a.interview_id = p.interview_id"
    " JOIN interview i ON i.id = a.interview_id WHERE 1")
_MEMBERS = (
    "SELECT a.interview_id, ? AS kind, p.id, u.unit_id, p.id, ?, '', '', p.name,"  # noqa: S608
    " u.label, i.witness_id, a.sender, a.interviewer, " + _span("p.id") +
    " FROM archive_unit u JOIN person p ON p.id = u.person_id"
    " JOIN archive_interview a ON a.interview_id = u.interview_id"
    " JOIN interview i ON i.id = a.interview_id WHERE 1")
_STORE = ("INSERT INTO chain_support (interview_id, kind, source, target, record_id, relation,"
          " period, basis, source_label, target_label, witness_id, sender, interviewer,"
          " date_start, date_end) ")


def store_supports(conn: Connection, selection: filters.ArchiveFilter) -> None:
    """Keep the statements of links the selection's testimonies make (chain_support; called
    by recorder.archive.perpetrator_store inside the changing transaction). Withdrawn
    testimonies are kept too: `build` leaves them out as any selection does."""
    where, params = filters.clauses(conn, replace(selection, include_withdrawn=True))
    extra = "".join(f" AND {c}" for c in where)
    conn.execute(_STORE + _COMMANDS + extra, [COMMAND, *params])
    conn.execute(_STORE + _MEMBERS + extra, [MEMBER_OF, MEMBER_OF, *params])


_SUPPORTS = ("SELECT s.interview_id, s.witness_id, s.record_id, s.relation, s.period, s.basis,"
             " s.date_start, s.date_end, s.kind, s.source, s.target, s.source_label,"
             " s.target_label, coalesce(s.sender, ''), s.interviewer"
             " FROM chain_support s JOIN archive_interview a"
             " ON a.interview_id = s.interview_id WHERE 1")
#: A statement as read: the Support's fields first (a link makes records only of the
#: statements of links it returns: at 100,000 testimonies there are hundreds of thousands).
_Row = tuple[str, str, str, str, str, str, str | None, str | None, str, str, str, str, str,
             str, str]
_Key = tuple[str, str, str]


def build(conn: Connection, filt: filters.ArchiveFilter | None = None, *,
          unit: str | None = None, date_from: str | None = None,
          date_to: str | None = None, limit: int | None = None) -> CommandGraph:
    """The graph of the selection; `unit` is a unit entry id (or its first characters) or a
    unit's name in any spelling. With `limit`, only the `limit` best-supported links (most
    witnesses, then most testimonies) and the nodes they join: what a drawing can show of a
    large archive, where hundreds of thousands of links would be one unreadable knot.
    `total` says how many links the selection has in all."""
    parents = merges.parents(conn)
    roots: dict[str, str] = {}

    def root(entry_id: str) -> str:
        top = roots.get(entry_id)
        if top is None:
            top = roots[entry_id] = merges.root_of(entry_id, parents)
        return top

    low = filters.date_bound(date_from, last=False) if date_from else None
    high = filters.date_bound(date_to, last=True) if date_to else None
    where, params = filters.clauses(conn, filt or filters.ArchiveFilter())
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: a Row per statement cost more than the rest
    cursor.execute(_SUPPORTS + "".join(f" AND {c}" for c in where), params)
    spelled: Counter[tuple[str, str]] = Counter()
    edges: dict[_Key, list[_Row]] = defaultdict(list)
    for r in cursor:
        start, end, kind, source, target, source_label, target_label = r[6:13]
        spelled[source, source_label] += 1
        spelled[target, target_label] += 1
        if _in_range(start, end, low, high):
            edges[root(source), root(target), kind].append(r)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for (entry_id, label), times in spelled.items():
        if label.strip():
            labels[root(entry_id)][label.strip()] += times
    if unit is not None:
        edges = _around_unit(edges, _unit_roots(conn, unit, labels, parents))
    chosen = edges if limit is None or len(edges) <= limit else \
        dict(heapq.nsmallest(limit, edges.items(), key=_rank))
    links = tuple(sorted((_link(key, found) for key, found in chosen.items()),
                         key=lambda k: (k.kind, k.source, k.target)))
    used = sorted({k.source for k in links} | {k.target for k in links})
    nodes = tuple(Node(n, merges.kind_of(n), names.usual(labels[n], n),
                       tuple(sorted(labels[n]))) for n in used)
    return CommandGraph(nodes, links, len(edges))


def _in_range(start: str | None, end: str | None, low: str | None, high: str | None) -> bool:
    if low is None and high is None:
        return True
    if start is None or end is None:
        return False
    return (high is None or start <= high) and (low is None or end >= low)


def _rank(item: tuple[_Key, list[_Row]]) -> tuple[int, int, str, str, str]:
    """Best-supported first: most witnesses, then most testimonies."""
    (source, target, kind), found = item
    if len(found) == 1:
        return -1, -1, kind, source, target
    return -len({r[1] for r in found}), -len({r[0] for r in found}), kind, source, target


def _link(key: _Key, found: list[_Row]) -> Link:
    supports = tuple(sorted((Support(*r[:8]) for r in found),
                            key=lambda s: (s.interview_id, s.record_id)))
    return Link(key[0], key[1], key[2], tuple(sorted({s.relation for s in supports})),
                supports,
                Corroboration(len({s.interview_id for s in supports}),
                              len({s.witness_id for s in supports}),
                              len({(r[13], r[14]) for r in found})))


def _unit_roots(conn: Connection, unit: str, labels: dict[str, Counter[str]],
                parents: dict[str, str]) -> set[str]:
    """Unit entries meant by `unit`: an entry id, or every unit whose name has its words."""
    try:
        entry_id = merges.resolve(conn, unit)
    except UnknownPerpetrator:
        entry_id = None
    if entry_id is not None and merges.kind_of(entry_id) == merges.UNIT:
        return {merges.root_of(entry_id, parents)}
    wanted = set(names.skeleton_words(unit))
    return {n for n, counts in labels.items() if merges.kind_of(n) == merges.UNIT and wanted
            and any(wanted <= set(names.skeleton_words(label)) for label in counts)}


def _around_unit(edges: dict[_Key, list[_Row]], units: set[str]) -> dict[_Key, list[_Row]]:
    members = {s for (s, t, k) in edges if k == MEMBER_OF and t in units}
    keep = members | units
    return {key: found for key, found in edges.items()
            if (key[2] == MEMBER_OF and key[1] in units)
            or (key[2] == COMMAND and (key[0] in keep or key[1] in keep))}
