"""Before a new interview, on a field laptop holding the coordinator's prior-interview index:
may this person already have been interviewed?

The interviewer types the name, year of birth and governorate; the answer is only "may
already have been interviewed; ask your coordinator" or "not found". What was typed is kept
in this window alone and cleared when it closes: it is not saved anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.linkage import prior_index
from testimony_recorder.recorder.linkage.prior_index import Answer, Check

from . import formatting
from .i18n import isolate
from .messages import show_error
from .session import Session


class PriorCheckDialog(QDialog):
    # Emitted with each answer (for tests and the screenshot tool).
    checked = Signal(object)

    def __init__(self, session: Session, language: str, issued_at: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Before a new interview"))
        intro = QLabel(self.tr(
            "Your coordinator sent an index of the people already interviewed (%1). Check "
            "whether this person may have been interviewed before. What you type here is not "
            "saved.").replace("%1", isolate(formatting.when(issued_at, language,
                                                            with_time=False))), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Full name"))
        self.year = QLineEdit(self)
        self.year.setAccessibleName(self.tr("Year of birth"))
        self.year.setValidator(QIntValidator(1900, 2100, self))
        self.area = QComboBox(self)
        self.area.setAccessibleName(self.tr("Governorate of origin"))
        self.area.addItem(self.tr("Not known"), None)
        for term in vocabulary.terms("areas"):
            self.area.addItem(term.label(language), term.code)
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Year of birth"), self.year)
        form.addRow(self.tr("Governorate of origin"), self.area)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.clicked.connect(self.check)
        self.answer_label = QLabel(self)
        self.answer_label.setWordWrap(True)
        self.answer_label.setObjectName("priorResult")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = buttons.addButton(self.tr("Start the interview"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.answer_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def check(self) -> None:
        name, year, area = self.name.text(), self.year.text(), self.area.currentData()
        self.check_button.setEnabled(False)
        self.session.runner.run(lambda vault, job: prior_index.check(vault, name, year, area),
                                owner=self, done=self._answered, failed=self._failed)

    def _answered(self, result: Check) -> None:
        self.check_button.setEnabled(True)
        texts = {
            Answer.MAY_HAVE_BEEN_INTERVIEWED: self.tr(
                "This person may already have been interviewed; ask your coordinator before "
                "you start."),
            Answer.NOT_FOUND: self.tr("Not found in the index of %1. The index does not know "
                                      "everyone: the check can miss.").replace(
                "%1", isolate(formatting.when(result.issued_at, formatting.ui_language(),
                                              with_time=False))),
            Answer.NOT_ENOUGH: self.tr("Type at least the first name and the father's name."),
            Answer.NO_INDEX: self.tr("There is no prior-interview index on this device."),
        }
        warning = result.answer is Answer.MAY_HAVE_BEEN_INTERVIEWED
        self.answer_label.setProperty("warning", warning)
        self.answer_label.setStyleSheet("font-weight: bold; color: #a33a00;" if warning else "")
        self.answer_label.setText(texts[result.answer])
        self.checked.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        show_error(self, error)

    def done(self, result: int) -> None:
        """Whatever was typed goes with the window."""
        for field in (self.name, self.year):
            field.clear()
        self.answer_label.clear()
        super().done(result)
