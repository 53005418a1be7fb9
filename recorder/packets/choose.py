"""What consent lets go of one interview, to a given set of recipients, and why.

A packet may have several recipients; whatever goes must be allowed for every one of them,
so their decisions are combined with AND. Every choice carries the rule that made it; the
preview shows these and the manifest records them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from ..consent import policy
from ..consent.policy import Decision
from ..keys.trust import Contact
from ..model.attachment import Attachment
from . import media_io, records

if TYPE_CHECKING:
    from ..vault import Vault

ORIGINAL, REDACTED, LEFT_OUT = "original", "redacted", "left_out"


class Why(StrEnum):
    """Stable codes for every choice, so the app words them in the person's language (the
    English `rule` and `reason` texts stay for the manifest and the command line)."""

    NO_CONSENT = "no_consent"
    WITHDRAWN = "withdrawn"
    NOT_FINALIZED = "not_finalized"
    REFUSED = "refused"  # consent items (in `items`) were not answered yes
    ALLOWED = "allowed"
    NO_IDENTITY = "no_identity"
    NO_IDENTITY_KEY = "no_identity_key"
    SEALED_ELSEWHERE = "sealed_elsewhere"
    IDENTITY_PHOTO = "identity_photo"
    CONSENT_PROOF = "consent_proof"
    MISSING_FILE = "missing_file"
    ORIGINAL = "original"
    REDACTED = "redacted"
    NO_REDACTED_COPY = "no_redacted_copy"
    #: A case export: consent allows the identity, but the witness-identity key is not open.
    WITNESS_KEY_CLOSED = "witness_key_closed"


def _items(rule: str) -> tuple[str, ...]:
    """The consent items a policy rule names ("participation and share_testimony:iiim")."""
    words = rule.replace(" and ", " ").replace(",", " ").split()
    return tuple(w for w in words if w.replace("_", "").replace(":", "").isalnum()
                 and ("_" in w or w in ("participation", "referral", "recontact")))


@dataclass
class MediaChoice:
    attachment: Attachment
    form: str
    rule: str
    #: The record sent: the original, or its redacted derivative. None when left out.
    send: Attachment | None = None
    why: Why = Why.ALLOWED
    items: tuple[str, ...] = ()


@dataclass
class IdentityChoice:
    included: bool
    rule: str
    #: Plain identity JSON to seal now, or an already sealed age file to pass on.
    data: str | None = None
    sealed: bytes | None = None
    why: Why = Why.ALLOWED
    items: tuple[str, ...] = ()


@dataclass
class InterviewChoice:
    interview_id: str
    witness_id: str
    witness_code: str
    consent_id: str
    decisions: dict[str, Decision]
    combined: Decision
    testimony_versions: list[int]
    identity: IdentityChoice
    media: list[MediaChoice] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Everything this device holds about the interview goes (so a receipt for it lets
        the device purge it without losing anything undelivered)."""
        identity_ok = self.identity.included or self.identity.rule == "no identity recorded"
        return identity_ok and all(m.form != LEFT_OUT for m in self.media)


def combine(decisions: dict[str, Decision]) -> Decision:
    values = list(decisions.values())
    return Decision(
        testimony=all(d.testimony for d in values),
        identity=all(d.identity for d in values),
        audio=all(d.audio for d in values),
        witness_images=all(d.witness_images for d in values),
        media_form=(policy.ORIGINAL if all(d.media_form == policy.ORIGINAL for d in values)
                    else policy.REDACTED),
        rules={f"{body}:{k}": v for body, d in decisions.items() for k, v in d.rules.items()},
    )


def decisions_for(vault: Vault, interview_id: str,
                  recipients: list[Contact]) -> tuple[str | None, dict[str, Decision]]:
    history = records.consent_history(vault.conn, interview_id)
    consent = policy.effective(history)
    bodies = sorted({r.body for r in recipients})
    return (None if consent is None else consent.id,
            {body: policy.decide(consent, body) for body in bodies})


@dataclass(frozen=True)
class Refusal:
    reason: str
    why: Why
    items: tuple[str, ...] = ()


def refusal(decisions: dict[str, Decision]) -> Refusal | None:
    """Why the testimony may not go, naming the body, or None if it may."""
    for body, decision in decisions.items():
        if not decision.testimony:
            rule = decision.rules.get("testimony", "")
            if "no consent" in rule:
                return Refusal(rule, Why.NO_CONSENT)
            if "withdrawn" in rule:
                return Refusal(rule, Why.WITHDRAWN)
            return Refusal(f"consent does not allow sharing with {body} ({rule})", Why.REFUSED,
                           decision.lacking.get("testimony") or _items(rule))
    return None


