"""What a new interviewer met in the interviewer's window (issue 9): paragraph direction in the
editors, search hits that open what they found, the list's order and selection, and the open
interview kept across a language change and a lock. Real widgets on a real vault."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from testimony_recorder.ui.app import App
from testimony_recorder.ui.widgets.paragraph_edit import ParagraphEdit

from .test_ui_app import create_vault
from .ui_helpers import app  # noqa: F401 - the fixture

ARABIC = ("\u0641\u064a \u0627\u0644\u0644\u064a\u0644 \u0623\u062e\u0630\u0648\u0627 "
          "\u0623\u062e\u064a \u0645\u0646 \u0627\u0644\u062d\u0627\u062c\u0632 "
          "\u0625\u0644\u0649 \u0645\u0643\u0627\u0646 \u0645\u062c\u0647\u0648\u0644.")
LATIN = "At the checkpoint they took my brother away at night."


def start_of_paragraph_x(edit: ParagraphEdit, number: int) -> int:
    """Where the cursor stands at the start of a paragraph (the right edge for Arabic)."""
    cursor = QTextCursor(edit.document().findBlockByNumber(number))
    edit.setTextCursor(cursor)
    return edit.cursorRect().x()


def test_each_paragraph_reads_in_its_own_direction(app: App, qtbot: QtBot) -> None:  # noqa: F811
    create_vault(app, qtbot)
    workspace = app.window.workspace
    workspace.new_interview()
    editor = workspace.editor
    qtbot.waitUntil(lambda: editor.data is not None)
    narrative = editor.testimony.narrative
    narrative.setPlainText(ARABIC + "\n" + LATIN)
    qtbot.waitUntil(narrative.isVisible)
    width = narrative.viewport().width()
    arabic, latin = (narrative.document().findBlockByNumber(n) for n in (0, 1))
    assert arabic.textDirection().name == "RightToLeft"
    assert latin.textDirection().name == "LeftToRight"
    assert start_of_paragraph_x(narrative, 0) > width * 3 // 4  # aligned right
    assert start_of_paragraph_x(narrative, 1) < width // 4  # aligned left
    assert narrative.toPlainText() == ARABIC + "\n" + LATIN


def test_the_consent_tab_opens_without_starting_speech_engines(app: App,  # noqa: F811
                                                               qtbot: QtBot) -> None:
    """Starting a speech engine takes a second or two per language: the first visit to the
    Consent tab used to start one for every language and froze the window. They now start
    only when a witness's language needs one."""
    from testimony_recorder.recorder.preferences import LANGUAGES

    create_vault(app, qtbot)
    workspace = app.window.workspace
    workspace.new_interview()
    qtbot.waitUntil(lambda: workspace.editor.data is not None)
    workspace.editor.tabs.setCurrentWidget(workspace.consent)
    qtbot.waitUntil(workspace.consent.isVisible)
    assert not any(app.voices.known(language) for language in LANGUAGES)
