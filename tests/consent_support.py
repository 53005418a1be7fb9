"""Helpers shared by the consent tests: an interview to consent to, and answers that walk a
flow or fill a draft the way a witness would."""

from __future__ import annotations

from collections.abc import Mapping

from testimony_recorder.recorder.consent import flow as flow_mod
from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.consent.signature import Signature
from testimony_recorder.recorder.consent.store import ConsentDraft
from testimony_recorder.recorder.consent.text import ShownText, current_texts
from testimony_recorder.recorder.model.consent import Answer
from testimony_recorder.recorder.model.interview import Interview
from testimony_recorder.recorder.model.witness import Witness
from testimony_recorder.recorder.store.interviews import create_interview
from testimony_recorder.recorder.store.witnesses import create_witness
from testimony_recorder.recorder.vault import Vault

#: A signature as a finger would draw it: two strokes.
STROKES = [[(10.0, 60.0), (40.0, 20.0), (70.0, 80.0), (100.0, 30.0)],
           [(120.0, 50.0), (180.0, 52.0)]]


def new_interview(vault: Vault) -> str:
    witness = create_witness(vault, Witness(gender="female", age_range="30-44"))
    interview = create_interview(vault, Interview(witness_id=witness.id, place="Fictional town",
                                                  languages=["ar"]))
    return interview.id


def signature() -> Signature:
    return Signature.of(STROKES, 200, 100)


def answers_for(shown: ShownText, choices: Mapping[str, bool],
                details: Mapping[str, str] | None = None) -> tuple[Answer, ...]:
    """Answers to every applicable item: `choices[item]`, yes where not given."""
    given: dict[str, bool] = {}
    for item in shown.item_ids:
        given[item] = choices.get(item, True)
    asked = items.applicable(shown.item_ids, given)
    details = details or {}
    return tuple(Answer(i, "yes" if given[i] else "no",
                        details.get(i, "") if given[i] else "") for i in asked)


def draft(vault: Vault, interview_id: str, choices: Mapping[str, bool] | None = None,
          language: str = "en", supersedes: str | None = None) -> ConsentDraft:
    shown = current_texts(vault.conn)[language]
    return ConsentDraft(interview_id=interview_id, text=shown,
                        answers=answers_for(shown, choices or {}), method="signature",
                        proof=signature(), attested_by="Test Interviewer",
                        given_at="2024-03-01T09:40:00.000Z", supersedes=supersedes)


def walk(flow: flow_mod.ConsentFlow, choices: Mapping[str, bool]) -> list[str]:
    """Answer every question the flow asks; return the item ids in the order asked."""
    asked = []
    if flow.step == flow_mod.Step.INTRODUCTION:
        flow.begin()
    while flow.step == flow_mod.Step.ITEM:
        item = flow.current_item()
        asked.append(item.id)
        flow.answer(choices.get(item.id, True))
        flow.next()
    return asked
