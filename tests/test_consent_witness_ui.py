"""Witness mode driven as a witness and an interviewer would, in Arabic and in English."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody
from testimony_recorder.recorder.consent import artefacts, bodies, store, templates
from testimony_recorder.recorder.consent.flow import Step
from testimony_recorder.recorder.consent.text import expand
from testimony_recorder.recorder.media.store import list_attachments
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.audio.microphone import default_microphone
from testimony_recorder.ui.consent import open_witness_mode
from testimony_recorder.ui.consent.read_aloud import SpeechVoices
from testimony_recorder.ui.consent.witness_window import WitnessWindow
from testimony_recorder.ui.runner import VaultRunner

from .audio_fixtures import pulse_mic, wav_seconds_and_frequency  # noqa: F401 - fixture
from .conftest import PASSPHRASE
from .consent_support import new_interview

#: What the witness answers (everything else: yes), and what they type for recontact.
CHOICES = {"audio_recording": False, "share_identity:icc": False,
           "share_testimony:national_units": False, "public_reports": False}
DETAIL = "\u0639\u0646 \u0637\u0631\u064a\u0642 \u0623\u062e\u062a\u064a \u0641\u0642\u0637"


@pytest.fixture
def quiet(qapp: QApplication) -> SpeechVoices:
    """No system voices: these tests are about answers, not sound (see test_consent_ui_parts)."""
    return SpeechVoices(enabled=False)


def recomputed_hash(vault: Vault, language: str) -> str:
    """The text hash from the template shown, by the documented recipe (docs/consent.md)."""
    shown = expand(templates.load("standard", language), bodies.active(vault.conn))
    data = json.dumps(shown.document(), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def settle() -> None:
    QApplication.processEvents()


def draw(window: WitnessWindow) -> None:
    pad = window.confirm_page.pad
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(30, 40))
    for x in range(30, 300, 15):
        QTest.mouseMove(pad, QPoint(x, 40 + (x % 60)))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(300, 60))


def answer_everything(window: WitnessWindow, detail: str) -> list[tuple[str, str, str]]:
    """Click through every item; return (item, answer, detail) in the order given."""
    given = []
    while window.flow.step == Step.ITEM:
        item = window.flow.current_item()
        page = window.item_page
        # Nothing pre-selected, and no way on without an answer.
        assert not page.yes.isChecked() and not page.no.isChecked()
        assert not window.next_button.isEnabled()
        yes = CHOICES.get(item.id, True)
        (page.yes if yes else page.no).click()
        typed = ""
        if item.id == "recontact":
            assert page.detail.isVisible()
            page.detail.setPlainText(detail)
            typed = detail
        assert window.next_button.isEnabled()
        given.append((item.id, "yes" if yes else "no", typed))
        window.next_button.click()
    return given


def confirm_and_save(window: WitnessWindow, qtbot: QtBot) -> str:
    assert window.flow.step == Step.REVIEW
    window.next_button.click()
    assert window.flow.step == Step.CONFIRM and not window.next_button.isEnabled()
    window.confirm_page.method_buttons["signature"].click()
    draw(window)
    assert window.next_button.isEnabled()
    window.next_button.click()
    page = window.attest_page
    assert not page.save.isEnabled()
    page.with_interpreter.setChecked(True)
    page.interpreter_name.setText("Fictional Interpreter")
    page.attest.setChecked(True)
    with qtbot.waitSignal(window.consent_recorded, timeout=30_000) as signal:
        page.save.click()
    assert window.flow.step == Step.DONE
    return str(signal.args[0])


@pytest.mark.parametrize("language", ["ar", "en"])
def test_witness_mode_records_exactly_what_was_answered(
        vault: Vault, qtbot: QtBot, quiet: SpeechVoices, language: str) -> None:
    interview = new_interview(vault)
    window = open_witness_mode(vault, interview, fullscreen=False,
                               voices=quiet)
    qtbot.addWidget(window)
    assert window.flow.step == Step.LANGUAGE
    window.language_page.buttons[language].click()
    rtl = language == "ar"
    assert window.layoutDirection() == (Qt.LayoutDirection.RightToLeft if rtl
                                        else Qt.LayoutDirection.LeftToRight)
    assert window.intro_page.title.text() == templates.load("standard", language).title
    window.next_button.click()
    settle()
    # In Arabic, Yes (read first) sits to the right of No.
    yes_x = window.item_page.yes.mapTo(window, QPoint(0, 0)).x()
    no_x = window.item_page.no.mapTo(window, QPoint(0, 0)).x()
    assert (yes_x > no_x) == rtl
    given = answer_everything(window, DETAIL if rtl else "Only through my sister.")
    assert "share_identity:national_units" not in [g[0] for g in given]  # not asked
    consent_id = confirm_and_save(window, qtbot)

    c = store.get(vault.conn, consent_id)
    assert [(a.item, a.answer, a.detail) for a in c.answers] == given
    assert c.language == language and c.template_id == "standard"
    assert c.text_hash == recomputed_hash(vault, language)
    assert store.shown_text(vault.conn, c.text_hash).document()["language"] == language
    assert c.method == "signature" and c.interpreter.name == "Fictional Interpreter"
    assert c.interpreter.language == language and c.attested_by == vault.owner
    attachment, png = artefacts.read_artefact(vault, c.artefact_id)
    assert png.startswith(b"\x89PNG") and attachment.kind == "image"
    assert [e.action for e in custody.entries(vault.conn, interview)
            if e.entity_type == "consent"] == ["consent_given"]
    window.leave()


def test_review_change_returns_to_review_and_is_recorded(vault: Vault, qtbot: QtBot,
                                                         quiet: SpeechVoices) -> None:
    interview = new_interview(vault)
    window = open_witness_mode(vault, interview, "en", fullscreen=False,
                               voices=quiet)
    qtbot.addWidget(window)
    window.next_button.click()
    answer_everything(window, "")
    assert window.review_page.answer_labels["public_reports"].text() == "No"
    window.review_page.change_buttons["public_reports"].click()
    assert window.flow.current_item().id == "public_reports"
    assert window.item_page.no.isChecked()  # the witness's own answer, shown again
    window.item_page.yes.click()
    window.next_button.click()
    assert window.flow.step == Step.REVIEW
    assert window.review_page.answer_labels["public_reports"].text() == "Yes"
    c = store.get(vault.conn, confirm_and_save(window, qtbot))
    assert c.answer("public_reports")
    window.leave()


def test_leaving_needs_the_interviewers_passphrase(vault: Vault, qtbot: QtBot,
                                                   quiet: SpeechVoices) -> None:
    interview = new_interview(vault)
    window = open_witness_mode(vault, interview, "ar", fullscreen=False,
                               voices=quiet)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    closed = []
    window.closed.connect(lambda: closed.append(True))

    window.close()  # the window manager's close, Alt+F4
    assert window.isVisible() and not closed
    guard = window._guard
    assert guard is not None and guard.isVisible()
    guard.reject()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window._guard.isVisible()
    guard = window._guard

    guard.passphrase.setText("not the passphrase")
    guard.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "Wrong passphrase" in guard.status.text(), timeout=30_000)
    assert window.isVisible() and not closed and guard.passphrase.text() == ""

    guard.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.closed, timeout=30_000):
        guard.buttons.accepted.emit()
    assert not window.isVisible() and closed == [True]


def test_stopping_keeps_nothing(vault: Vault, qtbot: QtBot, quiet: SpeechVoices) -> None:
    interview = new_interview(vault)
    window = open_witness_mode(vault, interview, "ckb", fullscreen=False,
                               voices=quiet)
    qtbot.addWidget(window)
    window.next_button.click()
    window.item_page.yes.click()
    window.next_button.click()
    assert window.stop_button.isVisible()
    window.stop_button.click()
    assert window.flow.step == Step.STOPPED
    ui = templates.load("standard", "ckb").ui
    assert window.end_page.title.text() == ui["stopped_title"]
    assert not window.stop_button.isVisible() and not window.next_button.isVisible()
    assert store.history(vault.conn, interview) == []
    window.leave()


def test_a_second_consent_amends_the_first(vault: Vault, qtbot: QtBot, quiet: SpeechVoices) -> None:
    interview = new_interview(vault)
    first = open_witness_mode(vault, interview, "en", fullscreen=False,
                               voices=quiet)
    qtbot.addWidget(first)
    first.next_button.click()
    answer_everything(first, "")
    first_id = confirm_and_save(first, qtbot)
    first.leave()
    second = open_witness_mode(vault, interview, "en", fullscreen=False,
                               voices=quiet)
    qtbot.addWidget(second)
    second.next_button.click()
    answer_everything(second, "")
    second_id = confirm_and_save(second, qtbot)
    c = store.get(vault.conn, second_id)
    assert c.kind == "amended" and c.supersedes == first_id
    second.leave()


def test_paper_method_and_no_spoken_consent_without_a_recorder(
        vault: Vault, qtbot: QtBot, quiet: SpeechVoices, shared: Path) -> None:
    interview = new_interview(vault)
    window = WitnessWindow(VaultRunner.inline(vault), interview, language="en", voices=quiet)
    qtbot.addWidget(window)
    window.show()
    window.next_button.click()
    answer_everything(window, "")
    window.next_button.click()
    verbal = window.confirm_page.method_buttons["verbal"]
    assert not verbal.isEnabled() and verbal.toolTip()
    window.confirm_page.method_buttons["paper"].click()
    assert not window.next_button.isEnabled()
    window.confirm_page.attach_scan(shared / "media" / "document.pdf")
    assert window.next_button.isEnabled()
    window.next_button.click()
    window.attest_page.attest.setChecked(True)
    with qtbot.waitSignal(window.consent_recorded, timeout=30_000) as signal:
        window.attest_page.save.click()
    c = store.get(vault.conn, signal.args[0])
    assert c.method == "paper" and c.interpreter is None
    _, data = artefacts.read_artefact(vault, c.artefact_id)
    assert data == (shared / "media" / "document.pdf").read_bytes()
    window.leave()


def record_take(window: WitnessWindow, qtbot: QtBot, seconds: float = 1.2) -> str:
    panel = window.verbal_panel
    panel.record.click()
    assert panel.recording
    qtbot.wait(int(seconds * 1000))
    with qtbot.waitSignal(panel.proof_changed, timeout=30_000):
        panel.record.click()
    assert panel.take is not None
    return panel.take


@pytest.mark.usefixtures("pulse_mic")
def test_spoken_consent_is_recorded_from_the_microphone(
        vault: Vault, qtbot: QtBot, quiet: SpeechVoices) -> None:
    interview = new_interview(vault)
    window = open_witness_mode(vault, interview, "ar", fullscreen=False, voices=quiet,
                               microphone=default_microphone)
    qtbot.addWidget(window)
    window.next_button.click()
    answer_everything(window, DETAIL)
    window.next_button.click()
    window.confirm_page.method_buttons["verbal"].click()
    assert not window.next_button.isEnabled()
    first = record_take(window, qtbot)
    second = record_take(window, qtbot)  # recorded again: the first take is deleted
    assert first != second
    assert [a.id for a in list_attachments(vault.conn, interview)] == [second]
    assert window.next_button.isEnabled()
    window.next_button.click()
    window.attest_page.attest.setChecked(True)
    with qtbot.waitSignal(window.consent_recorded, timeout=30_000) as signal:
        window.attest_page.save.click()
    c = store.get(vault.conn, signal.args[0])
    assert c.method == "verbal" and c.artefact_id == second
    attachment, wav = artefacts.read_artefact(vault, second)
    seconds, frequency = wav_seconds_and_frequency(io.BytesIO(wav))
    assert attachment.kind == "audio" and seconds > 0.5 and abs(frequency - 440) < 20
    window.leave()


@pytest.mark.usefixtures("pulse_mic")
def test_a_take_not_used_is_not_kept(vault: Vault, qtbot: QtBot,
                                     quiet: SpeechVoices) -> None:
    interview = new_interview(vault)
    window = open_witness_mode(vault, interview, "en", fullscreen=False, voices=quiet,
                               microphone=default_microphone)
    qtbot.addWidget(window)
    window.next_button.click()
    answer_everything(window, "")
    window.next_button.click()
    window.confirm_page.method_buttons["verbal"].click()
    record_take(window, qtbot, 0.6)
    window.confirm_page.method_buttons["signature"].click()  # changed their mind
    assert list_attachments(vault.conn, interview) == []
    window.confirm_page.method_buttons["verbal"].click()
    record_take(window, qtbot, 0.6)
    window.stop_button.click()  # the witness stops: nothing from the form is kept
    assert list_attachments(vault.conn, interview) == []
    assert store.history(vault.conn, interview) == []
    window.leave()


def test_a_failed_save_says_so_and_keeps_the_form(vault: Vault, qtbot: QtBot,
                                                  quiet: SpeechVoices) -> None:
    interview = new_interview(vault)
    window = open_witness_mode(vault, interview, "en", fullscreen=False,
                               voices=quiet)
    qtbot.addWidget(window)
    window.next_button.click()
    answer_everything(window, "")
    # Meanwhile someone else records a consent for the same interview.
    other = open_witness_mode(vault, interview, "en", fullscreen=False,
                               voices=quiet)
    qtbot.addWidget(other)
    other.next_button.click()
    answer_everything(other, "")
    confirm_and_save(other, qtbot)
    other.leave()
    window.next_button.click()
    window.confirm_page.method_buttons["mark"].click()
    draw(window)
    window.next_button.click()
    window.attest_page.attest.setChecked(True)
    window.attest_page.save.click()
    assert window.flow.step == Step.ATTEST
    assert "changed elsewhere" in window.attest_page.error.text()
    assert len(store.history(vault.conn, interview)) == 1
    window.leave()
