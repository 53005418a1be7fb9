"""Making an archive obey consent changes that arrive after the interview did.

The consent history is kept whole (it is evidence too). What the latest consent no longer
allows for this archive's body is acted on at once: without consent to keep the identity it
is destroyed; without consent to the testimony the interview is marked withdrawn, which takes
it out of lists, search and exports (the records stay, frozen, as a record of what was said
and of the withdrawal); media the witness no longer allows are destroyed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import clock
from ..consent import policy
from ..model.attachment import Attachment
from ..search.index import reindex_interview, remove_interview
from ..store import rows
from . import media_io, records, state

if TYPE_CHECKING:
    from ..vault import Vault


def apply(vault: Vault, interview_id: str, body: str, packet_id: str | None) -> list[str]:
    """Act on the interview's consent in force; return what was done (for the report)."""
    conn = vault.conn
    history = records.consent_history(conn, interview_id)
    consent = policy.effective(history)
    decision = policy.decide(consent, body)
    done: list[str] = []
    withdrawn = state.is_withdrawn(conn, interview_id)
    if not decision.testimony and not withdrawn:
        conn.execute("INSERT INTO interview_withdrawn (interview_id, consent_id, withdrawn_at,"
                     " packet_id) VALUES (?, ?, ?, ?)",
                     (interview_id, consent.id if consent else "", clock.now(), packet_id))
        remove_interview(conn, interview_id)
        vault.log("interview_withdrawn", "interview", interview_id, interview_id=interview_id,
                  detail={"consent": consent.id if consent else None, "packet": packet_id})
        done.append("withdrawn")
    elif decision.testimony and withdrawn:
        conn.execute("DELETE FROM interview_withdrawn WHERE interview_id = ?", (interview_id,))
        reindex_interview(conn, interview_id)
        vault.log("interview_consent_restored", "interview", interview_id,
                  interview_id=interview_id, detail={"consent": consent.id if consent else None,
                                                     "packet": packet_id})
        done.append("restored")
    if not decision.identity and _destroy_identity(vault, interview_id, body):
        done.append("identity destroyed")
    for attachment in _media_no_longer_allowed(vault, interview_id, decision):
        _destroy_attachment(vault, attachment)
        done.append(f"attachment {attachment.id} destroyed")
    return done


def _destroy_identity(vault: Vault, interview_id: str, body: str) -> bool:
    """Destroy the witness's identity unless another interview of theirs still allows it."""
    conn = vault.conn
    row = conn.execute("SELECT witness_id FROM interview WHERE id = ?", (interview_id,)).fetchone()
    if row is None or conn.execute("SELECT 1 FROM witness_identity WHERE witness_id = ?",
                                   (row[0],)).fetchone() is None:
        return False
    for other in conn.execute("SELECT id FROM interview WHERE witness_id = ? AND id <> ?",
                              (row[0], interview_id)).fetchall():
        consent = policy.effective(records.consent_history(conn, other[0]))
        if policy.decide(consent, body).identity:
            return False
    conn.execute("DELETE FROM witness_identity WHERE witness_id = ?", (row[0],))
    vault.log("identity_destroyed", "witness", row[0], detail={"reason": "consent",
                                                               "interview": interview_id})
    return True


def _media_no_longer_allowed(vault: Vault, interview_id: str,
                             decision: policy.Decision) -> list[Attachment]:
    found = rows.select(vault.conn, Attachment, "attachment", "interview_id = ?",
                        (interview_id,))
    # The consent's own proof (a signature, a recorded verbal consent) is evidence of the
    # consent itself and is kept with it.
    proofs = {c.artefact_id for c in records.consent_history(vault.conn, interview_id)}
    def forbidden(att: Attachment) -> bool:
        if att.id in proofs:
            return False
        if att.kind == "audio":
            return not decision.audio
        is_witness = att.kind in ("image", "video") and att.metadata.get("subject") == "witness"
        return is_witness and not decision.witness_images

    return [att for att in found if forbidden(att)]


def _destroy_attachment(vault: Vault, attachment: Attachment) -> None:
    """Destroy the key (and so the file) of an attachment and of its redacted copies."""
    media_io.forget(vault, [attachment.id])
    vault.log("attachment_destroyed", "attachment", attachment.id,
              interview_id=attachment.interview_id, content_hash=attachment.sha256,
              detail={"reason": "consent"})
