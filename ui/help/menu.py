"""Fills the Help menu of the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from .. import shortcuts
from .about_dialog import AboutDialog
from .document_dialog import DocumentDialog
from .shortcuts_dialog import ShortcutsDialog


def fill(menu: QMenu, window: QWidget) -> list[QAction]:
    """User guide (F1), keyboard shortcuts, About; each opens its dialog over `window`."""
    translate = QCoreApplication.translate
    guide = QAction(translate("HelpMenu", "&User guide"), menu)
    shortcuts.apply(guide, "user_guide")
    guide.triggered.connect(lambda: DocumentDialog(
        translate("HelpMenu", "User guide"), "guide/user-guide.md", window).exec())
    keys = QAction(translate("HelpMenu", "&Keyboard shortcuts"), menu)
    keys.triggered.connect(lambda: ShortcutsDialog(window).exec())
    about = QAction(translate("HelpMenu", "&About Testimony Recorder"), menu)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: AboutDialog(window).exec())
    actions = [guide, keys, about]
    menu.addActions(actions)
    return actions
