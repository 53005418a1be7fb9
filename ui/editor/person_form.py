"""One person named in the testimony: what they are called and what the witness knows of their
place in a force (affiliation, unit, rank, position). Saved a second after typing starts, and at
once when the form is left."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from testimony_recorder.recorder.model.person import Person

from .. import formatting
from ..widgets.autosaver import Autosaver
from ..widgets.paragraph_edit import ParagraphEdit
from ..widgets.vocabulary_combo import vocabulary_combo
from .interview_parts import InterviewParts

AUTOSAVE_MS = 1000
# Aliases are separated by commas (Latin or Arabic) or semicolons.
_ALIAS_SEPARATORS = re.compile("[,;\u060c\u061b]")
MAX_ALIASES = 20
MAX_DESCRIPTION = 4000


def split_aliases(text: str) -> list[str]:
    return [a for a in (" ".join(p.split()) for p in _ALIAS_SEPARATORS.split(text)) if a]


class PersonForm(QWidget):
    failed = Signal(object)

    def __init__(self, parts: InterviewParts, parent: QWidget | None = None, *,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.parts = parts
        self.person: Person | None = None
        self.autosaver = Autosaver(self._save, AUTOSAVE_MS, self)
        self.name = self._line(self.tr("Name"), 300)
        self.name.setPlaceholderText(self.tr("Name, nickname or how the witness refers to "
                                             "them"))
        self.aliases = self._line(self.tr("Other names (separated by commas)"), 2000)
        self.affiliation = self._line(self.tr("Affiliation (force, group, service)"), 300)
        self.unit = self._line(self.tr("Unit"), 300)
        self.rank = self._line(self.tr("Rank"), 100)
        self.position = self._line(self.tr("Position or function"), 300)
        # Victims are counted by gender and age group in the statistics.
        self.gender = vocabulary_combo(self, self.tr("Gender"), "genders", language, self._chosen)
        self.age = vocabulary_combo(self, self.tr("Age group at the time of the events"),
                                    "age_ranges", language, self._chosen)
        self.description = ParagraphEdit(self)
        self.description.setAccessibleName(self.tr("Description of the person"))
        self.description.setPlaceholderText(self.tr("Appearance, age, what they did, how the "
                                                     "witness knows them."))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(self.description.fontMetrics().height() * 6)
        self.description.textChanged.connect(self._edited)
        self.description.installEventFilter(self)
        self.status = QLabel(self)
        self.status.setObjectName("subtle")
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Other names"), self.aliases)
        form.addRow(self.tr("Affiliation"), self.affiliation)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Rank"), self.rank)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Age group"), self.age)
        form.addRow(self.tr("Description"), self.description)
        form.addRow("", self.status)

    def _line(self, name: str, limit: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setMaxLength(limit)
        edit.textEdited.connect(self._edited)
        edit.editingFinished.connect(self.autosaver.flush)
        return edit

    def _chosen(self) -> None:
        self._edited()
        self.autosaver.flush()

    def _lines(self) -> tuple[QLineEdit, ...]:
        return (self.name, self.aliases, self.affiliation, self.unit, self.rank, self.position)

    # -- showing --------------------------------------------------------------------------------
    def show_person(self, person: Person | None) -> None:
        """Show another person; the caller saves the previous one first (flush)."""
        self.autosaver.discard()
        self.person = person
        self.setEnabled(person is not None)
        shown = person or Person()
        for widget in (*self._lines(), self.description):
            widget.blockSignals(True)
        self.name.setText(shown.name)
        self.aliases.setText(", ".join(shown.aliases))
        self.affiliation.setText(shown.affiliation)
        self.unit.setText(shown.unit)
        self.rank.setText(shown.rank)
        self.position.setText(shown.position)
        for combo, value in ((self.gender, shown.gender), (self.age, shown.age_range)):
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)
        self.description.setPlainText(shown.description)
        for widget in (*self._lines(), self.description):
            widget.blockSignals(False)
        self.status.setText("")

    # -- saving ---------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self.person is None:
            return
        self.status.setText(self.tr("Not saved yet"))
        self.autosaver.touch()

    def problem(self) -> str:
        """What keeps a field from being saved (it then stays as stored), or ""."""
        aliases = split_aliases(self.aliases.text())
        if len(aliases) > MAX_ALIASES or any(len(a) > 300 for a in aliases):
            return self.tr("At most %1 other names of up to 300 characters each; they were "
                           "not saved.").replace(
                "%1", formatting.number(MAX_ALIASES, formatting.ui_language()))
        if len(self.description.toPlainText()) > MAX_DESCRIPTION:
            return self.tr("The description is longer than %1 characters; shorten it to save "
                           "it.").replace(
                "%1", formatting.number(MAX_DESCRIPTION, formatting.ui_language()))
        return ""

    def collect(self) -> Person | None:
        """The person as the form shows it; a field that is too long stays as stored."""
        if self.person is None:
            return None
        aliases = split_aliases(self.aliases.text())
        description = self.description.toPlainText()
        if len(aliases) > MAX_ALIASES or any(len(a) > 300 for a in aliases):
            aliases = self.person.aliases
        return replace(self.person, name=self.name.text().strip(), aliases=aliases,
                       affiliation=self.affiliation.text().strip(),
                       unit=self.unit.text().strip(), rank=self.rank.text().strip(),
                       position=self.position.text().strip(),
                       gender=self.gender.currentData(), age_range=self.age.currentData(),
                       description=(description if len(description) <= MAX_DESCRIPTION
                                    else self.person.description))

    def _save(self) -> None:
        person = self.collect()
        if person is None:
            return
        problem = self.problem()

        def done(saved: Person) -> None:
            if self.person is not None and self.person.id == saved.id:
                self.person = replace(saved)
                self.status.setText(problem or self.tr("Saved"))

        def failed(error: BaseException) -> None:
            self.status.setText(self.tr("Not saved"))
            self.failed.emit(error)

        self.parts.update(person, on_done=done, on_error=failed)

    def flush(self) -> None:
        self.autosaver.flush()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self.autosaver.flush()
        return super().eventFilter(watched, event)
