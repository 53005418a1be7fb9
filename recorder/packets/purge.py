"""Purging delivered material: keeping less in the field once the coordinator has it.

An interview is purged only when a receipt acknowledged the very state it is in now (same
records, same consent history, no draft correction in progress). Its media keys and bytes
are destroyed and its records deleted; a tombstone (ids, hashes, the packet and receipt)
stays so the custody log remains verifiable. Material consent kept out of every packet is
never destroyed silently: such interviews are skipped unless the person asks for it.

A purge destroys exactly what the person was shown: `plan` lists it (the dry run), `purge`
takes that list, checks it against the vault again and destroys those interviews, all in one
transaction, or nothing at all (PurgeOutdated) if any of them changed meanwhile.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import canonical, clock
from ..model.attachment import Attachment
from ..search.index import remove_interview
from ..store import rows
from . import media_io, records
from .errors import PurgeOutdated

if TYPE_CHECKING:
    from ..vault import Vault


@dataclass(frozen=True)
class PurgeCandidate:
    interview_id: str
    witness_code: str
    packet_id: str
    receipt_id: str
    record_sha256: str
    purgeable: bool
    reason: str


@dataclass(frozen=True)
class PurgePlan:
    """What a purge would destroy (and what it would keep, and why), as shown for confirmation."""

    purgeable: tuple[PurgeCandidate, ...]
    skipped: tuple[PurgeCandidate, ...]
    include_undelivered: bool

    def to_json(self, *, dry_run: bool) -> dict[str, Any]:
        return {"dry_run": dry_run,
                "purged": [dataclasses.asdict(c) for c in self.purgeable],
                "skipped": [dataclasses.asdict(c) for c in self.skipped]}


def candidates(vault: Vault, *, include_undelivered: bool = False) -> list[PurgeCandidate]:
    """Every interview with an acknowledged delivery, and whether it may be purged now."""
    conn = vault.conn
    out = []
    acknowledged = conn.execute(
        "SELECT d.* FROM delivery d WHERE d.acknowledged_at IS NOT NULL AND d.record_sha256"
        " IS NOT NULL AND d.id = (SELECT max(e.id) FROM delivery e WHERE e.interview_id ="
        " d.interview_id AND e.fingerprint = d.fingerprint AND e.record_sha256 IS NOT NULL)"
        " ORDER BY d.id").fetchall()
    seen: set[str] = set()
    for d in acknowledged:
        iid = d["interview_id"]
        if iid in seen or conn.execute("SELECT 1 FROM interview WHERE id = ?",
                                       (iid,)).fetchone() is None:
            continue
        seen.add(iid)
        reason = _blocker(vault, d, include_undelivered)
        code = conn.execute("SELECT w.code FROM interview i JOIN witness w ON w.id ="
                            " i.witness_id WHERE i.id = ?", (iid,)).fetchone()[0]
        out.append(PurgeCandidate(iid, code, d["packet_id"], d["receipt_id"],
                                  d["record_sha256"], reason is None,
                                  reason or "delivered and acknowledged"))
    return out


def _blocker(vault: Vault, delivery: Any, include_undelivered: bool) -> str | None:
    iid = delivery["interview_id"]
    bundle = records.finalized_bundle(vault, iid)
    if bundle is None or records.state_hash(bundle) != delivery["state_hash"]:
        return "changed since the delivered version: export it again first"
    if vault.conn.execute("SELECT 1 FROM testimony WHERE interview_id = ? AND status = 'draft'",
                          (iid,)).fetchone():
        return "a correction (draft) is in progress"
    if records.consent_hash(vault.conn, iid) != delivery["consent_hash"]:
        return "consent changed since the delivery: export it again first"
    if not delivery["complete"] and not include_undelivered:
        return ("parts were never delivered (consent kept them out); add "
                "--including-undelivered to destroy them too")
    return None


def plan(vault: Vault, *, include_undelivered: bool = False) -> PurgePlan:
    """What may be purged now (the dry run): show it, then pass it to `purge`."""
    found = candidates(vault, include_undelivered=include_undelivered)
    return PurgePlan(tuple(c for c in found if c.purgeable),
                     tuple(c for c in found if not c.purgeable), include_undelivered)


def purge(vault: Vault, shown: PurgePlan) -> tuple[PurgeCandidate, ...]:
    """Destroy exactly the interviews `shown` listed as purgeable, or nothing: PurgeOutdated
    when any of them is no longer purgeable as it was listed (changed, re-delivered, gone)."""
    with vault.transaction():
        now = {c.interview_id: c
               for c in candidates(vault, include_undelivered=shown.include_undelivered)}
        for candidate in shown.purgeable:
            if now.get(candidate.interview_id) != candidate:
                raise PurgeOutdated(candidate.witness_code or candidate.interview_id)
        for candidate in shown.purgeable:
            _purge(vault, candidate)
    if shown.purgeable:
        media_io.sweep(vault)
    return shown.purgeable


def _purge(vault: Vault, c: PurgeCandidate) -> None:
    conn = vault.conn
    iid = c.interview_id
    with vault.transaction():
        conn.execute("INSERT INTO purge_in_progress (token) VALUES (1)")
        witness_id = conn.execute("SELECT witness_id FROM interview WHERE id = ?",
                                  (iid,)).fetchone()[0]
        attachments = rows.select(conn, Attachment, "attachment", "interview_id = ?", (iid,),
                                  order="derived_from IS NULL, created_at")
        media_io.forget(vault, [a.id for a in attachments if a.derived_from is None])
        remove_interview(conn, iid)
        for table in ("testimony", "consent", "incident", "person"):
            conn.execute(f"DELETE FROM {table} WHERE interview_id = ?", (iid,))  # noqa: S608
        conn.execute("DELETE FROM interview WHERE id = ?", (iid,))
        if conn.execute("SELECT 1 FROM interview WHERE witness_id = ?",
                        (witness_id,)).fetchone() is None:
            conn.execute("DELETE FROM witness WHERE id = ?", (witness_id,))
        detail = {"packet": c.packet_id, "receipt": c.receipt_id,
                  "attachments": [{"id": a.id, "sha256": a.sha256} for a in attachments]}
        conn.execute("INSERT INTO purged_interview (interview_id, witness_id, record_sha256,"
                     " packet_id, receipt_id, purged_at, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (iid, witness_id, c.record_sha256, c.packet_id, c.receipt_id, clock.now(),
                      canonical.dumps(detail).decode()))
        vault.log("interview_purged", "interview", iid, interview_id=iid,
                  content_hash=c.record_sha256, detail=detail)
        conn.execute("DELETE FROM purge_in_progress")
