"""Settings: interface language and digits (kept outside the vault, needed before unlock),
auto-lock time, audio input and the backup reminder (kept inside the vault), and the duress
passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from testimony_recorder.recorder.duress.setup import DuressStatus
from testimony_recorder.recorder.settings import VaultSettings

from . import formatting
from .i18n import isolate
from .widgets.language_box import LanguageBox


class SettingsDialog(QDialog):
    # The person asked to set up (or change, or remove) the duress passphrase.
    duress_requested = Signal()

    def __init__(self, language: str, settings: VaultSettings,
                 contacts: list[tuple[str, str]], parent: QWidget | None = None,
                 duress: DuressStatus | None = None, digits: str = formatting.FOLLOW) -> None:
        """`contacts`: (fingerprint, name) of the keys this vault trusts; `duress`: whether a
        duress passphrase is set (None leaves the row out); `digits`: the digits chosen."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.languages = LanguageBox(language, self)
        self.digit_box = QComboBox(self)
        self.digit_box.setAccessibleName(self.tr("Digits"))
        # The samples are built, not typed: sources stay ASCII.
        self.digit_box.addItem(self.tr("As the language writes them"), formatting.FOLLOW)
        for choice, name in ((formatting.LATIN, self.tr("Latin (%1)")),
                             (formatting.ARABIC_INDIC, self.tr("Arabic-Indic (%1)"))):
            sample = formatting.with_digits("0123", language, choice)
            self.digit_box.addItem(name.replace("%1", isolate(sample)), choice)
        self.digit_box.setCurrentIndex(max(0, self.digit_box.findData(digits)))
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSpecialValueText(self.tr("Never (not recommended)"))
        self.auto_lock.valueChanged.connect(self._show_unit)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self._show_unit(self.auto_lock.value())
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.backup_days = QSpinBox(self)
        self.backup_days.setRange(0, 365)
        self.backup_days.setSpecialValueText(self.tr("Never remind me"))
        self.backup_days.valueChanged.connect(self._show_days)
        self.backup_days.setValue(settings.backup_reminder_days)
        self._show_days(self.backup_days.value())
        self.backup_days.setAccessibleName(self.tr("Remind me to back up after days without "
                                                   "a backup"))
        self.duress_label = QLabel(self)
        self.duress_label.setWordWrap(True)
        duress_button = QPushButton(self.tr("Set up..."), self)
        duress_button.setAccessibleName(self.tr("Set up the duress passphrase"))
        duress_button.clicked.connect(self.duress_requested)
        duress_row = QHBoxLayout()
        duress_row.addWidget(self.duress_label, 1)
        duress_row.addWidget(duress_button)
        self.audio = QComboBox(self)
        self.audio.setAccessibleName(self.tr("Microphone"))
        self.audio.addItem(self.tr("System default"), "")
        for device in QMediaDevices.audioInputs():
            self.audio.addItem(device.description(), bytes(device.id().data()).decode(
                "utf-8", "replace"))
        index = self.audio.findData(settings.audio_input)
        self.audio.setCurrentIndex(max(index, 0))
        self.recipients = QListWidget(self)
        self.recipients.setAccessibleName(self.tr("Recipients chosen in advance when sending"))
        for fingerprint, name in contacts:
            item = QListWidgetItem(f"{name} \u2014 {fingerprint}")
            item.setData(Qt.ItemDataRole.UserRole, fingerprint)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if fingerprint in
                               settings.default_recipients else Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        self.recipients.setMaximumHeight(120)
        self.recipients.setWordWrap(True)  # a name and a fingerprint wider than the dialog
        note = QLabel(self.tr("The language changes when you press OK."), self)
        note.setObjectName("subtle")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.languages)
        form.addRow(self.tr("Digits"), self.digit_box)
        form.addRow("", note)
        form.addRow(self.tr("Lock after"), self.auto_lock)
        form.addRow(self.tr("Microphone"), self.audio)
        form.addRow(self.tr("Send to"), self.recipients)
        form.addRow(self.tr("Backup reminder"), self.backup_days)
        if duress is not None:
            form.addRow(self.tr("Duress passphrase"), duress_row)
            self.show_duress(duress)
        else:  # outside any layout they would sit over the first row
            self.duress_label.hide()
            duress_button.hide()
        form.addRow(buttons)
        self._settings = settings

    def show_duress(self, status: DuressStatus) -> None:
        self.duress_label.setText(self.tr("Not set") if status.set_at is None else
                                  self.tr("Set: it opens a decoy vault"))

    def _show_unit(self, minutes: int) -> None:
        """Word the unit as the language's plural for this number ("1 minute", "5 minutes",
        Arabic's dual...): the translation is split around the number into the spin box's
        prefix and suffix, so languages that put the word first keep their order."""
        _plural_around(self.auto_lock, self.tr("%n minute(s)", "", max(minutes, 1)),
                       max(minutes, 1))

    def _show_days(self, days: int) -> None:
        _plural_around(self.backup_days, self.tr("after %n day(s) without a backup", "",
                                                 max(days, 1)), max(days, 1))

    def language(self) -> str:
        return str(self.languages.currentData())

    def digits(self) -> str:
        return str(self.digit_box.currentData())

    def settings(self) -> VaultSettings:
        chosen = [str(self.recipients.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(self.recipients.count())
                  if self.recipients.item(i).checkState() == Qt.CheckState.Checked]
        return VaultSettings(auto_lock_minutes=self.auto_lock.value(),
                             audio_input=str(self.audio.currentData()),
                             default_recipients=chosen,
                             backup_reminder_days=self.backup_days.value())


def _plural_around(spin: QSpinBox, text: str, value: int) -> None:
    """Put a translated plural phrase around the spin box's number, as prefix and suffix."""
    before, number, after = text.partition(str(value))
    if not number:  # a translation without the number: show it after the value
        before, after = "", " " + text
    spin.setPrefix(before)
    spin.setSuffix(after)
