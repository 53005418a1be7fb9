"""Settings: interface language (kept outside the vault, needed before unlock), auto-lock time
and audio input (kept inside the vault)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from testimony_recorder.recorder.settings import VaultSettings

from .widgets.language_box import LanguageBox


class SettingsDialog(QDialog):
    def __init__(self, language: str, settings: VaultSettings,
                 contacts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`contacts`: (fingerprint, name) of the keys this vault trusts."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.languages = LanguageBox(language, self)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSpecialValueText(self.tr("Never (not recommended)"))
        self.auto_lock.valueChanged.connect(self._show_unit)
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self._show_unit(self.auto_lock.value())
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
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
        note = QLabel(self.tr("The language changes when you press OK."), self)
        note.setObjectName("subtle")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.languages)
        form.addRow("", note)
        form.addRow(self.tr("Lock after"), self.auto_lock)
        form.addRow(self.tr("Microphone"), self.audio)
        form.addRow(self.tr("Send to"), self.recipients)
        form.addRow(buttons)
        self._settings = settings

    def _show_unit(self, minutes: int) -> None:
        """Word the unit as the language's plural for this number ("1 minute", "5 minutes",
        Arabic's dual...): the translation is split around the number into the spin box's
        prefix and suffix, so languages that put the word first keep their order."""
        text = self.tr("%n minute(s)", "", max(minutes, 1))
        before, number, after = text.partition(str(max(minutes, 1)))
        if not number:  # a translation without the number: show it after the value
            before, after = "", " " + text
        self.auto_lock.setPrefix(before)
        self.auto_lock.setSuffix(after)

    def language(self) -> str:
        return str(self.languages.currentData())

    def settings(self) -> VaultSettings:
        chosen = [str(self.recipients.item(i).data(Qt.ItemDataRole.UserRole))
                  for i in range(self.recipients.count())
                  if self.recipients.item(i).checkState() == Qt.CheckState.Checked]
        return VaultSettings(auto_lock_minutes=self.auto_lock.value(),
                             audio_input=str(self.audio.currentData()),
                             default_recipients=chosen)
