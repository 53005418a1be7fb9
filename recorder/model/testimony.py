"""The testimony: the witness's account. Draft until finalized; then frozen, and corrected only
by a new linked version."""

from __future__ import annotations

from dataclasses import dataclass

from .. import canonical
from . import checks
from .codec import field

DRAFT = "draft"
FINALIZED = "finalized"
MAX_NARRATIVE = 2_000_000


@dataclass
class Testimony:
    id: str = field("", check=checks.record_id)
    interview_id: str = field("", check=checks.record_id)
    version: int = field(1)
    supersedes: str | None = field(None, check=checks.record_id)
    status: str = field(DRAFT, choices=(DRAFT, FINALIZED))
    narrative: str = field("", max_len=MAX_NARRATIVE)
    summary: str = field("", max_len=20_000)
    tags: list[str] = field(factory=list, max_len=100, max_items=50)
    language: str | None = field(None, check=checks.language)
    created_at: str = field("", check=checks.timestamp)
    updated_at: str = field("", check=checks.timestamp)
    finalized_at: str | None = field(None, check=checks.timestamp)
    content_hash: str | None = field(None, check=checks.sha256_hex)

    @property
    def is_final(self) -> bool:
        return self.status == FINALIZED

    def compute_hash(self) -> str:
        """The hash that finalizing records: it covers what the witness said and its context."""
        return canonical.digest({
            "id": self.id, "interview_id": self.interview_id, "version": self.version,
            "supersedes": self.supersedes, "narrative": self.narrative,
            "summary": self.summary, "tags": self.tags, "language": self.language,
        })


@dataclass
class Revision:
    revision: int
    saved_at: str
    narrative: str
    summary: str
    tags: list[str]
