"""The custody history of one interview: who did what, when, with which content hash."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import custody

from .. import formatting
from ..custody_words import action_text


class CustodySection(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        intro = QLabel(self.tr("Every change is recorded here and chained by its hash, so a "
                               "later alteration can be detected."), self)
        intro.setWordWrap(True)
        intro.setObjectName("subtle")
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Custody history"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Content hash")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)

    def show_entries(self, entries: list[custody.Entry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(reversed(entries)):
            values = [formatting.when(entry.at, self.language), entry.actor,
                      action_text(entry.action), (entry.content_hash or "")[:16]]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3 and entry.content_hash:
                    item.setToolTip(entry.content_hash)
                self.table.setItem(row, column, item)
