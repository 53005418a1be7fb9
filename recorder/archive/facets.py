"""Facets: small derived tables that make the archive's filters fast at 100,000 testimonies.

Each interview has one row in archive_interview (device, interviewer, versions, import time,
the span of its incident dates), one per incident in archive_incident (date bounds, area,
place), one per violation type in archive_violation, one per accountability body in
archive_share (what consent allows, as recorder.consent.policy decides) and one per name word
of each person it names as an alleged perpetrator or in a command link in archive_name, and
the unit each such person was named with in archive_unit. For the statistics, archive_count
holds the interview's counts by each value they are broken down by (counts.py).

They are rebuilt from the records, never edited by hand. Every change to an interview in a
coordinator's vault (an import, or an edit made by hand) reaches `changed`, through the
hook recorder.unlock sets on the vault for recorder.store.changes.recorded; the interviews
changed are refreshed once, inside the same transaction, just before it commits. The importer
names the interviews a packet touched the same way.
The perpetrator index and the chain of command's statements are refreshed with them
(recorder.archive.perpetrator_store).
`ensure` rebuilds them all once for a vault made before they existed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .. import vocabulary
from ..consent import bodies, items, policy
from ..consent import store as consent_store
from ..database import Connection
from ..model.incident import FuzzyDate
from ..packets.progress import ProgressFn
from ..search.normalize import fold
from . import counts, names, perpetrator_store

if TYPE_CHECKING:
    from ..vault import Vault

#: Bump when what the facets hold changes: `ensure` then rebuilds them.
VERSION = "3"
_META = "archive_facets"
_TABLES = ("archive_interview", "archive_incident", "archive_violation", "archive_share",
           "archive_name", "archive_unit", "archive_count")


def body_ids(conn: Connection) -> list[str]:
    """Every body consent can speak of here: this organisation and each accountability body."""
    return [items.OWN_ORGANISATION, *(b.id for b, _ in bodies.all_bodies(conn))]


def changed(vault: Vault, interview_ids: Iterable[str]) -> None:
    """Refresh these interviews' facets inside the open transaction, before it commits."""
    vault.refresh_before_commit(_META, interview_ids, lambda ids: refresh(vault.conn, ids))


def interview_changed(vault: Vault, interview_id: str) -> None:
    """A coordinator's `Vault.on_interview_changed` (set by recorder.unlock)."""
    changed(vault, [interview_id])


def refresh(conn: Connection, interview_ids: Iterable[str]) -> None:
    """Rebuild the facets of these interviews, then bring the perpetrator index and the chain
    of command up to date with them (inside the transaction that changed them)."""
    wanted = sorted(set(interview_ids))
    if not wanted:
        return
    _refresh_facets(conn, wanted)
    perpetrator_store.refresh(conn, wanted)


def _refresh_facets(conn: Connection, wanted: list[str], *, cleared: bool = False,
                    progress: Callable[[int], None] | None = None) -> None:
    """`cleared`: the tables hold nothing of these interviews yet (a full rebuild), so there
    is nothing to delete first. `progress(done)` is told every hundred interviews."""
    known = body_ids(conn)
    roles = json.dumps(sorted(vocabulary.perpetrator_roles()))
    for n, interview_id in enumerate(wanted, 1):
        if not cleared:
            for table in _TABLES:
                conn.execute(f"DELETE FROM {table} WHERE interview_id = ?",  # noqa: S608 - ours
                             (interview_id,))
        if conn.execute("SELECT 1 FROM interview WHERE id = ?", (interview_id,)).fetchone():
            _interview(conn, interview_id)
            _shares(conn, interview_id, known)
            _names(conn, interview_id, roles)
            counts.refresh(conn, interview_id, roles)
        if progress is not None and n % 100 == 0:
            progress(n)


