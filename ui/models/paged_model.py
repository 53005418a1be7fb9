"""A table model whose rows arrive a page at a time from the vault's thread: the first page at
once, the next ones as the view scrolls (canFetchMore/fetchMore), so a list of 100,000 opens
as fast as one of 100. The interview list and the archive list are both one.

A subclass says how to count and page what is asked for now (`query`); a new query replaces
the rows shown only when its first page has arrived, so the list never flashes empty.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from testimony_recorder.recorder.vault import Vault

from ..session import Session
from ..tasks import Job
from .table_model import Index, RowsModel

# How many rows a query selects in all.
CountFn = Callable[[Vault], int]
# The rows of a query from `offset`, at most `limit` of them.
PageFn = Callable[[Vault, int, int], list[Any]]


class PagedModel(RowsModel):
    PAGE = 100
    # The columns the vault sorts by (quickly, on the whole list), and the sort each asks for.
    SORT_KEYS: ClassVar[Mapping[int, str]] = {}
    # A query's first page arrived (how many rows the query selects in all).
    loaded = Signal(int)

    def __init__(self, session: Session, language: str, parent: QObject | None = None) -> None:
        super().__init__(session, language, parent)
        self.total = 0
        self._loading = False
        self.sort_key = ""
        self.descending = True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column the vault sorts (SORT_KEYS); another leaves the order as it is."""
        if column not in self.SORT_KEYS:
            return
        self.sort_key = self.SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        """The column of the sort in force."""
        return next(c for c, key in self.SORT_KEYS.items() if key == self.sort_key)

    def query(self) -> tuple[CountFn, PageFn]:
        """How to count and page the rows asked for now (the current filter and order), as
        functions the vault's thread calls; they must hold copies, not read `self`."""
        raise NotImplementedError

    def reload(self) -> None:
        """Show the current query, from its first page. The page is shown before the count,
        which reads every match; the count follows on the same worker, and more pages are
        fetched only once it is known."""
        generation = self._newer()
        self._loading = True
        count, page = self.query()
        limit = self.PAGE

        def first(vault: Vault, job: Job) -> list[Any]:
            return page(vault, 0, limit)

        def shown(rows: list[Any]) -> None:
            if not self._current(generation):
                return  # a newer query replaced this one, or the vault was locked meanwhile
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            self.session.runner.run(lambda vault, job: count(vault), owner=self, done=counted,
                                    failed=self._failed)

        def counted(total: int) -> None:
            if not self._current(generation):
                return
            self.total = max(total, len(self.rows))
            self._loading = False
            self.loaded.emit(self.total)

        self.session.runner.run(first, owner=self, done=shown, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        super()._failed(error)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, offset, limit = self._generation, len(self.rows), self.PAGE
        _, page = self.query()

        def work(vault: Vault, job: Job) -> list[Any]:
            return page(vault, offset, limit)

        def done(more: list[Any]) -> None:
            if not self._current(generation):
                return
            self._loading = False
            if more:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
                self.rows += more
                self.endInsertRows()
            else:
                self.total = len(self.rows)  # the vault changed under the list

        self.session.runner.run(work, owner=self, done=done, failed=self._failed)
