"""What verifying or importing a packet found, for people (text) and scripts (--json).

Custody and warnings are notices (code and parameters): the command line prints their English,
`--json` gives code and params, and the app words them (ui/packets/import_report.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import Notice
from .notices import CustodyContinuous


@dataclass
class InterviewOutcome:
    interview_id: str
    witness_id: str
    testimony_versions: list[int]
    identity: bool
    media: dict[str, str]
    #: new | updated | unchanged | (verify) checked
    outcome: str = "checked"
    record_sha256: str = ""


@dataclass
class Report:
    packet_id: str
    file: str
    size: int
    sender: str
    sender_name: str
    created_at: str
    sequence: int
    previous_packet_id: str | None
    encryption: str
    manifest_sha256: str
    members: int = 0
    interviews: list[InterviewOutcome] = field(default_factory=list)
    consent_changes: list[dict[str, str]] = field(default_factory=list)
    left_out: list[dict[str, str]] = field(default_factory=list)
    custody_entries: int = 0
    #: How the sender's custody excerpt links to what it sent before.
    custody: Notice = field(default_factory=CustodyContinuous)
    #: Sequence gaps, history rewriting and similar facts worth attention (not rejections).
    warnings: list[Notice] = field(default_factory=list)
    already_imported: str | None = None
    imported: bool = False
    outcome: str = "verified"

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["custody"] = self.custody.as_json()
        out["warnings"] = [w.as_json() for w in self.warnings]
        return out

    def to_text(self) -> str:
        lines = [
            f"Packet {self.packet_id} ({self.file}, {self.size} bytes)",
            f"  from        {self.sender_name} [{self.sender}]",
            f"  created     {self.created_at}",
            f"  sequence    {self.sequence}"
            + (f" (after {self.previous_packet_id})" if self.previous_packet_id else ""),
            f"  encryption  {self.encryption}; signature good; {self.members} members, every "
            "hash and size checked",
            f"  custody     {self.custody_entries} entries; {self.custody.message}",
        ]
        for item in self.interviews:
            media = ", ".join(f"{v}" for v in item.media.values()) or "no media"
            versions = ",".join(map(str, item.testimony_versions))
            identity = "sealed" if item.identity else "not included"
            lines.append(f"  interview   {item.interview_id}  v{versions}  identity {identity}"
                         f"  {media}  [{item.outcome}]")
        for change in self.consent_changes:
            lines.append(f"  consent     {change['interview_id']}: {change['kind']}"
                         f" [{change.get('outcome', 'checked')}]")
        for left in self.left_out:
            lines.append(f"  left out    {left['interview_id']}: {left['reason']}")
        for warning in self.warnings:
            lines.append(f"  WARNING     {warning.message}")
        if self.already_imported:
            lines.append(f"  Already imported on {self.already_imported}; nothing changed.")
        elif self.imported:
            lines.append("  Imported.")
        else:
            lines.append("  Verified; nothing was imported.")
        return "\n".join(lines)
