"""The archive: every testimony from every device in one list, filtered and searched, with the
chosen testimony in the read-only interview view beside it.

The list pages lazily (ArchiveModel.fetchMore), so it opens at once at 100,000 testimonies.
Typing in the search box shows hits instead, each with its highlighted passage; opening a hit
goes to the part that matched and marks it there.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.archive.search import ArchiveHit

from .. import formatting
from ..messages import show_error
from ..session import Session
from ..widgets.layouts import column
from ..widgets.search_box import SearchBox
from ..widgets.snippet_delegate import SnippetDelegate
from ..widgets.sort_header import sort_in_vault
from .archive_model import (
    HIT_ROLE,
    ID_ROLE,
    IMPORTED,
    VIOLATIONS,
    WITNESS,
    ArchiveModel,
    HitsModel,
)
from .filter_bar import FilterBar
from .interview_view import InterviewPane


class ArchiveView(QWidget):
    # The list or the hits were (re)loaded (how many rows they hold in total).
    listed = Signal(int)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.filters = FilterBar(session, language, self)
        self.filters.changed.connect(self._filter_changed)
        self.search_box = SearchBox(self.tr("Search every testimony (Ctrl+F)"),
                                    self.tr("Search the archive"), self)
        self.search_box.wanted.connect(self.run_search)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ArchiveModel(session, language, self)
        self.model.loaded.connect(self._listed)
        self.model.failed.connect(self._failed)
        self.table = self._table(self.tr("Testimonies in the archive"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(VIOLATIONS,
                                                          QHeaderView.ResizeMode.Stretch)
        self.hits = HitsModel(session, self)
        self.hits.searched.connect(self._searched)
        self.hits.failed.connect(self._failed)
        self.hit_table = self._table(self.tr("Search results"))
        self.hit_table.setModel(self.hits)
        self.hit_table.setItemDelegateForColumn(1, SnippetDelegate(self.hit_table))
        self.hit_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_row)
        self.table.clicked.connect(self._open_row)
        self.hit_table.activated.connect(self._open_hit)
        self.hit_table.clicked.connect(self._open_hit)
        self.lists = QStackedWidget(self)
        self.lists.addWidget(self.table)
        self.lists.addWidget(self.hit_table)
        self.pane = InterviewPane(session, language, self)
        self.pane.failed.connect(self._failed)
        left = QWidget(self)
        column(left, self.filters, self.search_box, self.count, self.lists)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setSizes([660, 440])  # the list first: its columns need the room
        column(self, splitter)
        # Whether the columns were fitted to the first rows (once: later the user's widths hold).
        self._sized = False
        sort_in_vault(self.table, self.model)
        self.table.sortByColumn(IMPORTED, Qt.SortOrder.DescendingOrder)  # loads the list

    def _fit_columns(self) -> None:
        """Fit the columns to the first page: the witness codes whole, the others at most
        about 14 letters wide so that the violations keep room; a cell cut short shows whole
        in its tooltip."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        letter = self.table.fontMetrics().averageCharWidth()
        for n in range(self.model.columnCount()):
            if n == WITNESS:
                header.resizeSection(n, header.sectionSize(n) + letter)
            elif n != VIOLATIONS:  # that one takes what the others leave
                header.resizeSection(n, min(header.sectionSize(n), letter * 14))

    def _table(self, name: str) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        return table

    def refresh(self) -> None:
        self.model.refresh()
        if self.search_box.text().strip():
            self.run_search()

    # -- filtering and searching ---------------------------------------------------------
    def _filter_changed(self, filt: ArchiveFilter) -> None:
        self.model.set_filter(filt)
        if self.search_box.text().strip():
            self.run_search()

    def run_search(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            self.hits.clear()
            self.lists.setCurrentWidget(self.table)
            self._listed(self.model.total)
            return
        self.hits.search(text, self.filters.current())

    def _listed(self, total: int) -> None:
        if not self._sized and self.model.rows:
            self._sized = True
            self._fit_columns()
        if self.lists.currentWidget() is self.table:
            self.count.setText(formatting.counted(self.tr("%n testimonies", "", total), total))
        self.listed.emit(total)

    def _searched(self, found: int) -> None:
        self.lists.setCurrentWidget(self.hit_table)
        self.hit_table.resizeRowsToContents()
        self.count.setText(formatting.counted(self.tr("%n testimonies match", "", found),
                                              found))
        self.listed.emit(found)

    # -- opening -------------------------------------------------------------------------
    def _open_row(self, index: QModelIndex) -> None:
        interview_id = index.data(ID_ROLE)
        if isinstance(interview_id, str):
            self.pane.open(interview_id)

    def _open_hit(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, ArchiveHit):
            self.pane.open(hit.interview_id, hit.kind, hit.ref_id, self.hits.text)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
