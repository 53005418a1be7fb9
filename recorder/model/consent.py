"""Consent as data: what exact text the witness was shown, what they answered, how they
confirmed it and who attested. Records are immutable; a change is a new record."""

from __future__ import annotations

from dataclasses import dataclass

from . import checks
from .codec import field

KINDS = ("given", "amended", "withdrawn")
METHODS = ("signature", "mark", "verbal", "paper")
ANSWERS = ("yes", "no")


@dataclass
class Answer:
    item: str = field("", max_len=100)
    answer: str = field("no", choices=ANSWERS)
    #: Extra detail some items ask for (e.g. how the witness may be contacted again).
    detail: str = field("", max_len=1000)


@dataclass
class Interpreter:
    name: str = field("", max_len=200)
    language: str = field("", check=checks.language)


@dataclass
class Consent:
    id: str = field("", check=checks.record_id)
    interview_id: str = field("", check=checks.record_id)
    kind: str = field("given", choices=KINDS)
    supersedes: str | None = field(None, check=checks.record_id)
    template_id: str = field("", max_len=100)
    template_version: int = field(1)
    language: str = field("en", check=checks.language)
    #: SHA-256 of the exact text shown to the witness, in that language.
    text_hash: str = field("", check=checks.sha256_hex)
    answers: list[Answer] = field(factory=list, max_items=100)
    method: str = field("signature", choices=METHODS)
    #: The attachment holding the signature, the recorded verbal consent or the paper scan.
    artefact_id: str | None = field(None, check=checks.record_id)
    interpreter: Interpreter | None = field(None)
    attested_by: str = field("", max_len=200)
    given_at: str = field("", check=checks.timestamp)
    created_at: str = field("", check=checks.timestamp)

    def answer(self, item: str) -> bool:
        """True only for an explicit yes: anything unasked or unanswered is a no."""
        return any(a.item == item and a.answer == "yes" for a in self.answers)
