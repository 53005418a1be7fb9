"""The witness's protected identity.

Once a witness-identity key is enrolled, an identity is sealed to it the moment it is saved:
the interviewer sees what they type until then, and afterwards only which fields are filled in.
Correcting it means entering it again, which replaces the earlier entry (both are logged).
An identity saved before a key was enrolled stays readable (revealing it is logged) until it
is sealed, which the box offers as soon as a key is there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import i18n
from testimony_recorder.recorder.model.witness import Identity
from testimony_recorder.recorder.store import witnesses
from testimony_recorder.recorder.store.witnesses import IdentityState, IdentityStatus
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..session import Session
from ..tasks import Job
from ..widgets.paragraph_edit import ParagraphEdit

#: How each Identity field is named when saying which are filled in.
FIELD_NAMES = {
    "full_name": QT_TRANSLATE_NOOP("IdentityBox", "full name"),
    "other_names": QT_TRANSLATE_NOOP("IdentityBox", "other names"),
    "date_of_birth": QT_TRANSLATE_NOOP("IdentityBox", "date of birth"),
    "id_documents": QT_TRANSLATE_NOOP("IdentityBox", "identity documents"),
    "phone": QT_TRANSLATE_NOOP("IdentityBox", "phone"),
    "address": QT_TRANSLATE_NOOP("IdentityBox", "address"),
    "photo_attachment_id": QT_TRANSLATE_NOOP("IdentityBox", "photo"),
    "notes": QT_TRANSLATE_NOOP("IdentityBox", "notes"),
}


class IdentityBox(QGroupBox):
    failed = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Protected identity"))
        self.session = session
        self.language = language
        self.witness_id = ""
        self.status = IdentityStatus(IdentityState.NONE)

        self.masked = QLabel(self)
        self.masked.setWordWrap(True)
        self.masked.setTextFormat(Qt.TextFormat.PlainText)
        self.reveal_button = QPushButton(self.tr("Reveal identity"), self)
        self.reveal_button.setAccessibleDescription(self.tr(
            "Shows the witness's name and contact details; this is recorded in the custody log"))
        self.reveal_button.clicked.connect(self._reveal)
        self.seal_button = QPushButton(self.tr("Seal identities now"), self)
        self.seal_button.setAccessibleDescription(self.tr(
            "Seals every identity still readable on this device to the witness-identity key"))
        self.seal_button.clicked.connect(self._seal_open)
        self.enter_button = QPushButton(self)
        self.enter_button.clicked.connect(self._enter)
        closed = QWidget(self)
        column = QVBoxLayout(closed)
        column.addWidget(self.masked)
        row = QHBoxLayout()
        for button in (self.enter_button, self.reveal_button, self.seal_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)

        self.full_name = QLineEdit(self)
        self.other_names = QLineEdit(self)
        self.birth = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.address = ParagraphEdit(self)
        self.address.setMaximumHeight(60)
        self.address.setTabChangesFocus(True)
        self.notes = ParagraphEdit(self)
        self.notes.setMaximumHeight(60)
        self.notes.setTabChangesFocus(True)
        for widget, name in ((self.full_name, self.tr("Full name")),
                             (self.other_names, self.tr("Other names, comma separated")),
                             (self.birth, self.tr("Date of birth")),
                             (self.phone, self.tr("Phone")), (self.address, self.tr("Address")),
                             (self.notes, self.tr("Notes"))):
            widget.setAccessibleName(name)
        self.form_note = QLabel(self)
        self.form_note.setWordWrap(True)
        self.form_note.setObjectName("subtle")
        save = QPushButton(self.tr("Save identity"), self)
        save.clicked.connect(self._save)
        hide = QPushButton(self.tr("Hide"), self)
        hide.clicked.connect(self.conceal)
        opened = QWidget(self)
        form = QFormLayout(opened)
        form.addRow(self.form_note)
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

    def show_witness(self, witness_id: str, status: IdentityStatus) -> None:
        self.witness_id = witness_id
        self.status = status
        self.conceal()

    def conceal(self) -> None:
        """Clear every identity field and show what may be known without revealing it."""
        for edit in (self.full_name, self.other_names, self.birth, self.phone):
            edit.clear()
        self.address.clear()
        self.notes.clear()
        state = self.status.state
        self.masked.setText(self._describe())
        self.enter_button.setText(self.tr("Enter identity") if state == IdentityState.NONE
                                  else self.tr("Enter again (replaces it)"))
        self.reveal_button.setVisible(state != IdentityState.NONE and self.status.can_open)
        self.seal_button.setVisible(state == IdentityState.OPEN and self.status.can_seal)
        self.pages.setCurrentIndex(0)

    def _describe(self) -> str:
        status = self.status
        if status.state == IdentityState.NONE:
            return self.tr("No identity recorded. Record it only if the witness agreed, and "
                           "only what is needed.")
        filled = i18n.listing([QCoreApplication.translate("IdentityBox", str(FIELD_NAMES[f]))
                               for f in status.filled if f in FIELD_NAMES], self.language)
        when = isolate(formatting.when(status.saved_at, self.language))
        if status.state == IdentityState.SEALED:
            text = self.tr("Sealed on %1 to the organisation's witness-identity key: this "
                           "device cannot read it, whoever unlocks it.").replace("%1", when)
        elif status.can_seal:
            text = self.tr("Readable on this device: it was saved before a witness-identity "
                           "key was enrolled. Seal it now, so that nobody who unlocks this "
                           "device can read it.")
        else:
            text = self.tr("Readable on this device, and to anyone who forces its passphrase: "
                           "no witness-identity key is enrolled yet. Trust your coordinator's "
                           "key file (Keys and contacts); identities can then be sealed.")
        if filled:
            text += "\n" + self.tr("Filled in: %1.").replace("%1", filled)
        return text

    def _enter(self) -> None:
        """An empty form: a correction is the whole identity entered again."""
        self.form_note.setText(
            self.tr("It will be sealed when you save it: afterwards this device shows only "
                    "which fields are filled in.") if self.status.can_seal
            or self.status.state == IdentityState.SEALED else
            self.tr("No witness-identity key is enrolled: it will stay readable on this "
                    "device until it is sealed."))
        self.pages.setCurrentIndex(1)
        self.full_name.setFocus()

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
        self.form_note.setText(self.tr("Saving replaces the identity; it is then sealed if a "
                                       "witness-identity key is enrolled."))
        self.pages.setCurrentIndex(1)
        self.full_name.setFocus()

    def _save(self) -> None:
        identity = Identity(
            full_name=self.full_name.text().strip(),
            other_names=[n.strip() for n in self.other_names.text().split(",") if n.strip()],
            date_of_birth=self.birth.text().strip(), phone=self.phone.text().strip(),
            address=self.address.toPlainText().strip(), notes=self.notes.toPlainText().strip())
        witness_id = self.witness_id

        def work(vault: Vault, job: Job) -> IdentityStatus:
            return witnesses.set_identity(vault, witness_id, identity)

        self.session.runner.run(work, owner=self, done=self._saved, failed=self.failed.emit)

    def _saved(self, status: IdentityStatus) -> None:
        self.status = status
        self.conceal()

    def _seal_open(self) -> None:
        witness_id = self.witness_id

        def work(vault: Vault, job: Job) -> IdentityStatus:
            witnesses.seal_open_identities(vault)
            return witnesses.identity_status(vault, witness_id)

        self.session.runner.run(work, owner=self, done=self._saved, failed=self.failed.emit)
