"""Purging delivered material: keeping less in the field once the coordinator has it.

An interview is purged only when a receipt acknowledged the very state it is in now (same
records, same consent history, no draft correction in progress). Its media keys and bytes
are destroyed and its records deleted; a tombstone (ids, hashes, the packet and receipt)
stays so the custody log remains verifiable. Material consent kept out of every packet is
never destroyed silently: such interviews are skipped unless the person asks for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import canonical, clock
from ..model.attachment import Attachment
from ..search.index import remove_interview
from ..store import rows
from . import media_io, records

if TYPE_CHECKING:
    from ..vault import Vault


@dataclass
class PurgeCandidate:
    interview_id: str
    witness_code: str
    packet_id: str
    receipt_id: str
    record_sha256: str
    purgeable: bool
    reason: str


@dataclass
class PurgeReport:
    purged: list[PurgeCandidate] = field(default_factory=list)
    skipped: list[PurgeCandidate] = field(default_factory=list)
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run,
                "purged": [c.__dict__ for c in self.purged],
                "skipped": [c.__dict__ for c in self.skipped]}


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


def purge_delivered(vault: Vault, *, dry_run: bool = False,
                    include_undelivered: bool = False) -> PurgeReport:
    report = PurgeReport(dry_run=dry_run)
    for candidate in candidates(vault, include_undelivered=include_undelivered):
        if not candidate.purgeable:
            report.skipped.append(candidate)
            continue
        if not dry_run:
            _purge(vault, candidate)
        report.purged.append(candidate)
    if report.purged and not dry_run:
        media_io.sweep(vault)
    return report


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
