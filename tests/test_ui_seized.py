"""The app's side of issue 14, driven as a person would: the recovery-share walk-through, the
duress passphrase in Settings, the backup dialog and its check, the sealed identity, unlocking
with shares, and the backup reminder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import kdf, shares, unlock
from testimony_recorder.recorder.backup import reader
from testimony_recorder.recorder.duress import setup
from testimony_recorder.recorder.duress.setup import DuressStatus
from testimony_recorder.recorder.store import listing
from testimony_recorder.ui.app import App, build
from testimony_recorder.ui.backup.backup_dialog import BackupDialog
from testimony_recorder.ui.backup.check_dialog import CheckBackupDialog
from testimony_recorder.ui.backup.reminder import BackupReminder
from testimony_recorder.ui.duress_dialog import DuressDialog
from testimony_recorder.ui.settings_dialog import SettingsDialog
from testimony_recorder.ui.shares_dialog import SharesDialog

from .conftest import PASSPHRASE
from .ui_helpers import texts_in


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, str]:
    vault, recovery = unlock.create(tmp_path / "vault", PASSPHRASE, owner="Interviewer 7",
                                   kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    vault.close()
    return tmp_path / "vault", recovery


def open_app(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> App:
    app = build(qapp, vault=str(tmp_path / "vault"), prefs_path=tmp_path / "prefs.json",
                kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    app.window.show()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=30_000)
    return app


@pytest.fixture
def app(qapp: QApplication, tmp_path: Path, qtbot: QtBot,
        made: tuple[Path, str]) -> Iterator[App]:
    opened = open_app(qapp, tmp_path, qtbot)
    try:
        yield opened
    finally:
        opened.window.close()
        opened.shutdown()


def test_share_walkthrough(app: App, qtbot: QtBot, made: tuple[Path, str]) -> None:
    dialog = SharesDialog(app.session, "en", app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.WRITE)
    written = []
    for number in range(3):
        assert dialog.write_title.text() == f"Share {number + 1} of 3"
        labels = sorted((w.text() for w in dialog.words.findChildren(QLabel)),
                        key=lambda t: int(t.split(".")[0]))
        words = [t.split(". ", 1)[1] for t in labels]
        assert len(words) == 20
        written.append(" ".join(words))
        qtbot.mouseClick(dialog.written_button, Qt.MouseButton.LeftButton)
        assert dialog.pages.currentIndex() == dialog.CHECK
        assert dialog.words.findChildren(QLabel) == []  # the share is off the screen
        walk = dialog.walk
        assert walk is not None
        if number == 0:  # a mistake shows the share again
            qtbot.keyClicks(dialog.answer, "notaword")
            qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
            assert dialog.pages.currentIndex() == dialog.WRITE
            assert "That is not word" in dialog.message.text()
            qtbot.mouseClick(dialog.written_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.answer, words[walk.position])
        qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.DONE)
    assert "Any 2 of the 3" in dialog.done_text.text().replace("\u2068", "").replace(
        "\u2069", "")
    dialog.accept()
    app.window.lock()
    qtbot.waitUntil(lambda: not app.session.is_unlocked)
    qtbot.waitUntil(lambda: app.window.unlock_page.isVisible())
    # unlocking with two of them, at the unlock screen
    page = app.window.unlock_page
    page.forms.setCurrentIndex(2)
    page.shares.setPlainText(f"{written[2]}\n\n{written[0]}\n")
    qtbot.keyClicks(page.shares_passphrase.edit, "new after shares")
    qtbot.keyClicks(page.shares_again.edit, "new after shares")
    qtbot.keyClick(page.shares_again.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=30_000)
    assert shares.split_text(f"{written[2]}\n\n{written[0]}") == [written[2], written[0]]


def test_duress_setting(app: App, qtbot: QtBot, made: tuple[Path, str]) -> None:
    settings = SettingsDialog("en", app.window.settings, [], app.window,
                              duress=DuressStatus(None))
    qtbot.addWidget(settings)
    assert settings.duress_label.text() == "Not set"
    asked = []
    settings.duress_requested.connect(lambda: asked.append(True))
    set_up = next(b for b in settings.findChildren(QPushButton) if b.text() == "Set up...")
    qtbot.mouseClick(set_up, Qt.MouseButton.LeftButton)
    assert asked  # the main window then opens the duress dialog, as below
    dialog = DuressDialog(app.session, DuressStatus(None), "en", settings)
    qtbot.addWidget(dialog)
    dialog.changed.connect(settings.show_duress)
    qtbot.keyClicks(dialog.first.edit, "duress one")
    qtbot.keyClicks(dialog.second.edit, "duress two")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The two duress passphrases are different."
    dialog.second.clear()
    qtbot.keyClicks(dialog.second.edit, "duress one")
    dialog.destroy_real.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Saved.", timeout=30_000)
    assert "destroys this vault's keys" in dialog.status_label.text()
    assert settings.duress_label.text() == "Set: it opens a decoy vault"
    app.window.close()
    app.shutdown()
    path, _ = made
    with unlock.unlock(path, "duress one") as opened:
        assert opened.is_decoy and len(listing.page(opened.conn)) == 3
        assert setup.status(opened).set_at is None


def test_backup_dialog_and_check(app: App, qtbot: QtBot, tmp_path: Path,
                                 made: tuple[Path, str]) -> None:
    _, recovery = made
    dialog = BackupDialog(app.session, "en", 7, app.window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.last.text() != "")
    assert dialog.last.text() == "This vault has not been backed up yet."
    assert not dialog.incremental.isEnabled()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "Choose where to write the backup."
    dialog.file.setText(str(tmp_path / "backup.age"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
    assert dialog.summary.text().startswith("A full backup was written")
    assert reader.read(tmp_path / "backup.age", recovery).info.kind == "full"
    check = CheckBackupDialog(app.session, "en", str(tmp_path / "backup.age"), dialog)
    qtbot.addWidget(check)
    check.recovery_key.setText("0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.mouseClick(check.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: check.summary.text() != "", timeout=30_000)
    assert "typing mistake" in check.summary.text() or "does not" in check.summary.text()
    check.recovery_key.setText(recovery)
    qtbot.mouseClick(check.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: check.found is not None, timeout=30_000)
    assert "is intact" in check.summary.text() and check.recovery_key.text() == ""


def test_sealed_identity_in_the_editor(qapp: QApplication, qtbot: QtBot,
                                       tmp_path: Path) -> None:
    from .packet_helpers import FULL_OWN, add_interview, enrol, make_vault

    field = make_vault(tmp_path, "vault")
    coord = make_vault(tmp_path, "coord", "coordinator")
    enrol(field, coord)
    interview_id = add_interview(field, FULL_OWN)  # its identity was sealed as it was added
    field.close()
    coord.close()
    app = open_app(qapp, tmp_path, qtbot)
    try:
        workspace = app.window.workspace
        assert workspace is not None
        workspace.open_interview(interview_id)
        editor = workspace.editor
        qtbot.waitUntil(lambda: editor.data is not None, timeout=30_000)
        box = editor.witness.identity
        assert box.masked.text().startswith("Sealed on")
        assert "Filled in: full name" in box.masked.text()
        assert not box.reveal_button.isVisibleTo(box)
        assert "Fictional Example Person" not in texts_in(app.window)
        qtbot.mouseClick(box.enter_button, Qt.MouseButton.LeftButton)
        assert box.pages.currentIndex() == 1 and box.full_name.text() == ""
        qtbot.keyClicks(box.full_name, "Corrected Person")
        box._save()
        qtbot.waitUntil(lambda: box.pages.currentIndex() == 0, timeout=30_000)
        assert box.masked.text().startswith("Sealed on")
        assert "Corrected Person" not in texts_in(app.window)
    finally:
        app.window.close()
        app.shutdown()


def test_backup_reminder(qtbot: QtBot) -> None:
    from testimony_recorder.recorder.backup.schedule import BackupStatus

    reminder = BackupReminder(BackupStatus(None, None, True), "en")
    qtbot.addWidget(reminder)
    asked = []
    reminder.backup_requested.connect(lambda: asked.append(True))
    assert "never been backed up" in reminder.text()
    reminder.buttons()[0].click()
    assert asked


def test_arabic_dialogs_are_right_to_left_and_the_words_are_not(
        app: App, qtbot: QtBot) -> None:
    app.translations.apply("ar")
    try:
        for dialog in (SharesDialog(app.session, "ar", app.window),
                       DuressDialog(app.session, DuressStatus(None), "ar", app.window),
                       BackupDialog(app.session, "ar", 7, app.window)):
            qtbot.addWidget(dialog)
            assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        shares_dialog = SharesDialog(app.session, "ar", app.window)
        qtbot.addWidget(shares_dialog)
        shares_dialog.start()
        qtbot.waitUntil(lambda: shares_dialog.pages.currentIndex() == shares_dialog.WRITE)
        # SLIP-39 words are English: they read left to right, numbered as written down
        assert shares_dialog.words.layoutDirection() == Qt.LayoutDirection.LeftToRight
        first = shares_dialog.grid.itemAtPosition(0, 0)
        assert first is not None and first.widget().text().startswith("1. ")
    finally:
        app.translations.apply("en")
