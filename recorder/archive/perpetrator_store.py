"""The perpetrator index and the chain of command's statements, kept in the vault.

Computing the index from the records on every request took close to a minute at 100,000
testimonies. Instead, the transaction that changes interviews (an import, an edit) replaces
just those interviews' rows (perpetrator_mention, chain_support) and recomputes just the
index entries they name (perpetrator_entry), before it commits (recorder.archive.facets), so
a kill leaves the index exactly as consistent as the records. A merge or its undoing
recomputes the two entries it touches in its own transaction. `rebuild` recomputes all of it
from the records: the repair path, and what a vault made before gets once.

Entries are computed by recorder.archive.perpetrators (the same code that computes a filtered
selection from the records) and stored whole, so reading the index is decoding rows; each
also keeps its summary (schema 12), which a list pages through without the roles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..database import Connection
from ..model.incident import FuzzyDate
from . import chain, filters, merges, names
from .perpetrators import (
    Allegation,
    Corroboration,
    EntrySummary,
    PerpetratorEntry,
    RoleInIncident,
    aggregate,
    as_dicts,
    record_rows,
)

_MENTION_COLUMNS = ("entry_id", "mention_id", "interview_id", "person_id", "name", "aliases",
                    "affiliation", "unit", "rank", "position", "role", "incident_id", "title",
                    "violations",
                    "dated", "precision", "date_start", "date_end", "place", "area",
                    "witness_id", "sender", "interviewer")
_INSERT_MENTION = (f"INSERT INTO perpetrator_mention ({', '.join(_MENTION_COLUMNS)})"  # noqa: S608
                   f" VALUES ({', '.join('?' for _ in _MENTION_COLUMNS)})")


def refresh(conn: Connection, interview_ids: Iterable[str]) -> None:
    """Bring the index up to date with these interviews (inside the changing transaction,
    after their facets)."""
    wanted = json.dumps(sorted(set(interview_ids)))
    before = _mentions_of(conn, wanted)
    for table in ("perpetrator_mention", "chain_support"):
        conn.execute(f"DELETE FROM {table} WHERE interview_id IN"  # noqa: S608 - our names
                     " (SELECT value FROM json_each(?))", (wanted,))
    selection = filters.ArchiveFilter(interview_ids=tuple(json.loads(wanted)))
    _store_mentions(conn, selection)
    chain.store_supports(conn, selection)
    # An entry is recomputed only if what these interviews say of it changed: a unit named
    # in thousands of testimonies costs one read of all of them.
    refresh_entries(conn, {row[0] for row in before ^ _mentions_of(conn, wanted)})


def _mentions_of(conn: Connection, interview_ids_json: str) -> set[tuple[Any, ...]]:
    """These interviews' mentions, each starting with the entry it names."""
    return {tuple(r) for r in conn.execute(
        "SELECT * FROM perpetrator_mention WHERE interview_id IN"
        " (SELECT value FROM json_each(?))", (interview_ids_json,))}


def _store_mentions(conn: Connection, selection: filters.ArchiveFilter) -> None:
    rows = []
    for r in record_rows(conn, selection):
        values = [r[c] for c in _MENTION_COLUMNS[1:]]
        rows.append((r["person_id"], *values))
        if r["unit_id"]:
            rows.append((r["unit_id"], *values))
    conn.executemany(_INSERT_MENTION, rows)


def refresh_entries(conn: Connection, entry_ids: Iterable[str]) -> None:
    """Recompute the entries standing for these (after the merges in force) from their
    mentions, and drop entries that no longer stand (merged away, or named nowhere now)."""
    links = merges.parents(conn)
    roots = {merges.root_of(e, links) for e in entry_ids}
    groups = {root: [root] for root in roots}
    for entry_id in links:
        if (top := merges.root_of(entry_id, links)) in groups:
            groups[top].append(entry_id)
    for members in groups.values():
        found = json.dumps(members)
        conn.execute("DELETE FROM perpetrator_entry WHERE id IN (SELECT value FROM json_each(?))",
                     (found,))
        rows = as_dicts(conn.execute("SELECT * FROM perpetrator_mention WHERE entry_id IN"
                                     " (SELECT value FROM json_each(?))", (found,)))
        _write(conn, aggregate(((r, r["entry_id"]) for r in rows), links))


def rebuild(conn: Connection) -> int:
    """Recompute the whole index and the chain's statements from the records (inside a
    transaction, after the facets); return how many entries it has."""
    for table in ("perpetrator_mention", "perpetrator_entry", "chain_support"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - our names
    everything = filters.ArchiveFilter()
    _store_mentions(conn, everything)
    chain.store_supports(conn, everything)
    rows = as_dicts(conn.execute("SELECT * FROM perpetrator_mention"))
    entries = aggregate(((r, r["entry_id"]) for r in rows), merges.parents(conn))
    _write(conn, entries)
    return len(entries)


def _write(conn: Connection, entries: list[PerpetratorEntry]) -> None:
    conn.executemany(
        "INSERT INTO perpetrator_entry (id, kind, witnesses, testimonies, name_key, summary,"
        " data) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(e.id, e.kind, e.corroboration.witnesses, e.corroboration.testimonies,
          names.skeleton(e.name), json.dumps(_summary(e), ensure_ascii=False),
          json.dumps(_encode(e), ensure_ascii=False))
         for e in entries])


