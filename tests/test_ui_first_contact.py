"""What a new interviewer met in the interviewer's window (issue 9): paragraph direction in the
editors, search hits that open what they found, the list's order and selection, and the open
interview kept across a language change and a lock. Real widgets on a real vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from testimony_recorder.ui.app import App
from testimony_recorder.ui.models.search_results import PASSAGE
from testimony_recorder.ui.models.table_model import ID_ROLE
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


def test_a_search_hit_opens_its_tab_and_marks_the_words(app: App, qtbot: QtBot) -> None:  # noqa: F811
    create_vault(app, qtbot)
    workspace = app.window.workspace
    editor = workspace.editor
    workspace.new_interview()
    qtbot.waitUntil(lambda: editor.data is not None)
    qtbot.keyClicks(editor.testimony.narrative, LATIN)
    qtbot.keyClicks(workspace.incidents.picker.entry, "Arrest at the checkpoint")
    qtbot.keyClick(workspace.incidents.picker.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.incidents.form.incident is not None)
    form = workspace.incidents.form
    form.description.setPlainText("Soldiers stopped the bus.")
    form.place.name.setText("Northern gate")
    form.place.edited.emit()
    form.flush()
    editor.flush()
    panel = workspace.list

    # A word in the incident's place: the Incidents tab opens on it, the word selected.
    qtbot.keyClicks(panel.search, "gate")
    qtbot.waitUntil(lambda: panel.results.rowCount() == 1, timeout=30_000)
    passage = panel.results.index(0, PASSAGE).data()
    assert "checkpoint \u00b7 Soldiers stopped the bus. \u00b7 Northern gate" in passage
    editor.tabs.setCurrentWidget(editor.testimony)
    panel.table.clicked.emit(panel.results.index(0, PASSAGE))
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is workspace.incidents, timeout=30_000)
    assert form.place.name.selectedText() == "gate"

    # A word of the narrative only: the Testimony tab, with every match shaded.
    panel.search.clear()
    qtbot.keyClicks(panel.search, "brother")
    qtbot.waitUntil(lambda: panel.results.rowCount() == 1
                    and panel.results.index(0, 2).data() == "Testimony", timeout=30_000)
    panel.table.clicked.emit(panel.results.index(0, PASSAGE))
    narrative = editor.testimony.narrative
    qtbot.waitUntil(lambda: editor.tabs.currentWidget() is editor.testimony, timeout=30_000)
    qtbot.waitUntil(lambda: narrative.textCursor().selectedText() == "brother")
    assert [m.cursor.selectedText() for m in narrative.extraSelections()] == ["brother"]


def test_the_list_is_newest_first_and_a_new_interview_is_selected(app: App,  # noqa: F811
                                                                   qtbot: QtBot) -> None:
    from dataclasses import replace

    from testimony_recorder.recorder.store import interviews
    from testimony_recorder.ui.models.interview_list import STARTED, STATUS

    from .test_ui_incidents import query

    create_vault(app, qtbot)
    workspace = app.window.workspace
    panel, editor = workspace.list, workspace.editor
    workspace.new_interview()
    qtbot.waitUntil(lambda: editor.data is not None)
    first = editor.interview_id
    workspace.new_interview()
    qtbot.waitUntil(lambda: editor.interview_id != first and editor.data is not None
                    and editor.data.bundle.interview.id == editor.interview_id)
    second = editor.interview_id
    # The first interview took place long ago, and was changed last (so it would lead a list
    # sorted by the last change).
    query(app, qtbot, lambda vault: interviews.update_interview(vault, replace(
        interviews.get_interview(vault.conn, first), started_at="2020-01-01T09:00:00Z")))
    panel.refresh()
    qtbot.waitUntil(lambda: [r.id for r in panel.model.rows] == [second, first], timeout=30_000)
    header = panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == STARTED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    qtbot.waitUntil(lambda: panel.table.selectionModel().selectedRows() != [])
    assert panel.table.selectionModel().selectedRows()[0].row() == 0  # the new one

    header.setSortIndicator(STATUS, Qt.SortOrder.AscendingOrder)  # a click on "Status"
    assert header.sortIndicatorSection() == STARTED  # not sortable: the order stays
    assert panel.model.sort_key == "started" and panel.model.descending

    panel.table.sortByColumn(STARTED, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: [r.id for r in panel.model.rows] == [first, second], timeout=30_000)
    qtbot.waitUntil(lambda: panel.table.selectionModel().selectedRows() != [])
    assert panel.table.selectionModel().selectedRows()[0].row() == 1  # still the open one


def test_the_open_interview_stays_open_across_a_language_change_and_a_lock(
        app: App, qtbot: QtBot) -> None:  # noqa: F811
    from .test_ui_app import unlock_in_window

    create_vault(app, qtbot)
    workspace = app.window.workspace
    workspace.new_interview()
    workspace.new_interview()
    qtbot.waitUntil(lambda: workspace.list.model.total == 2, timeout=30_000)
    qtbot.waitUntil(lambda: workspace.editor.data is not None)
    first_row = workspace.list.model.index(1, 0)
    workspace.list.table.clicked.emit(first_row)  # the older interview, not the newest
    wanted = first_row.data(ID_ROLE)
    qtbot.waitUntil(lambda: workspace.editor.data is not None
                    and workspace.editor.data.bundle.interview.id == wanted, timeout=30_000)
    workspace.editor.tabs.setCurrentWidget(workspace.incidents)
    incidents_tab = workspace.editor.tabs.currentIndex()

    def reopened() -> bool:
        space = app.window.workspace
        return (space is not None and space.editor.data is not None
                and space.editor.data.bundle.interview.id == wanted
                and space.editor.tabs.currentIndex() == incidents_tab)

    try:
        app.window.language_chosen.emit("ar")
        qtbot.waitUntil(lambda: app.window.workspace is not workspace, timeout=30_000)
        qtbot.waitUntil(reopened, timeout=30_000)
        # Right to left, the list still shows which interview is open.
        arabic = app.window.workspace
        assert arabic is not None and arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
        qtbot.waitUntil(lambda: [i.data(ID_ROLE) for i in
                                 arabic.list.table.selectionModel().selectedRows()] == [wanted],
                        timeout=30_000)

        app.window.lock()
        qtbot.waitUntil(lambda: not app.session.is_unlocked)
        assert app.window.workspace is None
        unlock_in_window(app, qtbot)
        qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=30_000)
        qtbot.waitUntil(reopened, timeout=30_000)
    finally:
        app.translations.apply("en")
