"""The unlock screen: passphrase, or the recovery key (or recovery shares) with a new
passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import shares

from .i18n import isolate
from .widgets.language_box import LanguageBox
from .widgets.passphrase_field import PassphraseField
from .widgets.strength_meter import StrengthMeter


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    recovery_requested = Signal(str, str)
    # Recovery shares (a list of mnemonics) and the new passphrase.
    shares_requested = Signal(list, str)
    language_chosen = Signal(str)

    def __init__(self, vault_path: str, language: str, parent: QWidget | None = None, *,
                 demo_passphrase: str | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Testimony Recorder"), self)
        title.setObjectName("title")
        where = QLabel(self.tr("Vault: %1").replace("%1", isolate(vault_path)), self)
        where.setObjectName("subtle")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A demo vault's passphrase is no secret, and nobody could unlock it again after a
        # lock without seeing it.
        self.demo_note = QLabel(self.tr("This is the demo vault, with fictional data only. Its "
                                        "passphrase is: %1").replace(
            "%1", isolate(demo_passphrase or "")), self)
        self.demo_note.setWordWrap(True)
        self.demo_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_note.setVisible(demo_passphrase is not None)
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
        use_shares = QPushButton(self.tr("Use recovery shares instead"), self)
        use_shares.setFlat(True)
        use_shares.clicked.connect(lambda: self.forms.setCurrentIndex(2))
        normal = QWidget(self)
        form = QFormLayout(normal)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.unlock_button)
        form.addRow("", use_recovery)
        form.addRow("", use_shares)

        self.recovery_key = QLineEdit(self)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = PassphraseField(self.tr("New passphrase"), self)
        self.meter = StrengthMeter(self)
        self.new_passphrase.edit.textChanged.connect(self.meter.show_for)
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
        rform.addRow("", self.meter)
        rform.addRow(self.tr("Again"), self.new_again)
        rform.addRow("", recover_button)
        rform.addRow("", back)

        self.shares = QPlainTextEdit(self)
        self.shares.setAccessibleName(self.tr("Recovery shares"))
        self.shares.setPlaceholderText(self.tr("Type each share's words, with an empty line "
                                               "between shares"))
        self.shares.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English words
        self.shares.setTabChangesFocus(True)
        self.shares_passphrase = PassphraseField(self.tr("New passphrase"), self)
        self.shares_meter = StrengthMeter(self)
        self.shares_passphrase.edit.textChanged.connect(self.shares_meter.show_for)
        self.shares_again = PassphraseField(self.tr("New passphrase again"), self)
        self.shares_again.submitted.connect(self._recover_with_shares)
        shares_button = QPushButton(self.tr("Unlock and set the new passphrase"), self)
        shares_button.clicked.connect(self._recover_with_shares)
        back_from_shares = QPushButton(self.tr("Back to the passphrase"), self)
        back_from_shares.setFlat(True)
        back_from_shares.clicked.connect(lambda: self.forms.setCurrentIndex(0))
        with_shares = QWidget(self)
        sform = QFormLayout(with_shares)
        sform.addRow(self.tr("Recovery shares"), self.shares)
        sform.addRow(self.tr("New passphrase"), self.shares_passphrase)
        sform.addRow("", self.shares_meter)
        sform.addRow(self.tr("Again"), self.shares_again)
        sform.addRow("", shares_button)
        sform.addRow("", back_from_shares)

        self.forms.addWidget(normal)
        self.forms.addWidget(recovery)
        self.forms.addWidget(with_shares)
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
        box.addWidget(self.demo_note)
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
        if self._new_passphrase_ok(self.new_passphrase, self.new_again, self.meter):
            self.set_busy(True)
            self.recovery_requested.emit(self.recovery_key.text(), self.new_passphrase.text())

    def _recover_with_shares(self) -> None:
        if self._new_passphrase_ok(self.shares_passphrase, self.shares_again,
                                   self.shares_meter):
            self.set_busy(True)
            self.shares_requested.emit(shares.split_text(self.shares.toPlainText()),
                                       self.shares_passphrase.text())

    def _new_passphrase_ok(self, first: PassphraseField, second: PassphraseField,
                           meter: StrengthMeter) -> bool:
        if first.text() != second.text():
            self.show_message(self.tr("The two new passphrases are different."))
            return False
        if not meter.show_for(first.text()).acceptable:
            self.show_message(self.tr("Choose a new passphrase that is harder to guess: see "
                                      "the advice under it."))
            return False
        return True

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
        self.shares.clear()
        self.shares_passphrase.clear()
        self.shares_again.clear()
        self.forms.setCurrentIndex(0)
        self.set_busy(False)
