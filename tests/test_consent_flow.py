"""Witness mode's state machine, without a window."""

from __future__ import annotations

import pytest

from testimony_recorder.recorder.consent import bodies, templates
from testimony_recorder.recorder.consent.artefacts import FileArtefact
from testimony_recorder.recorder.consent.errors import FlowError
from testimony_recorder.recorder.consent.flow import ConsentFlow, Step
from testimony_recorder.recorder.consent.text import ShownText, expand

from .consent_support import signature, walk

INTERVIEW = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"


def texts() -> dict[str, ShownText]:
    return {t.language: expand(t, bodies.builtin()) for t in templates.latest()}


def flow(language: str | None = None) -> ConsentFlow:
    return ConsentFlow(INTERVIEW, texts(), attested_by="Interviewer", language=language)


def test_language_then_introduction_then_first_item() -> None:
    f = flow()
    assert f.step == Step.LANGUAGE and f.text is None
    f.choose_language("ar")
    assert f.step == Step.INTRODUCTION and f.text is not None and f.text.language == "ar"
    f.next()
    assert f.step == Step.ITEM and f.current_item().id == "participation"
    assert f.position() == (1, 14)


def test_nothing_is_preselected_and_next_needs_an_answer() -> None:
    f = flow("en")
    f.begin()
    for _ in range(3):
        assert f.answer_of(f.current_item().id) is None
        assert not f.can_go_next()
        with pytest.raises(FlowError):
            f.next()
        f.answer(True)
        assert f.can_go_next()
        f.next()


def test_all_yes_asks_every_item_once_in_order() -> None:
    f = flow("en")
    asked = walk(f, {})
    assert asked == f._shown().item_ids
    assert f.step == Step.REVIEW and f.complete() and not f.skipped()


def test_no_to_participation_skips_what_depends_on_it() -> None:
    f = flow("en")
    asked = walk(f, {"participation": False})
    assert asked == ["participation", "identity_with_organisation", "recontact", "referral"]
    assert [i.id for i in f.skipped()][:2] == ["audio_recording", "photo_video"]
    assert [(i.id, a.answer) for i, a in f.review()] == [
        ("participation", "no"), ("identity_with_organisation", "yes"), ("recontact", "yes"),
        ("referral", "yes")]


def test_no_to_sharing_the_testimony_skips_sharing_the_name_with_that_body_only() -> None:
    f = flow("en")
    asked = walk(f, {"share_testimony:icc": False})
    assert "share_identity:icc" not in asked
    assert "share_identity:iiim" in asked and "share_identity:national_units" in asked


def test_back_keeps_answers_and_changing_one_drops_the_moot_ones() -> None:
    f = flow("en")
    f.begin()
    f.answer(True)
    f.next()
    f.answer(False)  # audio
    f.back()
    assert f.current_item().id == "participation"
    assert f.answer_of("audio_recording").answer == "no"  # kept
    f.answer(False)  # participation now no: audio is moot and forgotten
    assert f.answer_of("audio_recording") is None
    f.answer(True)  # and yes again: audio must be asked again, not pre-filled
    assert f.answer_of("audio_recording") is None
    f.next()
    assert f.current_item().id == "audio_recording"


def test_back_from_first_item_and_introduction() -> None:
    f = flow("en")
    f.begin()
    f.back()
    assert f.step == Step.INTRODUCTION
    f.back()
    assert f.step == Step.LANGUAGE
    f.choose_language("en")
    assert f.step == Step.INTRODUCTION


def test_changing_language_forgets_answers() -> None:
    f = flow("en")
    f.begin()
    f.answer(True)
    f.back()
    f.back()
    f.choose_language("ckb")
    f.begin()
    assert f.answer_of("participation") is None


def test_detail_only_after_yes_on_items_that_ask_for_it() -> None:
    f = flow("en")
    f.begin()
    f.answer(True)
    with pytest.raises(FlowError):
        f.set_detail("by phone")  # participation takes no detail
    while f.current_item().id != "recontact":
        f.answer(True)
        f.next()
    f.answer(False)
    with pytest.raises(FlowError):
        f.set_detail("x")
    f.answer(True)
    f.set_detail("  Through my sister, mornings only  ")
    assert f.answer_of("recontact").detail == "Through my sister, mornings only"
    f.answer(True)  # answering yes again keeps the detail
    assert f.answer_of("recontact").detail
    f.answer(False)
    assert f.answer_of("recontact").detail == ""


def test_edit_from_review_returns_to_review() -> None:
    f = flow("en")
    walk(f, {})
    f.edit("public_reports")
    assert f.current_item().id == "public_reports"
    f.answer(False)
    f.next()
    assert f.step == Step.REVIEW
    assert dict((i.id, a.answer) for i, a in f.review())["public_reports"] == "no"


def test_edit_that_opens_new_questions_asks_them_before_review() -> None:
    f = flow("en")
    walk(f, {"share_testimony:icc": False})
    f.edit("share_testimony:icc")
    f.answer(True)
    f.next()
    assert f.step == Step.ITEM and f.current_item().id == "share_identity:icc"
    f.answer(False)
    f.next()
    assert f.step == Step.REVIEW


def test_confirm_needs_a_method_and_its_proof() -> None:
    f = flow("en")
    walk(f, {})
    f.next()
    assert f.step == Step.CONFIRM and not f.can_confirm()
    with pytest.raises(FlowError):
        f.set_proof(signature())
    with pytest.raises(FlowError):
        f.choose_method("verbal")  # not offered without a recorder
    f.choose_method("signature")
    f.set_proof(signature().of([], 10, 10))
    assert not f.can_confirm()  # an empty pad proves nothing
    f.set_proof(signature())
    assert f.can_confirm()
    f.choose_method("paper")
    assert f.proof is None  # a signature does not prove a paper form
    f.set_proof(FileArtefact(b"%PDF-1.4", "scan.pdf"))
    f.confirm()
    assert f.step == Step.ATTEST and f.given_at


def test_attestation_then_draft() -> None:
    f = flow("ar")
    walk(f, {"audio_recording": False})
    f.next()
    f.choose_method("mark")
    f.set_proof(signature())
    f.confirm()
    with pytest.raises(FlowError):
        f.draft()
    f.set_interpreter("Fictional Interpreter", "ar")
    f.attest(True)
    d = f.draft()
    assert d.text.language == "ar" and d.method == "mark" and d.interpreter.name
    assert [a.item for a in d.answers] == [i.id for i in f.questions()]
    assert next(a for a in d.answers if a.item == "audio_recording").answer == "no"
    f.recorded("c0ffee00-0000-4000-8000-000000000000")
    assert f.step == Step.DONE
    with pytest.raises(FlowError):
        f.stop()


@pytest.mark.parametrize("where", ["introduction", "item", "review", "confirm", "attest"])
def test_stop_at_any_step_drops_everything(where: str) -> None:
    f = flow("en")
    if where != "introduction":
        walk(f, {})
        if where in ("confirm", "attest"):
            f.next()
            f.choose_method("signature")
            f.set_proof(signature())
        if where == "attest":
            f.confirm()
        if where == "item":
            f.edit("participation")
    f.stop()
    assert f.step == Step.STOPPED and f.review() == [] and f.proof is None
    with pytest.raises(FlowError):
        f.back()
