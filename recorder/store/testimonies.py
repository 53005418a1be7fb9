"""Testimonies: drafts saved as often as needed (each save kept as a revision), finalized once,
and corrected only through new linked versions."""

from __future__ import annotations

import json
from dataclasses import replace

from .. import canonical, clock
from ..database import Connection
from ..errors import NotFound, RecordFrozen
from ..model import codec, new_id
from ..model.testimony import DRAFT, FINALIZED, Revision, Testimony
from ..vault import Vault
from . import rows
from .changes import recorded
from .interviews import get_interview


def current(conn: Connection, interview_id: str) -> Testimony | None:
    found = rows.select(conn, Testimony, "testimony", "interview_id = ? AND is_current = 1",
                        (interview_id,))
    return found[0] if found else None


def versions(conn: Connection, interview_id: str) -> list[Testimony]:
    return rows.select(conn, Testimony, "testimony", "interview_id = ?", (interview_id,),
                       order="version")


def revisions(conn: Connection, testimony_id: str) -> list[Revision]:
    return [
        Revision(r["revision"], r["saved_at"], r["narrative"], r["summary"], json.loads(r["tags"]))
        for r in conn.execute(
            "SELECT * FROM testimony_revision WHERE testimony_id = ? ORDER BY revision",
            (testimony_id,))
    ]


def save(
    vault: Vault,
    interview_id: str,
    narrative: str,
    summary: str | None = None,
    tags: list[str] | None = None,
    language: str | None = None,
) -> Testimony:
    """Save the draft, creating version 1 if there is none. Each save that changes something
    is kept as a revision; saving unchanged text does nothing."""
    get_interview(vault.conn, interview_id)
    now = clock.now()
    with vault.transaction():
        old = current(vault.conn, interview_id)
        if old is not None and old.is_final:
            raise RecordFrozen("testimony")
        if old is None:
            old = Testimony(id=new_id(), interview_id=interview_id, created_at=now,
                            updated_at=now)
            rows.insert(vault.conn, "testimony", old, is_current=1)
            action = "testimony_created"
        else:
            action = "testimony_saved"
        new = replace(
            old, narrative=narrative,
            summary=old.summary if summary is None else summary,
            tags=old.tags if tags is None else list(tags),
            language=old.language if language is None else language,
        )
        if action == "testimony_saved" and new.compute_hash() == old.compute_hash():
            return old
        codec.check(new, "testimony")
        new.updated_at = now
        rows.update(vault.conn, "testimony", new)
        _add_revision(vault.conn, new, now)
        recorded(vault, action, "testimony", new.id, interview_id,
                 content_hash=new.compute_hash())
    return new


def _add_revision(conn: Connection, testimony: Testimony, now: str) -> None:
    last = conn.execute("SELECT max(revision) FROM testimony_revision WHERE testimony_id = ?",
                        (testimony.id,)).fetchone()[0]
    conn.execute(
        "INSERT INTO testimony_revision (testimony_id, revision, saved_at, narrative, summary,"
        " tags) VALUES (?, ?, ?, ?, ?, ?)",
        (testimony.id, (last or 0) + 1, now, testimony.narrative, testimony.summary,
         canonical.dumps(testimony.tags).decode("utf-8")),
    )


def finalize(vault: Vault, interview_id: str) -> Testimony:
    """Freeze the current draft; its hash goes into the custody log."""
    with vault.transaction():
        testimony = current(vault.conn, interview_id)
        if testimony is None:
            raise NotFound("testimony for interview", interview_id)
        if testimony.is_final:
            raise RecordFrozen("testimony")
        testimony.status = FINALIZED
        testimony.finalized_at = clock.now()
        testimony.content_hash = testimony.compute_hash()
        rows.update(vault.conn, "testimony", testimony)
        recorded(vault, "testimony_finalized", "testimony", testimony.id, interview_id,
                 content_hash=testimony.content_hash, detail={"version": testimony.version})
    return testimony


def start_correction(vault: Vault, interview_id: str) -> Testimony:
    """Open a new draft version linked to the finalized one, starting from its text."""
    with vault.transaction():
        previous = current(vault.conn, interview_id)
        if previous is None or not previous.is_final:
            raise NotFound("finalized testimony for interview", interview_id)
        now = clock.now()
        draft = Testimony(
            id=new_id(), interview_id=interview_id, version=previous.version + 1,
            supersedes=previous.id, status=DRAFT, narrative=previous.narrative,
            summary=previous.summary, tags=list(previous.tags), language=previous.language,
            created_at=now, updated_at=now,
        )
        vault.conn.execute("UPDATE testimony SET is_current = 0 WHERE id = ?", (previous.id,))
        rows.insert(vault.conn, "testimony", draft, is_current=1)
        _add_revision(vault.conn, draft, now)
        recorded(vault, "testimony_version_created", "testimony", draft.id, interview_id,
                 content_hash=draft.compute_hash(),
                 detail={"version": draft.version, "supersedes": previous.id})
    return draft
