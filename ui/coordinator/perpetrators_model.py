"""The perpetrator index as a lazy Qt model: entries arrive a page at a time, most
corroborated first, so an index of 200,000 names opens as fast as one of ten. A name typed in
the find box narrows it to entries whose usual name has that skeleton (any spelling or
script of it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from testimony_recorder.recorder.archive import merges, perpetrator_index
from testimony_recorder.recorder.archive.perpetrator_index import EntrySummary

from .. import formatting
from ..models.paged_model import CountFn, PagedModel, PageFn
from ..models.table_model import ID_ROLE, Index
from ..session import Session


class PerpetratorsModel(PagedModel):
    def __init__(self, session: Session, language: str, parent: QObject | None = None) -> None:
        super().__init__(session, language, parent)
        self.rows: list[EntrySummary] = []
        self.name = ""
        # The page's words (translated in its context, where its other words are).
        self.headers = [QCoreApplication.translate("PerpetratorsView", "Name"),
                        QCoreApplication.translate("PerpetratorsView", "Kind"),
                        QCoreApplication.translate("PerpetratorsView", "Witnesses"),
                        QCoreApplication.translate("PerpetratorsView", "Interviewers"),
                        QCoreApplication.translate("PerpetratorsView", "Testimonies"),
                        QCoreApplication.translate("PerpetratorsView", "Aliases and spellings"),
                        QCoreApplication.translate("PerpetratorsView",
                                                   "Affiliation, unit, rank")]

    def find(self, name: str) -> None:
        """Show the entries whose name matches `name` (all of them if it is blank)."""
        self.name = name.strip()
        self.reload()

    def query(self) -> tuple[CountFn, PageFn]:
        name = self.name
        return (lambda vault: perpetrator_index.count(vault.conn, name=name),
                lambda vault, offset, limit: perpetrator_index.summaries(
                    vault.conn, name=name, offset=offset, limit=limit))

    def kind_word(self, kind: str) -> str:
        if kind == merges.UNIT:
            return QCoreApplication.translate("PerpetratorsView", "unit")
        return QCoreApplication.translate("PerpetratorsView", "person")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        e = self.rows[index.row()]
        if role == ID_ROLE:
            return e.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return e.name
        if column == 1:
            return self.kind_word(e.kind)
        if column in (2, 3, 4):
            c = e.corroboration
            value = (c.witnesses, c.interviewers, c.testimonies)[column - 2]
            return formatting.number(value, self.language)
        if column == 5:
            return formatting.joined(sorted({*e.names, *e.aliases} - {e.name}))
        return formatting.joined([*e.affiliations, *e.units, *e.ranks, *e.positions])
