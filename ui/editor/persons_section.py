"""The Persons section: everyone the testimony names (victims, alleged perpetrators, others),
a form for the one selected, and the command links between them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from recorder.model import new_id
from recorder.model.person import Person
from recorder.store.overview import InterviewOverview

from ..i18n import isolate
from .command_links_box import CommandLinksBox
from .interview_editor import Section
from .interview_parts import InterviewParts, person_name
from .person_form import PersonForm

ID = Qt.ItemDataRole.UserRole


class PersonsSection(Section):
    def __init__(self, parts: InterviewParts, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.language = language
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Persons named in this interview"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_name = QLineEdit(self)
        self.new_name.setAccessibleName(self.tr("Name or description of a new person"))
        self.new_name.setPlaceholderText(self.tr("New person: name or description"))
        self.new_name.setMaxLength(300)
        self.add_button = QPushButton(self.tr("Add person"), self)
        self.add_button.setAccessibleName(self.tr("Add a person with this name"))
        self.remove_button = QPushButton(self.tr("Remove person..."), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected person"))
        self.empty = QLabel(self.tr("No persons yet. Type a name or a description above and "
                                    "press Enter."), self)
        self.empty.setObjectName("subtle")
        self.empty.setWordWrap(True)
        self.form = PersonForm(parts, self)
        self.links = CommandLinksBox(parts, self)
        for part in (self.form, self.links):
            part.failed.connect(self.failed)

        self.add_button.clicked.connect(self.add_person)
        self.new_name.returnPressed.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_person)
        self.list.currentItemChanged.connect(self._current_changed)
        parts.loaded.connect(self._loaded)
        parts.changed.connect(self._refresh)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.new_name)
        side_layout.addLayout(buttons)
        side_layout.addWidget(self.list, 1)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.empty)
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
        self.setTabOrder(self.new_name, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.list)
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
        lines = [person_name(person), *([", ".join(details)] if details else [])]
        return "\n".join(isolate(line) for line in lines)  # typed text keeps its direction

    def _loaded(self) -> None:
        self.form.show_person(None)
        self.new_name.clear()
        self._refresh()
        if self.list.count():
            self.list.setCurrentRow(0)

    def _refresh(self) -> None:
        current = self.list.currentItem()
        current_id = current.data(ID) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for person in self.parts.data.persons:
            item = QListWidgetItem(self._describe(person), self.list)
            item.setData(ID, person.id)
            if person.id == current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.count() == 0)
        if self.form.person is not None and self.list.currentItem() is None:
            if self.list.count():
                self.list.setCurrentRow(0)  # the person shown was removed
            else:
                self.form.show_person(None)
        self.remove_button.setEnabled(self.form.person is not None)
        self.links.refresh()

    def _current_changed(self, current: QListWidgetItem | None, _: object = None) -> None:
        self.form.flush()
        person = self.parts.person(current.data(ID)) if current is not None else None
        self.form.show_person(person)
        self.remove_button.setEnabled(person is not None)

    def select(self, person_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID) == person_id:
                self.list.setCurrentRow(row)

    # -- adding and removing --------------------------------------------------------------------
    def add_person(self) -> None:
        name = " ".join(self.new_name.text().split())
        if not self.parts.interview_id or not name:
            return
        person = Person(id=new_id(), interview_id=self.parts.interview_id, name=name)

        def done(_: object) -> None:
            self.new_name.clear()
            self.select(person.id)
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
