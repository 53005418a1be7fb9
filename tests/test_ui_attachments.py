"""The Attachments tab driven as a person would: drop and add files, read the identifying
metadata warning, make a redacted copy, export it, delete a file, cancel a large ingest; each
outcome checked in the vault itself."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody, unlock
from testimony_recorder.recorder.media import redact, store, wav
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.editor import attachment_table as columns
from testimony_recorder.ui.widgets import confirm, file_dialogs

from .audio_fixtures import pulse_mic  # noqa: F401 - fixture (used by `opened`)
from .conftest import PASSPHRASE, shared_path
from .ui_media_helpers import Opened, lock, on_vault, opened  # noqa: F401 - the fixture

BIG_BYTES = 200 * 1024 * 1024


def drop_files(widget: object, paths: list[Path]) -> bool:
    """Drag files over the widget and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QCoreApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QCoreApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def row_of(opened: Opened, name: str) -> object:  # noqa: F811
    table = opened.section.table
    for i in range(table.topLevelItemCount()):
        item = table.topLevelItem(i)
        if item.text(columns.NAME) == name:
            return item
    raise AssertionError(f"{name} is not listed")


def plain(text: str) -> str:
    """Text without the Unicode isolates that keep it readable under Arabic."""
    return text.replace("\u2068", "").replace("\u2069", "")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_drop_add_warn_redact_export_delete(opened: Opened, qtbot: QtBot,  # noqa: F811
                                            tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    section = opened.section
    photo, mp3 = shared_path("media", "photo_gps.jpg"), shared_path("media", "statement_ar.mp3")
    assert section.empty.isVisible()

    # A photo dropped on the tab, a recording through "Add files..."
    assert drop_files(section, [photo])
    qtbot.waitUntil(lambda: section.table.topLevelItemCount() == 1, timeout=30_000)
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(mp3)])
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.table.topLevelItemCount() == 2, timeout=30_000)
    assert not section.empty.isVisible()

    # The identifying metadata is flagged in the list and explained in the details
    photo_row, mp3_row = row_of(opened, "photo_gps.jpg"), row_of(opened, "statement_ar.mp3")
    assert "location" in photo_row.text(columns.FLAGS)
    assert "device details" in photo_row.text(columns.FLAGS)
    assert not photo_row.icon(columns.FLAGS).isNull()
    assert "a name" in mp3_row.text(columns.FLAGS)
    assert photo_row.text(columns.HASH) == sha256(photo)[:columns.SHORT_HASH]
    assert sha256(photo) in photo_row.toolTip(columns.HASH)
    assert photo_row.text(columns.REDACTED) == "Not made yet"
    section.table.setCurrentItem(photo_row)
    details = section.details
    assert "This photo contains GPS coordinates" in details.warning.text()
    assert "shared copies have them removed" in details.warning.text()
    flagged = {plain(details.metadata.item(r, 0).text()): details.metadata.item(r, 2).text()
               for r in range(details.metadata.rowCount())}
    assert flagged["exif:GPSLatitude"] == "location"
    assert flagged["exif:Artist"] == "a name"
    assert details.sha256_value.text() == sha256(photo)
    section.table.setCurrentItem(mp3_row)
    assert "names a person" in details.warning.text()
    # One Play button, the player's: enabled once the chosen recording is loaded into it.
    qtbot.waitUntil(section.player.play_button.isEnabled, timeout=30_000)
    assert [b for b in section.findChildren(QPushButton) if b.text() == "Play"] == [
        section.player.play_button]

    # A redacted copy of the photo, listed under it
    section.table.setCurrentItem(row_of(opened, "photo_gps.jpg"))
    qtbot.mouseClick(section.redact_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_of(opened, "photo_gps.jpg").childCount() == 1, timeout=30_000)
    photo_row = row_of(opened, "photo_gps.jpg")
    assert photo_row.text(columns.REDACTED) == "Made"
    copy_item = photo_row.child(0)
    assert copy_item.text(columns.KIND) == "Redacted copy"
    assert not section.redact_button.isEnabled()  # one copy is enough

    # Export the redacted copy (after the plaintext warning) to a chosen file
    asked: list[str] = []
    monkeypatch.setattr(confirm, "ask", lambda parent, title, text, action, **k:
                        asked.append(text) or True)
    out = tmp_path / "out" / "shared.jpg"
    out.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    section.table.setCurrentItem(copy_item)
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Exported" in section.status.text(), timeout=30_000)
    assert "NOT encrypted" in asked[-1]
    exported = out.read_bytes()
    assert b"Fictional Witness Name" not in exported and b"FictionalPhone" not in exported
    assert os.listdir(out.parent) == ["shared.jpg"]  # written atomically, nothing else left

    # Delete the recording, after the key-destruction warning
    section.table.setCurrentItem(row_of(opened, "statement_ar.mp3"))
    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.table.topLevelItemCount() == 1, timeout=30_000)
    assert "cannot be undone" in asked[-1] and "key is destroyed" in asked[-1]

    lock(opened.app, qtbot)
    with unlock.unlock(opened.vault_dir, PASSPHRASE) as vault:
        kept = store.list_attachments(vault.conn, opened.interview_id)
        assert [a.filename for a in kept] == ["photo_gps.jpg", "photo_gps (redacted).jpg"]
        original, copy = kept
        assert original.sha256 == sha256(photo)
        assert {f.reason for f in original.flags} >= {"location", "person", "device"}
        assert copy.derived_from == original.id and copy.flags == []
        assert redact.derivative_of(vault.conn, original.id) == copy
        with store.open_attachment(vault, original.id) as reader:
            assert reader.read() == photo.read_bytes()  # the evidence is byte-exact
        with store.open_attachment(vault, copy.id) as reader:
            assert reader.read() == exported
        actions = [e.action for e in custody.entries(vault.conn, opened.interview_id)]
        for action in ("attachment_added", "attachment_redacted", "attachment_exported",
                       "attachment_deleted"):
            assert action in actions
        assert len(os.listdir(vault.media_path)) == 2  # the deleted file is gone