def choose_identity(vault: Vault, witness_id: str, combined: Decision,
                    recipients: list[Contact], post_quantum: bool = False) -> IdentityChoice:
    row = records.identity_row(vault.conn, witness_id)
    if row is None:
        return IdentityChoice(False, "no identity recorded", why=Why.NO_IDENTITY)
    if not combined.identity:
        rules = [v for k, v in combined.rules.items() if k.endswith(":identity")]
        return IdentityChoice(False, "consent does not allow sharing the identity ("
                              + "; ".join(rules) + ")", why=Why.REFUSED,
                              items=tuple(i for r in rules for i in _items(r)))
    lacking = [r.fingerprint for r in recipients if not r.bundle.identity_recipients]
    if lacking:
        return IdentityChoice(False, f"recipient {lacking[0]} has no witness-identity key",
                              why=Why.NO_IDENTITY_KEY)
    if row["data"] is not None:
        return IdentityChoice(True, "sealed to the witness-identity key", data=row["data"])
    # Sealed at entry: the form this packet's kind needs, sealed to every recipient's key.
    sealed = row["sealed_pq"] if post_quantum else row["sealed"]
    sealed_to = set((row["sealed_to"] or "").split())
    needed = [r.bundle.hybrid(identity=True) if post_quantum else r.bundle.x25519(identity=True)
              for r in recipients]
    if sealed is not None and all(k is not None and k.to_string() in sealed_to
                                  for k in needed):
        return IdentityChoice(True, "already sealed to this witness-identity key",
                              sealed=bytes(sealed))
    return IdentityChoice(False, "the identity is sealed to another key",
                          why=Why.SEALED_ELSEWHERE)


def _media_allowed(att: Attachment, combined: Decision, artefacts: set[str],
                   identity_photo: str | None) -> tuple[bool, str, Why]:
    if att.id == identity_photo:
        return (False, "photo in the witness's identity record: it stays with the identity",
                Why.IDENTITY_PHOTO)
    if att.id in artefacts and not combined.identity:
        return (False, "consent artefact (may name the witness): only with consent to share "
                "the identity", Why.CONSENT_PROOF)
    if att.kind == "audio":
        return combined.audio, "audio_recording", Why.REFUSED
    if att.kind in ("image", "video") and att.metadata.get("subject") == "witness":
        return combined.witness_images, "photo_video", Why.REFUSED
    return True, "testimony", Why.ALLOWED


def choose_media(vault: Vault, attachments: list[Attachment], combined: Decision,
                 artefacts: set[str], identity_photo: str | None) -> list[MediaChoice]:
    out = []
    for att in attachments:
        if att.derived_from is not None:
            continue  # a derivative goes, if at all, as the redacted form of its original
        allowed, rule, why = _media_allowed(att, combined, artefacts, identity_photo)
        if not allowed:
            consent_item = rule in ("audio_recording", "photo_video")
            out.append(MediaChoice(att, LEFT_OUT, f"consent: no {rule}" if consent_item
                                   else rule, why=why, items=(rule,) if consent_item else ()))
            continue
        if not media_io.has_bytes(vault, att):
            out.append(MediaChoice(att, LEFT_OUT, "the file is not in this vault's media store",
                                   why=Why.MISSING_FILE))
            continue
        if att.metadata.get("redacted_copy") == "true":
            # Received as a redacted copy (the original stayed on the device that recorded
            # it): it is the only form there is, and already one that may go anywhere.
            out.append(MediaChoice(att, REDACTED, f"{rule}; the redacted copy received",
                                   send=att, why=Why.REDACTED))
            continue
        if combined.media_form == policy.ORIGINAL:
            out.append(MediaChoice(att, ORIGINAL, f"{rule}; original with consent to share the "
                                   "identity", send=att, why=Why.ORIGINAL))
            continue
        derived, why_not = media_io.redacted_copy(vault, att)
        if derived is not None:
            out.append(MediaChoice(att, REDACTED, f"{rule}; redacted copy (no consent to share "
                                   "the identity)", send=derived, why=Why.REDACTED))
        else:
            out.append(MediaChoice(att, LEFT_OUT, "only a redacted copy may go, and none could "
                                   f"be made ({why_not})", why=Why.NO_REDACTED_COPY))
    return out
