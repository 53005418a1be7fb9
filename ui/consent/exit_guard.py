"""Leaving witness mode: only with the interviewer's passphrase, so the witness (or anyone
else handed the device) cannot reach the vault behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..runner import VaultRunner
from .messages import describe


class ExitGuard(QDialog):
    """Asks for the passphrase and checks it on the vault's thread (Argon2 takes a second;
    the window stays responsive meanwhile)."""

    def __init__(self, runner: VaultRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setWindowTitle(self.tr("Leave witness mode"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Interviewer: type the vault passphrase to leave witness "
                               "mode."), self)
        label.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        # Never offered to input methods or their dictionaries.
        self.passphrase.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                            | Qt.InputMethodHint.ImhNoPredictiveText)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        for w in (label, self.passphrase, self.status, self.buttons):
            layout.addWidget(w)
        self._busy = False

    def _submit(self) -> None:
        if self._busy:
            return
        secret = self.passphrase.text()
        self.passphrase.clear()
        if not secret:
            self.status.setText(self.tr("Type the passphrase first."))
            return
        self._busy = True
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Checking..."))
        self._runner.run(lambda vault, job: vault.check_passphrase(secret), owner=self,
                         done=self._checked, failed=self._failed)

    def _checked(self, ok: bool) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        if ok:
            self.status.clear()
            self.accept()
        else:
            self.status.setText(self.tr("Wrong passphrase. Witness mode stays open."))
            self.passphrase.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.status.setText(describe(error))
