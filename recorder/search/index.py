"""Keeping the search index in step with the records of one interview.

Indexed: the current testimony's narrative and summary, incident titles, descriptions and
places, and the names of persons named as alleged perpetrators. Never the witness's identity.
"""

from __future__ import annotations

import json

from .. import vocabulary
from ..database import Connection
from .normalize import fold

NARRATIVE, SUMMARY, INCIDENT, PERSON = "narrative", "summary", "incident", "person"


def documents(conn: Connection, interview_id: str) -> list[tuple[str, str, str]]:
    docs: list[tuple[str, str, str]] = []
    row = conn.execute(
        "SELECT id, narrative, summary FROM testimony WHERE interview_id = ? AND is_current = 1",
        (interview_id,),
    ).fetchone()
    if row is not None:
        docs += [(NARRATIVE, row["id"], row["narrative"]), (SUMMARY, row["id"], row["summary"])]
    for inc in conn.execute(
        "SELECT id, title, description, place FROM incident WHERE interview_id = ?",
        (interview_id,),
    ):
        place = json.loads(inc["place"]) if inc["place"] else {}
        text = "\n".join([inc["title"], inc["description"], place.get("name", "")])
        docs.append((INCIDENT, inc["id"], text))
    roles = tuple(sorted(vocabulary.perpetrator_roles()))
    marks = ",".join("?" for _ in roles)
    for person in conn.execute(
        f"SELECT p.id, p.name, p.aliases, p.unit, p.affiliation FROM person p"  # noqa: S608
        f" WHERE p.interview_id = ? AND EXISTS (SELECT 1 FROM involvement v"
        f" WHERE v.person_id = p.id AND v.role IN ({marks}))",
        (interview_id, *roles),
    ):
        aliases = json.loads(person["aliases"])
        text = "\n".join([person["name"], *aliases, person["unit"], person["affiliation"]])
        docs.append((PERSON, person["id"], text))
    return [d for d in docs if d[2].strip()]


def remove_interview(conn: Connection, interview_id: str) -> None:
    rowids = [r[0] for r in conn.execute(
        "SELECT rowid FROM search_doc WHERE interview_id = ?", (interview_id,))]
    for rowid in rowids:
        conn.execute("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
    conn.execute("DELETE FROM search_doc WHERE interview_id = ?", (interview_id,))


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
