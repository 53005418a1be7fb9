"""The statistics screen: counts by violation type, month, governorate, alleged perpetrator
affiliation and unit, and victim gender and age group, over an archive filter, each as a chart
and a table (recorder.analysis.stats; docs/statistics.md says what is counted).

A self-contained widget for the coordinator's workspace (`page`). It has a small filter bar of
its own;
a host with its own archive filter hides it (`with_filter_bar=False`) and calls `set_filter`.
Counting runs on the vault's thread; only the latest request's answer is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.analysis import stats, tables
from testimony_recorder.recorder.analysis.tables import NOT_RECORDED, SPANS_YEARS, UNDATED
from testimony_recorder.recorder.archive import facets
from testimony_recorder.recorder.archive.filters import EVERYTHING, ArchiveFilter
from testimony_recorder.recorder.consent import bodies
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import describe
from ..session import Session
from ..tasks import Job
from ..widgets.file_dialogs import choose_folder
from .compact_filter import CompactFilterBar
from .counts import Counts
from .stats_panel import StatsPanel


class StatisticsView(QWidget):
    # Emitted when new counts are shown, with the number of testimonies counted.
    counted = Signal(int)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None, *,
                 with_filter_bar: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Statistics"))
        self.session = session
        self.language = language
        self.filter: ArchiveFilter = EVERYTHING
        self.result: stats.Statistics | None = None
        self._asked = 0
        self.filter_bar = CompactFilterBar(language, self)
        self.filter_bar.setVisible(with_filter_bar)
        self.filter_bar.changed.connect(lambda: self.set_filter(
            self.filter_bar.archive_filter()))
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.save_all = QPushButton(self.tr("Save all tables as CSV..."), self)
        self.save_all.clicked.connect(lambda: self.save_tables())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.save_all)
        self.tabs = QTabWidget(self)
        self.panels: dict[str, StatsPanel] = {}
        incidents, testimonies = self.tr("Incidents"), self.tr("Testimonies")
        persons, victims = self.tr("Persons named"), self.tr("Victims")
        for name, title, headers in (
                ("violations", self.tr("Violation types"),
                 [self.tr("Violation type"), incidents, testimonies]),
                ("months", self.tr("Incidents by month"), [self.tr("Month"), incidents]),
                ("governorates", self.tr("Governorates"), [self.tr("Governorate"), incidents]),
                ("affiliations", self.tr("Alleged perpetrators by affiliation"),
                 [self.tr("Affiliation"), incidents, persons]),
                ("units", self.tr("Alleged perpetrators by unit"),
                 [self.tr("Unit"), incidents, persons]),
                ("victim_gender", self.tr("Victims by gender"), [self.tr("Gender"), victims]),
                ("victim_age", self.tr("Victims by age group"), [self.tr("Age group"),
                                                                  victims])):
            panel = StatsPanel(title, headers, language, self)
            self.panels[name] = panel
            self.tabs.addTab(panel, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def labels(self) -> tables.Labeler:
        return tables.labeler(self.language, {
            NOT_RECORDED: self.tr("not recorded"),
            SPANS_YEARS: self.tr("spans more than one year"),
            UNDATED: self.tr("no date")})

    def set_filter(self, filt: ArchiveFilter) -> None:
        """Count again for `filt` (the answer to an older request is dropped)."""
        self.filter = filt
        self.refresh()

    def refresh(self) -> None:
        self._asked += 1
        asked, filt = self._asked, self.filter
        self.summary.setText(self.tr("Counting..."))

        def work(vault: Vault, job: Job) -> tuple[stats.Statistics, list[bodies.Body]]:
            facets.ensure(vault)
            return (stats.compute(vault.conn, filt),
                    [b for b, _ in bodies.all_bodies(vault.conn)])

        def done(value: tuple[stats.Statistics, list[bodies.Body]]) -> None:
            if asked == self._asked:
                self._show(*value)

        def failed(error: BaseException) -> None:
            if asked == self._asked:
                self.summary.setText(describe(error))

        self.session.runner.run(work, owner=self, done=done, failed=failed)

    def _show(self, result: stats.Statistics, known: list[bodies.Body]) -> None:
        self.result = result
        chosen = self.filter_bar.shareable.currentData()
        self.filter_bar.set_bodies(known, self.language)
        self.filter_bar.shareable.setCurrentIndex(max(0, self.filter_bar.shareable.findData(
            chosen)))
        counts = Counts(self)
        self.summary.setText(formatting.listed([counts.testimonies(result.testimonies),
                                                counts.incidents(result.incidents),
                                                counts.victims_named(result.victims)]))
        label = self.labels()
        muted = self.tr("Lighter bars: dates known only to the year, spanning years or "
                        "missing; values not recorded.")

        def more(rows: int) -> str:
            return formatting.counted(self.tr("%n more rows are in the table.", "", rows), rows)

        for table in result.tables:
            self.panels[table.name].show_table(table, label, muted, more)
        self.counted.emit(result.testimonies)

    def save_tables(self, folder: str | None = None) -> list[Path]:
        """Every table as <name>.csv in a folder the person chooses (plaintext they asked
        for); returns what was written."""
        if self.result is None:
            return []
        folder = folder or choose_folder(self, self.tr("Save the tables in"))
        if not folder:
            return []
        try:
            written = tables.write_csv(self.result.tables, Path(folder), self.labels())
        except RecorderError as exc:
            self.summary.setText(describe(exc))
            return []
        self.summary.setText(formatting.counted(
            self.tr("%n table(s) saved in %1.", "", len(written)), len(written))
            .replace("%1", isolate(folder)))
        return written


def page(session: Session, language: str, parent: QWidget) -> QWidget:
    """The workspace's statistics page (ui/coordinator/archive_workspace.py): counts at once
    over the whole archive, then over what its filter bar chooses."""
    view = StatisticsView(session, language, parent)
    view.refresh()
    return view
