"""One date known to the day, the month or only the year: a day list, a month list and a year
field, showing only what the chosen precision needs. Nothing is filled in for the person: an
unentered year stays empty rather than defaulting to this year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from testimony_recorder.recorder import clock, i18n

from .. import formatting

# Which inputs each mode shows; "any" lets the person leave the day or the month out.
MODES = ("day", "month", "year", "any")
FIRST_YEAR = 1900
# ASCII, Arabic-Indic and Eastern Arabic-Indic digits (people type what their keyboard has).
DIGITS = "[0-9\u0660-\u0669\u06f0-\u06f9]"


class PartialDateEdit(QWidget):
    # The year was typed into (save soon).
    edited = Signal()
    # A day or month was picked (save now).
    chosen = Signal()

    def __init__(self, language: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = "day"
        self.day = QComboBox(self)
        self.day.addItem(self.tr("Day"), 0)
        for d in range(1, 32):
            self.day.addItem(formatting.number(d, language), d)
        self.month = QComboBox(self)
        self.month.addItem(self.tr("Month"), 0)
        for m, month_name in enumerate(i18n.month_names(language), start=1):
            self.month.addItem(month_name, m)
        self.year = QLineEdit(self)
        self.year.setPlaceholderText(self.tr("Year"))
        self.year.setMaxLength(4)
        self.year.setValidator(QRegularExpressionValidator(
            QRegularExpression(f"{DIGITS}{{0,4}}"), self.year))
        self.year.setMaximumWidth(self.year.fontMetrics().horizontalAdvance("0000") * 3)
        self.day.activated.connect(self.chosen)
        self.month.activated.connect(self.chosen)
        self.year.textEdited.connect(self.edited)
        self.set_name(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.month)
        layout.addWidget(self.year)
        layout.addStretch(1)
        self.setFocusProxy(self.day)

    def set_name(self, name: str) -> None:
        """What screen readers call this date ("Start of the period: month")."""
        self.setAccessibleName(name)
        self.day.setAccessibleName(self.tr("%1: day").replace("%1", name))
        self.month.setAccessibleName(self.tr("%1: month").replace("%1", name))
        self.year.setAccessibleName(self.tr("%1: year").replace("%1", name))

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.day.setVisible(mode in ("day", "any"))
        self.month.setVisible(mode != "year")
        self.setFocusProxy(self.day if mode in ("day", "any") else
                           self.month if mode == "month" else self.year)

    def set_value(self, value: str | None) -> None:
        parts = (value or "").split("-") if value else []
        self.year.setText(parts[0] if parts else "")
        self.month.setCurrentIndex(int(parts[1]) if len(parts) > 1 else 0)
        self.day.setCurrentIndex(int(parts[2]) if len(parts) > 2 else 0)

    def is_empty(self) -> bool:
        return not self.year.text() and not self.month.currentData() and not (
            self.day.currentData())

    def value(self) -> tuple[str | None, str | None]:
        """(YYYY, YYYY-MM or YYYY-MM-DD, None), or (None, what to fix)."""
        year_text = self.year.text()
        this_year = clock.parse(clock.now()).year
        if not year_text:
            return None, self.tr("Enter the year.")
        year = int(year_text)  # int() reads Arabic-Indic digits too
        if not FIRST_YEAR <= year <= this_year:
            first, last = (formatting.partial_date(str(y), formatting.ui_language())
                           for y in (FIRST_YEAR, this_year))
            return None, (self.tr("Enter a year between %1 and %2.")
                          .replace("%1", first).replace("%2", last))
        month = int(self.month.currentData()) if self.mode != "year" else 0
        day = int(self.day.currentData()) if self.mode in ("day", "any") else 0
        if self.mode in ("day", "month") and not month:
            return None, self.tr("Choose the month.")
        if self.mode == "day" and not day:
            return None, self.tr("Choose the day.")
        if day and not month:
            return None, self.tr("Choose the month of that day.")
        if day:
            try:
                date(year, month, day)
            except ValueError:
                return None, self.tr("That month has no day %1.").replace(
                    "%1", str(day))
            return f"{year:04d}-{month:02d}-{day:02d}", None
        if month:
            return f"{year:04d}-{month:02d}", None
        return f"{year:04d}", None
