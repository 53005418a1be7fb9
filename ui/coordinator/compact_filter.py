"""A compact archive filter for the statistics screen and the case export wizard: violation
type, governorate (chosen from the list, not typed), incident dates and a body the testimony
may be shared with. It makes the one ArchiveFilter the whole archive uses, like the archive
list's fuller FilterBar (filter_bar.py); a host with its own filter hands it to these screens
instead (their `set_filter`, `use_filter`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QWidget

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.consent.bodies import Body

DATE_LENGTH = 10


class CompactFilterBar(QWidget):
    # Emitted when a choice changed or a date was typed (after Enter or leaving the field).
    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.violation = self._combo(self.tr("Violation type"), self.tr("Any violation"))
        for term in vocabulary.terms("violations"):
            self.violation.addItem(term.label(language), term.code)
        self.place = self._combo(self.tr("Governorate"), self.tr("Any governorate"))
        for term in vocabulary.terms("areas"):
            self.place.addItem(term.label(language), term.code)
        self.date_from = self._date(self.tr("Incidents from"))
        self.date_to = self._date(self.tr("Incidents until"))
        self.shareable = self._combo(self.tr("May be shared with"), self.tr("Any body"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.violation, 2)
        row.addWidget(self.place, 1)
        form.addRow(self.tr("Testimonies with"), row)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        form.addRow(self.tr("Incident dates"), dates)
        form.addRow(self.tr("Shareable with"), self.shareable)

    def _combo(self, name: str, anything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(anything, None)
        combo.activated.connect(self.changed)
        return combo

    def _date(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        edit.setMaxLength(DATE_LENGTH)
        edit.editingFinished.connect(self.changed)
        return edit

    def set_bodies(self, bodies: list[Body], language: str) -> None:
        """The accountability bodies this vault knows (read from the vault by the caller)."""
        while self.shareable.count() > 1:
            self.shareable.removeItem(1)
        for body in bodies:
            self.shareable.addItem(body.name(language), body.id)

    def archive_filter(self) -> ArchiveFilter:
        """The filter as chosen; a date the core cannot read is refused when it is used
        (BadFilterDate, worded by the app)."""
        violation = self.violation.currentData()
        return ArchiveFilter(
            violations=(violation,) if violation else (),
            place=self.place.currentData(),
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            shareable_with=self.shareable.currentData())
