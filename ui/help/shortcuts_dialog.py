"""Every keyboard shortcut, made from the one table the windows use (ui/shortcuts.py), so the
list cannot disagree with the keys."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from .. import shortcuts
from .document_dialog import help_layout


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for place in shortcuts.PLACES:
            heading = QTreeWidgetItem([shortcuts.place_name(place), ""])
            self.tree.addTopLevelItem(heading)
            for shortcut in shortcuts.TABLE.values():
                if shortcut.place == place:
                    heading.addChild(QTreeWidgetItem([shortcuts.shown(shortcut.name),
                                                      shortcut.description()]))
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            heading.setExpanded(True)
        help_layout(self, [], self.tree)
