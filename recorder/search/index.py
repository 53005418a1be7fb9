"""Keeping the search index in step with the records of one interview.

Indexed: the current testimony's narrative and summary, incident titles, descriptions and
places, and the names of persons named as alleged perpetrators. Never the witness's identity.

A change refreshes its interview's entries once, just before its transaction commits
(`reindex_later`): an import or an edit changes one interview several times, and refreshing
it at each change rewrote its entries each time, and made FTS5 write them out as a segment of
their own at the next savepoint. A batch of packets now writes one segment per group.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .. import vocabulary
from ..database import Connection
from .normalize import fold

if TYPE_CHECKING:
    from ..vault import Vault

NARRATIVE, SUMMARY, INCIDENT, PERSON = "narrative", "summary", "incident", "person"


def documents(conn: Connection, interview_id: str) -> list[tuple[str, str, str]]:
    """(kind, ref_id, text) of everything indexed for one interview."""
    docs: list[tuple[str, str, str]] = []
    row = conn.execute(
        "SELECT id FROM testimony WHERE interview_id = ? AND is_current = 1", (interview_id,)
    ).fetchone()
    if row is not None:
        docs += [(kind, row[0], text_of(conn, kind, row[0])) for kind in (NARRATIVE, SUMMARY)]
    for inc in conn.execute("SELECT id FROM incident WHERE interview_id = ?", (interview_id,)):
        docs.append((INCIDENT, inc[0], text_of(conn, INCIDENT, inc[0])))
    roles = tuple(sorted(vocabulary.perpetrator_roles()))
    marks = ",".join("?" for _ in roles)
    for person in conn.execute(
        f"SELECT p.id FROM person p WHERE p.interview_id = ? AND EXISTS"  # noqa: S608
        f" (SELECT 1 FROM involvement v WHERE v.person_id = p.id AND v.role IN ({marks}))",
        (interview_id, *roles),
    ):
        docs.append((PERSON, person[0], text_of(conn, PERSON, person[0])))
    return [d for d in docs if d[2].strip()]


_TEXT_SQL = {
    NARRATIVE: "SELECT id, narrative FROM testimony",
    SUMMARY: "SELECT id, summary FROM testimony",
    INCIDENT: "SELECT id, title, description, place FROM incident",
    PERSON: "SELECT id, name, aliases, unit, affiliation FROM person",
}


def texts_of(conn: Connection, kind: str, ref_ids: list[str]) -> dict[str, str]:
    """The original texts of indexed documents of one kind (as written, for snippets)."""
    sql = _TEXT_SQL[kind] + " WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
    found = {}
    for row in conn.execute(sql, (json.dumps(ref_ids),)):
        if kind == INCIDENT:
            place = json.loads(row["place"]) if row["place"] else {}
            text = _lines([row["title"], row["description"], place.get("name", "")])
        elif kind == PERSON:
            text = _lines([row["name"], *json.loads(row["aliases"]), row["unit"],
                           row["affiliation"]])
        else:
            text = str(row[1])
        found[row[0]] = text
    return found


def _lines(fields: list[str]) -> str:
    """A record's filled-in fields, one a line (a passage then shows where one ends)."""
    return "\n".join(f for f in fields if f.strip())


def text_of(conn: Connection, kind: str, ref_id: str) -> str:
    return texts_of(conn, kind, [ref_id]).get(ref_id, "")


def remove_interview(conn: Connection, interview_id: str) -> None:
    rowids = [r[0] for r in conn.execute(
        "SELECT rowid FROM search_doc WHERE interview_id = ?", (interview_id,))]
    for rowid in rowids:
        conn.execute("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
    conn.execute("DELETE FROM search_doc WHERE interview_id = ?", (interview_id,))


def reindex_later(vault: Vault, interview_id: str) -> None:
    """Refresh this interview's entries just before the open transaction commits (at once
    outside a transaction). A transaction that rolls back drops the refresh with it."""
    if not vault.conn.in_transaction:
        reindex_interview(vault.conn, interview_id)
        return

    def reindex(interview_ids: set[str]) -> None:
        for changed in sorted(interview_ids):
            reindex_interview(vault.conn, changed)

    vault.refresh_before_commit("search_reindex", [interview_id], reindex)


def reindex_interview(conn: Connection, interview_id: str) -> None:
    """Replace this interview's index entries (call inside the changing transaction).

    An interview whose witness withdrew consent (recorder.packets) is not searchable."""
    remove_interview(conn, interview_id)
    if conn.execute("SELECT 1 FROM interview_withdrawn WHERE interview_id = ?",
                    (interview_id,)).fetchone():
        return
    for kind, ref_id, text in documents(conn, interview_id):
        cur = conn.execute(
            "INSERT INTO search_doc (interview_id, kind, ref_id) VALUES (?, ?, ?)",
            (interview_id, kind, ref_id),
        )
        conn.execute("INSERT INTO search_fts (rowid, body) VALUES (?, ?)",
                     (cur.lastrowid, fold(text)))
