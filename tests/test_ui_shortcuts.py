"""Every keyboard shortcut has one meaning (issue 9: Ctrl+E meant both "stop recording" and
"send to the coordinator", so Qt treated it as ambiguous and did neither).

The table (ui/shortcuts.py) is checked on its own, then every shortcut live in each real
window (the interviewer's main window with the recorder showing, the coordinator's archive,
witness mode) is listed and checked: one meaning per key, and every key from the table.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui import shortcuts
from testimony_recorder.ui.consent.read_aloud import SpeechVoices
from testimony_recorder.ui.consent.witness_window import WitnessWindow
from testimony_recorder.ui.help.shortcuts_dialog import ShortcutsDialog
from testimony_recorder.ui.runner import VaultRunner

from .consent_support import new_interview
from .packet_helpers import add_interview, make_vault
from .ui_helpers import running_app

#: The places whose keys can be live at once in each window.
WINDOWS = {
    "interviewer": (shortcuts.MAIN, shortcuts.WORKSPACE, shortcuts.RECORDER,
                    shortcuts.ATTACHMENTS),
    "coordinator": (shortcuts.MAIN, shortcuts.ARCHIVE, shortcuts.CHAIN),
    "witness": (shortcuts.WITNESS,),
}


def key(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def test_the_table_gives_each_key_one_meaning_per_window(qapp: QApplication) -> None:
    for window, places in WINDOWS.items():
        keys = Counter(key(s.sequence()) for s in shortcuts.TABLE.values() if s.place in places)
        assert not [k for k, n in keys.items() if n > 1], window
    assert {s.place for s in shortcuts.TABLE.values()} <= {p for ps in WINDOWS.values()
                                                            for p in ps}


def test_no_key_is_one_a_line_edit_keeps(qapp: QApplication) -> None:
    """Window-wide keys must work while a text field has the focus: a field that accepts the
    key's ShortcutOverride would take it for itself (the testimony is a multi-line field)."""
    # A table's Delete; the graph's zoom keys; Esc in witness mode.
    local = (shortcuts.ATTACHMENTS, shortcuts.CHAIN, shortcuts.WITNESS)
    for edit in (QLineEdit(), QPlainTextEdit(), QTextEdit()):
        for shortcut in shortcuts.TABLE.values():
            if shortcut.place in local:
                continue
            combination = shortcut.sequence()[0]
            event = QKeyEvent(QEvent.Type.ShortcutOverride, combination.key(),
                              combination.keyboardModifiers())
            event.ignore()
            QApplication.sendEvent(edit, event)
            assert not event.isAccepted(), f"{type(edit).__name__} keeps {shortcut.name}'s key"


def live_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(key, what) for every enabled shortcut in `window`: menu actions and QShortcuts."""
    found = []
    for action in window.findChildren(QAction):
        if action.isEnabled() and not action.shortcut().isEmpty():
            found.append((key(action.shortcut()), action.text()))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and not shortcut.key().isEmpty():
            found.append((key(shortcut.key()), shortcut.objectName()))
    return found


def assert_one_meaning(found: list[tuple[str, str]], where: str) -> None:
    keys = Counter(k for k, _ in found)
    clashes = {k: [w for kk, w in found if kk == k] for k, n in keys.items() if n > 1}
    assert not clashes, f"{where}: {clashes}"
    table = {key(s.sequence()) for s in shortcuts.TABLE.values()}
    assert {k for k, _ in found} <= table, f"{where}: a key not in ui/shortcuts.py"


def test_interviewer_window_shortcuts(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> None:
    vault = make_vault(tmp_path, "interviewer")
    interview_id = add_interview(vault, finalize=False)
    with running_app(qapp, tmp_path, vault, qtbot) as app:
        workspace = app.window.workspace
        assert workspace is not None
        workspace.open_interview(interview_id)
        qtbot.waitUntil(lambda: workspace.editor.data is not None, timeout=30_000)
        workspace.editor.tabs.setCurrentWidget(workspace.attachments)  # the recorder shows
        found = live_shortcuts(app.window)
        assert_one_meaning(found, "interviewer window")
        keys = {k for k, _ in found}
        for name in ("send", "stop", "find", "lock", "user_guide", "record"):
            assert key(shortcuts.sequence(name)) in keys, name
        # Ctrl+F from a one-line field (the recorder's marker note) goes to the search field.
        app.window.activateWindow()
        qtbot.waitUntil(app.window.isActiveWindow)
        field = workspace.attachments.recorder.note
        field.setEnabled(True)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(workspace.list.search.hasFocus)


def test_coordinator_window_shortcuts(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> None:
    vault = make_vault(tmp_path, "coordinator", role="coordinator")
    with running_app(qapp, tmp_path, vault, qtbot) as app:
        assert app.window.archive is not None
        found = live_shortcuts(app.window)
        assert_one_meaning(found, "coordinator window")
        assert key(shortcuts.sequence("import_packets")) in {k for k, _ in found}


def test_witness_window_shortcuts(vault: Vault, qtbot: QtBot) -> None:
    window = WitnessWindow(VaultRunner.inline(vault), new_interview(vault), language="en",
                           voices=SpeechVoices(enabled=False))
    qtbot.addWidget(window)
    window.show()
    assert_one_meaning(live_shortcuts(window), "witness window")
    asked = []
    window.request_exit = lambda: asked.append(True)  # type: ignore[method-assign]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked


def test_help_lists_every_shortcut(qapp: QApplication) -> None:
    dialog = ShortcutsDialog()
    listed = [dialog.tree.topLevelItem(i).child(j).text(0)
              for i in range(dialog.tree.topLevelItemCount())
              for j in range(dialog.tree.topLevelItem(i).childCount())]
    assert len(listed) == len(shortcuts.TABLE)
    assert shortcuts.shown("send") in listed
