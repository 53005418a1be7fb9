"""Recording that a witness took back consent: everything, or only some uses.

Withdrawal must be easy: no proof is required, and the interviewer (or whoever took the call)
only says how the witness said it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.consent.artefacts import MAX_ARTEFACT, FileArtefact
from testimony_recorder.recorder.model.consent import METHODS, Consent

from ..i18n import isolate
from . import labels


@dataclass(frozen=True)
class Withdrawal:
    items: list[str] | None
    method: str
    attested_by: str
    proof: FileArtefact | None


class WithdrawDialog(QDialog):
    def __init__(self, consent: Consent, titles: dict[str, str], attested_by: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a withdrawal of consent"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The witness takes back consent. Choose what they withdrew; "
                               "what depends on it is withdrawn with it."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.everything = QRadioButton(self.tr("Everything"), self)
        self.some = QRadioButton(self.tr("Only these uses:"), self)
        self.everything.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.everything)
        group.addButton(self.some)
        layout.addWidget(self.everything)
        layout.addWidget(self.some)
        box = QWidget()
        column = QVBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        for a in consent.answers:
            if a.answer != "yes":
                continue
            check = QCheckBox(titles.get(a.item, a.item), box)
            check.setObjectName(f"withdraw_{a.item}")
            check.toggled.connect(self._ticked)
            self.checks[a.item] = check
            column.addWidget(check)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        layout.addWidget(scroll, 1)

        form = QFormLayout()
        self.method = QComboBox(self)
        for m in METHODS:
            self.method.addItem(labels.method(m), m)
        self.method.setCurrentIndex(self.method.findData("verbal"))
        self.attested = QLineEdit(attested_by, self)
        self.attested.setMaxLength(200)
        self.proof_button = QPushButton(self.tr("Attach a scan or recording (optional)..."),
                                        self)
        self.proof_button.clicked.connect(self._pick_proof)
        self.proof_label = QLabel(self)
        form.addRow(self.tr("How the witness said it"), self.method)
        form.addRow(self.tr("Taken by"), self.attested)
        form.addRow(self.proof_button, self.proof_label)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.proof: FileArtefact | None = None
        self.resize(560, 520)

    def _ticked(self, on: bool) -> None:
        if on:
            self.some.setChecked(True)

    def withdrawal(self) -> Withdrawal:
        chosen = None
        if self.some.isChecked():
            chosen = [item for item, check in self.checks.items() if check.isChecked()]
        return Withdrawal(chosen, self.method.currentData(), self.attested.text().strip(),
                          self.proof)

    def accept(self) -> None:
        w = self.withdrawal()
        if w.items is not None and not w.items:
            self.proof_label.setText(self.tr("Tick at least one use, or choose Everything."))
            return
        super().accept()

    def _pick_proof(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scan or recording of the withdrawal"), str(Path.home()),
            options=QFileDialog.Option.DontUseNativeDialog)
        if not name:
            return
        path = Path(name)
        try:
            if path.stat().st_size > MAX_ARTEFACT:
                raise OSError(self.tr("the file is too large"))
            self.proof = FileArtefact(path.read_bytes(), path.name)
            self.proof_label.setText(path.name)
        except OSError as exc:
            self.proof = None
            self.proof_label.setText(self.tr("Cannot read %1: %2").replace("%1", isolate(path.name))
                                     .replace("%2", str(exc.strerror or exc)))
