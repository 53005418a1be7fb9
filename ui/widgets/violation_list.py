"""The violation types of one incident: a list to tick (built-in types and the vault's own),
and a button to name a type the list lacks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.vocabulary import Term

CODE = Qt.ItemDataRole.UserRole


class ViolationList(QWidget):
    # A type was ticked or unticked (save now).
    toggled = Signal()
    # The person wants to name a new violation type.
    add_requested = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        # The incident's codes, including any this list has no entry for yet (never dropped).
        self._codes: list[str] = []
        self._terms: tuple[Term, ...] | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Violation types (tick every one that applies)"))
        # In columns, so that the whole list shows without scrolling on a laptop screen.
        self.list.setFlow(QListView.Flow.TopToBottom)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(1)
        self.list.setFixedHeight(self.list.fontMetrics().height() * 10)
        self.add_button = QPushButton(self.tr("Add a violation type..."), self)
        self.add_button.setAccessibleName(self.tr("Add a violation type that is not listed"))
        self.add_button.clicked.connect(self.add_requested)
        self.list.itemChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.setFocusProxy(self.list)

    def set_terms(self, terms: tuple[Term, ...]) -> None:
        """Show these types, keeping what is ticked."""
        if terms == self._terms:
            return  # unchanged: leave the list (and where the person is in it) alone
        self._terms = terms
        current = self.list.currentItem()
        current_code = current.data(CODE) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for term in terms:
            item = QListWidgetItem(term.label(self.language), self.list)
            item.setData(CODE, term.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if term.code in self._codes
                               else Qt.CheckState.Unchecked)
            if term.code == current_code:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def set_checked(self, codes: list[str]) -> None:
        self._codes = list(codes)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(CODE) in self._codes
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def check(self, code: str) -> None:
        """Tick one type (a newly added one) and report it like a person's tick."""
        if code not in self._codes:
            self._codes.append(code)
        self.set_checked(self._codes)
        self.toggled.emit()

    def checked(self) -> list[str]:
        return list(self._codes)

    def _item_changed(self, item: QListWidgetItem) -> None:
        code = str(item.data(CODE))
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked and code not in self._codes:
            self._codes.append(code)
        elif not ticked and code in self._codes:
            self._codes.remove(code)
        self.toggled.emit()
