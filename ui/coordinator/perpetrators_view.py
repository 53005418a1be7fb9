"""The perpetrator index: every person and unit named as an alleged perpetrator, with aliases,
affiliation, roles, and corroboration (distinct witnesses and interviewers behind each
allegation). Likely pairs are suggested with a score and reasons; a person merges them, after
a confirmation, and can undo any merge. Nothing is merged by the app on its own.

The list pages lazily (PerpetratorsModel), and a find box narrows it by name; an entry's
allegations are read when it is chosen. The suggestions compare every entry's names, so they
are worked out on their own, after the first page is shown.

Names come from packets: plain text in table cells only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.archive import (
    merges,
    merging,
    perpetrator_index,
    suggestions,
)
from testimony_recorder.recorder.archive.merges import Merge
from testimony_recorder.recorder.archive.perpetrators import PerpetratorEntry
from testimony_recorder.recorder.archive.suggestions import Suggestion
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import show_error
from ..models.table_model import ID_ROLE
from ..session import Session
from ..tasks import Job
from ..widgets.confirm import ask
from ..widgets.layouts import column
from ..widgets.reading_text import reading_text
from ..widgets.search_box import SearchBox
from .archive_model import violation_words
from .counts import Counts
from .perpetrators_model import PerpetratorsModel

REASONS = {
    suggestions.SAME_NAME: QT_TRANSLATE_NOOP("Perpetrators", "same name, other spelling"),
    suggestions.SIMILAR_NAME: QT_TRANSLATE_NOOP("Perpetrators", "similar name"),
    suggestions.ALIAS: QT_TRANSLATE_NOOP("Perpetrators", "alias matches"),
    suggestions.SAME_UNIT: QT_TRANSLATE_NOOP("Perpetrators", "same unit"),
    suggestions.OTHER_UNIT: QT_TRANSLATE_NOOP("Perpetrators", "different units"),
    suggestions.SAME_RANK: QT_TRANSLATE_NOOP("Perpetrators", "same rank"),
}


@dataclass(frozen=True)
class Pairs:
    """The merge suggestions and the merge history, with the name each entry id is shown
    by (an entry merged away is shown by the name of the one it was merged into)."""

    suggestions: list[Suggestion]
    history: list[Merge]
    names: dict[str, str]


def _pairs(vault: Vault, job: Job) -> Pairs:
    entries = perpetrator_index.summaries(vault.conn)
    shown = {member: e.name for e in entries for member in e.members}
    return Pairs(suggestions.suggest(entries), merges.history(vault.conn), shown)


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    _rows_only(table)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1,
                                                  QHeaderView.ResizeMode.Stretch)
    return table


def _rows_only(table: QTableView) -> None:
    """One whole row chosen at a time, nothing edited in place, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class PerpetratorsView(QWidget):
    # The list's first page arrived (how many entries it selects in all).
    loaded = Signal(int)
    # A chosen entry's allegations are shown (its id).
    entry_shown = Signal(str)
    # A merge was made or undone (the merge's id).
    merged = Signal(str)
    unmerged = Signal(str)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.known = Pairs([], [], {})
        self._pairs_wanted = False
        self.roles = {t.code: t.label(language) for t in vocabulary.terms("roles")}
        self.find_box = SearchBox(self.tr("Find by name, in any spelling"),
                                  self.tr("Find an alleged perpetrator by name"), self)
        self.find_box.wanted.connect(self.find_named)
        self.count = QLabel(self)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.model = PerpetratorsModel(session, language, self)
        self.model.loaded.connect(self._listed)
        self.model.failed.connect(self._failed)
        self.entries = QTableView(self)
        self.entries.setAccessibleName(self.tr("Alleged perpetrators"))
        _rows_only(self.entries)
        self.entries.setModel(self.model)
        self.entries.horizontalHeader().setSectionResizeMode(
            self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.entries.selectionModel().selectionChanged.connect(lambda *_: self._show_entry())
        self.detail = reading_text(self, self.tr("Allegations and corroboration"))
        self.pairs = _table(self, self.tr("Suggested merges"), [
            self.tr("First"), self.tr("Second"), self.tr("Score"), self.tr("Why")])
        self.pairs.itemSelectionChanged.connect(self._buttons)
        self.merge_button = QPushButton(self.tr("&Merge..."), self)
        self.merge_button.clicked.connect(self.merge_selected)
        self.history = _table(self, self.tr("Merge history"), [
            self.tr("Kept"), self.tr("Merged into it"), self.tr("Merged on"), self.tr("Undone")])
        self.history.itemSelectionChanged.connect(self._buttons)
        self.unmerge_button = QPushButton(self.tr("&Undo merge..."), self)
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.detail, self.tr("Allegations"))
        self.tabs.addTab(self._with_button(self.pairs, self.merge_button),
                         self.tr("Suggested merges"))
        self.tabs.addTab(self._with_button(self.history, self.unmerge_button),
                         self.tr("Merge history"))
        top = QWidget(self)
        column(top, self.find_box, self.count, self.entries)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        column(self, splitter)
        self._buttons()
        self.refresh()

    def _with_button(self, table: QTableWidget, button: QPushButton) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
        return box

    # -- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the index again; the suggestions follow once the list is shown and counted
        (they compare every entry, and would hold the list up on the vault's thread)."""
        self._pairs_wanted = True
        self.model.reload()

    def find_named(self) -> None:
        self.model.find(self.find_box.text())

    def name_of(self, entry_id: str) -> str:
        return self.known.names.get(entry_id, entry_id[:12])

    def _listed(self, total: int) -> None:
        self.count.setText(formatting.counted(self.tr("%n alleged perpetrators", "", total),
                                              total))
        self.entries.resizeColumnsToContents()
        if self._pairs_wanted:
            self._pairs_wanted = False
            self.session.runner.run(_pairs, owner=self, done=self._show_pairs,
                                    failed=self._failed)
        self.loaded.emit(total)

    def _show_pairs(self, known: Pairs) -> None:
        self.known = known
        _fill(self.pairs, [[
            self.name_of(s.first), self.name_of(s.second),
            formatting.number(s.score, self.language, decimals=2),
            formatting.listed([QCoreApplication.translate("Perpetrators",
                                                          str(REASONS.get(r, r)))
                               for r in s.reasons])] for s in known.suggestions])
        _fill(self.history, [[
            self.name_of(m.kept), self.name_of(m.absorbed),
            formatting.when(m.merged_at, self.language),
            formatting.when(m.undone_at, self.language) if m.undone_at else ""]
            for m in known.history])
        self._buttons()

    def _show_entry(self) -> None:
        rows = self.entries.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows):
            self.detail.clear()
            return
        entry_id = self.model.rows[rows[0].row()].id

        def work(vault: Vault, job: Job) -> PerpetratorEntry:
            return perpetrator_index.entry(vault.conn, entry_id)

        def done(e: PerpetratorEntry) -> None:
            chosen = self.entries.selectionModel().selectedRows()
            if isValid(self) and chosen and chosen[0].data(ID_ROLE) == e.id:
                self._describe(e)

        self.session.runner.run(work, owner=self, done=done, failed=self._failed)

    def _describe(self, e: PerpetratorEntry) -> None:
        counts = Counts(self)
        lines = [isolate(e.name), ""]
        for a in e.allegations:
            #: An allegation: %1 the role ("Carried it out"), %2 the violation, %3 who backs
            #: it ("2 witnesses, 1 interviewer, and 2 testimonies").
            lines.append(self.tr("%1, %2: %3")
                         .replace("%1", self.roles.get(a.role, a.role))
                         .replace("%2", violation_words((a.violation,), self.language)
                                  if a.violation else self.tr("no violation type"))
                         .replace("%3", counts.corroboration(a.corroboration)))
        if e.first_date:
            lines += ["", self.tr("Incidents between %1 and %2").replace(
                "%1", formatting.day(e.first_date, self.language)).replace(
                "%2", formatting.day(e.last_date, self.language))]
        if e.places:
            places = formatting.joined(map(isolate, e.places))
            lines.append(self.tr("Places: %1").replace("%1", places))
        self.detail.setPlainText("\n".join(lines))
        self.tabs.setCurrentWidget(self.detail)
        self.entry_shown.emit(e.id)

    def _buttons(self) -> None:
        self.merge_button.setEnabled(bool(self.pairs.selectionModel().selectedRows()))
        rows = self.history.selectionModel().selectedRows()
        self.unmerge_button.setEnabled(bool(rows) and rows[0].row() < len(self.known.history)
                                       and self.known.history[rows[0].row()].in_force)

    # -- merging -------------------------------------------------------------------------
    def merge_selected(self) -> None:
        rows = self.pairs.selectionModel().selectedRows()
        if not rows:
            return
        s = self.known.suggestions[rows[0].row()]
        first, second = self.name_of(s.first), self.name_of(s.second)
        if not ask(self, self.tr("Merge"), self.tr(
                "Treat %1 and %2 as one %3? Their testimonies and corroboration are counted "
                "together. The merge is written in the custody log and can be undone.")
                .replace("%1", isolate(first)).replace("%2", isolate(second))
                .replace("%3", self.model.kind_word(s.kind)), self.tr("Merge"), warning=False):
            return
        self.merge(s.first, s.second, s.score)

    def merge(self, keep: str, absorb: str, score: float | None) -> None:
        def work(vault: Vault, job: Job) -> Merge:
            return merging.merge(vault, keep, absorb, score=score)

        self.session.runner.run(work, owner=self, done=lambda m: self._changed(self.merged.emit, m),
                                failed=self._failed)

    def unmerge_selected(self) -> None:
        rows = self.history.selectionModel().selectedRows()
        if not rows:
            return
        m = self.known.history[rows[0].row()]
        if not ask(self, self.tr("Undo merge"), self.tr(
                "Undo the merge of %1 into %2? Both are listed apart again; the merge stays in "
                "the history as undone.").replace("%1", isolate(self.name_of(m.absorbed)))
                .replace("%2", isolate(self.name_of(m.kept))), self.tr("Undo merge")):
            return
        self.unmerge(m.id)

    def unmerge(self, merge_id: str) -> None:
        def work(vault: Vault, job: Job) -> Merge:
            return merging.unmerge(vault, merge_id)

        self.session.runner.run(work, owner=self,
                                done=lambda m: self._changed(self.unmerged.emit, m),
                                failed=self._failed)

    def _changed(self, announce: Callable[[str], None], m: Merge) -> None:
        self.refresh()
        announce(m.id)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
