"""The left side of the workspace: search, filters and the list of interviews."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.search.query import Hit
from testimony_recorder.recorder.store.listing import ListFilter

from . import formatting
from .models.interview_list import PLACE, STARTED, VIOLATIONS, InterviewListModel
from .models.search_results import PASSAGE, SearchResultsModel
from .models.table_model import HIT_ROLE, ID_ROLE
from .session import Session
from .widgets.rows import choose_row
from .widgets.search_box import SearchBox
from .widgets.snippet_delegate import SnippetDelegate
from .widgets.sort_header import sort_in_vault


class InterviewListPanel(QWidget):
    interview_selected = Signal(str)
    # A search result was opened: the hit (where it is) and the words searched for.
    hit_selected = Signal(object, str)
    failed = Signal(object)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.session = session
        self.model = InterviewListModel(session, language, self)
        self.results = SearchResultsModel(session, language, self)
        for model in (self.model, self.results):
            model.failed.connect(self.failed)

        self.search = SearchBox(self.tr("Search testimonies, incidents, places, "
                                        "perpetrators"), self.tr("Search"), self)
        self.search.wanted.connect(self._run_search)

        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Filter by status"))
        for text, value in ((self.tr("Any status"), None), (self.tr("Drafts"), "draft"),
                            (self.tr("Finalized"), "finalized"),
                            (self.tr("Not started"), "empty")):
            self.status.addItem(text, value)
        self.violation = QComboBox(self)
        self.violation.setAccessibleName(self.tr("Filter by violation"))
        self.violation.addItem(self.tr("Any violation"), None)
        for term in vocabulary.terms("violations"):
            self.violation.addItem(term.label(language), term.code)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Filter by date of the interview"))
        for text, days in ((self.tr("Any date"), None), (self.tr("Last 7 days"), 7),
                           (self.tr("Last 30 days"), 30), (self.tr("Last 12 months"), 365)):
            self.period.addItem(text, days)
        self.delivery = QComboBox(self)
        self.delivery.setAccessibleName(self.tr("Filter by delivery"))
        for text, value in ((self.tr("Sent or not"), None),
                            (self.tr("Not sent yet"), "not_sent"),
                            (self.tr("Sent, not confirmed"), "sent"),
                            (self.tr("Delivered"), "delivered")):
            self.delivery.addItem(text, value)
        for combo in (self.status, self.violation, self.delivery, self.period):
            combo.currentIndexChanged.connect(self._filter)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Interviews"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        sort_in_vault(self.table, self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.activated.connect(self._open)
        self.table.clicked.connect(self._open)
        self._delegate = SnippetDelegate(self.table)
        self.count = QLabel(self)
        self.count.setObjectName("subtle")

        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.delivery)
        filters.addWidget(self.period)
        more = QHBoxLayout()
        more.addWidget(self.violation, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addLayout(more)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.model.loaded.connect(self._show_total)
        self.model.loaded.connect(self._select_wanted)
        self.results.searched.connect(self._show_found)
        # The interview shown in the editor: selected again whenever the list is reloaded.
        self._wanted = ""
        self._show_list()
        self.table.sortByColumn(STARTED, Qt.SortOrder.DescendingOrder)  # newest first

    def _filter(self) -> None:
        days = self.period.currentData()
        since = None if days is None else (
            datetime.now(UTC) - timedelta(days=int(days))).isoformat().replace("+00:00", "Z")
        self.model.reload(ListFilter(status=self.status.currentData(),
                                     violation=self.violation.currentData(),
                                     delivery=self.delivery.currentData(),
                                     started_from=since))

    def _show_list(self) -> None:
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PASSAGE, None)  # type: ignore[arg-type]  # removes it
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        # The short columns fit their text; the place and the violations share the rest, so
        # the violations are always in view (a long text is elided, whole in its tooltip).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (PLACE, VIOLATIONS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            if self.table.model() is not self.model:
                self._show_list()
            self._show_total(self.model.total)
            return
        if self.table.model() is not self.results:
            self.table.setSortingEnabled(False)
            self.table.setModel(self.results)
            self.table.setItemDelegateForColumn(PASSAGE, self._delegate)
            self.table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.Interactive)
            for column, width in ((0, 110), (1, 90), (2, 80)):
                self.table.setColumnWidth(column, width)
        self.results.search(text)

    def _show_total(self, total: int) -> None:
        self.count.setText(formatting.counted(self.tr("%n interview(s)", "", total)))

    def _show_found(self, found: int) -> None:
        self.count.setText(formatting.counted(self.tr("%n interview(s) found", "", found)))
        self.table.resizeRowsToContents()

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, Hit):
            self.hit_selected.emit(hit, self.results.text)
            return
        interview_id = index.data(ID_ROLE)
        if interview_id:
            self._wanted = interview_id
            self.interview_selected.emit(interview_id)

    def select(self, interview_id: str) -> None:
        """Select an interview and scroll to it, now and whenever the list is reloaded (a new
        interview appears when the reloaded list's first page arrives)."""
        self._wanted = interview_id
        self._select_wanted()

    def _select_wanted(self) -> None:
        if not self._wanted or self.table.model() is not self.model:
            return
        row = next((r for r, found in enumerate(self.model.rows) if found.id == self._wanted),
                   None)
        if row is None:
            return
        index = self.model.index(row, 0)
        choose_row(self.table, row)
        self.table.scrollTo(index)

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return  # a save that finished while locking: this panel is about to go
        if self.search.text().strip():
            self._run_search()
        else:
            self.model.reload()

