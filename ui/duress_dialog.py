"""Setting up the duress passphrase: a second passphrase that opens a decoy vault.

The decoy is a real, working vault holding harmless interviews the organisation chose (or the
built-in ones about school attendance). Optionally, typing the duress passphrase also
destroys this vault's keys, as a panic wipe does; afterwards nothing shows that it did.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.duress import decoy, setup
from testimony_recorder.recorder.duress.setup import DuressStatus
from testimony_recorder.recorder.vault import Vault

from . import formatting
from .i18n import isolate
from .messages import describe
from .session import Session
from .tasks import Job
from .widgets import file_dialogs
from .widgets.confirm import ask
from .widgets.passphrase_field import PassphraseField

MIN_LENGTH = 8


class DuressDialog(QDialog):
    # The duress passphrase was set or removed (the new DuressStatus).
    changed = Signal(object)

    def __init__(self, session: Session, status: DuressStatus, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duress passphrase"))
        self.session = session
        self.language = language
        self.decoy_file = ""
        explain = QLabel(self.tr(
            "If you are forced to unlock this laptop, type the duress passphrase instead of "
            "your passphrase. It opens a decoy: a real, working vault with a few harmless "
            "interviews. On disk a vault with a duress passphrase looks the same as one "
            "without."), self)
        explain.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.first = PassphraseField(self.tr("Duress passphrase"), self)
        self.second = PassphraseField(self.tr("Duress passphrase again"), self)
        self.destroy_real = QCheckBox(self.tr(
            "Typing it also destroys this vault's keys, as a panic wipe does. This cannot be "
            "undone, and afterwards nothing shows that it happened."), self)
        self.builtin = QRadioButton(self.tr("A few interviews about school attendance "
                                            "(built in)"), self)
        self.builtin.setChecked(True)
        self.from_file = QRadioButton(self.tr("Interviews from a file your organisation "
                                              "gave you"), self)
        group = QButtonGroup(self)
        group.addButton(self.builtin)
        group.addButton(self.from_file)
        choose = QPushButton(self.tr("Choose file..."), self)
        choose.clicked.connect(self._choose)
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        content = QVBoxLayout()
        content.addWidget(self.builtin)
        row = QHBoxLayout()
        row.addWidget(self.from_file)
        row.addWidget(choose)
        row.addWidget(self.file_label, 1)
        content.addLayout(row)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Making the decoy"))
        self.busy.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(self.tr("Set duress passphrase"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._save)
        self.remove_button = self.buttons.addButton(self.tr("Remove it"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self._remove)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.status_label)
        form.addRow(self.tr("Duress passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        form.addRow(self.tr("Decoy content"), content)
        form.addRow(self.destroy_real)
        form.addRow(self.busy)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.show_status(status)

    def show_status(self, status: DuressStatus) -> None:
        self.status = status
        if status.set_at is None:
            self.status_label.setText(self.tr("No duress passphrase is set."))
        else:
            when = isolate(formatting.when(status.set_at, self.language))
            self.status_label.setText(
                (self.tr("A duress passphrase is set (since %1); typing it also destroys this "
                         "vault's keys.") if status.destroys else
                 self.tr("A duress passphrase is set (since %1); typing it opens the decoy "
                         "only.")).replace("%1", when))
        self.remove_button.setEnabled(status.set_at is not None)

    def _choose(self) -> None:
        name = file_dialogs.open_file(self, self.tr("Decoy interviews"),
                                      self.tr("Interview JSON (*.json)"))
        if name:
            self.decoy_file = name
            self.file_label.setText(Path(name).name)
            self.from_file.setChecked(True)

    def _save(self) -> None:
        passphrase = self.first.text()
        if passphrase != self.second.text():
            self.message.setText(self.tr("The two duress passphrases are different."))
            return
        if len(passphrase) < MIN_LENGTH:
            self.message.setText(self.tr("Choose a duress passphrase of at least 8 "
                                         "characters."))
            return
        if self.from_file.isChecked() and not self.decoy_file:
            self.message.setText(self.tr("Choose the file with the decoy interviews."))
            return
        source = self.decoy_file if self.from_file.isChecked() else None
        destroy = self.destroy_real.isChecked()

        def work(vault: Vault, job: Job) -> DuressStatus:
            content = (decoy.parse_content(Path(source).read_bytes()) if source
                       else decoy.builtin_content())
            return setup.configure(vault, passphrase, content, destroy_real=destroy)

        self._busy(True)
        self.session.runner.run(work, owner=self, done=self._done, failed=self._failed)

    def _remove(self) -> None:
        if not ask(self, self.tr("Remove the duress passphrase"),
                   self.tr("The duress passphrase and its decoy will be gone."),
                   self.tr("Remove")):
            return

        def work(vault: Vault, job: Job) -> DuressStatus:
            setup.remove(vault)
            return setup.status(vault)

        self._busy(True)
        self.session.runner.run(work, owner=self, done=self._done, failed=self._failed)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy)
        if busy:
            self.message.clear()

    def _done(self, status: DuressStatus) -> None:
        self._busy(False)
        self.first.clear()
        self.second.clear()
        self.show_status(status)
        self.message.setText(self.tr("Saved.") if status.set_at else self.tr("Removed."))
        self.changed.emit(status)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.show_status(self.status)
        self.message.setText(describe(error))
