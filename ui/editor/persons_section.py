"""The Persons section: everyone the testimony names (victims, alleged perpetrators, others),
a form for the one selected, and the command links between them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.model import new_id
from testimony_recorder.recorder.model.person import Person
from testimony_recorder.recorder.store.overview import InterviewOverview

from .. import formatting
from ..i18n import isolate
from ..widgets.hit_marks import mark_matches
from .command_links_box import CommandLinksBox
from .interview_editor import Section
from .interview_parts import InterviewParts, person_name
from .person_form import PersonForm
from .record_picker import PickerTexts, RecordPicker


class PersonsSection(Section):
    def __init__(self, parts: InterviewParts, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.language = language
        self.picker = RecordPicker(self, PickerTexts(
            list_name=self.tr("Persons named in this interview"),
            entry_name=self.tr("Name or description of a new person"),
            entry_placeholder=self.tr("New person: name or description"),
            add=self.tr("Add person"),
            add_name=self.tr("Add a person with this name"),
            remove=self.tr("Remove person..."),
            remove_name=self.tr("Remove the selected person"),
            empty=self.tr("No persons yet. Type a name or a description above and press Enter."),
        ))
        self.form = PersonForm(parts, self, language=language)
        self.links = CommandLinksBox(parts, self)
        for part in (self.form, self.links):
            part.failed.connect(self.failed)

        self.picker.add_requested.connect(self.add_person)
        self.picker.remove_requested.connect(self.remove_person)
        self.picker.current_changed.connect(self._current_changed)
        parts.loaded.connect(self._loaded)
        parts.changed.connect(self._refresh)

        buttons = QHBoxLayout()
        buttons.addWidget(self.picker.add_button)
        buttons.addWidget(self.picker.remove_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.picker.entry)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.picker.list, 1)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.picker.empty)
        body_layout.addWidget(self.form)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tab stop on the frame itself helps no one
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(side)
        top.addWidget(scroll)
        top.setStretchFactor(1, 2)
        top.setChildrenCollapsible(False)
        top.setSizes([260, 480])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.links)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._loaded()

    # -- Section --------------------------------------------------------------------------------
    def show_overview(self, data: InterviewOverview) -> None:
        self.parts.load(data)

    def flush(self) -> None:
        self.form.flush()

    # -- showing --------------------------------------------------------------------------------
    @staticmethod
    def _describe(person: Person) -> str:
        """The name, and below it what the witness knows of the person's position."""
        details = [d for d in (person.rank, person.position, person.unit, person.affiliation)
                   if d]
        lines = [person_name(person), *([formatting.joined(details)] if details else [])]
        return "\n".join(isolate(line) for line in lines)  # typed text keeps its direction

    def _loaded(self) -> None:
        self.form.show_person(None)
        self.picker.entry.clear()
        self._refresh()
        self.picker.select_first()

    def _refresh(self) -> None:
        self.picker.show_rows(((person.id, [self._describe(person)])
                               for person in self.parts.data.persons),
                              showing=self.form.person is not None)
        self.links.refresh()

    def _current_changed(self, person_id: str) -> None:
        self.form.flush()
        self.form.show_person(self.parts.person(person_id) if person_id else None)

    def show_hit(self, person_id: str, words: str) -> None:
        """Show the person a search found, with the words marked where they occur."""
        self.picker.select(person_id)
        form = self.form
        mark_matches([form.name, form.aliases, form.unit, form.affiliation], words)

    # -- adding and removing --------------------------------------------------------------------
    def add_person(self, name: str) -> None:
        if not self.parts.interview_id or not name:
            return
        person = Person(id=new_id(), interview_id=self.parts.interview_id, name=name)

        def done(_: object) -> None:
            self.picker.entry.clear()
            self.picker.select(person.id)
            self.form.name.setFocus()

        self.form.flush()
        self.parts.add(person, on_done=done, on_error=self.failed.emit)

    def remove_person(self) -> None:
        person = self.form.person
        if person is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove the person?"),
            self.tr("Remove %1 from this interview, with their roles in incidents and their "
                    "command links? The removal is written in the custody log.").replace(
                        "%1", isolate(person_name(person))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.form.autosaver.discard()
        self.parts.remove(Person, person.id, on_error=self.failed.emit)
