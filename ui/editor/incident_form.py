"""One incident's details: title, violation types, when, where, what happened, and who was
involved. Typing is saved a second after it starts (and at once when the form is left); ticks
and choices are saved at once. A date or place that cannot be right is pointed out and left as
it was stored, while everything else is still saved."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from testimony_recorder.recorder.model.incident import Incident
from testimony_recorder.recorder.store import parts as parts_store
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..widgets.autosaver import Autosaver
from ..widgets.fuzzy_date_edit import FuzzyDateEdit
from ..widgets.paragraph_edit import ParagraphEdit
from ..widgets.place_edit import PlaceEdit
from ..widgets.violation_list import ViolationList
from .interview_parts import InterviewParts
from .involvement_table import InvolvementTable

AUTOSAVE_MS = 1000
MAX_DESCRIPTION = 100_000


class IncidentForm(QWidget):
    failed = Signal(object)

    def __init__(self, parts: InterviewParts, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.incident: Incident | None = None
        self.autosaver = Autosaver(self._save, AUTOSAVE_MS, self)

        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title of the incident"))
        self.title.setMaxLength(300)
        self.violations = ViolationList(language, self)
        self.date = FuzzyDateEdit(language, self)
        self.place = PlaceEdit(language, self)
        self.description = ParagraphEdit(self)
        self.description.setAccessibleName(self.tr("What happened"))
        self.description.setPlaceholderText(self.tr("What happened, as the witness told it."))
        self.description.setTabChangesFocus(True)
        lines = self.description.fontMetrics().lineSpacing()
        self.description.setMinimumHeight(lines * 5)
        self.description.setMaximumHeight(lines * 10)
        self.description.installEventFilter(self)
        self.involved = InvolvementTable(parts, language, self)
        self.status = QLabel(self)
        self.status.setObjectName("subtle")

        self.title.textEdited.connect(self._edited)
        self.title.editingFinished.connect(self.autosaver.flush)
        self.description.textChanged.connect(self._edited)
        for widget in (self.date, self.place):
            widget.edited.connect(self._edited)
            widget.chosen.connect(self._chosen)
        self.violations.toggled.connect(self._chosen)
        self.violations.add_requested.connect(self._add_violation_type)
        self.involved.failed.connect(self.failed)
        parts.changed.connect(self._parts_changed)

        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Violations"), self.violations)
        form.addRow(self.tr("When"), self.date)
        form.addRow(self.tr("Where"), self.place)
        form.addRow(self.tr("What happened"), self.description)
        form.addRow(self.tr("Who was involved"), self.involved)
        form.addRow("", self.status)

    # -- showing --------------------------------------------------------------------------------
    def show_incident(self, incident: Incident | None) -> None:
        """Show another incident; the caller saves the previous one first (flush)."""
        self.autosaver.discard()
        self.incident = incident
        self.setEnabled(incident is not None)
        shown = incident or Incident()
        for widget in (self.title, self.description):
            widget.blockSignals(True)
        self.title.setText(shown.title)
        self.description.setPlainText(shown.description)
        for widget in (self.title, self.description):
            widget.blockSignals(False)
        self.violations.set_terms(self.parts.data.violation_types)
        self.violations.set_checked(shown.violations)
        self.date.set_value(shown.date)
        self.place.set_value(shown.place)
        self.involved.show_incident(shown.id)
        self.status.setText("")

    def _parts_changed(self) -> None:
        self.violations.set_terms(self.parts.data.violation_types)
        self.involved.refresh()

    # -- saving ---------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self.incident is None:
            return
        self.status.setText(self.tr("Not saved yet"))
        self.autosaver.touch()

    def _chosen(self) -> None:
        self._edited()
        self.autosaver.flush()

    def collect(self) -> Incident | None:
        """The incident as the form shows it; a date or place with a problem stays as stored."""
        if self.incident is None:
            return None
        date, date_problem = self.date.value()
        place, place_problem = self.place.value()
        description = self.description.toPlainText()
        return replace(
            self.incident,
            title=self.title.text().strip(),
            description=(description if len(description) <= MAX_DESCRIPTION
                         else self.incident.description),
            violations=self.violations.checked(),
            date=self.incident.date if date_problem else date,
            place=self.incident.place if place_problem else place,
        )

    def _save(self) -> None:
        incident = self.collect()
        if incident is None:
            return
        if len(self.description.toPlainText()) > MAX_DESCRIPTION:
            problem = self.tr("Saved, except the description: it is longer than %1 "
                              "characters.").replace(
                "%1", formatting.number(MAX_DESCRIPTION, formatting.ui_language()))
        elif self.date.value()[1] or self.place.value()[1]:
            problem = self.tr("Saved, except the date or the place: see the problem above.")
        else:
            problem = ""

        def done(saved: Incident) -> None:
            if self.incident is not None and self.incident.id == saved.id:
                self.incident = replace(saved)
                self.status.setText(problem or self.tr("Saved"))

        def failed(error: BaseException) -> None:
            self.status.setText(self.tr("Not saved"))
            self.failed.emit(error)

        self.parts.update(incident, on_done=done, on_error=failed)

    def flush(self) -> None:
        self.autosaver.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self.autosaver.flush()
        return super().eventFilter(watched, event)

    # -- a violation type the list lacks --------------------------------------------------------
    def _add_violation_type(self) -> None:
        label, ok = QInputDialog.getText(
            self, self.tr("Add a violation type"),
            self.tr("Name of the violation type, as it should appear in the list:"))
        label = " ".join(label.split())
        if not ok or not label:
            return
        if len(label) > parts_store.MAX_LABEL:
            self.status.setText(self.tr("That name is too long (at most %1 characters).")
                                .replace(
                "%1", formatting.number(parts_store.MAX_LABEL, formatting.ui_language())))
            return

        def work(vault: Vault) -> str:
            return parts_store.violation_type_for(vault, label)

        def done(code: Any) -> None:
            self.violations.set_terms(self.parts.data.violation_types)
            if self.incident is not None:
                self.violations.check(str(code))

        self.parts.change(work, on_done=done, on_error=self.failed.emit)
