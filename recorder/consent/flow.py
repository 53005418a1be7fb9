"""Witness mode as a state machine without Qt: language, introduction, one item at a time,
review, the witness's confirmation, the interviewer's attestation, then the record.

Nothing is ever pre-selected: an item has no answer until the witness gives one, and moving on
needs an answer. Going back keeps answers; changing an answer drops the answers it made moot
(so a later yes is never left standing behind a no). The witness may stop at any step, and
then nothing is kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

from .. import clock
from ..model.consent import METHODS, Answer, Interpreter
from . import items
from .artefacts import FileArtefact, StoredArtefact
from .errors import FlowError
from .signature import Signature
from .store import MAX_DETAIL, PROOF_KINDS, ConsentDraft, Proof
from .text import ShownItem, ShownText


class Step(StrEnum):
    LANGUAGE = "language"
    INTRODUCTION = "introduction"
    ITEM = "item"
    REVIEW = "review"
    CONFIRM = "confirm"
    ATTEST = "attest"
    DONE = "done"
    STOPPED = "stopped"


class ConsentFlow:
    def __init__(self, interview_id: str, texts: Mapping[str, ShownText], *,
                 attested_by: str, supersedes: str | None = None, language: str | None = None,
                 methods: Sequence[str] = ("signature", "mark", "paper")) -> None:
        if not texts:
            raise FlowError("no consent text to show")
        self.interview_id = interview_id
        self.attested_by = attested_by
        self.supersedes = supersedes
        self.methods = tuple(m for m in METHODS if m in methods)
        self._texts = dict(texts)
        self.step = Step.LANGUAGE
        self.text: ShownText | None = None
        self._answers: dict[str, Answer] = {}
        self._index = 0
        self._editing = False
        self.method: str | None = None
        self.proof: Proof | None = None
        self.interpreter: Interpreter | None = None
        self.attested = False
        self.given_at: str | None = None
        self.consent_id: str | None = None
        if language is not None:
            self.choose_language(language)

    # -- helpers -------------------------------------------------------------------------------

    def _expect(self, *steps: Step) -> None:
        if self.step not in steps:
            raise FlowError(f"not possible at step '{self.step}'")

    def _shown(self) -> ShownText:
        if self.text is None:
            raise FlowError("no language chosen")
        return self.text

    @property
    def languages(self) -> list[str]:
        return list(self._texts)

    # -- language and introduction -----------------------------------------------------------

    def choose_language(self, language: str) -> None:
        self._expect(Step.LANGUAGE)
        if language not in self._texts:
            raise FlowError(f"no consent text in '{language}'")
        if self.text is None or self.text.language != language:
            self._answers.clear()  # answers belong to the words they answered
        self.text = self._texts[language]
        self.step = Step.INTRODUCTION

    # -- items ---------------------------------------------------------------------------------

    def questions(self) -> list[ShownItem]:
        """The items to ask, given the answers so far, in order."""
        shown = self._shown()
        yes = {i: a.answer == "yes" for i, a in self._answers.items()}
        wanted = items.applicable(shown.item_ids, yes)
        return [shown.item(i) for i in wanted]

    def skipped(self) -> list[ShownItem]:
        asked = {i.id for i in self.questions()}
        return [i for i in self._shown().items if i.id not in asked]

    def current_item(self) -> ShownItem:
        self._expect(Step.ITEM)
        return self.questions()[self._index]

    def position(self) -> tuple[int, int]:
        """(number of the current question, how many there are now), counting from 1."""
        return self._index + 1, len(self.questions())

    def answer_of(self, item_id: str) -> Answer | None:
        return self._answers.get(item_id)

    def answer(self, yes: bool) -> None:
        item = self.current_item()
        old = self._answers.get(item.id)
        detail = old.detail if (old is not None and yes and old.answer == "yes") else ""
        self._answers[item.id] = Answer(item.id, "yes" if yes else "no", detail)
        asked = {i.id for i in self.questions()}
        for moot in [i for i in self._answers if i not in asked]:
            del self._answers[moot]

    def set_detail(self, text: str) -> None:
        item = self.current_item()
        current = self._answers.get(item.id)
        if not item.detail or current is None or current.answer != "yes":
            raise FlowError("this answer takes no detail")
        self._answers[item.id] = Answer(item.id, "yes", text.strip()[:MAX_DETAIL])

    def can_go_next(self) -> bool:
        if self.step == Step.INTRODUCTION:
            return True
        if self.step == Step.ITEM:
            return self.current_item().id in self._answers
        if self.step == Step.REVIEW:
            return self.complete()
        return False

    def complete(self) -> bool:
        return all(i.id in self._answers for i in self.questions())

    def begin(self) -> None:
        self._expect(Step.INTRODUCTION)
        self._index = 0
        self._editing = False
        self.step = Step.ITEM

    def next(self) -> None:
        if self.step == Step.INTRODUCTION:
            self.begin()
            return
        if self.step == Step.REVIEW:
            if not self.complete():
                raise FlowError("some questions are not answered")
            self.step = Step.CONFIRM
            return
        self._expect(Step.ITEM)
        if not self.can_go_next():
            raise FlowError("answer this question first")
        qs = self.questions()
        unanswered = [n for n, i in enumerate(qs) if i.id not in self._answers]
        if self._editing and not unanswered:
            self._editing = False
            self.step = Step.REVIEW
        elif self._editing:
            self._index = unanswered[0]
        elif self._index + 1 < len(qs):
            self._index += 1
        else:
            self.step = Step.REVIEW

    def back(self) -> None:
        if self.step == Step.INTRODUCTION:
            self.step = Step.LANGUAGE
        elif self.step == Step.ITEM:
            if self._index == 0:
                self.step = Step.INTRODUCTION
            else:
                self._index -= 1
        elif self.step == Step.REVIEW:
            self._index = len(self.questions()) - 1
            self.step = Step.ITEM
        elif self.step == Step.CONFIRM:
            self.step = Step.REVIEW
        elif self.step == Step.ATTEST:
            self.given_at = None
            self.step = Step.CONFIRM
        else:
            raise FlowError(f"no way back from '{self.step}'")

    # -- review --------------------------------------------------------------------------------

    def review(self) -> list[tuple[ShownItem, Answer]]:
        return [(i, self._answers[i.id]) for i in self.questions() if i.id in self._answers]

    def edit(self, item_id: str) -> None:
        """From the review, go to one item; after it, back to the review."""
        self._expect(Step.REVIEW)
        ids = [i.id for i in self.questions()]
        if item_id not in ids:
            raise FlowError(f"'{item_id}' is not asked")
        self._index = ids.index(item_id)
        self._editing = True
        self.step = Step.ITEM

    def answers(self) -> tuple[Answer, ...]:
        return tuple(a for _, a in self.review())

    # -- confirmation --------------------------------------------------------------------------

    def choose_method(self, method: str) -> None:
        self._expect(Step.CONFIRM)
        if method not in self.methods:
            raise FlowError(f"'{method}' is not offered here")
        if method != self.method:
            self.proof = None
        self.method = method

    def set_proof(self, proof: Proof | None) -> None:
        self._expect(Step.CONFIRM)
        if self.method is None:
            raise FlowError("choose how the witness confirms first")
        self.proof = proof

    def can_confirm(self) -> bool:
        if self.step != Step.CONFIRM or self.method is None or self.proof is None:
            return False
        if isinstance(self.proof, Signature):
            return self.method in ("signature", "mark") and not self.proof.is_empty
        if isinstance(self.proof, StoredArtefact):
            return self.method == "verbal"
        return isinstance(self.proof, FileArtefact) and bool(self.proof.data) and (
            self.method in PROOF_KINDS)

    def confirm(self) -> None:
        """The witness confirms: the moment consent is given."""
        if not self.can_confirm():
            raise FlowError("nothing to confirm with yet")
        self.given_at = clock.now()
        self.step = Step.ATTEST

    # -- attestation and record ----------------------------------------------------------------

    def set_interpreter(self, name: str, language: str) -> None:
        self._expect(Step.ATTEST)
        name = name.strip()
        self.interpreter = Interpreter(name[:200], language) if name else None

    def attest(self, attested: bool) -> None:
        self._expect(Step.ATTEST)
        self.attested = attested

    def can_record(self) -> bool:
        return self.step == Step.ATTEST and self.attested and bool(self.attested_by.strip())

    def draft(self) -> ConsentDraft:
        if not self.can_record():
            raise FlowError("the interviewer has not attested yet")
        assert self.method is not None and self.given_at is not None  # noqa: S101 - ATTEST
        return ConsentDraft(
            interview_id=self.interview_id, text=self._shown(), answers=self.answers(),
            method=self.method, proof=self.proof, attested_by=self.attested_by,
            given_at=self.given_at, interpreter=self.interpreter, supersedes=self.supersedes)

    def recorded(self, consent_id: str) -> None:
        self._expect(Step.ATTEST)
        self.consent_id = consent_id
        self.step = Step.DONE

    def stop(self) -> None:
        """The witness stops: everything gathered is dropped, nothing will be stored."""
        if self.step == Step.DONE:
            raise FlowError("consent is already recorded")
        self._answers.clear()
        self.proof = None
        self.method = None
        self.interpreter = None
        self.attested = False
        self.given_at = None
        self.step = Step.STOPPED
