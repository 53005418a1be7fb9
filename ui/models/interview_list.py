"""The interview list as a Qt model: pages of rows fetched in the background as the view
scrolls, so it opens at once whatever the size of the vault."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.store import listing
from testimony_recorder.recorder.store.listing import InterviewRow, ListFilter

from .. import formatting
from ..session import Session
from .paged_model import CountFn, PagedModel, PageFn
from .table_model import ID_ROLE, Index

WITNESS, STARTED, STATUS, PLACE, VIOLATIONS = range(5)
SORT_KEYS = {WITNESS: "witness", STARTED: "started"}


class InterviewListModel(PagedModel):
    PAGE = 200
    SORT_KEYS = SORT_KEYS

    def __init__(self, session: Session, language: str, parent: QObject | None = None) -> None:
        super().__init__(session, language, parent)
        self.headers = [self.tr("Witness"), self.tr("Date"), self.tr("Status"), self.tr("Place"),
                        self.tr("Violations")]
        self.rows: list[InterviewRow] = []
        self.filter = ListFilter()
        # Newest interview first, as a person looks for the one they just recorded.
        self.sort_key = "started"
        self._violations = {t.code: t.label(language) for t in vocabulary.terms("violations")}

    # -- queries -------------------------------------------------------------------------------
    def reload(self, filt: ListFilter | None = None) -> None:
        if filt is not None:
            self.filter = filt
        super().reload()

    def query(self) -> tuple[CountFn, PageFn]:
        filt, sort, desc = self.filter, self.sort_key, self.descending
        return (lambda vault: listing.count(vault.conn, filt),
                lambda vault, offset, limit: listing.page(vault.conn, filt, sort, desc, offset,
                                                          limit))

    # -- Qt model ------------------------------------------------------------------------------
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
        return formatting.joined(self._violations.get(v, v) for v in row.violations)
