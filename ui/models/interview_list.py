"""The interview list as a Qt model: pages of rows fetched in the background as the view
scrolls, so it opens at once whatever the size of the vault."""

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

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.store import listing
from testimony_recorder.recorder.store.listing import InterviewRow, ListFilter
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..session import Session
from ..tasks import Job

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WITNESS, STARTED, STATUS, PLACE, VIOLATIONS = range(5)
SORT_KEYS = {WITNESS: "witness", STARTED: "started"}


class InterviewListModel(QAbstractTableModel):
    PAGE = 200
    total_changed = Signal(int)
    failed = Signal(object)

    def __init__(self, session: Session, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.rows: list[InterviewRow] = []
        self.total = 0
        self.filter = ListFilter()
        self.sort_key = "updated"
        self.descending = True
        self._loading = False
        self._generation = 0
        self._violations = {t.code: t.label(language) for t in vocabulary.terms("violations")}

    # -- queries -------------------------------------------------------------------------------
    def reload(self, filt: ListFilter | None = None) -> None:
        if filt is not None:
            self.filter = filt
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self.rows, self.total, self._loading = [], 0, True
        self.endResetModel()
        filt, sort, desc = self.filter, self.sort_key, self.descending

        def work(vault: Vault, job: Job) -> tuple[int, list[InterviewRow]]:
            return (listing.count(vault.conn, filt),
                    listing.page(vault.conn, filt, sort, desc, 0, InterviewListModel.PAGE))

        self.session.runner.run(work, owner=self, done=lambda r: self._first_page(generation, r),
                                failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        if isValid(self):
            self.failed.emit(error)

    def _first_page(self, generation: int, result: tuple[int, list[InterviewRow]]) -> None:
        if not isValid(self) or generation != self._generation:
            return  # a newer query replaced this one, or the vault was locked meanwhile
        self.total, rows = result
        self._loading = False
        self._append(rows)
        self.total_changed.emit(self.total)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, offset = self._generation, len(self.rows)
        filt, sort, desc = self.filter, self.sort_key, self.descending

        def work(vault: Vault, job: Job) -> list[InterviewRow]:
            return listing.page(vault.conn, filt, sort, desc, offset, InterviewListModel.PAGE)

        def done(rows: list[InterviewRow]) -> None:
            if isValid(self) and generation == self._generation:
                self._loading = False
                self._append(rows)

        self.session.runner.run(work, owner=self, done=done, failed=self._failed)

    def _append(self, rows: list[InterviewRow]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = SORT_KEYS.get(column, "updated")
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Witness"), self.tr("Date"), self.tr("Status"), self.tr("Place"),
                self.tr("Violations")][section]

    def status_text(self, row: InterviewRow) -> str:
        if row.status == "finalized":
            text = self.tr("Finalized")
        elif row.status == "draft":
            text = self.tr("Draft")
        else:
            text = self.tr("Not started")
        if row.version > 1:
            text = self.tr("%1 (version %2)").replace("%1", text).replace(
                "%2", formatting.number(row.version, self.language))
        if row.delivery == "delivered":
            return self.tr("%1, delivered").replace("%1", text)
        if row.delivery == "sent":
            return self.tr("%1, sent").replace("%1", text)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == WITNESS:
            return row.witness_code
        if column == STARTED:
            return formatting.when(row.started_at, self.language, with_time=False)
        if column == STATUS:
            return self.status_text(row)
        if column == PLACE:
            return row.place
        return ", ".join(self._violations.get(v, v) for v in row.violations)
