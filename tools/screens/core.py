"""The app's own screens: first run, unlock, the workspace, the editor tabs, dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from testimony_recorder.recorder.errors import WrongPassphrase
from testimony_recorder.ui.editor.history_dialog import HistoryDialog
from testimony_recorder.ui.help.about_dialog import AboutDialog
from testimony_recorder.ui.help.document_dialog import DocumentDialog
from testimony_recorder.ui.help.shortcuts_dialog import ShortcutsDialog
from testimony_recorder.ui.messages import describe
from testimony_recorder.ui.settings_dialog import SettingsDialog

from .common import close, demo_app, save, settle


def capture(outdir: Path, language: str) -> None:
    first_run(outdir, language)
    workspace(outdir, language)


def first_run(outdir: Path, language: str) -> None:
    app = demo_app(language, demo=False)
    window, page = app.window, app.window.first_run
    page.owner.setText("Interviewer 7")
    save(window, outdir, "01-first-run-welcome")
    page.steps.setCurrentIndex(1)
    page.first.edit.setText("correct horse battery staple")
    page.second.edit.setText("correct horse battery")
    save(window, outdir, "02-first-run-passphrase")
    page.show_recovery_key("7K3M-QX2P-9D4T-B6WN-H2R8-C5YV-J3FA-1ZSE")
    save(window, outdir, "03-first-run-recovery-key")
    window.stack.setCurrentWidget(window.unlock_page)
    save(window, outdir, "04-unlock")
    window.unlock_page.show_message(describe(WrongPassphrase()))  # what the app shows
    save(window, outdir, "05-unlock-wrong-passphrase")
    window.unlock_page.forms.setCurrentIndex(1)
    save(window, outdir, "06-unlock-recovery-key")
    close(app)


def workspace(outdir: Path, language: str) -> None:
    app = demo_app(language)
    window = app.window
    space = window.workspace
    assert space is not None
    save(window, outdir, "10-workspace")
    rows = space.list.model.rows
    space.open_interview(next(r.id for r in rows if r.status == "draft"))
    settle()
    editor = space.editor
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        save(window, outdir, f"11-editor-tab-{index}")
    space.open_interview(next(r.id for r in rows if r.status == "finalized"))
    editor.tabs.setCurrentWidget(editor.testimony)
    save(window, outdir, "12-editor-finalized")
    space.open_interview(next(r.id for r in rows if r.started_at == "2024-03-01T09:30:00Z"))
    editor.tabs.setCurrentWidget(editor.witness)
    editor.witness.identity._reveal()
    save(window, outdir, "13-witness-identity-revealed")
    space.list.search.setText("checkpoint")
    space.list._run_search()
    save(window, outdir, "14-search-results")
    results = space.list.results
    if results.rowCount():
        space.list.table.clicked.emit(results.index(0, 0))  # opens the hit, marked
        settle(20)
        save(window, outdir, "14b-search-hit-opened")
    dialog = HistoryDialog(app.session, editor.interview_id, language, window)
    save(dialog, outdir, "15-history-dialog", dialog.show)
    dialog.close()
    settings = SettingsDialog(language, window.settings,
                              [("7K3M-QX2P-9D4T-B6WN-H2R8-C5YV", "Coordinator A")], window)
    save(settings, outdir, "16-settings", settings.show)
    settings.close()
    editor._confirm_finalize()
    settle()
    question = editor.finalize_question
    if question is not None:
        save(question, outdir, "17-finalize-confirm")
        question.reject()
    _message_box(window, outdir, "18-panic-wipe-confirm", window._panic_wipe)
    for name, dialog in (("19-help-user-guide", DocumentDialog("User guide",
                                                              "guide/user-guide.md", window)),
                         ("20-help-shortcuts", ShortcutsDialog(window)),
                         ("21-help-about", AboutDialog(window))):
        save(dialog, outdir, name, dialog.show)
        dialog.close()
    close(app)


def _message_box(window: object, outdir: Path, name: str, opener: object) -> None:
    """Open a modal confirmation, grab it, and dismiss it without accepting."""
    def grab_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QDialog):
            box.grab().save(str(outdir / f"{name}.png"))
            box.reject()

    QTimer.singleShot(100, grab_and_close)
    opener()  # type: ignore[operator]
