"""The Incidents section: the interview's incidents (title, date as it reads, violations) with
a form for the one selected. Incidents are the interviewer's coding, so they stay editable after
the testimony is finalized; every change is in the custody log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.model import new_id
from testimony_recorder.recorder.model.incident import Incident
from testimony_recorder.recorder.store.overview import InterviewOverview

from .. import formatting
from ..i18n import isolate
from ..widgets.date_words import describe
from ..widgets.hit_marks import mark_matches
from .incident_form import IncidentForm
from .interview_editor import Section
from .interview_parts import InterviewParts
from .record_picker import PickerTexts, RecordPicker


class IncidentsSection(Section):
    def __init__(self, parts: InterviewParts, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.language = language

        self.picker = RecordPicker(self, PickerTexts(
            list_name=self.tr("Incidents in this interview"),
            entry_name=self.tr("Title of a new incident"),
            entry_placeholder=self.tr("New incident: title"),
            add=self.tr("Add incident"),
            add_name=self.tr("Add an incident with this title"),
            remove=self.tr("Remove incident..."),
            remove_name=self.tr("Remove the selected incident"),
            empty=self.tr("No incidents yet. Give the first one a title above and press Enter."),
        ), [self.tr("Incident"), self.tr("When"), self.tr("Violations")])
        assert isinstance(self.picker.list, QTreeWidget)  # noqa: S101 - with columns: a table
        header = self.picker.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.form = IncidentForm(parts, language, self)
        self.form.failed.connect(self.failed)

        self.picker.add_requested.connect(self.add_incident)
        self.picker.remove_requested.connect(self.remove_incident)
        self.picker.current_changed.connect(self._current_changed)
        parts.loaded.connect(self._loaded)
        parts.changed.connect(self._refresh)

        adding = QHBoxLayout()
        adding.addWidget(self.picker.entry, 1)
        adding.addWidget(self.picker.add_button)
        adding.addWidget(self.picker.remove_button)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(adding)
        top_layout.addWidget(self.picker.list, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tab stop on the frame itself helps no one
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.picker.empty)
        bottom_layout.addWidget(scroll, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([130, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loaded()

    # -- Section --------------------------------------------------------------------------------
    def show_overview(self, data: InterviewOverview) -> None:
        self.parts.load(data)

    def flush(self) -> None:
        self.form.flush()

    # -- showing --------------------------------------------------------------------------------
    def _loaded(self) -> None:
        self.form.show_incident(None)
        self.picker.entry.clear()
        self._refresh()
        self.picker.select_first()

    def _refresh(self) -> None:
        """Show the incidents the vault holds, keeping the one selected."""
        labels = {t.code: t.label(self.language) for t in self.parts.data.violation_types}
        # Typed text is isolated so that it keeps its own direction in either layout.
        self.picker.show_rows(((incident.id, [
            isolate(incident.title) if incident.title else self.tr("Untitled incident"),
            describe(incident.date, self.language),
            formatting.joined(isolate(labels.get(code, code)) for code in incident.violations)])
            for incident in self.parts.data.incidents), showing=self.form.incident is not None)

    def _current_changed(self, incident_id: str) -> None:
        self.form.flush()
        self.form.show_incident(self.parts.incident(incident_id) if incident_id else None)

    def show_hit(self, incident_id: str, words: str) -> None:
        """Show the incident a search found, with the words marked where they occur."""
        self.picker.select(incident_id)
        form = self.form
        mark_matches([form.title, form.description, form.place.name], words)

    # -- adding and removing --------------------------------------------------------------------
    def add_incident(self, title: str) -> None:
        if not self.parts.interview_id:
            return
        incident = Incident(id=new_id(), interview_id=self.parts.interview_id, title=title)

        def done(_: object) -> None:
            self.picker.entry.clear()
            self.picker.select(incident.id)
            self.form.title.setFocus()

        self.form.flush()
        self.parts.add(incident, on_done=done, on_error=self.failed.emit)

    def remove_incident(self) -> None:
        incident = self.form.incident
        if incident is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove the incident?"),
            self.tr("Remove the incident %1, with the roles recorded in it? The removal is "
                    "written in the custody log.").replace(
                        "%1", isolate(incident.title or self.tr("Untitled incident"))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.form.autosaver.discard()  # nothing more to save for an incident being removed
        self.parts.remove(Incident, incident.id, on_error=self.failed.emit)
