"""Recording in the consent screens of the desktop app, from the microphone chosen in Settings
(here PulseAudio's sine source), through the app's vault thread: the witness's spoken consent
(a take not used as the proof is not kept, even when the app locks mid-recording), and the
organisation reading a part of the form aloud for witnesses who cannot read."""

from __future__ import annotations

import io

import pytest
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody, unlock
from testimony_recorder.recorder.consent import artefacts, recordings
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.consent.text import current_texts
from testimony_recorder.recorder.media import store as media_store
from testimony_recorder.ui.app import App
from testimony_recorder.ui.consent.recordings_dialog import RecordingsDialog
from testimony_recorder.ui.consent.witness_window import Step, WitnessWindow

from .audio_fixtures import pulse_mic, wav_seconds_and_frequency  # noqa: F401 - fixture
from .conftest import PASSPHRASE
from .test_consent_witness_ui import DETAIL
from .test_ui_app import create_vault
from .ui_helpers import app  # noqa: F401 - fixture


def witness_mode_at_confirm(app: App, qtbot: QtBot) -> tuple[str, WitnessWindow]:  # noqa: F811
    create_vault(app, qtbot)
    workspace = app.window.workspace
    workspace.new_interview()
    qtbot.waitUntil(lambda: workspace.editor.data is not None, timeout=30_000)
    interview_id = workspace.editor.interview_id
    workspace.open_witness_mode(interview_id)
    qtbot.waitUntil(lambda: workspace.witness_window is not None, timeout=30_000)
    window = workspace.witness_window
    qtbot.waitUntil(lambda: window.flow is not None, timeout=30_000)
    window.language_page.buttons["ar"].click()
    window.next_button.click()
    while window.flow.step == Step.ITEM:
        window.item_page.yes.click()
        if window.item_page.detail.isVisible():
            window.item_page.detail.setPlainText(DETAIL)
        window.next_button.click()
    window.next_button.click()  # the review
    assert "verbal" in window.flow.methods
    window.confirm_page.method_buttons["verbal"].click()
    assert not window.next_button.isEnabled()
    return interview_id, window


@pytest.mark.usefixtures("pulse_mic")
def test_spoken_consent_is_recorded_in_the_app(app: App, qtbot: QtBot) -> None:  # noqa: F811
    interview_id, window = witness_mode_at_confirm(app, qtbot)
    panel = window.verbal_panel
    panel.record.click()
    qtbot.waitUntil(lambda: panel.recording and panel.time.text() >= "0:02", timeout=30_000)
    with qtbot.waitSignal(panel.proof_changed, timeout=30_000):
        panel.record.click()
    take = panel.take
    assert take is not None and window.next_button.isEnabled()
    window.next_button.click()
    window.attest_page.attest.setChecked(True)
    with qtbot.waitSignal(window.consent_recorded, timeout=30_000) as saved:
        window.attest_page.save.click()
    consent_id = saved.args[0]
    window.leave()
    with qtbot.waitSignal(app.session.locked, timeout=30_000):
        app.window.lock()

    with unlock.unlock(app.session.path, PASSPHRASE) as vault:
        consent = consent_store.get(vault.conn, consent_id)
        assert consent.method == "verbal" and consent.artefact_id == take
        attachment, wav = artefacts.read_artefact(vault, take)
        seconds, frequency = wav_seconds_and_frequency(io.BytesIO(wav))
        assert attachment.kind == "audio" and seconds >= 1.5 and abs(frequency - 440) < 20
        assert [a.id for a in media_store.list_attachments(vault.conn, interview_id)] == [take]
        assert custody.verify(vault.conn).ok


@pytest.mark.usefixtures("pulse_mic")
def test_locking_while_the_witness_speaks_keeps_nothing(app: App,  # noqa: F811
                                                        qtbot: QtBot) -> None:
    interview_id, window = witness_mode_at_confirm(app, qtbot)
    panel = window.verbal_panel
    panel.record.click()
    qtbot.waitUntil(lambda: panel.recording and panel.time.text() >= "0:01", timeout=30_000)
    with qtbot.waitSignal(app.session.locked, timeout=30_000):
        app.window.lock()  # witness mode closes; the take is thrown away before the lock
    assert not window.isVisible()

    with unlock.unlock(app.session.path, PASSPHRASE) as vault:
        assert media_store.list_attachments(vault.conn, interview_id) == []
        assert consent_store.history(vault.conn, interview_id) == []
        actions = [e.action for e in custody.entries(vault.conn)]
        assert "recording_discarded" in actions and custody.verify(vault.conn).ok


@pytest.mark.usefixtures("pulse_mic")
def test_the_organisation_records_a_part_of_the_form(app: App, qtbot: QtBot,  # noqa: F811
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    create_vault(app, qtbot)
    opened: list[RecordingsDialog] = []
    monkeypatch.setattr(RecordingsDialog, "exec", lambda self: opened.append(self) or self.show())
    app.window.recordings_action.trigger()
    [dialog] = opened
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.parts.topLevelItemCount() > 0, timeout=30_000)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    qtbot.waitUntil(lambda: dialog.parts.topLevelItemCount() == 16, timeout=30_000)
    dialog.parts.setCurrentItem(dialog.parts.topLevelItem(1))
    assert dialog.record.isEnabled()
    dialog.record.click()
    assert not dialog.parts.isEnabled() and dialog.record.text() == "Stop"
    qtbot.waitUntil(lambda: dialog.time.text() >= "0:02", timeout=30_000)
    dialog.record.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Recording kept.", timeout=30_000)
    qtbot.waitUntil(lambda: dialog.play.isEnabled(), timeout=30_000)
    assert dialog.parts.topLevelItem(1).text(1).startswith("recorded")
    dialog.reject()
    with qtbot.waitSignal(app.session.locked, timeout=30_000):
        app.window.lock()

    with unlock.unlock(app.session.path, PASSPHRASE) as vault:
        shown = current_texts(vault.conn, "standard")["ar"]
        found = recordings.audio(vault.conn, shown, "participation")
        assert found is not None
        seconds, frequency = wav_seconds_and_frequency(io.BytesIO(found[1]))
        assert found[0].media_type == "audio/wav" and seconds >= 1.5
        assert abs(frequency - 440) < 20
        assert "consent_audio_attached" in [e.action for e in custody.entries(vault.conn)]
