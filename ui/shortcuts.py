"""Every keyboard shortcut of the app, in one table: its key, what it does, and where.

Every window takes its keys from here (`apply`, `attach`), the Help menu's list of shortcuts
is made from it, and tests/test_ui_shortcuts.py checks that no key means two things in one
window. Keys that a one-line field keeps for itself (Ctrl+A, C, V, X, Y, Z and the arrows)
are not used, so a shortcut works wherever the focus is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

# Where a shortcut works (a heading in the list of shortcuts).
MAIN, WORKSPACE, RECORDER, ATTACHMENTS, ARCHIVE, CHAIN, WITNESS = (
    "main", "workspace", "recorder", "attachments", "archive", "chain", "witness")
PLACES: dict[str, object] = {
    MAIN: QT_TRANSLATE_NOOP("Shortcuts", "Everywhere in the main window"),
    WORKSPACE: QT_TRANSLATE_NOOP("Shortcuts", "Interviews"),
    RECORDER: QT_TRANSLATE_NOOP("Shortcuts", "Recording (Attachments tab)"),
    ATTACHMENTS: QT_TRANSLATE_NOOP("Shortcuts", "List of attachments"),
    ARCHIVE: QT_TRANSLATE_NOOP("Shortcuts", "Coordinator's archive"),
    CHAIN: QT_TRANSLATE_NOOP("Shortcuts", "Chain of command graph"),
    WITNESS: QT_TRANSLATE_NOOP("Shortcuts", "Witness mode"),
}

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class Shortcut:
    name: str
    key: Key
    place: str
    # What it does, in English (QT_TRANSLATE_NOOP); `description()` translates it.
    what: object

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.key)

    def description(self) -> str:
        return QCoreApplication.translate("Shortcuts", str(self.what))


def _table(*rows: tuple[str, Key, str, object]) -> dict[str, Shortcut]:
    return {name: Shortcut(name, key, place, what) for name, key, place, what in rows}


TABLE = _table(
    ("new_interview", QKeySequence.StandardKey.New, MAIN,
     QT_TRANSLATE_NOOP("Shortcuts", "Start a new interview")),
    ("send", "Ctrl+E", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Send to the coordinator")),
    ("find", QKeySequence.StandardKey.Find, WORKSPACE,
     QT_TRANSLATE_NOOP("Shortcuts", "Go to the search field")),
    ("lock", "Ctrl+L", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Lock the vault")),
    ("quit", "Ctrl+Q", MAIN, QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    ("user_guide", QKeySequence.StandardKey.HelpContents, MAIN,
     QT_TRANSLATE_NOOP("Shortcuts", "Open the user guide")),
    ("record", "Ctrl+R", RECORDER, QT_TRANSLATE_NOOP("Shortcuts", "Start recording")),
    ("pause", "Ctrl+P", RECORDER,
     QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume recording")),
    ("stop", "Ctrl+T", RECORDER, QT_TRANSLATE_NOOP("Shortcuts", "Stop recording")),
    ("marker", "Ctrl+M", RECORDER, QT_TRANSLATE_NOOP("Shortcuts", "Add a marker")),
    ("remove_attachment", QKeySequence.StandardKey.Delete, ATTACHMENTS,
     QT_TRANSLATE_NOOP("Shortcuts", "Remove the chosen attachments")),
    ("import_packets", "Ctrl+I", ARCHIVE, QT_TRANSLATE_NOOP("Shortcuts", "Import packets")),
    ("find_archive", QKeySequence.StandardKey.Find, ARCHIVE,
     QT_TRANSLATE_NOOP("Shortcuts", "Find in the archive")),
    ("page_archive", "Ctrl+1", ARCHIVE, QT_TRANSLATE_NOOP("Shortcuts", "Show the archive")),
    ("page_perpetrators", "Ctrl+2", ARCHIVE,
     QT_TRANSLATE_NOOP("Shortcuts", "Show the perpetrators")),
    ("page_chain", "Ctrl+3", ARCHIVE,
     QT_TRANSLATE_NOOP("Shortcuts", "Show the chain of command")),
    ("page_devices", "Ctrl+4", ARCHIVE, QT_TRANSLATE_NOOP("Shortcuts", "Show the devices")),
    ("page_duplicates", "Ctrl+5", ARCHIVE,
     QT_TRANSLATE_NOOP("Shortcuts", "Show the duplicate witnesses")),
    ("page_statistics", "Ctrl+6", ARCHIVE,
     QT_TRANSLATE_NOOP("Shortcuts", "Show the statistics")),
    ("page_case_export", "Ctrl+7", ARCHIVE,
     QT_TRANSLATE_NOOP("Shortcuts", "Show the case export")),
    ("zoom_in", "Ctrl++", CHAIN, QT_TRANSLATE_NOOP("Shortcuts", "Zoom in")),
    ("zoom_out", "Ctrl+-", CHAIN, QT_TRANSLATE_NOOP("Shortcuts", "Zoom out")),
    ("whole_graph", "Ctrl+0", CHAIN, QT_TRANSLATE_NOOP("Shortcuts", "Show the whole graph")),
    ("leave_witness_mode", "Esc", WITNESS,
     QT_TRANSLATE_NOOP("Shortcuts", "Hand back to the interviewer (asks for the passphrase)")),
)


def place_name(place: str) -> str:
    return QCoreApplication.translate("Shortcuts", str(PLACES[place]))


def sequence(name: str) -> QKeySequence:
    return TABLE[name].sequence()


def shown(name: str) -> str:
    """The key as this platform writes it (Ctrl+E, or the Command sign on a Mac)."""
    return sequence(name).toString(QKeySequence.SequenceFormat.NativeText)


def apply(action: QAction, name: str) -> QAction:
    """Give a menu action its key from the table (it works wherever the window has focus)."""
    action.setShortcut(sequence(name))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return action


def attach(widget: QWidget, name: str, slot: Callable[[], Any],
           context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut
           ) -> QShortcut:
    """A key that works while the focus is in `widget` (a panel, a table)."""
    shortcut = QShortcut(sequence(name), widget)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    shortcut.setObjectName(name)
    return shortcut
