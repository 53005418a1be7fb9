"""The witness's protected identity: masked until someone deliberately reveals it (each reveal
is written in the custody log), hidden again when the interview changes or the vault locks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.model.witness import Identity
from testimony_recorder.recorder.store import witnesses
from testimony_recorder.recorder.vault import Vault

from ..session import Session
from ..tasks import Job


class IdentityBox(QGroupBox):
    failed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Protected identity"))
        self.session = session
        self.witness_id = ""
        self.has_identity = False

        self.masked = QLabel(self)
        self.masked.setWordWrap(True)
        reveal = QPushButton(self.tr("Reveal identity"), self)
        reveal.setAccessibleDescription(self.tr("Shows the witness's name and contact details; "
                                                "this is recorded in the custody log"))
        reveal.clicked.connect(self._reveal)
        closed = QWidget(self)
        row = QVBoxLayout(closed)
        row.addWidget(self.masked)
        row.addWidget(reveal)

        self.full_name = QLineEdit(self)
        self.other_names = QLineEdit(self)
        self.birth = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setMaximumHeight(60)
        self.address.setTabChangesFocus(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)
        for widget, name in ((self.full_name, self.tr("Full name")),
                             (self.other_names, self.tr("Other names, comma separated")),
                             (self.birth, self.tr("Date of birth")),
                             (self.phone, self.tr("Phone")), (self.address, self.tr("Address")),
                             (self.notes, self.tr("Notes"))):
            widget.setAccessibleName(name)
        save = QPushButton(self.tr("Save identity"), self)
        save.clicked.connect(self._save)
        hide = QPushButton(self.tr("Hide"), self)
        hide.clicked.connect(self.conceal)
        opened = QWidget(self)
        form = QFormLayout(opened)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Other names"), self.other_names)
        form.addRow(self.tr("Date of birth"), self.birth)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(hide)
        buttons.addWidget(save)
        form.addRow(buttons)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(closed)
        self.pages.addWidget(opened)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def show_witness(self, witness_id: str, has_identity: bool) -> None:
        self.witness_id = witness_id
        self.has_identity = has_identity
        self.conceal()

    def conceal(self) -> None:
        """Clear every identity field and show the masked view."""
        for edit in (self.full_name, self.other_names, self.birth, self.phone):
            edit.clear()
        self.address.clear()
        self.notes.clear()
        self.masked.setText(
            self.tr("Kept apart from the testimony and never searched. Revealing it is "
                    "recorded in the custody log.") if self.has_identity else
            self.tr("No identity recorded. Record it only if the witness agreed, and only "
                    "what is needed."))
        self.pages.setCurrentIndex(0)

    def _reveal(self) -> None:
        witness_id = self.witness_id

        def work(vault: Vault, job: Job) -> Identity | None:
            return witnesses.reveal_identity(vault, witness_id)

        self.session.runner.run(work, owner=self, done=self._fill, failed=self.failed.emit)

    def _fill(self, identity: Identity | None) -> None:
        identity = identity or Identity()
        self.full_name.setText(identity.full_name)
        self.other_names.setText(", ".join(identity.other_names))
        self.birth.setText(identity.date_of_birth)
        self.phone.setText(identity.phone)
        self.address.setPlainText(identity.address)
        self.notes.setPlainText(identity.notes)
        self.pages.setCurrentIndex(1)
        self.full_name.setFocus()

    def _save(self) -> None:
        identity = Identity(
            full_name=self.full_name.text().strip(),
            other_names=[n.strip() for n in self.other_names.text().split(",") if n.strip()],
            date_of_birth=self.birth.text().strip(), phone=self.phone.text().strip(),
            address=self.address.toPlainText().strip(), notes=self.notes.toPlainText().strip())
        witness_id = self.witness_id

        def work(vault: Vault, job: Job) -> None:
            witnesses.set_identity(vault, witness_id, identity)

        def done(_: object) -> None:
            self.has_identity = True
            self.conceal()

        self.session.runner.run(work, owner=self, done=done, failed=self.failed.emit)
