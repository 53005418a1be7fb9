"""Full-text search of the archive, Arabic-aware as in the vault, within an ArchiveFilter's
selection, with highlighted passages that say where each hit is (the narrative or summary of
a testimony version, an incident, or a person) so the UI can open that part and mark every
match in it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..database import Connection
from ..search import index, query
from ..search.query import Snippet
from .filters import EVERYTHING, ArchiveFilter, clauses

#: Where a hit is: `kind` says which part, `ref_id` which record of it.
NARRATIVE, SUMMARY, INCIDENT, PERSON = index.NARRATIVE, index.SUMMARY, index.INCIDENT, \
    index.PERSON


@dataclass(frozen=True)
class ArchiveHit:
    interview_id: str
    #: NARRATIVE or SUMMARY (ref_id: the testimony version), INCIDENT or PERSON (its id).
    kind: str
    ref_id: str
    score: float
    snippet: Snippet


@dataclass(frozen=True)
class TextMatches:
    """A whole part as written, with every match of the query in it."""

    kind: str
    ref_id: str
    text: str
    highlights: tuple[tuple[int, int], ...]


_SQL = ("SELECT d.interview_id, d.kind, d.ref_id, {score} FROM search_fts"
        " JOIN search_doc d ON d.rowid = search_fts.rowid"
        " JOIN archive_interview a ON a.interview_id = d.interview_id"
        " WHERE search_fts MATCH ?{where} ORDER BY {order} LIMIT ?")


def search(conn: Connection, text: str, filt: ArchiveFilter = EVERYTHING, *,
           limit: int = 50) -> list[ArchiveHit]:
    """The best matching part of each matching testimony, best first (newest first when the
    query matches so much that ranking would be slow and say little)."""
    terms = query.parse(text)
    if not terms:
        return []
    match = query.to_match(terms)
    where, params = clauses(conn, filt, lead=False)  # the full-text index leads
    extra = "".join(f" AND {c}" for c in where)
    chosen: dict[str, tuple[str, str, float]] = {}
    for r in _rows(conn, match, extra, params, limit * 4, limit):
        if r[0] not in chosen:
            chosen[r[0]] = (r[1], r[2], float(r[3]))
            if len(chosen) == limit:
                break
    texts: dict[tuple[str, str], str] = {}
    for kind in {k for k, _, _ in chosen.values()}:
        refs = [ref for k, ref, _ in chosen.values() if k == kind]
        texts.update({(kind, ref): t for ref, t in index.texts_of(conn, kind, refs).items()})
    pattern = query.pattern_for(terms)
    return [ArchiveHit(iid, kind, ref, score,
                       query.make_snippet(texts.get((kind, ref), ""), pattern))
            for iid, (kind, ref, score) in chosen.items()]


_NEWEST = ("SELECT d.interview_id, d.kind, d.ref_id, 0.0 FROM search_doc d"
           " JOIN archive_interview a ON a.interview_id = d.interview_id"
           " WHERE d.rowid IN (SELECT value FROM json_each(?)){where} ORDER BY d.rowid DESC")


def _rows(conn: Connection, match: str, where: str, params: list[Any],
          wanted: int, interviews: int) -> list[Any]:
    """The first `wanted` matching parts in the selection: by relevance, or newest first
    past query.BROAD matches.

    A prefix query makes FTS5 read the whole list of documents of every word it extends
    to, in each statement that runs it. So the newest BROAD + 1 matches are read once: if
    there are more, the query is broad, and those matches in the selection, newest first,
    are the answer when they are enough (`wanted` parts, or parts of `interviews`
    testimonies: any testimony further down is older than all of theirs); else the index is
    asked again."""
    newest = [r[0] for r in conn.execute(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        (match, query.BROAD + 1))]
    if len(newest) > query.BROAD:
        rows = conn.execute(_NEWEST.format(where=where),
                            [json.dumps(newest), *params]).fetchmany(wanted)
        if len(rows) == wanted or len({r[0] for r in rows}) >= interviews:
            return rows
        sql = _SQL.format(score="0.0", where=where, order="search_fts.rowid DESC")
    else:
        sql = _SQL.format(score="bm25(search_fts)", where=where, order="4")
    return conn.execute(sql, [match, *params, wanted]).fetchall()


def matches_in(conn: Connection, kind: str, ref_id: str, text: str) -> TextMatches:
    """The part a hit points at, whole, with every match of the query marked (opening a hit
    shows this and scrolls to the first match)."""
    whole = index.text_of(conn, kind, ref_id)
    spans = query.match_spans(whole, query.pattern_for(query.parse(text))) if text else []
    return TextMatches(kind, ref_id, whole, tuple(spans))


def matching_interviews(conn: Connection, text: str,
                        filt: ArchiveFilter = EVERYTHING) -> list[str]:
    """Every testimony in the selection the query matches (for statistics and exports)."""
    terms = query.parse(text)
    if not terms:
        return []
    where, params = clauses(conn, filt, lead=False)  # the full-text index leads
    extra = "".join(f" AND {c}" for c in where)
    sql = ("SELECT DISTINCT d.interview_id FROM search_fts JOIN search_doc d"  # noqa: S608
           " ON d.rowid = search_fts.rowid JOIN archive_interview a"
           " ON a.interview_id = d.interview_id WHERE search_fts MATCH ?" + extra)
    return sorted(r[0] for r in conn.execute(sql, [query.to_match(terms), *params]))
