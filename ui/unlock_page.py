"""The unlock screen: passphrase, or the recovery key with a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import strength

from .i18n import isolate
from .widgets.language_box import LanguageBox
from .widgets.passphrase_field import PassphraseField


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    recovery_requested = Signal(str, str)
    language_chosen = Signal(str)

    def __init__(self, vault_path: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Testimony Recorder"), self)
        title.setObjectName("title")
        where = QLabel(self.tr("Vault: %1").replace("%1", isolate(vault_path)), self)
        where.setObjectName("subtle")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        languages = LanguageBox(language, self)
        languages.language_chosen.connect(self.language_chosen)

        self.forms = QStackedWidget(self)
        self.passphrase = PassphraseField(self.tr("Passphrase"), self)
        self.passphrase.submitted.connect(self._unlock)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        use_recovery = QPushButton(self.tr("Use the recovery key instead"), self)
        use_recovery.setFlat(True)
        use_recovery.clicked.connect(lambda: self.forms.setCurrentIndex(1))
        normal = QWidget(self)
        form = QFormLayout(normal)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.unlock_button)
        form.addRow("", use_recovery)

        self.recovery_key = QLineEdit(self)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = PassphraseField(self.tr("New passphrase"), self)
        self.new_again = PassphraseField(self.tr("New passphrase again"), self)
        self.new_again.submitted.connect(self._recover)
        recover_button = QPushButton(self.tr("Unlock and set the new passphrase"), self)
        recover_button.clicked.connect(self._recover)
        back = QPushButton(self.tr("Back to the passphrase"), self)
        back.setFlat(True)
        back.clicked.connect(lambda: self.forms.setCurrentIndex(0))
        recovery = QWidget(self)
        rform = QFormLayout(recovery)
        rform.addRow(self.tr("Recovery key"), self.recovery_key)
        rform.addRow(self.tr("New passphrase"), self.new_passphrase)
        rform.addRow(self.tr("Again"), self.new_again)
        rform.addRow("", recover_button)
        rform.addRow("", back)

        self.forms.addWidget(normal)
        self.forms.addWidget(recovery)
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.busy.hide()

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(languages)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(where)
        box.addSpacing(16)
        box.addWidget(self.forms)
        box.addWidget(self.busy)
        box.addWidget(self.message)
        center = QHBoxLayout()
        center.addStretch(1)
        center.addLayout(box, 2)
        center.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addLayout(center)
        layout.addStretch(2)
        self.setFocusProxy(self.passphrase)

    def _unlock(self) -> None:
        if not self.passphrase.text():
            self.show_message(self.tr("Type the vault's passphrase."))
            return
        self.set_busy(True)
        self.unlock_requested.emit(self.passphrase.text())

    def _recover(self) -> None:
        if self.new_passphrase.text() != self.new_again.text():
            self.show_message(self.tr("The two new passphrases are different."))
            return
        if not strength.long_enough(self.new_passphrase.text()):
            self.show_message(self.tr("Choose a new passphrase of at least %1 characters.")
                              .replace("%1", isolate(QLocale().toString(strength.MIN_LENGTH))))
            return
        self.set_busy(True)
        self.recovery_requested.emit(self.recovery_key.text(), self.new_passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.forms.setEnabled(not busy)
        self.busy.setVisible(busy)
        if busy:
            self.message.clear()

    def show_message(self, text: str) -> None:
        self.set_busy(False)
        self.message.setText(text)
        self.passphrase.setFocus()
        self.passphrase.edit.selectAll()  # typing again replaces the failed attempt

    def reset(self) -> None:
        """Forget everything typed (called on lock and after a failed attempt)."""
        self.passphrase.clear()
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self.new_again.clear()
        self.forms.setCurrentIndex(0)
        self.set_busy(False)
