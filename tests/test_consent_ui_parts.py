"""The parts around witness mode: reading aloud, the signature pad, the consent history, the
organisation's recordings and the paper summary."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder.consent import recordings, store, summary
from testimony_recorder.recorder.consent.signature import render_png
from testimony_recorder.recorder.consent.text import current_texts
from testimony_recorder.recorder.model.witness import Identity
from testimony_recorder.recorder.store.interviews import get_interview
from testimony_recorder.recorder.store.witnesses import set_identity
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.consent import open_witness_mode
from testimony_recorder.ui.consent.history_view import ConsentHistoryView
from testimony_recorder.ui.consent.read_aloud import ReadAloud, Source, SpeechVoices
from testimony_recorder.ui.consent.recordings_dialog import RecordingsDialog
from testimony_recorder.ui.consent.signature_pad import SignaturePad
from testimony_recorder.ui.consent.summary_pdf import pdf_bytes
from testimony_recorder.ui.consent.withdraw_dialog import WithdrawDialog
from testimony_recorder.ui.runner import VaultRunner

from .audio_fixtures import pulse_mic  # noqa: F401 - fixture
from .consent_support import draft, new_interview

NAME = "Fictional Witness Name"


@pytest.fixture(scope="module")
def voices(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[SpeechVoices]:
    """The real offline voices of this machine (speech-dispatcher with espeak-ng, talking
    to the test PulseAudio server)."""
    request.getfixturevalue("pulse_mic")
    found = SpeechVoices()
    found.warm(["en", "ar", "ckb"])
    yield found


@pytest.fixture
def interview(vault: Vault) -> str:
    return new_interview(vault)


# -- reading aloud ----------------------------------------------------------------------------

def test_system_voice_where_one_exists_and_none_for_sorani(vault: Vault,
                                                           voices: SpeechVoices) -> None:
    texts = current_texts(vault.conn)
    player = ReadAloud(lambda _s, _section: None, voices)
    assert player.source(texts["en"], "participation") == Source.SPEECH
    assert player.source(texts["ar"], "participation") == Source.SPEECH
    assert player.source(texts["ckb"], "participation") == Source.NONE
    for language in ("en", "ar"):
        assert voices.voice(language).engine() != "mock"  # never Qt's test engine


def test_listen_is_disabled_and_says_why_without_recording_or_voice(
        vault: Vault, interview: str, qtbot: QtBot, voices: SpeechVoices) -> None:
    window = open_witness_mode(vault, interview, "ckb", fullscreen=False, voices=voices)
    qtbot.addWidget(window)
    assert not window.listen_button.isEnabled() and window.listen_button.toolTip()
    window.leave()


def test_an_organisation_recording_plays_from_memory(vault: Vault, interview: str,
                                                     qtbot: QtBot, voices: SpeechVoices,
                                                     shared: Path) -> None:
    shown = current_texts(vault.conn)["ckb"]
    audio = (shared / "media" / "statement_ar.wav").read_bytes()
    recordings.attach(vault, shown, "participation", audio, "participation.wav")
    window = open_witness_mode(vault, interview, "ckb", fullscreen=False, voices=voices)
    qtbot.addWidget(window)
    window.next_button.click()
    assert window.current_section() == "participation"
    assert window.read_aloud.source(shown, "participation") == Source.RECORDING
    assert window.listen_button.isEnabled()
    with qtbot.waitSignal(window.read_aloud.playing_changed, timeout=30_000):
        window.listen_button.click()
    assert window.read_aloud.is_playing
    assert window.listen_button.text() == shown.ui["stop_listening"]
    window.listen_button.click()
    assert not window.read_aloud.is_playing
    window.next_button.setEnabled(True)
    window.item_page.yes.click()
    window.next_button.click()  # the next item has no recording and Sorani has no voice
    assert not window.listen_button.isEnabled()
    window.leave()


def test_speech_reads_an_item_in_english(vault: Vault, interview: str, qtbot: QtBot,
                                         voices: SpeechVoices) -> None:
    window = open_witness_mode(vault, interview, "en", fullscreen=False, voices=voices)
    qtbot.addWidget(window)
    window.next_button.click()
    assert window.listen_button.isEnabled()
    assert window.read_aloud.play(window.flow.text, "participation") == Source.SPEECH
    assert window.read_aloud.is_playing
    window.read_aloud.stop()
    assert not window.read_aloud.is_playing
    window.leave()


# -- signature pad ----------------------------------------------------------------------------

def test_pad_keeps_mouse_strokes_and_clears(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 240)
    pad.show()
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(20, 20))
        for x in range(20, 200, 20):
            QTest.mouseMove(pad, QPoint(x, 20 + x // 4))
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPoint(200, 70))
    sig = pad.signature()
    assert len(sig.strokes) == 1 and sig.points >= 5
    assert (sig.width, sig.height) == (600, 240)
    assert render_png(sig).startswith(b"\x89PNG")
    pad.clear()
    assert pad.is_empty()


def test_pad_takes_touch(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 240)
    pad.show()
    qtbot.waitExposed(pad)
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(50, 50)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(120, 90)).commit()
    QTest.touchEvent(pad, device).move(0, QPoint(180, 60)).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(180, 60)).commit()
    sig = pad.signature()
    assert len(sig.strokes) == 1 and len(sig.strokes[0]) == 3
    # Touch positions come through the window system (offscreen: within a frame's pixels).
    for (x, y), (ex, ey) in zip(sig.strokes[0], [(50, 50), (120, 90), (180, 60)], strict=True):
        assert abs(x - ex) <= 3 and abs(y - ey) <= 3


# -- history, withdrawal ----------------------------------------------------------------------

def test_history_view_shows_records_changes_and_state(vault: Vault, interview: str,
                                                      qtbot: QtBot) -> None:
    view = ConsentHistoryView(VaultRunner.inline(vault), interview)
    qtbot.addWidget(view)
    assert "No consent recorded yet" in view.status.text()
    assert not view.withdraw_button.isEnabled() and not view.summary_button.isEnabled()
    store.record(vault, draft(vault, interview))
    store.withdraw(vault, interview, ["audio_recording"])
    view.reload()
    assert view.records.topLevelItemCount() == 2
    assert "Audio recording: not allowed" in view.status.text()
    changed = [view.answers.topLevelItem(i) for i in range(view.answers.topLevelItemCount())]
    before = {row.text(0): (row.text(1), row.text(2)) for row in changed}
    assert before["Recording your voice"] == ("no", "yes")
    assert before["Talking with us"] == ("yes", "")
    with qtbot.waitSignal(view.witness_mode_requested) as signal:
        view.witness_button.click()
    assert signal.args == [interview]


def test_withdraw_dialog_choices(vault: Vault, interview: str, qtbot: QtBot) -> None:
    c = store.record(vault, draft(vault, interview, {"photo_video": False}))
    dialog = WithdrawDialog(c, {"public_reports": "Public reports"}, "Coordinator")
    qtbot.addWidget(dialog)
    assert "photo_video" not in dialog.checks  # only what was agreed can be withdrawn
    w = dialog.withdrawal()
    assert w.items is None and w.method == "verbal" and w.attested_by == "Coordinator"
    dialog.checks["public_reports"].setChecked(True)
    assert dialog.some.isChecked()
    assert dialog.withdrawal().items == ["public_reports"]
    dialog.checks["public_reports"].setChecked(False)
    dialog.accept()
    assert dialog.result() != WithdrawDialog.DialogCode.Accepted  # nothing ticked


# -- recordings -------------------------------------------------------------------------------

def test_recordings_dialog_attach_mark_and_remove(vault: Vault, qtbot: QtBot,
                                                  shared: Path) -> None:
    dialog = RecordingsDialog(VaultRunner.inline(vault))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.parts.topLevelItemCount() == 16  # introduction, 14 items, closing
    dialog.parts.setCurrentItem(dialog.parts.topLevelItem(1))
    assert dialog.section() == "participation"
    dialog.attach_file(shared / "media" / "not_really_audio.mp3")
    assert "not a supported" in dialog.message.text()
    dialog.attach_file(shared / "media" / "consent_en.wav")
    assert dialog.message.text() == "Recording kept."
    assert dialog.parts.topLevelItem(1).text(1).startswith("recorded")
    assert dialog.play.isEnabled() and dialog.remove.isEnabled()
    assert not dialog.record.isEnabled() and dialog.record.toolTip()
    dialog.remove.click()
    assert dialog.parts.topLevelItem(1).text(1).startswith("none")
    assert recordings.listing(vault.conn, "standard", "en") == []


# -- paper summary ----------------------------------------------------------------------------

def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "summary.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)  # Arabic presentation forms to letters


@pytest.mark.parametrize("language", ["en", "ar", "ckb"])
def test_summary_pdf_in_the_witness_language_without_name(vault: Vault, interview: str,
                                                          tmp_path: Path,
                                                          language: str) -> None:
    witness_id = get_interview(vault.conn, interview).witness_id
    set_identity(vault, witness_id, Identity(full_name=NAME, phone="+000 1111 2222"))
    d = draft(vault, interview, {"public_reports": False}, language=language)
    d = d.__class__(**{**d.__dict__, "answers": tuple(
        a.__class__(a.item, a.answer, "Call my cousin Fictional Name" if a.item == "recontact"
                    else "") for a in d.answers)})
    c = store.record(vault, d)
    content = summary.build(vault.conn, c.id)
    data = pdf_bytes(content)
    assert data.startswith(b"%PDF-")
    text = pdf_text(data, tmp_path)
    assert content.reference in text.replace(" ", "")
    assert NAME not in text and "Fictional Name" not in text and "1111" not in text
    if language == "en":
        assert "carrying this paper can be dangerous" in text
        assert "Public reports" in text
    else:
        first_word = unicodedata.normalize("NFKC", content.warning.split()[0]).rstrip(":")
        assert first_word in text
    assert content.direction == ("ltr" if language == "en" else "rtl")


def test_history_view_writes_the_summary(vault: Vault, interview: str, qtbot: QtBot,
                                         tmp_path: Path) -> None:
    c = store.record(vault, draft(vault, interview))
    view = ConsentHistoryView(VaultRunner.inline(vault), interview)
    qtbot.addWidget(view)
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    view.write_summary(summary.build(vault.conn, c.id), target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["summary.pdf"]  # no temp left


def test_history_view_says_when_the_summary_cannot_be_written(vault: Vault, interview: str,
                                                              qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    c = store.record(vault, draft(vault, interview))
    view = ConsentHistoryView(VaultRunner.inline(vault), interview)
    qtbot.addWidget(view)
    view.write_summary(summary.build(vault.conn, c.id), tmp_path)  # a folder, not a file
    assert "could not be saved" in view.status.text() and str(tmp_path) in view.status.text()