# An entry is stored as JSON arrays in the order of its fields (dataclasses.asdict, with
# names for every value, took most of an import's time for a unit named thousands of times).
_LISTS = ("names", "aliases", "affiliations", "units", "ranks", "positions", "members",
          "persons", "interviews")


def _encode(e: PerpetratorEntry) -> list[Any]:
    roles = [[r.person_id, r.interview_id, r.incident_id, r.incident_title, r.role,
              r.violations, None if r.date is None else [r.date.precision, r.date.start,
                                                         r.date.end], r.place, r.area]
             for r in e.roles]
    allegations = [[a.role, a.violation, _counts(a.corroboration), a.incidents]
                   for a in e.allegations]
    return [e.id, e.kind, e.name, [getattr(e, f) for f in _LISTS], roles, allegations,
            _counts(e.corroboration), e.first_date, e.last_date, e.places, e.areas]


def _summary(e: PerpetratorEntry) -> list[Any]:
    """What EntrySummary holds, as the JSON array `summaries` reads (schema 12 took the same
    parts from the records stored before it)."""
    return [e.id, e.kind, e.name, *(list(getattr(e, f)) for f in _LISTS[:7]),
            _counts(e.corroboration)]


def _counts(c: Corroboration) -> list[int]:
    return [c.testimonies, c.witnesses, c.interviewers]


def _decode(text: str) -> PerpetratorEntry:
    (entry_id, kind, name, lists, roles, allegations, corroboration, first, last, places,
     areas) = json.loads(text)
    spellings, aliases, affiliations, units, ranks, positions, members, persons, interviews = (
        tuple(x) for x in lists)
    return PerpetratorEntry(
        entry_id, kind, name, spellings, aliases, affiliations, units, ranks, positions,
        members, Corroboration(*corroboration), persons, interviews,
        roles=tuple(RoleInIncident(p, i, n, t, role, tuple(v),
                                   None if d is None else FuzzyDate(*d), place, area)
                    for p, i, n, t, role, v, d, place, area in roles),
        allegations=tuple(Allegation(role, violation, Corroboration(*c),
                                     tuple((i, n) for i, n in incidents))
                          for role, violation, c, incidents in allegations),
        first_date=first, last_date=last, places=tuple(places), areas=tuple(areas))


def read(conn: Connection, kind: str | None = None, name: str = "") -> list[PerpetratorEntry]:
    """The whole index as kept (of `kind`, and matching `name`, if given), most corroborated
    first."""
    where, params = _where(kind, name)
    return [_decode(r[0]) for r in conn.execute(
        f"SELECT data FROM perpetrator_entry{where}{_ORDER}", params)]  # noqa: S608


# The order of perpetrators.sort_key, from the stored key (SQLite compares UTF-8 text by code
# point, as Python compares strings).
_ORDER = " ORDER BY witnesses DESC, testimonies DESC, name_key, id"


def _where(kind: str | None, name: str) -> tuple[str, list[str]]:
    """The condition for entries of `kind` (all if None) whose usual name holds the skeleton
    of `name` (recorder.archive.names), so any spelling or script of it finds them."""
    clauses, params = [], []
    if kind is not None:
        clauses.append("kind = ?")
        params.append(kind)
    key = names.skeleton(name)
    if key:
        clauses.append("instr(name_key, ?) > 0")
        params.append(key)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def summaries(conn: Connection, *, name: str = "", offset: int = 0,
              limit: int = -1) -> list[EntrySummary]:
    """Entries as a list shows them, most corroborated first: `limit` of them (all if
    negative) from `offset`, matching `name` if given (read from the index of that order,
    which holds the summaries)."""
    where, params = _where(None, name)
    rows = conn.execute(f"SELECT summary FROM perpetrator_entry{where}{_ORDER}"  # noqa: S608
                        " LIMIT ? OFFSET ?", (*params, limit, offset))
    out = []
    for (text,) in rows:
        (entry_id, kind, usual, spellings, aliases, affiliations, units, ranks, positions,
         members, counts) = json.loads(text)
        out.append(EntrySummary(entry_id, kind, usual, tuple(spellings), tuple(aliases),
                                tuple(affiliations), tuple(units), tuple(ranks),
                                tuple(positions), tuple(members), Corroboration(*counts)))
    return out


def count(conn: Connection, *, name: str = "") -> int:
    """How many entries `summaries` selects with no limit."""
    where, params = _where(None, name)
    return int(conn.execute(f"SELECT count(*) FROM perpetrator_entry{where}",  # noqa: S608
                            params).fetchone()[0])


def read_one(conn: Connection, entry_id: str) -> PerpetratorEntry | None:
    row = conn.execute("SELECT data FROM perpetrator_entry WHERE id = ?",
                       (entry_id,)).fetchone()
    return None if row is None else _decode(row[0])
