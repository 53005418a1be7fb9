"""What the person confirms before a packet is sealed: every interview that goes (and what of
it), every one left out, every consent change that follows an earlier delivery, and why.

A read-only view of an `ExportPlan`, in plain values: front ends word it (the app by the stable
`why` codes, the command line by the English `rule` and `reason` texts) without reaching into
the plan's records, and `to_json` gives the command line's `--dry-run --json`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from .choose import Why
from .plan import ExportPlan


@dataclass(frozen=True)
class RecipientLine:
    fingerprint: str
    name: str
    body: str


@dataclass(frozen=True)
class IdentityLine:
    included: bool
    rule: str
    why: Why
    items: tuple[str, ...]


@dataclass(frozen=True)
class MediaLine:
    attachment_id: str
    #: The attachment's kind (audio, image, video, document, ...), never its file name.
    kind: str
    #: ORIGINAL, REDACTED or LEFT_OUT (recorder.packets.choose).
    form: str
    rule: str
    why: Why
    items: tuple[str, ...]


@dataclass(frozen=True)
class IncludedLine:
    interview_id: str
    witness_code: str
    testimony_versions: tuple[int, ...]
    identity: IdentityLine
    media: tuple[MediaLine, ...]


@dataclass(frozen=True)
class LeftOutLine:
    interview_id: str
    witness_code: str
    reason: str
    why: Why
    items: tuple[str, ...]


@dataclass(frozen=True)
class ConsentChangeLine:
    interview_id: str
    witness_code: str
    kind: str


@dataclass(frozen=True)
class Preview:
    recipients: tuple[RecipientLine, ...]
    scope: str
    encryption: str
    included: tuple[IncludedLine, ...]
    left_out: tuple[LeftOutLine, ...]
    consent_changes: tuple[ConsentChangeLine, ...]

    @property
    def empty(self) -> bool:
        """Nothing would go: there is no packet to seal."""
        return not self.included and not self.consent_changes

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def of(plan: ExportPlan) -> Preview:
    included = tuple(IncludedLine(
        c.interview_id, c.witness_code, tuple(c.testimony_versions),
        IdentityLine(c.identity.included, c.identity.rule, c.identity.why, c.identity.items),
        tuple(MediaLine(m.attachment.id, m.attachment.kind, m.form, m.rule, m.why, m.items)
              for m in c.media)) for c in plan.included)
    return Preview(
        recipients=tuple(RecipientLine(r.fingerprint, r.name, r.body) for r in plan.recipients),
        scope=plan.scope.mode,
        encryption="mlkem768x25519" if plan.post_quantum else "x25519",
        included=included,
        left_out=tuple(LeftOutLine(x.interview_id, x.witness_code, x.reason, x.why, x.items)
                       for x in plan.left_out),
        consent_changes=tuple(ConsentChangeLine(c.interview_id, c.witness_code, c.kind)
                              for c in plan.consent_changes))
