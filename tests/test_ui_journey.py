"""An interviewer's whole journey through the desktop app, as a person would do it: create the
vault, write the testimony, take the witness's consent in witness mode, attach a photo, record
3 s from the (PulseAudio sine) microphone, finalize, trust the coordinator's key, send a sealed
packet, lock and unlock. Then the vaults are checked, not the widgets."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody, trusting, unlock
from testimony_recorder.recorder.audio.take import RECORDING
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.media import store as media_store
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.store import testimonies
from testimony_recorder.ui.app import App
from testimony_recorder.ui.consent.witness_window import Step
from testimony_recorder.ui.packets.export_wizard import ExportWizard
from testimony_recorder.ui.packets.trust_dialog import TrustDialog
from testimony_recorder.ui.widgets import file_dialogs

from .audio_fixtures import pulse_mic, wav_seconds_and_frequency  # noqa: F401 - fixture
from .conftest import PASSPHRASE, shared_path
from .packet_helpers import make_vault
from .test_ui_app import create_vault, unlock_in_window
from .ui_helpers import app, finalize_in_editor  # noqa: F401 - fixture

NARRATIVE = "They stopped the bus at the checkpoint and took three men away."


def take_consent(app: App, qtbot: QtBot, interview_id: str) -> None:  # noqa: F811
    """Witness mode, in English: yes to everything, a mark drawn, interviewer attests."""
    from .test_consent_witness_ui import draw

    workspace = app.window.workspace
    workspace.open_witness_mode(interview_id)
    qtbot.waitUntil(lambda: workspace.witness_window is not None, timeout=30_000)
    window = workspace.witness_window
    qtbot.waitUntil(lambda: window.flow is not None, timeout=30_000)  # texts load first
    window.language_page.buttons["en"].click()
    window.next_button.click()
    while window.flow.step == Step.ITEM:
        page = window.item_page
        page.yes.click()
        if page.detail.isVisible():
            page.detail.setPlainText("Through the partner office only.")
        window.next_button.click()
    window.next_button.click()  # the review
    window.confirm_page.method_buttons["signature"].click()
    draw(window)
    window.next_button.click()
    window.attest_page.attest.setChecked(True)
    with qtbot.waitSignal(window.consent_recorded, timeout=30_000):
        window.attest_page.save.click()
    window.leave()


@pytest.mark.usefixtures("pulse_mic")
def test_interviewer_journey(app: App, qtbot: QtBot, tmp_path: Path,  # noqa: F811
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    coordinator = make_vault(tmp_path / "office", "coordinator", role="coordinator")
    key_file = tmp_path / "coordinator.key"
    key_file.write_bytes(key_bundle.own_bundle(coordinator).dumps())
    fingerprint = key_bundle.own_bundle(coordinator).fingerprint

    # 1. a new vault, a new interview, the testimony typed (saved without leaving the field)
    create_vault(app, qtbot)
    workspace = app.window.workspace
    workspace.new_interview()
    editor = workspace.editor
    qtbot.waitUntil(lambda: editor.data is not None, timeout=30_000)
    interview_id = editor.interview_id
    qtbot.keyClicks(editor.testimony.narrative, NARRATIVE)
    qtbot.waitUntil(lambda: editor.testimony.status.text().startswith("Saved"), timeout=30_000)

    # 2. the witness's consent, in witness mode
    take_consent(app, qtbot, interview_id)

    # 3. a photo attached, 3 s recorded from the microphone
    section = workspace.attachments
    editor.tabs.setCurrentWidget(section)
    qtbot.waitUntil(lambda: section.recorder.record_button.isEnabled(), timeout=30_000)
    photo = shared_path("media", "photo_gps.jpg")
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(photo)])
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    panel = section.recorder
    table = section.table

    def listed() -> str:
        return " ".join(table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount()))

    qtbot.waitUntil(lambda: "photo_gps.jpg" in listed(), timeout=30_000)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.state == RECORDING,
                    timeout=30_000)
    take = panel.take
    qtbot.waitUntil(lambda: take.position_ms >= 3000, timeout=30_000)
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved in the vault" in panel.status.text(), timeout=30_000)

    # 4. finalized
    finalize_in_editor(editor, qtbot)
    qtbot.waitUntil(lambda: editor.testimony.narrative.isReadOnly(), timeout=30_000)

    # 5. the coordinator's key trusted after comparing its fingerprint
    dialog = TrustDialog(app.session, key_file, "en", app.window)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=30_000)
    qtbot.keyClicks(dialog.typed, fingerprint.lower().replace("-", " "))
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    # 6. a sealed packet written to a "memory stick"
    wizard = ExportWizard(app.session.runner, "en", [], app.window)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.recipients.isComplete(), timeout=30_000)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.isComplete(), timeout=30_000)
    wizard.next()
    stick = tmp_path / "stick"
    stick.mkdir()
    wizard.seal.folder.edit.setText(str(stick))
    wizard.seal.seal()
    qtbot.waitUntil(lambda: wizard.seal.isComplete(), timeout=60_000)
    wizard.accept()

    # 7. locked (Ctrl+L in the main window), then unlocked again
    app.window.activateWindow()
    qtbot.waitUntil(lambda: app.window.isActiveWindow())
    qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.window.workspace is None)
    unlock_in_window(app, qtbot)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=30_000)
    with qtbot.waitSignal(app.session.locked, timeout=30_000):
        app.window.lock()

    # What the interviewer's vault holds
    with unlock.unlock(app.session.path, PASSPHRASE) as vault:
        current = testimonies.current(vault.conn, interview_id)
        assert current.is_final and current.narrative == NARRATIVE
        consent = consent_store.current(vault.conn, interview_id)
        assert consent is not None and consent.answer("audio_recording")
        attachments = media_store.list_attachments(vault.conn, interview_id)
        by_kind = {a.filename: a for a in attachments}
        assert by_kind["photo_gps.jpg"].sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
        [recorded] = [a for a in attachments if a.kind == "audio"]
        seconds, freq = wav_seconds_and_frequency(media_store.open_attachment(vault,
                                                                              recorded.id))
        assert 2.5 <= seconds <= 3.5 and 440 * 0.95 <= freq <= 440 * 1.05
        assert custody.verify(vault.conn).ok
        actions = {e.action for e in custody.entries(vault.conn)}
        assert {"testimony_finalized", "consent_given", "recording_added",
                "attachment_added", "packet_exported"} <= actions
        mine = key_bundle.own_bundle(vault)  # handed to the coordinator, fingerprint read out
    trusting.trust_key_file(coordinator, mine.dumps(), mine.fingerprint)

    # What arrives at the coordinator's
    [packet] = list(stick.iterdir())
    report = importer.import_packet(coordinator, packet)
    assert report.imported
    arrived = media_store.list_attachments(coordinator.conn, interview_id)
    assert {a.sha256 for a in arrived} >= {recorded.sha256, by_kind["photo_gps.jpg"].sha256}
    assert testimonies.current(coordinator.conn, interview_id).narrative == NARRATIVE
    coordinator.close()
