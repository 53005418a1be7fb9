"""What a case export to one body will hold, testimony by testimony, and why: the preview.

The archive filter selects testimonies; consent (recorder.consent.policy, asked for the chosen
body) decides for each one whether it may go at all, whether the witness's identity goes with
it, and whether its media go as recorded or as redacted copies. Choices about media are the
packet export's own (recorder.packets.choose), so both exports obey consent the same way.
Writing follows the plan exactly; nothing is decided while writing, and a testimony whose
consent or record changed after the preview stops the export (CaseChanged).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import canonical
from ..archive.filters import ArchiveFilter, clauses
from ..consent import policy
from ..consent.policy import Decision
from ..keys.trust import check_body
from ..packets import choose, records, state
from ..packets.choose import MediaChoice, Why
from ..store import witnesses

if TYPE_CHECKING:
    from ..archive.identity import WitnessKey
    from ..vault import Vault


@dataclass(frozen=True)
class IdentityPlan:
    included: bool
    why: Why
    rule: str
    items: tuple[str, ...] = ()


@dataclass
class TestimonyChoice:
    interview_id: str
    witness_id: str
    witness_code: str
    decision: Decision
    versions: list[int]
    identity: IdentityPlan
    media: list[MediaChoice] = field(default_factory=list)
    #: The record and consent as previewed; writing refuses if either changed since.
    fingerprint: str = ""

    @property
    def sent_media(self) -> list[MediaChoice]:
        return [m for m in self.media if m.send is not None]


@dataclass(frozen=True)
class LeftOut:
    interview_id: str
    witness_code: str
    reason: str
    why: Why
    items: tuple[str, ...] = ()


@dataclass
class CasePlan:
    body: str
    filter: ArchiveFilter
    selected: int
    included: list[TestimonyChoice] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    #: Whether the witness-identity key was open when planning.
    witness_key_open: bool = False

    @property
    def empty(self) -> bool:
        return not self.included

    @property
    def media_bytes(self) -> int:
        return sum(m.send.size for c in self.included for m in c.sent_media
                   if m.send is not None)

    def preview(self) -> dict[str, Any]:
        """Everything that goes, goes redacted or stays, and the consent rule behind it."""
        return {
            "body": self.body, "filter": self.filter.to_json(), "selected": self.selected,
            "witness_key_open": self.witness_key_open, "media_bytes": self.media_bytes,
            "included": [{
                "interview_id": c.interview_id, "witness_code": c.witness_code,
                "testimony_versions": c.versions, "rule": c.decision.rules.get("testimony", ""),
                "identity": {"included": c.identity.included, "rule": c.identity.rule,
                             "why": str(c.identity.why), "items": list(c.identity.items)},
                "media": [{"attachment_id": m.attachment.id, "kind": m.attachment.kind,
                           "form": m.form, "rule": m.rule, "why": str(m.why),
                           "items": list(m.items),
                           "size": m.send.size if m.send is not None else 0}
                          for m in c.media],
            } for c in self.included],
            "left_out": [{"interview_id": x.interview_id, "witness_code": x.witness_code,
                          "reason": x.reason, "why": str(x.why), "items": list(x.items)}
                         for x in self.left_out],
        }


def selection(vault: Vault, filt: ArchiveFilter) -> list[tuple[str, str, str]]:
    """(interview id, witness id, witness code) of every testimony the filter selects, in
    witness-code order (stable names in the export)."""
    where, params = clauses(vault.conn, filt)
    sql = ("SELECT a.interview_id, w.id, w.code FROM archive_interview a"
           " JOIN interview i ON i.id = a.interview_id JOIN witness w ON w.id = i.witness_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = vault.conn.execute(sql + " ORDER BY w.code, a.interview_id", params)
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def fingerprint(vault: Vault, interview_id: str) -> str:
    """What the preview promised about one testimony: its record and its consent history."""
    bundle = records.finalized_bundle(vault, interview_id)
    return canonical.digest({
        "record": None if bundle is None else records.state_hash(bundle),
        "consent": records.consent_hash(vault.conn, interview_id)})


def build(vault: Vault, filt: ArchiveFilter, body: str, *,
          witness_key: WitnessKey | None = None) -> CasePlan:
    """The plan for sending the testimonies `filt` selects to `body` (a consent body id, or
    own_organisation)."""
    check_body(vault.conn, body)
    chosen = selection(vault, filt)
    plan = CasePlan(body, filt, len(chosen), witness_key_open=witness_key is not None)
    for interview_id, witness_id, code in chosen:
        consent = policy.effective(records.consent_history(vault.conn, interview_id))
        decision = policy.decide(consent, body)
        refused = choose.refusal({body: decision})
        if refused is not None:
            plan.left_out.append(LeftOut(interview_id, code, refused.reason, refused.why,
                                         refused.items))
            continue
        bundle = records.finalized_bundle(vault, interview_id)
        if bundle is None:
            plan.left_out.append(LeftOut(interview_id, code, "no finalized testimony",
                                         Why.NOT_FINALIZED))
            continue
        identity = _identity(vault, witness_id, body, decision, witness_key)
        artefacts = {c.artefact_id for c in bundle.consents if c.artefact_id}
        photo = (state.identity_photo(vault.conn, witness_id)
                 if witnesses.has_identity(vault.conn, witness_id) else None)
        media = choose.choose_media(vault, bundle.attachments, decision, artefacts, photo)
        plan.included.append(TestimonyChoice(
            interview_id, witness_id, code, decision,
            [t.version for t in bundle.testimonies], identity, media,
            fingerprint(vault, interview_id)))
    return plan


def _identity(vault: Vault, witness_id: str, body: str, decision: Decision,
              witness_key: WitnessKey | None) -> IdentityPlan:
    row = records.identity_row(vault.conn, witness_id)
    if row is None:
        return IdentityPlan(False, Why.NO_IDENTITY, "no identity recorded")
    if not decision.identity:
        rule = decision.rules.get("identity", "")
        return IdentityPlan(False, Why.REFUSED, f"consent does not allow sharing the identity "
                            f"with {body} ({rule})", decision.lacking.get("identity", ()))
    if row["sealed"] is not None and witness_key is None:
        return IdentityPlan(False, Why.WITNESS_KEY_CLOSED, "the witness-identity key is not "
                            "open")
    return IdentityPlan(True, Why.ALLOWED, decision.rules.get("identity", ""))

