"""Search results: one row per interview, with the matching passage and its highlights."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from testimony_recorder.recorder.search import query
from testimony_recorder.recorder.search.query import Hit
from testimony_recorder.recorder.store import listing
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..session import Session
from ..tasks import Job
from .table_model import HIT_ROLE, ID_ROLE, SNIPPET_ROLE, Index, RowsModel

LIMIT = 200
PASSAGE = 3


class SearchResultsModel(RowsModel):
    searched = Signal(int)

    def __init__(self, session: Session, language: str, parent: QObject | None = None) -> None:
        super().__init__(session, language, parent)
        self.headers = [self.tr("Witness"), self.tr("Date"), self.tr("Found in"),
                        self.tr("Passage")]
        self.rows: list[tuple[listing.InterviewRow, Hit]] = []
        self.text = ""

    def search(self, text: str) -> None:
        self.text = text
        generation = self._newer()

        def work(vault: Vault, job: Job) -> list[tuple[listing.InterviewRow, Hit]]:
            hits = query.search(vault.conn, text, limit=LIMIT)
            rows = listing.page(vault.conn, listing.ListFilter(
                interview_ids=tuple(h.interview_id for h in hits)), limit=LIMIT)
            by_id = {r.id: r for r in rows}
            return [(by_id[h.interview_id], h) for h in hits if h.interview_id in by_id]

        def done(results: list[tuple[listing.InterviewRow, Hit]]) -> None:
            if not self._current(generation):
                return  # a newer search replaced this one, or the vault was locked meanwhile
            self.beginResetModel()
            self.rows = results
            self.endResetModel()
            self.searched.emit(len(results))

        self.session.runner.run(work, owner=self, done=done, failed=self._failed)

    def where(self, kind: str) -> str:
        return {"narrative": self.tr("Testimony"), "summary": self.tr("Summary"),
                "incident": self.tr("Incident"), "person": self.tr("Person")}.get(kind, kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, hit = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == HIT_ROLE:
            return hit
        if role == SNIPPET_ROLE and index.column() == PASSAGE:
            return hit.snippet
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return [row.witness_code, formatting.when(row.started_at, self.language, with_time=False),
                self.where(hit.kind), hit.snippet.text][index.column()]

