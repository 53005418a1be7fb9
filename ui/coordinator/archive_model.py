"""The archive list as a lazy Qt model: the first page arrives at once and the view asks for
more as it scrolls (canFetchMore/fetchMore), so 100,000 testimonies open as fast as 100.
Search hits have a model of their own, with the highlighted passage of each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from shiboken6 import isValid

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.archive import listing, search
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.archive.listing import ArchiveRow
from testimony_recorder.recorder.archive.search import ArchiveHit
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..models.paged_model import CountFn, PagedModel, PageFn
from ..models.table_model import HIT_ROLE, ID_ROLE, SNIPPET_ROLE, Index
from ..session import Session
from ..tasks import Job

__all__ = ["DATES", "HIT_ROLE", "ID_ROLE", "IMPORTED", "INTERVIEWER", "VIOLATIONS", "WITNESS",
           "ArchiveModel", "HitsModel"]

WITNESS, INTERVIEWER, DEVICE, VIOLATIONS, DATES, IMPORTED, VERSIONS = range(7)
# The columns the archive sorts by (recorder.archive.listing.SORTS).
SORT_KEYS = {INTERVIEWER: "interviewer", DATES: "incident_date", IMPORTED: "imported"}


def violation_words(codes: tuple[str, ...], language: str) -> str:
    labels = {t.code: t for t in vocabulary.terms("violations")}
    return formatting.joined(labels[c].label(language) if c in labels else c for c in codes)


class ArchiveModel(PagedModel):
    PAGE = 100
    SORT_KEYS = SORT_KEYS

    def __init__(self, session: Session, language: str, parent: QObject | None = None) -> None:
        super().__init__(session, language, parent)
        self.rows: list[ArchiveRow] = []
        self.filter = ArchiveFilter()
        self.sort_key = "imported"  # newest import first: what just arrived
        self.headers = [self.tr("Witness"), self.tr("Interviewer"), self.tr("Device"),
                        self.tr("Violations"), self.tr("Incident dates"), self.tr("Imported"),
                        self.tr("Versions")]

    def set_filter(self, filt: ArchiveFilter) -> None:
        """Show what `filt` selects, from its first page."""
        self.filter = filt
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def query(self) -> tuple[CountFn, PageFn]:
        filt, sort, descending = self.filter, self.sort_key, self.descending
        return (lambda vault: listing.count(vault.conn, filt),
                lambda vault, offset, limit: listing.page(
                    vault.conn, filt, sort=sort, descending=descending, offset=offset,
                    limit=limit))

    # -- the table -----------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == ID_ROLE:
            return r.interview_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        # The tooltip is the whole cell, for a column too narrow to show it.
        return self.cell(r, index.column())

    def cell(self, r: ArchiveRow, column: int) -> str:
        lang = self.language
        if column == WITNESS:
            return r.witness_code + (" " + self.tr("(withdrawn)") if r.withdrawn else "")
        if column == INTERVIEWER:
            return r.interviewer
        if column == DEVICE:
            return r.device_name or (r.device or "")[:16] or self.tr("this vault")
        if column == VIOLATIONS:
            return violation_words(r.violations, lang)
        if column == DATES:
            if not r.date_start:
                return ""
            start, end = formatting.day(r.date_start, lang), formatting.day(r.date_end, lang)
            return start if start == end else self.tr("%1 to %2").replace(
                "%1", start).replace("%2", end)
        if column == IMPORTED:
            return formatting.when(r.imported_at, lang, with_time=False)
        return formatting.number(r.versions, lang)


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

    def clear(self) -> None:
        """Drop the hits, and the result of any search still running: the box was emptied,
        and a late result must not bring back what it no longer asks for."""
        self._generation += 1
        self.text = ""
        self.beginResetModel()
        self.hits = []
        self.endResetModel()

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
