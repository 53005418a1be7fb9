"""The read-only view of one imported interview: every testimony version, incidents, persons
and their links, attachments with the form consent allows, the consent history and what it
allows for each body, records a later packet replaced, and provenance.

Text in it came from a packet: the UI shows it as plain text, never as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..consent import items, policy
from ..consent import store as consent_store
from ..model.attachment import Attachment
from ..model.bundle import Bundle
from ..model.consent import Consent
from ..store import bundles, interviews
from . import facets
from .provenance import Provenance, provenance

if TYPE_CHECKING:
    from ..vault import Vault

ORIGINAL = policy.ORIGINAL
REDACTED = policy.REDACTED


@dataclass(frozen=True)
class AttachmentView:
    attachment: Attachment
    #: ORIGINAL, or REDACTED for a copy whose identifying metadata was removed.
    form: str
    #: Whether the consent in force lets this organisation use it (audio and images of the
    #: witness each need their own yes); a no means the player/viewer stays closed.
    allowed: bool
    #: The stored file the player/viewer opens for it: itself, or, for an original the
    #: consent lets this organisation use only redacted, its redacted copy; None when closed.
    opens: str | None = None


@dataclass(frozen=True)
class ReplacedRecord:
    """A record a later packet changed or removed, as it was before."""

    table: str
    record_id: str
    replaced_at: str
    packet_id: str
    data: str


@dataclass(frozen=True)
class InterviewView:
    #: Witness, interview, every testimony version (oldest first), incidents, persons,
    #: involvements, command links and consents; never the identity.
    bundle: Bundle
    attachments: tuple[AttachmentView, ...]
    consents: tuple[Consent, ...]
    consent_in_force: Consent | None
    #: What consent allows for each body (this organisation and each accountability body).
    decisions: dict[str, policy.Decision]
    withdrawn: bool
    #: Whether an identity is held, and whether it is sealed to the witness-identity key.
    identity_held: bool
    identity_sealed: bool
    replaced: tuple[ReplacedRecord, ...]
    provenance: Provenance | None


def _allowed(att: Attachment, decision: policy.Decision) -> bool:
    if not decision.testimony:
        return False
    if att.kind == "audio":
        return decision.audio
    if att.kind in ("image", "video") and att.metadata.get("subject") == "witness":
        return decision.witness_images
    return True


def _opens(att: Attachment, form: str, allowed: bool, decision: policy.Decision,
           copies: dict[str, str]) -> str | None:
    """Which file may be opened for `att`: consent decides the form (policy.media_form)."""
    if not allowed:
        return None
    if form == REDACTED or decision.media_form == ORIGINAL:
        return att.id
    return copies.get(att.id)


def attachment_views(attachments: list[Attachment],
                     decision: policy.Decision) -> tuple[AttachmentView, ...]:
    """Each attachment with its form, whether consent allows its use, and what opens."""
    copies = {a.derived_from: a.id for a in attachments if a.derived_from is not None}
    out = []
    for a in attachments:
        form = REDACTED if a.metadata.get("redacted_copy") == "true" or a.derived_from else \
            ORIGINAL
        allowed = _allowed(a, decision)
        out.append(AttachmentView(a, form, allowed, _opens(a, form, allowed, decision, copies)))
    return tuple(out)


def show(vault: Vault, ref: str) -> InterviewView:
    """Everything the archive holds about one interview (by id, id prefix or witness code)."""
    conn = vault.conn
    interview_id = interviews.resolve(conn, ref)
    bundle = bundles.export(vault, interview_id, include_identity=False)
    bundle.testimonies.sort(key=lambda t: t.version)
    history = consent_store.history(conn, interview_id)
    in_force = policy.effective(history)
    decisions = {body: policy.decide(in_force, body) for body in facets.body_ids(conn)}
    own = decisions[items.OWN_ORGANISATION]
    atts = attachment_views(list(bundle.attachments), own)
    identity = conn.execute("SELECT sealed IS NOT NULL FROM witness_identity WHERE"
                            " witness_id = ?", (bundle.witness.id,)).fetchone()
    replaced = tuple(ReplacedRecord(r[0], r[1], r[2], r[3], r[4]) for r in conn.execute(
        "SELECT table_name, record_id, replaced_at, packet_id, data FROM record_history"
        " WHERE interview_id = ? ORDER BY id", (interview_id,)))
    withdrawn = conn.execute("SELECT 1 FROM interview_withdrawn WHERE interview_id = ?",
                             (interview_id,)).fetchone() is not None
    return InterviewView(bundle, atts, tuple(history), in_force, decisions, withdrawn,
                         identity is not None, bool(identity[0]) if identity else False,
                         replaced, provenance(conn, interview_id, bundle.witness.id))
