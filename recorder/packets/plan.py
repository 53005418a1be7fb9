"""Deciding what a packet will hold: the export preview.

A plan lists, for the chosen recipients and scope, every interview that goes (with what of it
goes and why), every one left out (and why), and the consent changes that must follow earlier
deliveries. Sealing writes exactly the plan; nothing is decided while writing. Redacted copies
that consent calls for are made while planning (once; later exports reuse them), so the
preview can say for certain what goes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..keys.trust import Contact
from ..model.bundle import Bundle
from ..store import witnesses
from . import choose, records, state
from .choose import InterviewChoice, Why
from .errors import (
    IdentityKeyNotPostQuantum,
    NoRecipients,
    PacketTooLarge,
    RecipientNotPostQuantum,
    RecipientRevoked,
)
from .manifest import MAX_INTERVIEWS, MAX_MEMBERS

if TYPE_CHECKING:
    from ..vault import Vault

SINCE_LAST, ALL, CHOSEN = "since_last", "all", "chosen"
#: Everything whose current version no receipt acknowledged yet: re-sends lost packets.
UNACKNOWLEDGED = "unacknowledged"


@dataclass(frozen=True)
class Scope:
    mode: str = SINCE_LAST
    interview_ids: tuple[str, ...] = ()


@dataclass
class LeftOut:
    interview_id: str
    witness_code: str
    reason: str
    why: Why = Why.NOT_FINALIZED
    items: tuple[str, ...] = ()


@dataclass
class ConsentChange:
    interview_id: str
    witness_code: str
    consent_id: str
    kind: str


@dataclass
class ExportPlan:
    recipients: list[Contact]
    scope: Scope
    post_quantum: bool
    included: list[InterviewChoice] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    consent_changes: list[ConsentChange] = field(default_factory=list)
    #: State hashes of the included interviews, as read when planning (the seal re-checks).
    state_hashes: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def empty(self) -> bool:
        return not self.included and not self.consent_changes


def check_recipients(recipients: list[Contact], post_quantum: bool) -> None:
    if not recipients:
        raise NoRecipients()
    for r in recipients:
        if not r.usable:
            raise RecipientRevoked(r.fingerprint)
        if post_quantum and r.bundle.hybrid() is None:
            raise RecipientNotPostQuantum(r.fingerprint)
    for r in recipients:
        if post_quantum and r.bundle.identity_recipients and r.bundle.hybrid(
                identity=True) is None:
            raise IdentityKeyNotPostQuantum(r.fingerprint)


def build(vault: Vault, recipients: list[Contact], scope: Scope = Scope(), *,
          post_quantum: bool = False) -> ExportPlan:
    check_recipients(recipients, post_quantum)
    plan = ExportPlan(list(recipients), scope, post_quantum)
    fps = [r.fingerprint for r in recipients]
    for interview_id in _candidates(vault, scope):
        code = _witness_code(vault, interview_id)
        reason = state.withdrawn_reason(vault.conn, interview_id)
        bundle = None if reason else records.finalized_bundle(vault, interview_id)
        if bundle is None:
            if scope.mode == CHOSEN:
                plan.left_out.append(LeftOut(interview_id, code,
                                             reason or "no finalized testimony",
                                             Why.WITHDRAWN if reason else Why.NOT_FINALIZED))
            continue
        digest = records.state_hash(bundle)
        if scope.mode == SINCE_LAST and all(
                state.last_state(vault.conn, interview_id, fp) == digest for fp in fps):
            continue
        if scope.mode == UNACKNOWLEDGED and all(
                state.last_acknowledged_state(vault.conn, interview_id, fp) == digest
                for fp in fps):
            continue
        consent_id, decisions = choose.decisions_for(vault, interview_id, recipients)
        refused = choose.refusal(decisions)
        if consent_id is None:
            plan.left_out.append(LeftOut(interview_id, code, "no consent record",
                                         Why.NO_CONSENT))
            continue
        if refused is not None:
            plan.left_out.append(LeftOut(interview_id, code, refused.reason, refused.why,
                                         refused.items))
            continue
        plan.included.append(_choice(vault, bundle, code, consent_id, decisions, recipients,
                                     post_quantum))
        plan.state_hashes[interview_id] = digest
    _add_consent_changes(vault, plan, fps)
    _check_size(plan)
    return plan


def _choice(vault: Vault, bundle: Bundle, code: str, consent_id: str,
            decisions: dict[str, choose.Decision], recipients: list[Contact],
            post_quantum: bool) -> InterviewChoice:
    combined = choose.combine(decisions)
    identity = choose.choose_identity(vault, bundle.witness.id, combined, recipients,
                                      post_quantum)
    artefacts = {c.artefact_id for c in bundle.consents if c.artefact_id}
    photo = None
    if witnesses.has_identity(vault.conn, bundle.witness.id):
        photo = state.identity_photo(vault.conn, bundle.witness.id)
    media = choose.choose_media(vault, bundle.attachments, combined, artefacts, photo)
    return InterviewChoice(
        interview_id=bundle.interview.id, witness_id=bundle.witness.id, witness_code=code,
        consent_id=consent_id, decisions=decisions, combined=combined,
        testimony_versions=[t.version for t in bundle.testimonies], identity=identity,
        media=media)


def _candidates(vault: Vault, scope: Scope) -> list[str]:
    if scope.mode == CHOSEN:
        return list(dict.fromkeys(scope.interview_ids))
    rows = vault.conn.execute(
        "SELECT i.id FROM interview i WHERE EXISTS (SELECT 1 FROM testimony t"
        " WHERE t.interview_id = i.id AND t.status = 'finalized') ORDER BY i.created_at, i.id")
    return [r[0] for r in rows]


def _witness_code(vault: Vault, interview_id: str) -> str:
    row = vault.conn.execute(
        "SELECT w.code FROM interview i JOIN witness w ON w.id = i.witness_id WHERE i.id = ?",
        (interview_id,)).fetchone()
    return "" if row is None else str(row[0])


def _add_consent_changes(vault: Vault, plan: ExportPlan, fps: list[str]) -> None:
    """Consent recorded after an interview went to these recipients follows it, even (above
    all) when the new consent stops the interview itself from going again."""
    included = {c.interview_id for c in plan.included}
    for interview_id in state.delivered_to_all(vault.conn, fps):
        if interview_id in included:
            continue
        current = records.consent_hash(vault.conn, interview_id)
        if all(state.last_consent(vault.conn, interview_id, fp) == current for fp in fps):
            continue
        history = records.consent_history(vault.conn, interview_id)
        latest = max(history, key=lambda c: (c.created_at, c.given_at))
        plan.consent_changes.append(ConsentChange(
            interview_id, _witness_code(vault, interview_id), latest.id, latest.kind))


def _check_size(plan: ExportPlan) -> None:
    if len(plan.included) + len(plan.consent_changes) > MAX_INTERVIEWS:
        raise PacketTooLarge(f"more than {MAX_INTERVIEWS} interviews")
    members = sum(2 + len(c.media) for c in plan.included) + len(plan.consent_changes) + 1
    if members > MAX_MEMBERS:
        raise PacketTooLarge(f"more than {MAX_MEMBERS} files")
