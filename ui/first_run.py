"""First run: choose the language, set the passphrase, write down the recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
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

from .widgets.language_box import LanguageBox
from .widgets.message_label import MessageLabel
from .widgets.passphrase_field import PassphraseField
from .widgets.strength_meter import StrengthMeter

WELCOME, PASSPHRASE, CREATING, RECOVERY = range(4)


class FirstRunPage(QWidget):
    language_chosen = Signal(str)
    create_requested = Signal(str, str)
    finished = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = QStackedWidget(self)
        self.steps.addWidget(self._welcome(language))
        self.steps.addWidget(self._passphrase())
        self.steps.addWidget(self._creating())
        self.steps.addWidget(self._recovery())
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        self._recovery_text = ""

    # -- step 1 --------------------------------------------------------------------------------
    def _welcome(self, language: str) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Welcome to Testimony Recorder"), page)
        title.setObjectName("title")
        intro = QLabel(self.tr(
            "Everything you record is kept in an encrypted vault on this computer. Only your "
            "passphrase, or the recovery key you will write down, can open it. The app never "
            "connects to the internet."), page)
        intro.setWordWrap(True)
        languages = LanguageBox(language, page)
        languages.language_chosen.connect(self.language_chosen)
        self.owner = QLineEdit(page)
        self.owner.setAccessibleName(self.tr("Your name or interviewer code"))
        self.owner.setPlaceholderText(self.tr("for example: Interviewer 7"))
        hint = QLabel(self.tr("It is written in the custody log with everything you record. "
                              "A code is safer than your real name."), page)
        hint.setWordWrap(True)
        hint.setObjectName("subtle")
        self.welcome_next = QPushButton(self.tr("Continue"), page)
        self.welcome_next.setEnabled(False)
        self.owner.textChanged.connect(lambda t: self.welcome_next.setEnabled(bool(t.strip())))
        # Enter in the name field moves on, as the Continue button would.
        self.owner.returnPressed.connect(self._continue)
        self.welcome_next.clicked.connect(self._continue)
        form = QFormLayout()
        form.addRow(self.tr("Language"), languages)
        form.addRow(self.tr("Your name or code"), self.owner)
        form.addRow("", hint)
        return self._page(page, [title, intro], form, [self.welcome_next])

    def _continue(self) -> None:
        if self.welcome_next.isEnabled():
            self._go(PASSPHRASE)
            self.first.edit.setFocus()

    # -- step 2 --------------------------------------------------------------------------------
    def _passphrase(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Choose a passphrase"), page)
        title.setObjectName("title")
        intro = QLabel(self.tr(
            "You will type it every time you open the vault. Make it long and something only "
            "you know. If the laptop is taken, this passphrase is what protects the people "
            "who trusted you."), page)
        intro.setWordWrap(True)
        self.first = PassphraseField(self.tr("Passphrase"), page)
        self.second = PassphraseField(self.tr("Passphrase again"), page)
        self.meter = StrengthMeter(page)
        self.match = MessageLabel(1, page, name="error")
        self.create_button = QPushButton(self.tr("Create the vault"), page)
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._create)
        self.second.submitted.connect(self._create)
        for field in (self.first, self.second):
            field.changed.connect(self._check)
        back = QPushButton(self.tr("Back"), page)
        back.clicked.connect(lambda: self._go(WELCOME))
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("Again"), self.second)
        form.addRow("", self.match)
        return self._page(page, [title, intro], form, [back, self.create_button])

    def _check(self) -> None:
        result = self.meter.show_for(self.first.text(), [self.owner.text().strip()])
        same = self.first.text() == self.second.text()
        self.match.setText("" if same or not self.second.text()
                           else self.tr("The two passphrases are different."))
        self.create_button.setEnabled(result.acceptable and same)

    def _create(self) -> None:
        if not self.create_button.isEnabled():
            return
        self._go(CREATING)
        self.create_requested.emit(self.first.text(), self.owner.text().strip())

    # -- step 3 --------------------------------------------------------------------------------
    def _creating(self) -> QWidget:
        page = QWidget(self)
        label = QLabel(self.tr("Creating the vault. This takes a few seconds: the app measures "
                               "this computer to make the passphrase as hard to attack as "
                               "it can."), page)
        label.setWordWrap(True)
        busy = QProgressBar(page)
        busy.setRange(0, 0)
        busy.setAccessibleName(self.tr("Creating the vault"))
        return self._page(page, [label, busy], None, [])

    # -- step 4 --------------------------------------------------------------------------------
    def _recovery(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Write down your recovery key"), page)
        title.setObjectName("title")
        intro = QLabel(self.tr(
            "If you forget the passphrase, this key is the only way back in. Write it on "
            "paper now and keep the paper somewhere safe, away from this laptop: anyone who "
            "has it can open the vault. It will not be shown again."), page)
        intro.setWordWrap(True)
        self.key_label = QLabel(page)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.written = QCheckBox(self.tr("I have written the key on paper"), page)
        self.check = QLineEdit(page)
        self.check.setAccessibleName(self.tr("The last group of the recovery key"))
        self.check.setMaxLength(4)
        self.check.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.check.returnPressed.connect(self._finish_if_ready)
        self.done_button = QPushButton(self.tr("Start"), page)
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self._finish)
        self.written.toggled.connect(self._check_recovery)
        self.check.textChanged.connect(self._check_recovery)
        form = QFormLayout()
        form.addRow("", self.written)
        form.addRow(self.tr("To check, type its last four characters"), self.check)
        return self._page(page, [title, intro, self.key_label], form, [self.done_button])

    def show_recovery_key(self, text: str) -> None:
        self._recovery_text = text
        self.key_label.setText(text)
        self._go(RECOVERY)

    def _check_recovery(self) -> None:
        last = self._recovery_text.split("-")[-1] if self._recovery_text else ""
        typed = self.check.text().strip().upper()
        self.done_button.setEnabled(self.written.isChecked() and bool(last) and typed == last)

    def _finish_if_ready(self) -> None:
        if self.done_button.isEnabled():
            self._finish()

    def _finish(self) -> None:
        self._recovery_text = ""
        self.key_label.clear()  # the key leaves the screen for good
        self.finished.emit()

    def failed(self) -> None:
        """Creating failed (the message is shown separately): back to the passphrase step."""
        self._go(PASSPHRASE)

    # -- helpers -------------------------------------------------------------------------------
    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)

    def _page(self, page: QWidget, top: list[QWidget], form: QFormLayout | None,
              buttons: list[QPushButton]) -> QWidget:
        box = QVBoxLayout(page)
        box.addStretch(1)
        for widget in top:
            box.addWidget(widget)
        if form is not None:
            box.addLayout(form)
        # Back (if any) then the main action, in one row: the layout mirrors it right to left.
        row = QHBoxLayout()
        for button in buttons[:-1]:
            row.addWidget(button)
        if buttons:
            buttons[-1].setDefault(True)
            row.addWidget(buttons[-1], 1)
        box.addLayout(row)
        box.addStretch(2)
        page.setMaximumWidth(720)
        outer = QWidget(self)
        centred = QHBoxLayout(outer)
        centred.addStretch(1)
        centred.addWidget(page, 3)
        centred.addStretch(1)
        return outer
