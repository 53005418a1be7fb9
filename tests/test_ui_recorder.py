"""The recorder panel and the player with the real PulseAudio sine microphone: record, mark,
pause, stop, lock while recording, consent switching the recorder off, recovery after a crash,
playback with markers; and afterwards no original byte outside the encrypted store."""

from __future__ import annotations

import math
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody, preferences, unlock
from testimony_recorder.recorder.age.stream import CHUNK_SIZE
from testimony_recorder.recorder.audio.take import PAUSED, RECORDING
from testimony_recorder.recorder.media import recording, store
from testimony_recorder.recorder.vault import Vault

from .audio_fixtures import pulse_mic, wav_seconds_and_frequency  # noqa: F401 - fixture
from .conftest import PASSPHRASE, shared_path
from .media_helpers import leaks, windows
from .ui_media_helpers import (  # noqa: F401 - the fixture
    Opened,
    add_consent,
    close_app,
    lock,
    make_vault,
    on_vault,
    open_attachments,
    opened,
    opened_app,
    unlock_app,
)

NOTE = "mentions the detention centre"
RATE = 48000


def tone(seconds: float, freq: float = 440.0) -> bytes:
    n = int(seconds * RATE)
    return struct.pack(f"<{n}h", *(int(12000 * math.sin(2 * math.pi * freq * i / RATE))
                                   for i in range(n)))


