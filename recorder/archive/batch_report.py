"""What a batch import did, packet by packet, and in sum: for the screen, `--json` and the vault.

Everything here is codes and facts (ids, numbers, fingerprints, the names devices gave
themselves), never English sentences: the UI and the command line word them. No testimony
content is in a report, so saving one as a JSON file leaks nothing of what witnesses said.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from .devices import Gap
from .discover import Problem

#: Outcomes of one packet.
IMPORTED = "imported"
ALREADY_HAD = "already_had"
REJECTED = "rejected"
CANCELLED = "cancelled"  #: it was being read when Cancel was pressed: nothing of it was kept
NOT_STARTED = "not_started"  #: the batch was cancelled before it
#: Signature states.
SIGNATURE_GOOD = "good"
SIGNATURE_NOT_REACHED = "not_reached"  #: refused before the signature could be checked
SIGNATURE_BAD = "bad"
#: Outcomes of one interview record in a packet.
RECORD_OUTCOMES = ("new", "updated", "unchanged", "outdated")
#: Warnings (facts worth attention that did not stop the import).
SEQUENCE_GAP = "sequence_gap"
HISTORY_REWRITTEN = "history_rewritten"


@dataclass
class PacketResult:
    #: The file name (for volumes: the name without .001).
    name: str
    files: list[str]
    size: int
    outcome: str = NOT_STARTED
    packet_id: str | None = None
    sender: str | None = None
    sender_name: str | None = None
    sequence: int | None = None
    created_at: str | None = None
    signature: str = SIGNATURE_NOT_REACHED
    #: new / updated / unchanged / outdated -> number of interview records.
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_OUTCOMES, 0))
    #: interview_id and its outcome (one of RECORD_OUTCOMES).
    interviews: list[dict[str, str]] = field(default_factory=list)
    #: interview_id, kind (the consent change) and effects (codes: withdrawn, restored,
    #: identity_destroyed, attachment_destroyed, recorded, not_held).
    consent_changes: list[dict[str, Any]] = field(default_factory=list)
    #: Codes with facts, e.g. {"code": "sequence_gap", "first": 2, "last": 2}.
    warnings: list[dict[str, Any]] = field(default_factory=list)
    rejection: Problem | None = None
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The result as JSON values, to be serialised at once: its lists and dicts are the
        result's own (dataclasses.asdict copied them all, a thousand times a batch)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["rejection"] = None if self.rejection is None else self.rejection.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PacketResult:
        rejection = data.get("rejection")
        return cls(**{**data, "rejection": None if rejection is None else Problem(
            rejection["code"], dict(rejection["params"]), rejection.get("message", ""))})


@dataclass
class BatchSummary:
    packets: int = 0
    imported: int = 0
    already_had: int = 0
    rejected: int = 0
    #: Cancelled or never started.
    not_imported: int = 0
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_OUTCOMES, 0))
    #: Missing packets per device after the batch.
    gaps: list[Gap] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class BatchReport:
    id: str
    started_at: str
    finished_at: str | None = None
    #: running | done | cancelled (a stored report still "running" was cut short).
    state: str = "running"
    results: list[PacketResult] = field(default_factory=list)
    summary: BatchSummary = field(default_factory=BatchSummary)

    def to_json(self) -> dict[str, Any]:
        return {**self.header_json(), "results": [r.to_json() for r in self.results]}

    def header_json(self) -> dict[str, Any]:
        """Everything but the packets' results (a batch of a thousand packets stores its
        header twice and each result once)."""
        return {"id": self.id, "started_at": self.started_at, "finished_at": self.finished_at,
                "state": self.state, "summary": self.summary.to_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BatchReport:
        s = data["summary"]
        summary = BatchSummary(**{**s, "gaps": [Gap(**g) for g in s["gaps"]]})
        return cls(data["id"], data["started_at"], data["finished_at"], data["state"],
                   [PacketResult.from_json(r) for r in data["results"]], summary)

    def summarise(self, gaps: list[Gap]) -> BatchSummary:
        s = BatchSummary(packets=len(self.results), gaps=gaps)
        for r in self.results:
            if r.outcome == IMPORTED:
                s.imported += 1
            elif r.outcome == ALREADY_HAD:
                s.already_had += 1
            elif r.outcome == REJECTED:
                s.rejected += 1
            else:
                s.not_imported += 1
            for key, n in r.records.items():
                s.records[key] = s.records.get(key, 0) + n
        self.summary = s
        return s
