"""The witness: pseudonym, non-identifying attributes, and the guarded identity."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from testimony_recorder.recorder.model.witness import Witness
from testimony_recorder.recorder.store import witnesses
from testimony_recorder.recorder.vault import Vault

from ..session import Session
from ..tasks import Job
from ..widgets.vocabulary_combo import vocabulary_combo
from .identity_box import IdentityBox


class WitnessSection(QWidget):
    failed = Signal(object)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.witness: Witness | None = None
        self.code = QLabel(self)
        font = QFont(self.code.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        explain = QLabel(self.tr("The witness is known everywhere by this code, never by name."),
                         self)
        explain.setWordWrap(True)
        explain.setObjectName("subtle")
        self.gender = vocabulary_combo(self, self.tr("Gender"), "genders", language, self._save)
        self.age = vocabulary_combo(self, self.tr("Age range"), "age_ranges", language, self._save)
        self.area = vocabulary_combo(self, self.tr("Area of origin (governorate)"), "areas",
                                     language, self._save)
        self.identity = IdentityBox(session, self, language)
        self.identity.failed.connect(self.failed)
        form = QFormLayout()
        form.addRow(self.tr("Pseudonym"), self.code)
        form.addRow("", explain)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Age range"), self.age)
        form.addRow(self.tr("Area of origin"), self.area)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.identity)
        layout.addStretch(1)

    def show_witness(self, witness: Witness, identity: witnesses.IdentityStatus) -> None:
        self.witness = witness
        self.code.setText(witness.code)
        for combo, value in ((self.gender, witness.gender), (self.age, witness.age_range),
                             (self.area, witness.origin_area)):
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)
        self.identity.show_witness(witness.id, identity)

    def _save(self) -> None:
        if self.witness is None:
            return
        changed = replace(self.witness, gender=self.gender.currentData(),
                          age_range=self.age.currentData(), origin_area=self.area.currentData())

        def work(vault: Vault, job: Job) -> Witness:
            return witnesses.update_witness(vault, changed)

        def done(witness: Witness) -> None:
            self.witness = witness

        self.session.runner.run(work, owner=self, done=done, failed=self.failed.emit)
