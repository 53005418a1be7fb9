"""The list half of the Incidents and Persons sections: the interview's records of one kind, a
line to add one by its title or name, and a button to remove the one selected.

The section lays these widgets out, gives the rows and does the adding and removing; the
picker keeps what both need: the selection kept across refreshes (the first row when the record
shown is gone), the hint shown while the list is empty, and the Remove button's state.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)


@dataclass(frozen=True)
class PickerTexts:
    """Everything the picker shows, translated by the section that owns it."""

    list_name: str
    entry_name: str
    entry_placeholder: str
    add: str
    add_name: str
    remove: str
    remove_name: str
    empty: str


class RecordPicker(QObject):
    # The selected record's id, or "" when none is selected.
    current_changed = Signal(str)
    # Add was pressed, or Enter in the line: what was typed, its spaces tidied.
    add_requested = Signal(str)
    remove_requested = Signal()

    def __init__(self, owner: QWidget, texts: PickerTexts,
                 columns: list[str] | None = None) -> None:
        """With `columns`, a table; without, a list whose rows wrap onto several lines (a tree
        view cannot grow a row to fit wrapped text)."""
        super().__init__(owner)
        self.list: QTreeWidget | QListWidget
        if columns:
            self.list = QTreeWidget(owner)
            self.list.setHeaderLabels(columns)
            self.list.setRootIsDecorated(False)
            self.list.setAllColumnsShowFocus(True)
        else:
            self.list = QListWidget(owner)
            self.list.setWordWrap(True)
            self.list.setAlternatingRowColors(True)
            self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(texts.list_name)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._ids: list[str] = []  # of the rows, in order
        self.entry = QLineEdit(owner)
        self.entry.setAccessibleName(texts.entry_name)
        self.entry.setPlaceholderText(texts.entry_placeholder)
        self.entry.setMaxLength(300)
        self.add_button = QPushButton(texts.add, owner)
        self.add_button.setAccessibleName(texts.add_name)
        self.remove_button = QPushButton(texts.remove, owner)
        self.remove_button.setAccessibleName(texts.remove_name)
        self.remove_button.setEnabled(False)
        self.empty = QLabel(texts.empty, owner)
        self.empty.setObjectName("subtle")
        self.empty.setWordWrap(True)

        self.add_button.clicked.connect(self._add)
        self.entry.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self.remove_requested)
        self.list.currentItemChanged.connect(self._changed)
        owner.setTabOrder(self.entry, self.add_button)
        owner.setTabOrder(self.add_button, self.remove_button)
        owner.setTabOrder(self.remove_button, self.list)

    def current_id(self) -> str:
        row = self.list.currentIndex().row()
        return self._ids[row] if 0 <= row < len(self._ids) else ""

    def show_rows(self, rows: Iterable[tuple[str, list[str]]], *, showing: bool) -> None:
        """Replace the rows (id, column texts), keeping the selection without announcing it.
        When a record is `showing` in the form but no longer listed, the first row is
        selected instead, or none."""
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        self._ids = []
        for record_id, texts in rows:
            if isinstance(self.list, QTreeWidget):
                item = QTreeWidgetItem(self.list, texts)
                for column, text in enumerate(texts):
                    item.setToolTip(column, text)
            else:
                QListWidgetItem(texts[0], self.list).setToolTip(texts[0])
            self._ids.append(record_id)
        self.select(current)
        self.list.blockSignals(False)
        self.empty.setVisible(not self._ids)
        if showing and not self.current_id():
            if self._ids:
                self.select_first()
            else:
                self.current_changed.emit("")
        self.remove_button.setEnabled(bool(self.current_id()))

    def select(self, record_id: str) -> None:
        if record_id in self._ids:
            self._select_row(self._ids.index(record_id))

    def select_first(self) -> None:
        """Select the first row and announce it, even when it was current already (the rows
        of a reloaded interview keep their selection silently, while its form starts empty)."""
        if not self._ids:
            return
        if self.list.currentIndex().row() == 0:
            self._changed()
        else:
            self._select_row(0)

    def _select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.list.model().index(row, 0))

    def _changed(self) -> None:
        current = self.current_id()
        self.remove_button.setEnabled(bool(current))
        self.current_changed.emit(current)

    def _add(self) -> None:
        self.add_requested.emit(" ".join(self.entry.text().split()))
