"""Who was involved in one incident, and how: one row per person and role (a person may have
several, such as "ordered it" and "commanded the unit responsible"). A name typed that is not
yet among the interview's persons adds that person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.model import new_id
from testimony_recorder.recorder.model.person import Involvement, Person
from testimony_recorder.recorder.store import parts as parts_store
from testimony_recorder.recorder.vault import Vault

from ..i18n import isolate
from ..widgets.editable_combo import editable_combo
from ..widgets.rows import choose_row
from .interview_parts import InterviewParts, person_name

ID = Qt.ItemDataRole.UserRole


class InvolvementTable(QWidget):
    failed = Signal(object)

    def __init__(self, parts: InterviewParts, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self.language = language
        self.incident_id = ""
        self.roles = {t.code: t for t in vocabulary.terms("roles")}
        self._offered: list[tuple[str, str]] = []

        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Persons involved in this incident, with their "
                                             "roles"))
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role"),
                                              self.tr("Notes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 8)
        self.table.installEventFilter(self)

        self.person, self.person_line = editable_combo(
            self, self.tr("Person (choose, or type the name of a new person)"), 300,
            self.tr("Choose or type a name"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role in this incident"))
        self.role.setMinimumContentsLength(18)
        self.role.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for term in self.roles.values():
            self.role.addItem(self._role_text(term.code), term.code)
        self.notes = QLineEdit(self)
        self.notes.setAccessibleName(self.tr("Notes on this role"))
        self.notes.setPlaceholderText(self.tr("e.g. told the interrogator what to ask"))
        self.notes.setMaxLength(2000)
        self.add_button = QPushButton(self.tr("Add role"), self)
        self.add_button.setAccessibleName(self.tr("Add this person's role in the incident"))
        self.remove_button = QPushButton(self.tr("Remove role"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected role"))
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.person_line.returnPressed.connect(self.add)
        self.notes.returnPressed.connect(self.add)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        adding = QGridLayout()
        adding.addWidget(QLabel(self.tr("Person"), self), 0, 0)
        adding.addWidget(QLabel(self.tr("Role"), self), 0, 1)
        adding.addWidget(QLabel(self.tr("Notes"), self), 0, 2)
        adding.addWidget(self.person, 1, 0)
        adding.addWidget(self.role, 1, 1)
        adding.addWidget(self.notes, 1, 2)
        adding.addWidget(self.add_button, 1, 3)
        adding.setColumnStretch(0, 2)
        adding.setColumnStretch(1, 2)
        adding.setColumnStretch(2, 3)
        for before, after in ((self.table, self.remove_button),
                              (self.remove_button, self.person), (self.person, self.role),
                              (self.role, self.notes), (self.notes, self.add_button)):
            self.setTabOrder(before, after)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTrailing)
        layout.addLayout(adding)
        layout.addWidget(self.problem)
        self._selection_changed()

    def _role_text(self, code: str) -> str:
        term = self.roles.get(code)
        label = term.label(self.language) if term else code
        if term is not None and term.perpetrator:
            return self.tr("%1 (alleged perpetrator)").replace("%1", label)
        return label

    # -- showing --------------------------------------------------------------------------------
    def show_incident(self, incident_id: str) -> None:
        self.incident_id = incident_id
        self.person.setEditText("")
        self.notes.clear()
        self._say("")
        self.refresh()

    def refresh(self) -> None:
        """Show the roles and persons the vault now holds, keeping the selection."""
        selected = set(self._selected_ids())
        rows = sorted(self.parts.involvements_in(self.incident_id),
                      key=lambda v: (self.parts.name_of(v.person_id).casefold(), v.role))
        self.table.setRowCount(len(rows))
        for row, involvement in enumerate(rows):
            for column, text in enumerate((isolate(self.parts.name_of(involvement.person_id)),
                                           self._role_text(involvement.role),
                                           isolate(involvement.notes))):
                item = QTableWidgetItem(text)
                item.setData(ID, involvement.id)
                self.table.setItem(row, column, item)
            if involvement.id in selected:
                choose_row(self.table, row)
        offered = [(p.id, person_name(p)) for p in self.parts.data.persons]
        if offered != self._offered:  # rebuilt only when persons changed: typing goes on
            self._offered = offered
            typed = self.person.currentText()
            self.person.clear()
            for person_id, name in offered:
                self.person.addItem(name, person_id)
            self.person.setCurrentIndex(-1)
            self.person.setEditText(typed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    # -- changing -------------------------------------------------------------------------------
    def _chosen_person(self) -> tuple[str | None, str]:
        """(id of an existing person, or None for a new one, name typed)."""
        name = " ".join(self.person.currentText().split())
        index = self.person.currentIndex()
        if index >= 0 and self.person.itemText(index) == self.person.currentText():
            return str(self.person.itemData(index)), name  # picked from the list
        for person in self.parts.data.persons:
            if person_name(person).casefold() == name.casefold():
                return person.id, name
        return None, name

    def add(self) -> None:
        if not self.incident_id:
            return
        person_id, name = self._chosen_person()
        role = str(self.role.currentData())
        if not name:
            self._say(self.tr("Choose a person, or type the name of a new one."))
            self.person.setFocus()
            return
        if person_id and any(v.person_id == person_id and v.role == role
                             for v in self.parts.involvements_in(self.incident_id)):
            self._say(self.tr("%1 already has this role in this incident.")
                      .replace("%1", isolate(name)))
            return
        interview_id, incident_id = self.parts.interview_id, self.incident_id
        notes = self.notes.text().strip()

        def work(vault: Vault) -> None:
            with vault.transaction():  # a new person and their role, or neither
                chosen = person_id
                if chosen is None:
                    chosen = parts_store.add(vault, Person(id=new_id(),
                                                           interview_id=interview_id,
                                                           name=name)).id
                parts_store.add(vault, Involvement(id=new_id(), incident_id=incident_id,
                                                   person_id=chosen, role=role, notes=notes))

        def done(_: Any) -> None:
            self.parts.saved.emit()
            self.person.setEditText("")
            self.notes.clear()
            self.person.setFocus()

        self._say("")
        self.parts.change(work, on_done=done, on_error=self.failed.emit)

    def remove_selected(self) -> None:
        for involvement_id in self._selected_ids():
            self.parts.remove(Involvement, involvement_id, on_error=self.failed.emit)

    def _selected_ids(self) -> list[str]:
        found = []
        for index in self.table.selectionModel().selectedRows():
            item = self.table.item(index.row(), 0)
            if item is not None:
                found.append(str(item.data(ID)))
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)
