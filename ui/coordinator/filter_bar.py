"""The archive's filters: device, interviewer, violation type, place, incident date range, alleged
perpetrator or unit, consent to share with a body, and versions. They make one ArchiveFilter
(recorder.archive.filters), the same selection the list, search and exports use."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.archive import devices, filters
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.consent import bodies
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.vault import Vault

from ..messages import describe
from ..session import Session
from ..tasks import Job


@dataclass(frozen=True)
class Choices:
    devices: list[tuple[str, str]]
    bodies: list[tuple[str, str]]


class FilterBar(QWidget):
    # The person changed a filter (the new, valid filter).
    changed = Signal(object)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.device = self._combo(self.tr("Device"))
        self.violation = self._combo(self.tr("Violation type"))
        for term in vocabulary.terms("violations"):
            self.violation.addItem(term.label(language), term.code)
        self.shareable = self._combo(self.tr("May be shared with"))
        self.versions = self._combo(self.tr("Versions"))
        self.versions.addItem(self.tr("Never corrected"), filters.ORIGINAL)
        self.versions.addItem(self.tr("Corrected"), filters.CORRECTED)
        self.interviewer = self._line(self.tr("Interviewer, part of the name"))
        self.place = self._line(self.tr("Place or governorate"))
        self.perpetrator = self._line(self.tr("Alleged perpetrator or unit"))
        self.date_from = self._line(self.tr("Incidents from (year, year-month or date)"))
        self.date_to = self._line(self.tr("Incidents to (year, year-month or date)"))
        for edit in (self.date_from, self.date_to):
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells = ((self.tr("Device"), self.device), (self.tr("Interviewer"), self.interviewer),
                 (self.tr("Violation"), self.violation), (self.tr("Place"), self.place),
                 (self.tr("Perpetrator"), self.perpetrator), (self.tr("From"), self.date_from),
                 (self.tr("To"), self.date_to), (self.tr("Shareable with"), self.shareable),
                 (self.tr("Versions"), self.versions))
        across = 5
        for n, (text, widget) in enumerate(cells):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, n // across * 2, n % across)
            grid.addWidget(widget, n // across * 2 + 1, n % across)
        grid.addWidget(self.message, 4, 0, 1, across)
        self.timer = QTimer(self)  # typing settles before the list is asked again
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.apply)

        def choices(vault: Vault, job: Job) -> Choices:
            return Choices([(d.fingerprint, d.name) for d in devices.list_devices(vault.conn)],
                           [(b.id, b.name(language)) for b, _ in bodies.all_bodies(vault.conn)])

        session.runner.run(choices, owner=self, done=self._fill,
                           failed=lambda error: self.message.setText(describe(error)))

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(self.tr("Any"), None)
        combo.currentIndexChanged.connect(lambda _: self.apply())
        return combo

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(lambda _: self.timer.start())
        return edit

    def _fill(self, found: Choices) -> None:
        for fingerprint, name in found.devices:
            self.device.addItem(name or fingerprint[:16], fingerprint)
        for body_id, name in found.bodies:
            self.shareable.addItem(name, body_id)

    def current(self) -> ArchiveFilter:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        device, violation = self.device.currentData(), self.violation.currentData()
        return ArchiveFilter(
            devices=(device,) if device else (), interviewer=text(self.interviewer),
            violations=(violation,) if violation else (),
            place=text(self.place), date_from=text(self.date_from), date_to=text(self.date_to),
            perpetrator=text(self.perpetrator), shareable_with=self.shareable.currentData(),
            versions=self.versions.currentData())

    def apply(self) -> None:
        """Check the filter, say what is wrong with it, or announce it."""
        self.timer.stop()
        filt = self.current()
        try:
            filters.check(filt)
        except RecorderError as error:
            self.message.setText(describe(error))
            return
        self.message.clear()
        self.changed.emit(filt)
