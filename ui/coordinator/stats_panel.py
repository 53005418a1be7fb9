"""One statistics table: its chart above, its rows below, and saving each (PNG, SVG, CSV).

Saved files are plaintext the person asked for: counts, with the labels shown (unit and force
names among them). Dialogs are Qt's own and keep no list of recent files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.analysis.tables import (
    NOT_RECORDED,
    SPANS_YEARS,
    UNDATED,
    Labeler,
    Table,
    to_csv,
)
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.fsutil import atomic_write

from .. import formatting
from ..i18n import isolate
from ..messages import describe
from ..widgets.file_dialogs import save_file
from .charts import MAX_BARS, Bar, Chart, ChartWidget, png_data, svg_data


class StatsPanel(QWidget):
    def __init__(self, title: str, headers: list[str], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.language = language
        self.table: Table | None = None
        self.label: Labeler | None = None
        self.chart_view = ChartWidget(self)
        self.chart_scroll = QScrollArea(self)
        self.chart_scroll.setWidget(self.chart_view)
        self.chart_scroll.setWidgetResizable(True)
        self.rows = QTableWidget(0, len(headers), self)
        self.rows.setAccessibleName(title)
        self.rows.setHorizontalHeaderLabels(headers)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.verticalHeader().hide()
        self.rows.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.png = QPushButton(self.tr("Save chart as PNG..."), self)
        self.svg = QPushButton(self.tr("Save chart as SVG..."), self)
        self.csv = QPushButton(self.tr("Save table as CSV..."), self)
        self.png.clicked.connect(self.save_png)
        self.svg.clicked.connect(self.save_svg)
        self.csv.clicked.connect(self.save_csv)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        for button in (self.png, self.svg, self.csv):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart_scroll)
        split.addWidget(self.rows)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def show_table(self, table: Table, label: Labeler, muted_note: str,
                   more_note: Callable[[int], str]) -> None:
        self.table, self.label = table, label
        self.rows.setRowCount(len(table.rows))
        for n, row in enumerate(table.rows):
            name = QTableWidgetItem(label(table, row))
            name.setData(Qt.ItemDataRole.UserRole, row.key)
            self.rows.setItem(n, 0, name)
            for c, value in enumerate(row.counts, 1):
                cell = QTableWidgetItem(formatting.number(value, self.language))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTrailing
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.rows.setItem(n, c, cell)
        bars = tuple(Bar(label(table, r), r.counts[0],
                         formatting.number(r.counts[0], self.language),
                         muted=self._muted(table, r.key)) for r in table.rows)
        columns = table.name == "months"
        notes = []
        if any(b.muted for b in bars):
            notes.append(muted_note)
        if not columns and len(bars) > MAX_BARS:
            notes.append(more_note(len(bars) - MAX_BARS))
        self.chart_view.show_chart(self.chart(bars, columns, " ".join(notes)))
        # The whole chart in view when it is not very long (a long one scrolls).
        self.chart_scroll.setMinimumHeight(min(self.chart_view.minimumHeight() + 4, 380))
        for button in (self.png, self.svg, self.csv):
            button.setEnabled(bool(table.rows))

    def chart(self, bars: tuple[Bar, ...], columns: bool, note: str) -> Chart:
        return Chart(self.title, bars, columns=columns, note=note)

    @staticmethod
    def _muted(table: Table, key: str) -> bool:
        return key in (NOT_RECORDED, SPANS_YEARS, UNDATED) or (
            table.name == "months" and len(key) == 4)

    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _target(self, suffix: str, kind: str) -> str:
        name = self.table.name if self.table else "chart"
        return save_file(self, self.tr("Save"), f"{name}.{suffix}", kind)

    def save_png(self, path: str | None = None) -> None:
        path = path or self._target("png", self.tr("PNG image (*.png)"))
        if path:
            self._save(path, lambda: png_data(self.chart_view.chart, self.chart_view.font(),
                                              rtl=self._rtl()))

    def save_svg(self, path: str | None = None) -> None:
        path = path or self._target("svg", self.tr("SVG drawing (*.svg)"))
        if path:
            self._save(path, lambda: svg_data(self.chart_view.chart, self.chart_view.font(),
                                              rtl=self._rtl()))

    def save_csv(self, path: str | None = None) -> None:
        if self.table is None or self.label is None:
            return
        table, label = self.table, self.label
        path = path or self._target("csv", self.tr("CSV table (*.csv)"))
        if path:
            self._save(path, lambda: to_csv(table, label).encode("utf-8-sig"))

    def _save(self, path: str, data: Callable[[], bytes]) -> None:
        """Write atomically; a folder that cannot be written is said in the status line."""
        try:
            atomic_write(Path(path), data())
        except RecorderError as error:
            self.status.setText(describe(error))
            return
        self.status.setText(self.tr("Saved %1").replace("%1", isolate(Path(path).name)))

