"""The archive list as a lazy Qt model: the first page arrives at once and the view asks for
more as it scrolls (canFetchMore/fetchMore), so 100,000 testimonies open as fast as 100.
Search hits have a model of their own, with the highlighted passage of each."""

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

from testimony_recorder.recorder import i18n, vocabulary
from testimony_recorder.recorder.archive import listing, search
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.archive.listing import ArchiveRow
from testimony_recorder.recorder.archive.search import ArchiveHit
from testimony_recorder.recorder.vault import Vault

from ..models.search_results import SNIPPET_ROLE
from ..session import Session
from ..tasks import Job

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE = 100


def violation_words(codes: tuple[str, ...], language: str) -> str:
    labels = {t.code: t for t in vocabulary.terms("violations")}
    return ", ".join(labels[c].label(language) if c in labels else c for c in codes)


class ArchiveModel(QAbstractTableModel):
    #: A filter's first page arrived (the number of testimonies it selects).
    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, session: Session, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.rows: list[ArchiveRow] = []
        self.total = 0
        self.filter = ArchiveFilter()
        self._generation = 0
        self._loading = False
        self.headers = [self.tr("Witness"), self.tr("Interviewer"), self.tr("Device"),
                        self.tr("Violations"), self.tr("Incident dates"), self.tr("Imported"),
                        self.tr("Versions")]

    def set_filter(self, filt: ArchiveFilter) -> None:
        """Show what `filt` selects, from its first page."""
        self.filter = filt
        self._generation += 1
        generation = self._generation
        self._loading = True

        def work(vault: Vault, job: Job) -> list[ArchiveRow]:
            return listing.page(vault.conn, filt, limit=PAGE)

        def shown(rows: list[ArchiveRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return  # a newer filter replaced this one
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            # The first page is shown before the count, which reads every match: the count
            # follows on the same worker (and more pages only once it is known).
            self.session.runner.run(count, owner=self, done=counted, failed=self._failed)

        def count(vault: Vault, job: Job) -> int:
            return listing.count(vault.conn, filt)

        def counted(total: int) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.total = max(total, len(self.rows))
            self._loading = False
            self.loaded.emit(self.total)

        self.session.runner.run(work, owner=self, done=shown, failed=self._failed)

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.failed.emit(error)

    # -- lazy paging ---------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        filt, offset, generation = self.filter, len(self.rows), self._generation

        def work(vault: Vault, job: Job) -> list[ArchiveRow]:
            return listing.page(vault.conn, filt, offset=offset, limit=PAGE)

        def done(more: list[ArchiveRow]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self._loading = False
            if more:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
                self.rows += more
                self.endInsertRows()
            else:
                self.total = len(self.rows)  # the archive changed under the list

        self.session.runner.run(work, owner=self, done=done, failed=self._failed)

    # -- the table -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == ID_ROLE:
            return r.interview_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cell(r, index.column())

    def cell(self, r: ArchiveRow, column: int) -> str:
        lang = self.language
        if column == 0:
            return r.witness_code + (" " + self.tr("(withdrawn)") if r.withdrawn else "")
        if column == 1:
            return r.interviewer
        if column == 2:
            return r.device_name or (r.device or "")[:16] or self.tr("this vault")
        if column == 3:
            return violation_words(r.violations, lang)
        if column == 4:
            if not r.date_start:
                return ""
            start, end = i18n.day(r.date_start, lang), i18n.day(r.date_end, lang)
            return start if start == end else self.tr("%1 to %2").replace(
                "%1", start).replace("%2", end)
        if column == 5:
            return i18n.when(r.imported_at, lang, with_time=False)
        return i18n.number(r.versions, lang)


class HitsModel(QAbstractTableModel):
    """Search hits: the testimony and where in it, then the passage with its matches."""

    searched = Signal(int)
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hits: list[tuple[ArchiveHit, str]] = []
        self.text = ""
        self._generation = 0
        self.places = {search.NARRATIVE: self.tr("Narrative"), search.SUMMARY: self.tr("Summary"),
                       search.INCIDENT: self.tr("Incident"), search.PERSON: self.tr("Person")}

    def search(self, text: str, filt: ArchiveFilter) -> None:
        self.text = text
        self._generation += 1
        generation = self._generation

        def work(vault: Vault, job: Job) -> list[tuple[ArchiveHit, str]]:
            hits = search.search(vault.conn, text, filt)
            found = listing.page(vault.conn, ArchiveFilter(
                interview_ids=tuple(h.interview_id for h in hits), include_withdrawn=True),
                limit=len(hits) or 1)
            codes = {r.interview_id: r.witness_code for r in found}
            return [(h, codes.get(h.interview_id, "")) for h in hits]

        def done(hits: list[tuple[ArchiveHit, str]]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.beginResetModel()
            self.hits = hits
            self.endResetModel()
            self.searched.emit(len(hits))

        self.session.runner.run(work, owner=self, done=done, failed=self.failed.emit)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Found in"), self.tr("Passage"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit, code = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.interview_id
        if index.column() == 1:
            if role == SNIPPET_ROLE:
                return hit.snippet
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return hit.snippet.text
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("%1, %2").replace("%1", code).replace(
                "%2", self.places.get(hit.kind, hit.kind))
        return None