def focus_on(widget: QWidget, qtbot: QtBot) -> None:
    """Keyboard focus where a person would have it (shortcuts follow the focus)."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=30_000)


@pytest.fixture
def refused(qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            pulse_mic: str) -> Iterator[Opened]:  # noqa: F811 - the fixture
    """An interview whose consent says no to audio recording."""
    yield from opened_app(qapp, qtbot, tmp_path, monkeypatch, audio_consent=False)


def recordings_in(vault: Vault, interview_id: str) -> list[object]:
    return [a for a in store.list_attachments(vault.conn, interview_id)
            if a.filename.startswith("recording")]


@pytest.mark.usefixtures("pulse_mic")
def test_record_three_seconds_with_a_marker(opened: Opened, qtbot: QtBot) -> None:  # noqa: F811
    panel = opened.section.recorder
    assert panel.record_button.isEnabled() and not panel.consent_note.isVisible()
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.state == RECORDING,
                    timeout=30_000)
    assert opened.app.window.idle._held  # auto-lock waits while the interview is recorded
    take = panel.take
    qtbot.waitUntil(lambda: take.position_ms >= 1000, timeout=30_000)
    qtbot.keyClicks(panel.note, NOTE)
    qtbot.mouseClick(panel.marker_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.markers.count() == 1, timeout=30_000)
    assert NOTE in panel.markers.item(0).text()
    qtbot.waitUntil(lambda: panel.meter.value > 0.3)  # the level meter moves with the sound
    qtbot.waitUntil(lambda: take.position_ms >= 3000, timeout=30_000)
    assert panel.elapsed.text() in ("0:03", "0:04")
    qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved in the vault" in panel.status.text(), timeout=30_000)
    assert not opened.app.window.idle._held
    qtbot.waitUntil(lambda: opened.section.table.topLevelItemCount() == 1, timeout=30_000)

    lock(opened.app, qtbot)
    unlocked = unlock.unlock(opened.vault_dir, PASSPHRASE)
    assert unlocked.recovered == ()  # stopped cleanly, nothing to recover
    with unlocked as vault:
        [found] = recordings_in(vault, opened.interview_id)
        seconds, freq = wav_seconds_and_frequency(store.open_attachment(vault, found.id))
        assert 2.5 <= seconds <= 3.5
        assert 440 * 0.95 <= freq <= 440 * 1.05
        [marker] = recording.markers(vault.conn, found.id)
        assert marker.note == NOTE and 1000 <= marker.position_ms <= 2500


@pytest.mark.usefixtures("pulse_mic")
def test_shortcuts_pause_and_lock_while_recording(opened: Opened,  # noqa: F811
                                                  qtbot: QtBot) -> None:
    panel = opened.section.recorder
    focus_on(panel.record_button, qtbot)
    qtbot.keyClick(panel.record_button, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.state == RECORDING,
                    timeout=30_000)
    take = panel.take
    qtbot.waitUntil(lambda: take.position_ms >= 1000, timeout=30_000)
    focus_on(panel.note, qtbot)
    qtbot.keyClick(panel.note, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert take.state == PAUSED and panel.pause_button.text() == "Resume"
    paused_at = take.position_ms
    qtbot.wait(1200)
    assert take.position_ms == paused_at  # time does not run while paused
    qtbot.keyClick(panel.note, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.markers.count() == 1, timeout=30_000)
    qtbot.keyClick(panel.note, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert take.state == RECORDING
    qtbot.waitUntil(lambda: take.position_ms >= paused_at + 1000, timeout=30_000)
    captured = take.position_ms

    lock(opened.app, qtbot)  # Ctrl+L in the window: the recording is stopped and saved first
    unlocked = unlock.unlock(opened.vault_dir, PASSPHRASE)
    assert unlocked.recovered == ()
    with unlocked as vault:
        [found] = recordings_in(vault, opened.interview_id)
        seconds, freq = wav_seconds_and_frequency(store.open_attachment(vault, found.id))
        assert captured / 1000 <= seconds <= captured / 1000 + 1.0
        assert 440 * 0.95 <= freq <= 440 * 1.05
        [marker] = recording.markers(vault.conn, found.id)
        assert marker.note == "Marked moment" and marker.position_ms == paused_at


@pytest.mark.usefixtures("pulse_mic")
def test_recorder_is_off_without_consent_to_audio(refused: Opened, qtbot: QtBot) -> None:
    panel = refused.section.recorder
    assert not panel.record_button.isEnabled()
    assert panel.consent_note.isVisible() and panel.consent_button.isVisible()
    assert "consent" in panel.consent_note.text()
    panel.record()  # even when asked directly (the shortcut), nothing starts
    qtbot.wait(300)
    assert panel.take is None
    # A panel drawn before consent changed: the vault thread checks again, and refuses.
    panel.allowed = True
    panel.record()
    qtbot.waitUntil(lambda: "did not agree to audio recording" in panel.status.text(),
                    timeout=30_000)
    actions = on_vault(refused.app, qtbot, lambda v: [
        e.action for e in custody.entries(v.conn, refused.interview_id)])
    assert "recording_started" not in actions


def test_withdrawn_consent_switches_the_recorder_off(opened: Opened,  # noqa: F811
                                                     qtbot: QtBot) -> None:
    panel = opened.section.recorder
    assert panel.record_button.isEnabled()
    on_vault(opened.app, qtbot,
             lambda v: add_consent(v, opened.interview_id, audio=True, kind="withdrawn"))
    opened.app.window.workspace.editor.reload()
    qtbot.waitUntil(lambda: not panel.record_button.isEnabled(), timeout=30_000)
    assert panel.consent_note.isVisible()


@pytest.mark.usefixtures("pulse_mic")
def test_interrupted_recording_is_announced_after_unlock(qapp: QApplication, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    interview_id = make_vault(vault_dir, audio_consent=True)
    with unlock.unlock(vault_dir, PASSPHRASE) as vault:
        sink = recording.RecordingSink()
        sink.start(vault, interview_id)
        sink.write(tone(3.3))
        sink.add_marker(NOTE)
        code = vault.conn.execute("SELECT code FROM witness").fetchone()[0]
        # the app "crashes" here: no stop(), the vault is closed under the recording
    app = unlock_app(qapp, qtbot, tmp_path, vault_dir)
    try:
        window = app.window
        qtbot.waitUntil(lambda: window.recovery_notice is not None, timeout=30_000)
        text = window.recovery_notice.text()
        assert "interrupted recording of" in text and code in text
        kept = 4 * CHUNK_SIZE / (2 * RATE)  # the chunks sealed before the "crash": 2.73 s
        assert f"{round(kept)} seconds" in text
        qtbot.mouseClick(window.recovery_notice.show_button, Qt.MouseButton.LeftButton)
        section = window.workspace.attachments
        qtbot.waitUntil(lambda: section.table.topLevelItemCount() == 1, timeout=30_000)
        assert window.workspace.editor.tabs.currentWidget() is section
    finally:
        close_app(app)


@pytest.mark.usefixtures("pulse_mic")
def test_playback_markers_and_no_plaintext_anywhere(opened: Opened,  # noqa: F811
                                                    qtbot: QtBot) -> None:
    """Ingest, record and play back: then no 64-byte window of any original is in any file
    under the vault folder or the temp folder."""
    section, panel = opened.section, opened.section.recorder
    names = ["photo_gps.jpg", "statement_ar.mp3", "statement_ar.wav"]
    originals = [shared_path("media", n) for n in names]
    section.add_files([str(p) for p in originals])
    qtbot.waitUntil(lambda: section.table.topLevelItemCount() == 3, timeout=30_000)

    panel.record()
    qtbot.waitUntil(lambda: panel.take is not None and panel.take.state == RECORDING,
                    timeout=30_000)
    qtbot.waitUntil(lambda: panel.take.position_ms >= 1500, timeout=30_000)
    panel.note.setText(NOTE)
    panel.add_marker()
    qtbot.waitUntil(lambda: panel.markers.count() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: panel.take.position_ms >= 4000, timeout=30_000)
    panel.stop()
    qtbot.waitUntil(lambda: section.table.topLevelItemCount() == 4, timeout=30_000)

    player = section.player
    for name in ("statement_ar.mp3", "statement_ar.wav"):
        section.table.select_id(next(a.id for a in section.table.attachments()
                                     if a.filename == name))
        qtbot.waitUntil(player.play_button.isEnabled, timeout=30_000)
        qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: player.player is not None and player.playing, timeout=30_000)
        qtbot.waitUntil(lambda: player.player.position_ms > 300, timeout=30_000)
        player.seek(2000)
        qtbot.waitUntil(lambda: player.player.position_ms > 2200, timeout=30_000)

    recorded = next(a for a in section.table.attachments() if a.filename.startswith("rec"))
    section.table.select_id(recorded.id)
    section.play()
    qtbot.waitUntil(lambda: player.markers.count() == 1 and player.playing, timeout=30_000)
    assert NOTE in player.markers.item(0).text()
    assert player.duration_label.text() == "0:04"  # the length kept: 4 s of samples
    player.markers.itemClicked.emit(player.markers.item(0))  # jump to the marker
    marked = player.markers.item(0).data(Qt.ItemDataRole.UserRole)
    assert marked >= 1500 and player.player.position_ms >= marked
    qtbot.waitUntil(lambda: player.player.position_ms > marked + 300, timeout=30_000)
    qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)  # pause
    assert not player.playing

    lock(opened.app, qtbot)  # the workspace, its player and its decrypted stream are gone
    with unlock.unlock(opened.vault_dir, PASSPHRASE) as vault, \
            store.open_attachment(vault, recorded.id) as reader:
        recorded_pcm = reader.read()[44:]
    needles = [w for data in [*(p.read_bytes() for p in originals), recorded_pcm]
               for w in windows(data)]
    assert needles and not leaks([opened.vault_dir, opened.tmpdir], needles)
    assert list(opened.tmpdir.iterdir()) == []


@pytest.mark.usefixtures("pulse_mic")
def test_arabic_meter_and_seek_bar_run_right_to_left(qapp: QApplication, qtbot: QtBot,
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    preferences.save(tmp_path / "prefs.json", preferences.Preferences(language="ar"))
    vault_dir = tmp_path / "vault"
    interview_id = make_vault(vault_dir, audio_consent=True)
    app = unlock_app(qapp, qtbot, tmp_path, vault_dir)
    try:
        section = open_attachments(app, qtbot, interview_id)
        meter = section.recorder.meter
        assert meter.layoutDirection() == Qt.LayoutDirection.RightToLeft
        meter.resize(200, 18)
        meter.set_level(0.1)  # -20 dBFS: two thirds of the scale
        image = meter.grab().toImage()
        right, left = image.pixelColor(190, 9), image.pixelColor(10, 9)
        assert right.green() > 100 and right.red() < 100  # filled from the right
        assert left != right
        slider = section.player.slider
        assert slider.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert section.recorder.elapsed.text() == "\u0660:\u0660\u0660"  # Arabic's own digits
    finally:
        close_app(app)