def test_a_batch_with_bad_files_keeps_the_good_one_and_names_each_bad_one(
        opened: Opened, qtbot: QtBot) -> None:  # noqa: F811
    section = opened.section
    section.add_files([str(shared_path("media", "empty.mp3")),
                       str(shared_path("media", "photo_gps.jpg")),
                       str(shared_path("media", "truncated.mp3"))])
    qtbot.waitUntil(lambda: section.rejected_box is not None and
                    section.rejected_box.isVisible(), timeout=30_000)
    box = section.rejected_box
    assert box is not None
    details = plain(box.informativeText())
    assert "empty.mp3" in details and "truncated.mp3" in details
    assert "photo_gps.jpg" not in details
    assert "2" in box.text()
    assert "1" in plain(section.status.text())
    assert [a.filename for a in on_vault(opened.app, qtbot, lambda v: store.list_attachments(
        v.conn, opened.interview_id))] == ["photo_gps.jpg"]
    box.accept()


def test_cancelling_a_large_ingest_keeps_nothing(opened: Opened, qtbot: QtBot,  # noqa: F811
                                                 tmp_path: Path) -> None:
    big = tmp_path / "big" / "long_interview.wav"  # random, non-sensitive sound
    big.parent.mkdir()
    with open(big, "wb") as f:
        f.write(wav.header(wav.PcmFormat(48000, 1, 2), BIG_BYTES))
        for _ in range(BIG_BYTES // (1 << 22)):
            f.write(os.urandom(1 << 22))
    section = opened.section
    job = section.add_files([str(big)])
    assert job is not None and section.jobs.isVisible()

    def cancel_once_under_way(permille: int) -> None:
        if permille > 0 and section.jobs.cancel_button.isEnabled():
            qtbot.mouseClick(section.jobs.cancel_button, Qt.MouseButton.LeftButton)

    job.progressed.connect(cancel_once_under_way)
    qtbot.waitUntil(lambda: not section.jobs.busy, timeout=60_000)
    assert "Cancelled" in section.status.text()
    assert not section.jobs.isVisible()

    def stored(vault: Vault) -> tuple[list[object], list[str], list[str]]:
        return (store.list_attachments(vault.conn, opened.interview_id),
                [e.action for e in custody.entries(vault.conn, opened.interview_id)],
                os.listdir(vault.media_path))

    attachments, actions, files = on_vault(opened.app, qtbot, stored)
    assert attachments == [] and "attachment_added" not in actions
    assert files == []  # not even a partial file
    assert section.table.topLevelItemCount() == 0


def test_with_no_sound_output_the_player_says_so(opened: Opened, qtbot: QtBot,  # noqa: F811
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Pressing Play with no speakers or headphones used to run the clock over silence."""
    section = opened.section
    section.add_files([str(shared_path("media", "statement_ar.wav"))])
    qtbot.waitUntil(lambda: section.table.topLevelItemCount() == 1, timeout=30_000)
    section.table.setCurrentItem(row_of(opened, "statement_ar.wav"))
    player = section.player
    qtbot.waitUntil(player.play_button.isEnabled, timeout=30_000)
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    qtbot.mouseClick(player.play_button, Qt.MouseButton.LeftButton)
    assert not player.playing
    assert player.problem.isVisible() and "No sound output" in player.problem.text()