def _interview(conn: Connection, interview_id: str) -> None:
    spans: list[tuple[str, str]] = []
    violations: set[str] = set()
    for row in conn.execute("SELECT id, violations, date, place FROM incident"
                            " WHERE interview_id = ?", (interview_id,)):
        start = end = precision = None
        if row["date"]:
            data = json.loads(row["date"])
            date = FuzzyDate(data.get("precision", "day"), data.get("start", ""),
                             data.get("end"))
            if date.start:
                start, end = date.bounds()
                precision = date.precision
                spans.append((start, end))
        place = json.loads(row["place"]) if row["place"] else {}
        conn.execute("INSERT INTO archive_incident (incident_id, interview_id, date_start,"
                     " date_end, precision, area, place) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (row["id"], interview_id, start, end, precision,
                      str(place.get("area") or ""), fold(str(place.get("name") or ""))))
        violations.update(json.loads(row["violations"]))
    for code in sorted(violations):
        conn.execute("INSERT INTO archive_violation (code, interview_id) VALUES (?, ?)",
                     (code, interview_id))
    info = conn.execute(
        "SELECT i.interviewer, s.sender,"
        " (SELECT count(*) FROM testimony t WHERE t.interview_id = i.id) AS versions,"
        " (SELECT t.status = 'finalized' FROM testimony t WHERE t.interview_id = i.id"
        "  AND t.is_current = 1) AS final,"
        " (SELECT p.imported_at FROM packet_received p WHERE p.packet_id = s.first_packet)"
        "  AS imported_at, i.created_at"
        " FROM interview i LEFT JOIN interview_source s ON s.interview_id = i.id"
        " WHERE i.id = ?", (interview_id,)).fetchone()
    conn.execute(
        "INSERT INTO archive_interview (interview_id, sender, interviewer, versions, finalized,"
        " imported_at, date_start, date_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (interview_id, info["sender"], fold(info["interviewer"]), int(info["versions"]),
         int(info["final"] or 0), info["imported_at"] or info["created_at"],
         min((s for s, _ in spans), default=None), max((e for _, e in spans), default=None)))


def _shares(conn: Connection, interview_id: str, known: list[str]) -> None:
    consent = policy.effective(consent_store.history(conn, interview_id))
    for body in known:
        decision = policy.decide(consent, body)
        conn.execute("INSERT INTO archive_share (body, interview_id, testimony, identity,"
                     " media_form) VALUES (?, ?, ?, ?, ?)",
                     (body, interview_id, int(decision.testimony), int(decision.identity),
                      decision.media_form))


#: Persons of one interview that the archive indexes: named as an alleged perpetrator (the
#: roles are the second parameter, as a JSON list), or an end of a command link.
NAMED_PERSONS = (
    "SELECT p.id, p.name, p.aliases, p.unit FROM person p WHERE p.interview_id = ?"
    " AND (EXISTS (SELECT 1 FROM involvement v WHERE v.person_id = p.id"
    " AND v.role IN (SELECT value FROM json_each(?))) OR EXISTS (SELECT 1 FROM command_link c"
    " WHERE c.superior_id = p.id OR c.subordinate_id = p.id))")


def _names(conn: Connection, interview_id: str, roles: str) -> None:
    for row in conn.execute(NAMED_PERSONS, (interview_id, roles)).fetchall():
        words: set[str] = set()
        for text in [row["name"], *json.loads(row["aliases"]), row["unit"]]:
            words.update(names.skeleton_words(text))
        for key in sorted(words):
            conn.execute("INSERT OR IGNORE INTO archive_name (key, person_id, interview_id)"
                         " VALUES (?, ?, ?)", (key, row["id"], interview_id))
        unit = names.unit_id(row["unit"])
        if unit is not None:
            conn.execute("INSERT INTO archive_unit (unit_id, person_id, interview_id, label)"
                         " VALUES (?, ?, ?, ?)", (unit, row["id"], interview_id,
                                                  row["unit"].strip()))


def rebuild(vault: Vault, progress: ProgressFn | None = None) -> int:
    """Rebuild every interview's facets, then the perpetrator index; return how many interviews
    there are. `progress(done, total)` counts interviews, and the index as half as many more
    (it is built from all of them at once, after them); an empty archive reports nothing."""
    with vault.transaction():
        ids = [r[0] for r in vault.conn.execute("SELECT id FROM interview")]
        if not ids:
            progress = None
        total = len(ids) + len(ids) // 2
        for table in _TABLES:
            vault.conn.execute(f"DELETE FROM {table}")  # noqa: S608 - our names
        _refresh_facets(vault.conn, ids, cleared=True,
                        progress=None if progress is None else lambda n: progress(n, total))
        if progress is not None:
            progress(len(ids), total)
        perpetrator_store.rebuild(vault.conn)
        vault.set_meta(_META, VERSION)
    if progress is not None:
        progress(total, total)
    return len(ids)


def needed(vault: Vault) -> bool:
    """Whether this vault has no facets of this version yet (`ensure` would build them)."""
    row = vault.conn.execute("SELECT value FROM meta WHERE key = ?", (_META,)).fetchone()
    return row is None or row[0] != VERSION


def to_prepare(vault: Vault) -> int:
    """How many interviews `ensure` would go over now (0: nothing to wait for)."""
    if not needed(vault):
        return 0
    return int(vault.conn.execute("SELECT count(*) FROM interview").fetchone()[0])


def ensure(vault: Vault, progress: ProgressFn | None = None) -> bool:
    """Build the facets if this vault has none of this version yet; return whether it did.
    At 100,000 testimonies that takes a few minutes, once (see `rebuild` for `progress`)."""
    if not needed(vault):
        return False
    rebuild(vault, progress)
    return True
