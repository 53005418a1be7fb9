"""For the interviewer (and interpreter): who helped, and the interviewer's attestation.

These words are the interviewer's, so they follow the interface language; the layout still
follows the witness's direction, like the rest of the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.consent.text import ShownText

from ..i18n import isolate
from ..widgets.language_box import add_languages
from . import style
from .text_page import paragraph


class AttestPage(QWidget):
    interpreter_changed = Signal(str, str)
    attested = Signal(bool)
    record_requested = Signal()

    def __init__(self, attested_by: str, texts: dict[str, ShownText],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The interviewer's page reads in the interface's direction, whatever the witness's.
        self.setLayoutDirection(QGuiApplication.layoutDirection())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 24, 64, 8)
        layout.setSpacing(16)
        self.heading = paragraph(self.tr("For the interviewer"), style.TITLE_PX, self,
                                 bold=True)
        self.summary = paragraph("", style.BODY_PX, self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.with_interpreter = QCheckBox(self.tr("An interpreter helped"), self)
        self.with_interpreter.setObjectName("with_interpreter")
        self.interpreter_name = QLineEdit(self)
        self.interpreter_name.setObjectName("interpreter_name")
        self.interpreter_name.setMaxLength(200)
        self.interpreter_language = QComboBox(self)
        self.interpreter_language.setObjectName("interpreter_language")
        add_languages(self.interpreter_language, texts)
        name_label = QLabel(self.tr("Interpreter's name"), self)
        name_label.setBuddy(self.interpreter_name)
        language_label = QLabel(self.tr("Language interpreted"), self)
        language_label.setBuddy(self.interpreter_language)
        form.addRow(self.with_interpreter)
        form.addRow(name_label, self.interpreter_name)
        form.addRow(language_label, self.interpreter_language)
        layout.addLayout(form)
        for w in (self.with_interpreter, self.interpreter_name, self.interpreter_language,
                  name_label, language_label):
            style.set_px(w, style.BODY_PX - 2)

        self.attest = QCheckBox(self)
        self.attest.setObjectName("attest")
        self.attest_text = paragraph(self.tr(
            "I, %1, read or explained each question to the witness in their language, gave "
            "them time to ask questions and to refuse, and these are the witness's own "
            "answers.").replace("%1", isolate(attested_by)), style.BODY_PX - 2, self)
        row = QHBoxLayout()
        row.addWidget(self.attest, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.attest_text, 1)
        layout.addSpacing(12)
        layout.addLayout(row)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8a1c1c;")
        style.set_px(self.error, style.BODY_PX - 2)
        layout.addWidget(self.error)
        self.save = QPushButton(self.tr("Save the consent"), self)
        self.save.setObjectName("save")
        layout.addWidget(self.save, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)

        self.with_interpreter.toggled.connect(self._interpreter_edited)
        self.interpreter_name.textChanged.connect(self._interpreter_edited)
        self.interpreter_language.currentIndexChanged.connect(self._interpreter_edited)
        self.attest.toggled.connect(self.attested)
        self.save.clicked.connect(self.record_requested)
        self._interpreter_edited()

    def show_attest(self, method_label: str, language: str, can_record: bool) -> None:
        self.summary.setText(self.tr("The witness confirmed by: %1.").replace(
            "%1", isolate(method_label)))
        index = self.interpreter_language.findData(language)
        if index >= 0 and not self.with_interpreter.isChecked():
            self.interpreter_language.setCurrentIndex(index)
        self.save.setEnabled(can_record)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    def _interpreter_edited(self) -> None:
        on = self.with_interpreter.isChecked()
        self.interpreter_name.setEnabled(on)
        self.interpreter_language.setEnabled(on)
        name = self.interpreter_name.text() if on else ""
        self.interpreter_changed.emit(name, self.interpreter_language.currentData() or "en")
