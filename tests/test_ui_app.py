"""The desktop app driven as a person would, on a real vault (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody, unlock
from testimony_recorder.recorder.store import listing, testimonies
from testimony_recorder.ui.app import App

from .conftest import PASSPHRASE
from .ui_helpers import app, finalize_in_editor, texts_in  # noqa: F401 - the fixture

NARRATIVE = "At the checkpoint they took my brother away at night."


def create_vault(app: App, qtbot: QtBot) -> None:  # noqa: F811
    page = app.window.first_run
    assert app.window.stack.currentWidget() is page
    qtbot.keyClicks(page.owner, "Interviewer 7")
    qtbot.mouseClick(page.welcome_next, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.first.edit, PASSPHRASE)
    assert not page.create_button.isEnabled()  # not until typed twice
    qtbot.keyClicks(page.second.edit, PASSPHRASE)
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.key_label.text()), timeout=30_000)
    key = page.key_label.text()
    assert len(key.split("-")) == 8
    page.written.setChecked(True)
    qtbot.keyClicks(page.check, key.split("-")[-1])
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.window.workspace is not None)
    assert not page.key_label.text()  # the key left the screen


def unlock_in_window(app: App, qtbot: QtBot, passphrase: str = PASSPHRASE) -> None:  # noqa: F811
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase.edit, passphrase)
    qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)


def test_first_run_creates_a_vault(app: App, qtbot: QtBot) -> None:  # noqa: F811
    create_vault(app, qtbot)
    with qtbot.waitSignal(app.session.locked):
        app.window.lock()
    with unlock.unlock(app.session.path, PASSPHRASE) as vault:
        assert vault.owner == "Interviewer 7"
        assert custody.verify(vault.conn).ok


@pytest.mark.parametrize(("passphrase", "reason"), [
    ("1234", "too short"), ("Password123!", "commonly used password"),
    ("password1password2", "commonly used password"), ("Amira Haddad 2024", "your name")])
def test_weak_passphrase_is_not_accepted_and_says_why(app: App, qtbot: QtBot,  # noqa: F811
                                                       passphrase: str, reason: str) -> None:
    page = app.window.first_run
    qtbot.keyClicks(page.owner, "Amira Haddad")
    qtbot.mouseClick(page.welcome_next, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.first.edit, passphrase)
    qtbot.keyClicks(page.second.edit, passphrase)
    assert not page.create_button.isEnabled()
    assert reason in page.meter.label.text()


def test_four_random_words_are_accepted(app: App, qtbot: QtBot) -> None:  # noqa: F811
    page = app.window.first_run
    qtbot.keyClicks(page.owner, "x")
    qtbot.mouseClick(page.welcome_next, Qt.MouseButton.LeftButton)
    for field in (page.first.edit, page.second.edit):
        qtbot.keyClicks(field, "lantern olive pebble harbour")
    assert page.create_button.isEnabled()
    assert page.meter.label.text().startswith(("Good", "Strong"))


def test_write_autosave_finalize_lock_unlock(app: App, qtbot: QtBot) -> None:  # noqa: F811
    create_vault(app, qtbot)
    workspace = app.window.workspace
    workspace.new_interview()
    editor = workspace.editor
    qtbot.waitUntil(lambda: bool(editor.interview_id) and editor.data is not None)
    qtbot.keyClicks(editor.testimony.narrative, NARRATIVE)
    # saved within a few seconds of typing, without leaving the field
    qtbot.waitUntil(lambda: editor.testimony.status.text().startswith("Saved"), timeout=30_000)
    interview_id = editor.interview_id

    finalize_in_editor(editor, qtbot)
    qtbot.waitUntil(lambda: editor.testimony.narrative.isReadOnly(), timeout=30_000)

    qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not app.session.is_unlocked)
    assert app.window.workspace is None
    assert NARRATIVE not in texts_in(app.window)
    unlock_in_window(app, qtbot, "wrong passphrase")
    qtbot.waitUntil(lambda: bool(app.window.unlock_page.message.text()))
    assert "does not open" in app.window.unlock_page.message.text()
    unlock_in_window(app, qtbot)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=30_000)
    with qtbot.waitSignal(app.session.locked):
        app.window.lock()

    with unlock.unlock(app.session.path, PASSPHRASE) as vault:
        current = testimonies.current(vault.conn, interview_id)
        assert current.narrative == NARRATIVE and current.is_final
        assert listing.count(vault.conn) == 1


def test_search_shows_highlighted_passages(app: App, qtbot: QtBot) -> None:  # noqa: F811
    create_vault(app, qtbot)
    workspace = app.window.workspace
    workspace.new_interview()
    qtbot.waitUntil(lambda: workspace.editor.data is not None)
    qtbot.keyClicks(workspace.editor.testimony.narrative, NARRATIVE)
    workspace.editor.flush()
    panel = workspace.list
    qtbot.keyClicks(panel.search, "checkpoint")
    qtbot.waitUntil(lambda: panel.results.rowCount() == 1, timeout=30_000)
    snippet = panel.results.index(0, 3).data(Qt.ItemDataRole.UserRole + 2)
    start, end = snippet.highlights[0]
    assert snippet.text[start:end] == "checkpoint"


def test_arabic_interface_is_right_to_left(qapp, tmp_path, qtbot: QtBot) -> None:
    from testimony_recorder.recorder import kdf, preferences
    from testimony_recorder.ui.app import build

    prefs = tmp_path / "prefs.json"
    preferences.save(prefs, preferences.Preferences(language="ar"))
    built = build(qapp, vault=str(tmp_path / "v"), prefs_path=prefs,
                  kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    try:
        built.window.show()
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert built.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        built.window.close()
        built.shutdown()
        built.translations.apply("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_witness_mode_from_the_editor_closes_on_lock(app: App, qtbot: QtBot) -> None:  # noqa: F811
    create_vault(app, qtbot)
    workspace = app.window.workspace
    workspace.new_interview()
    qtbot.waitUntil(lambda: workspace.editor.data is not None)
    workspace.editor.tabs.setCurrentWidget(workspace.consent)
    workspace.consent.witness_mode_requested.emit(workspace.editor.interview_id)
    qtbot.waitUntil(lambda: workspace.witness_window is not None)
    witness = workspace.witness_window
    assert witness.isVisible()
    with qtbot.waitSignal(app.session.locked):
        app.window.lock()
    assert not witness.isVisible()
