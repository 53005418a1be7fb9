"""Vault > Settings from the main window: the dialog opens on what the vault holds, a choice is
saved into the vault and applied, and a new language is handed to the app to rebuild with."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import settings as vault_settings
from testimony_recorder.ui.app import App
from testimony_recorder.ui.settings_dialog import SettingsDialog

from .test_ui_app import create_vault
from .test_ui_coordinator_dialogs import Modals
from .ui_helpers import app  # noqa: F401 - the fixture

WAIT = 30_000


def test_settings_are_saved_applied_and_a_new_language_is_handed_on(
        app: App, qtbot: QtBot) -> None:  # noqa: F811 - the fixture
    create_vault(app, qtbot)
    window = app.window
    before = window.settings.auto_lock_minutes
    chosen: list[str] = []

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.auto_lock.setValue(before + 7)
        dialog.languages.setCurrentIndex(dialog.languages.findData("fr"))
        dialog.accept()

    modals = Modals(qtbot, choose)
    window.language_chosen.disconnect()  # the app would rebuild every window: only listen
    window.language_chosen.connect(chosen.append)
    try:
        window.settings_action.trigger()
        qtbot.waitUntil(modals.done, timeout=WAIT)
        qtbot.waitUntil(lambda: window.settings.auto_lock_minutes == before + 7, timeout=WAIT)
    finally:
        modals.stop()
    assert chosen == ["fr"]
    assert QApplication.activeModalWidget() is None
    saved = []
    window.session.runner.run(lambda vault, job: vault_settings.load(vault), owner=window,
                              done=saved.append, failed=lambda e: saved.append(e))
    qtbot.waitUntil(lambda: bool(saved), timeout=WAIT)
    assert saved[0].auto_lock_minutes == before + 7
