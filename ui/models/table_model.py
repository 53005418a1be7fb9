"""What the list models of both windows share: the item roles, a table of rows under translated
headers, and answers from the vault's thread that are dropped once stale.

Each model fetches its rows on the vault's thread (`session.runner.run`). A newer query makes an
older one's answer stale (`_newer()` / `_current()`), and a model destroyed with its window (the
vault locked meanwhile) is never touched by a late answer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from shiboken6 import isValid

from ..session import Session

Index = QModelIndex | QPersistentModelIndex
# The interview a row stands for.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# A search hit's passage with its highlights (recorder.search.query.Snippet).
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
# The whole search hit (where it is: its kind and record), to open what it found.
HIT_ROLE = Qt.ItemDataRole.UserRole + 3


class RowsModel(QAbstractTableModel):
    """A flat table: `rows` hold the records, `headers` (set by the subclass, translated) name
    the columns."""

    failed = Signal(object)

    def __init__(self, session: Session, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.headers: list[str] = []
        self.rows: list[Any] = []
        self._generation = 0

    def _newer(self) -> int:
        """Start a query that makes every earlier one's answer stale; returns its number."""
        self._generation += 1
        return self._generation

    def _current(self, generation: int) -> bool:
        """Whether an answer is still wanted: no newer query, and the model still exists."""
        return isValid(self) and generation == self._generation

    def _failed(self, error: BaseException) -> None:
        if isValid(self):
            self.failed.emit(error)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
