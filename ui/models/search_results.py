"""Search results: one row per interview, with the matching passage and its highlights."""

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

from testimony_recorder.recorder.search import query
from testimony_recorder.recorder.search.query import Hit
from testimony_recorder.recorder.store import listing
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..session import Session
from ..tasks import Job
from .interview_list import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
LIMIT = 200


class SearchResultsModel(QAbstractTableModel):
    searched = Signal(int)
    failed = Signal(object)

    def __init__(self, session: Session, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.results: list[tuple[listing.InterviewRow, Hit]] = []
        self.text = ""
        self._generation = 0

    def search(self, text: str) -> None:
        self.text = text
        self._generation += 1
        generation = self._generation

        def work(vault: Vault, job: Job) -> list[tuple[listing.InterviewRow, Hit]]:
            hits = query.search(vault.conn, text, limit=LIMIT)
            rows = listing.page(vault.conn, listing.ListFilter(
                interview_ids=tuple(h.interview_id for h in hits)), limit=LIMIT)
            by_id = {r.id: r for r in rows}
            return [(by_id[h.interview_id], h) for h in hits if h.interview_id in by_id]

        def done(results: list[tuple[listing.InterviewRow, Hit]]) -> None:
            if not isValid(self) or generation != self._generation:
                return  # a newer search replaced this one, or the vault was locked meanwhile
            self.beginResetModel()
            self.results = results
            self.endResetModel()
            self.searched.emit(len(results))

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.failed.emit(error)

        self.session.runner.run(work, owner=self, done=done, failed=failed)

    def where(self, kind: str) -> str:
        return {"narrative": self.tr("Testimony"), "summary": self.tr("Summary"),
                "incident": self.tr("Incident"), "person": self.tr("Person")}.get(kind, kind)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Witness"), self.tr("Date"), self.tr("Found in"),
                self.tr("Passage")][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, hit = self.results[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == SNIPPET_ROLE and index.column() == 3:
            return hit.snippet
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return [row.witness_code, formatting.when(row.started_at, self.language, with_time=False),
                self.where(hit.kind), hit.snippet.text][index.column()]
