"""The perpetrator index: every person and unit named as an alleged perpetrator, with aliases,
affiliation, roles, and corroboration (distinct witnesses and interviewers behind each
allegation). Likely pairs are suggested with a score and reasons; a person merges them, after
a confirmation, and can undo any merge. Nothing is merged by the app on its own.

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
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

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
from ..session import Session
from ..tasks import Job
from ..widgets.confirm import ask
from .archive_model import violation_words

REASONS = {
    suggestions.SAME_NAME: QT_TRANSLATE_NOOP("Perpetrators", "same name, other spelling"),
    suggestions.SIMILAR_NAME: QT_TRANSLATE_NOOP("Perpetrators", "similar name"),
    suggestions.ALIAS: QT_TRANSLATE_NOOP("Perpetrators", "alias matches"),
    suggestions.SAME_UNIT: QT_TRANSLATE_NOOP("Perpetrators", "same unit"),
    suggestions.OTHER_UNIT: QT_TRANSLATE_NOOP("Perpetrators", "different units"),
    suggestions.SAME_RANK: QT_TRANSLATE_NOOP("Perpetrators", "same rank"),
}


@dataclass(frozen=True)
class Index:
    entries: list[PerpetratorEntry]
    suggestions: list[Suggestion]
    history: list[Merge]


def _load(vault: Vault, job: Job) -> Index:
    entries = perpetrator_index.build(vault.conn)
    return Index(entries, suggestions.suggest(entries), merges.history(vault.conn))


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1,
                                                  QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class PerpetratorsView(QWidget):
    loaded = Signal(int)
    #: A merge was made or undone (the merge's id).
    merged = Signal(str)
    unmerged = Signal(str)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.index = Index([], [], [])
        self.roles = {t.code: t.label(language) for t in vocabulary.terms("roles")}
        self.entries = _table(self, self.tr("Alleged perpetrators"), [
            self.tr("Name"), self.tr("Kind"), self.tr("Witnesses"), self.tr("Interviewers"),
            self.tr("Testimonies"), self.tr("Aliases and spellings"),
            self.tr("Affiliation, unit, rank")])
        self.entries.itemSelectionChanged.connect(self._show_entry)
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Allegations and corroboration"))
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
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.entries)
        splitter.addWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
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
        self.session.runner.run(_load, owner=self, done=self._show, failed=self._failed)

    def name_of(self, entry_id: str) -> str:
        for e in self.index.entries:
            if e.id == entry_id or entry_id in e.members:
                return e.name
        return entry_id[:12]

    def _kind(self, kind: str) -> str:
        return self.tr("unit") if kind == merges.UNIT else self.tr("person")

    def _show(self, index: Index) -> None:
        self.index = index
        n = lambda v: formatting.number(v, self.language)  # noqa: E731 - a short local alias
        _fill(self.entries, [[
            e.name, self._kind(e.kind), n(e.corroboration.witnesses),
            n(e.corroboration.interviewers), n(e.corroboration.testimonies),
            ", ".join(sorted({*e.names, *e.aliases} - {e.name})),
            ", ".join([*e.affiliations, *e.units, *e.ranks, *e.positions])]
            for e in index.entries])
        _fill(self.pairs, [[
            self.name_of(s.first), self.name_of(s.second), f"{s.score:.2f}",
            ", ".join(QCoreApplication.translate("Perpetrators", str(REASONS.get(r, r)))
                      for r in s.reasons)] for s in index.suggestions])
        _fill(self.history, [[
            self.name_of(m.kept), self.name_of(m.absorbed),
            formatting.when(m.merged_at, self.language),
            formatting.when(m.undone_at, self.language) if m.undone_at else ""]
            for m in index.history])
        self._buttons()
        self.loaded.emit(len(index.entries))

    def _show_entry(self) -> None:
        rows = self.entries.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        e = self.index.entries[rows[0].row()]
        n = lambda v: formatting.number(v, self.language)  # noqa: E731 - a short local alias
        lines = [e.name, ""]
        for a in e.allegations:
            lines.append(self.tr("%1, %2: %3 witnesses, %4 interviewers, %5 testimonies")
                         .replace("%1", self.roles.get(a.role, a.role))
                         .replace("%2", violation_words((a.violation,), self.language)
                                  if a.violation else self.tr("no violation type"))
                         .replace("%3", n(a.corroboration.witnesses))
                         .replace("%4", n(a.corroboration.interviewers))
                         .replace("%5", n(a.corroboration.testimonies)))
        if e.first_date:
            lines += ["", self.tr("Incidents between %1 and %2").replace(
                "%1", formatting.day(e.first_date, self.language)).replace(
                "%2", formatting.day(e.last_date, self.language))]
        if e.places:
            lines.append(self.tr("Places: %1").replace("%1", ", ".join(e.places)))
        self.detail.setPlainText("\n".join(lines))
        self.tabs.setCurrentWidget(self.detail)

    def _buttons(self) -> None:
        self.merge_button.setEnabled(bool(self.pairs.selectionModel().selectedRows()))
        rows = self.history.selectionModel().selectedRows()
        self.unmerge_button.setEnabled(bool(rows) and rows[0].row() < len(self.index.history)
                                       and self.index.history[rows[0].row()].in_force)

    # -- merging -------------------------------------------------------------------------
    def merge_selected(self) -> None:
        rows = self.pairs.selectionModel().selectedRows()
        if not rows:
            return
        s = self.index.suggestions[rows[0].row()]
        first, second = self.name_of(s.first), self.name_of(s.second)
        if not ask(self, self.tr("Merge"), self.tr(
                "Treat %1 and %2 as one %3? Their testimonies and corroboration are counted "
                "together. The merge is written in the custody log and can be undone.")
                .replace("%1", isolate(first)).replace("%2", isolate(second))
                .replace("%3", self._kind(s.kind)), self.tr("Merge"), warning=False):
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
        m = self.index.history[rows[0].row()]
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
