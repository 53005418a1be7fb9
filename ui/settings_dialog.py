"""Settings: interface language (kept outside the vault, needed before unlock), auto-lock time
and audio input (kept inside the vault)."""

from __future__ import annotations

from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from recorder.settings import VaultSettings

from .widgets.language_box import LanguageBox


class SettingsDialog(QDialog):
    def __init__(self, language: str, settings: VaultSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.languages = LanguageBox(language, self)
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never (not recommended)"))
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.audio = QComboBox(self)
        self.audio.setAccessibleName(self.tr("Microphone"))
        self.audio.addItem(self.tr("System default"), "")
        for device in QMediaDevices.audioInputs():
            self.audio.addItem(device.description(), bytes(device.id().data()).decode(
                "utf-8", "replace"))
        index = self.audio.findData(settings.audio_input)
        self.audio.setCurrentIndex(max(index, 0))
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
        form.addRow(buttons)
        self._settings = settings

    def language(self) -> str:
        return str(self.languages.currentData())

    def settings(self) -> VaultSettings:
        return VaultSettings(auto_lock_minutes=self.auto_lock.value(),
                             audio_input=str(self.audio.currentData()),
                             default_recipients=list(self._settings.default_recipients))
