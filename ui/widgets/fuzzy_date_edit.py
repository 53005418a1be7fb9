"""When something happened, as precisely as the witness knows it: on a day, in a month, in a
year, between two dates, or approximately. Below the inputs, how the date reads, so the
interviewer can check it with the witness."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from testimony_recorder.recorder.model.incident import FuzzyDate

from .date_words import describe
from .partial_date_edit import PartialDateEdit


class FuzzyDateEdit(QWidget):
    # Something was typed (save soon).
    edited = Signal()
    # Something was picked from a list (save now).
    chosen = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.precision = QComboBox(self)
        self.precision.setAccessibleName(self.tr("How precisely the date is known"))
        for code, text in ((None, self.tr("Not known")), ("day", self.tr("On a day")),
                           ("month", self.tr("In a month")), ("year", self.tr("In a year")),
                           ("range", self.tr("Between two dates")),
                           ("approximate", self.tr("Approximately"))):
            self.precision.addItem(text, code)
        self.start_caption = QLabel(self)
        self.start = PartialDateEdit(language, self.tr("Date"), self)
        self.end_caption = QLabel(self.tr("and"), self)
        self.end = PartialDateEdit(language, self.tr("End of the period"), self)
        self.reading = QLabel(self)
        self.reading.setObjectName("subtle")
        self.reading.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.precision.activated.connect(self._precision_chosen)
        for part in (self.start, self.end):
            part.edited.connect(self._edited)
            part.chosen.connect(self._chosen)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.precision, 0, 0)
        grid.addWidget(self.start_caption, 0, 1)
        grid.addWidget(self.start, 0, 2)
        grid.addWidget(self.end_caption, 1, 1)
        grid.addWidget(self.end, 1, 2)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.reading)
        layout.addWidget(self.problem)
        self.setFocusProxy(self.precision)
        self._arrange()

    # -- showing --------------------------------------------------------------------------------
    def set_value(self, value: FuzzyDate | None) -> None:
        index = self.precision.findData(value.precision if value else None)
        self.precision.setCurrentIndex(max(index, 0))
        self.start.set_value(value.start if value else None)
        self.end.set_value(value.end if value else None)
        self._arrange()

    def _arrange(self) -> None:
        code = self.precision.currentData()
        self.start.setVisible(code is not None)
        self.start.set_mode(code if code in ("day", "month", "year") else "any")
        self.end.set_mode("any")
        ranged = code == "range"
        self.start_caption.setVisible(code in ("range", "approximate"))
        self.start_caption.setText(self.tr("from") if ranged else self.tr("around"))
        self.start.set_name(self.tr("Start of the period") if ranged else self.tr("Date"))
        self.end.setVisible(ranged)
        self.end_caption.setVisible(ranged)
        self._show_reading()

    def _show_reading(self) -> None:
        value, problem = self.value()
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        shown = value is not None and problem is None
        self.reading.setText(self.tr("Reads: %1").replace(
            "%1", describe(value, self.language)) if shown else "")
        self.reading.setVisible(shown)

    # -- reading --------------------------------------------------------------------------------
    def value(self) -> tuple[FuzzyDate | None, str | None]:
        """The date, or None and what to fix (None, None: the date is not known)."""
        code = self.precision.currentData()
        if code is None:
            return None, None
        start, problem = self.start.value()
        if start is None:
            return None, problem
        if code != "range":
            return FuzzyDate(code, start, None), None
        end, problem = self.end.value()
        if end is None:
            return None, self.tr("End of the period: %1").replace("%1", problem or "")
        value = FuzzyDate("range", start, end)
        if FuzzyDate("year", end).bounds()[1] < FuzzyDate("year", start).bounds()[0]:
            return None, self.tr("The period ends before it starts.")
        return value, None

    # -- changes --------------------------------------------------------------------------------
    def _precision_chosen(self) -> None:
        self._arrange()
        self.chosen.emit()

    def _edited(self) -> None:
        self._show_reading()
        self.edited.emit()

    def _chosen(self) -> None:
        self._show_reading()
        self.chosen.emit()
