"""The perpetrator index and the chain of command's statements, kept in the vault.

Computing the index from the records on every request took close to a minute at 100,000
testimonies. Instead, the transaction that changes interviews (an import, an edit) replaces
just those interviews' rows (perpetrator_mention, chain_support) and recomputes the summaries
of just the index entries they name (perpetrator_entry), before it commits
(recorder.archive.facets), so a kill leaves the index exactly as consistent as the records. A
merge or its undoing recomputes the two entries it touches in its own transaction. `rebuild`
recomputes all of it from the records: the repair path, and what a vault made before gets once.

An entry keeps its summary (names, aliases, affiliation, unit, rank, counts: what a list shows
and merge suggestions compare), worked out from its mentions by two small queries whatever
its size. Its whole record (each role in each incident, the allegations, dates and places) is
computed from the same mentions when it is read, by recorder.archive.perpetrators (the code
that computes a filtered selection from the records): a unit named in thousands of
testimonies is a megabyte of roles, too much to rewrite whenever one more testimony names it
(schema 13).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ..database import Connection
from . import chain, filters, merges, names
from .perpetrators import (
    Corroboration,
    EntrySummary,
    PerpetratorEntry,
    aggregate,
    as_dicts,
    by_id,
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
    """Recompute the summaries of the entries standing for these (after the merges in force)
    from their mentions, and drop entries that no longer stand (merged away, or named
    nowhere now)."""
    links = merges.parents(conn)
    for root, members in _groups(links, {merges.root_of(e, links) for e in entry_ids}).items():
        conn.execute("DELETE FROM perpetrator_entry WHERE id IN (SELECT value FROM json_each(?))",
                     (json.dumps(members),))
        _write(conn, [summary] if (summary := _summarise(conn, root, members)) else [])


def rebuild(conn: Connection) -> int:
    """Recompute the whole index and the chain's statements from the records (inside a
    transaction, after the facets); return how many entries it has."""
    for table in ("perpetrator_mention", "perpetrator_entry", "chain_support"):
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - our names
    everything = filters.ArchiveFilter()
    _store_mentions(conn, everything)
    chain.store_supports(conn, everything)
    links = merges.parents(conn)
    named = {merges.root_of(r[0], links)
             for r in conn.execute("SELECT DISTINCT entry_id FROM perpetrator_mention")}
    found = [summary for root, members in _groups(links, named).items()
             if (summary := _summarise(conn, root, members))]
    _write(conn, found)
    return len(found)


def _groups(links: dict[str, str], roots: Iterable[str]) -> dict[str, list[str]]:
    """Each entry and the entries merged into it (its members, in the order the summaries
    and records list them: itself, then the others sorted)."""
    groups = {root: [root] for root in roots}
    for entry_id in sorted(links):
        if (top := merges.root_of(entry_id, links)) in groups:
            groups[top].append(entry_id)
    return groups


_MEMBERS_MENTIONS = " FROM perpetrator_mention WHERE entry_id IN (SELECT value FROM json_each(?))"
#: What a person's summary is made of, and a unit's (its members' names, ranks and positions
#: are theirs, not the unit's: thousands of them for a large unit).
_SPELLINGS = {
    merges.PERSON: "SELECT name, aliases, affiliation, unit, rank, position, count(*)"
                   + _MEMBERS_MENTIONS + " GROUP BY name, aliases, affiliation, unit, rank,"
                   " position",
    merges.UNIT: "SELECT '', '[]', affiliation, unit, '', '', count(*)" + _MEMBERS_MENTIONS
                 + " GROUP BY affiliation, unit",
}
_COUNTS = ("SELECT count(DISTINCT interview_id), count(DISTINCT witness_id),"
           " count(DISTINCT json_array(coalesce(sender, ''), interviewer))" + _MEMBERS_MENTIONS)


def _summarise(conn: Connection, root: str, members: list[str]) -> EntrySummary | None:
    """The summary of the entry `root` stands for, from its members' mentions: the same parts,
    counted the same way, as perpetrators.aggregate gives its whole record (SQLite groups
    the mentions, so a unit named in thousands of testimonies is a few rows here). None when
    nothing names it any more."""
    found = json.dumps(members)
    kind = merges.kind_of(root)
    person = kind == merges.PERSON
    spellings: Counter[str] = Counter()
    aliases: set[str] = set()
    affiliations: set[str] = set()
    own: tuple[set[str], set[str], set[str]] = (set(), set(), set())  # units, ranks, positions
    for name, alias_list, affiliation, unit, rank, position, times in conn.execute(
            _SPELLINGS[kind], (found,)):
        if person:
            spellings[name] += times
            aliases.update(json.loads(alias_list))
            for target, value in zip(own, (unit, rank, position), strict=True):
                if value.strip():
                    target.add(value.strip())
        elif unit.strip():
            spellings[unit.strip()] += times
        if affiliation.strip():
            affiliations.add(affiliation.strip())
    testimonies, witnesses, interviewers = conn.execute(_COUNTS, (found,)).fetchone()
    if not testimonies:
        return None
    units, ranks, positions = own
    return EntrySummary(root, kind, names.usual(spellings, root), tuple(sorted(spellings)),
                        tuple(sorted(aliases)), tuple(sorted(affiliations)),
                        tuple(sorted(units)), tuple(sorted(ranks)), tuple(sorted(positions)),
                        tuple(members), Corroboration(testimonies, witnesses, interviewers))


def _write(conn: Connection, entries: list[EntrySummary]) -> None:
    conn.executemany(
        "INSERT INTO perpetrator_entry (id, kind, witnesses, testimonies, name_key, summary)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(e.id, e.kind, e.corroboration.witnesses, e.corroboration.testimonies,
          names.skeleton(e.name), json.dumps(_summary(e), ensure_ascii=False))
         for e in entries])


_LISTS = ("names", "aliases", "affiliations", "units", "ranks", "positions", "members")


def _summary(e: EntrySummary) -> list[Any]:
    """What EntrySummary holds, as the JSON array `summaries` reads (schema 12 took the same
    parts from the records stored before it)."""
    return [e.id, e.kind, e.name, *(list(getattr(e, f)) for f in _LISTS),
            [e.corroboration.testimonies, e.corroboration.witnesses,
             e.corroboration.interviewers]]


def _whole(conn: Connection, ids: list[str]) -> list[PerpetratorEntry]:
    """The whole records of these entries, computed from their members' mentions, in the
    order given."""
    links = merges.parents(conn)
    members = [m for group in _groups(links, ids).values() for m in group]
    rows = as_dicts(conn.execute("SELECT * FROM perpetrator_mention WHERE entry_id IN"
                                 " (SELECT value FROM json_each(?))", (json.dumps(members),)))
    entries = by_id(aggregate(((r, r["entry_id"]) for r in rows), links))
    return [entries[i] for i in ids if i in entries]


def read(conn: Connection, kind: str | None = None, name: str = "") -> list[PerpetratorEntry]:
    """The whole index (of `kind`, and matching `name`, if given), most corroborated first,
    each entry's record computed from its mentions."""
    where, params = _where(kind, name)
    return _whole(conn, [r[0] for r in conn.execute(
        f"SELECT id FROM perpetrator_entry{where}{_ORDER}", params)])  # noqa: S608


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
    """The whole record of one entry of the index (None if no entry has that id)."""
    if conn.execute("SELECT 1 FROM perpetrator_entry WHERE id = ?", (entry_id,)).fetchone():
        found = _whole(conn, [entry_id])
        return found[0] if found else None
    return None
