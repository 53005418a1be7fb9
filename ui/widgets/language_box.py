"""A language chooser listing each language by its own name."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from testimony_recorder.recorder import i18n
from testimony_recorder.recorder.preferences import LANGUAGES


class LanguageBox(QComboBox):
    language_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Interface language"))
        for code in LANGUAGES:
            self.addItem(i18n.language_name(code), code)
        self.setCurrentIndex(max(0, LANGUAGES.index(current) if current in LANGUAGES else 0))
        self.currentIndexChanged.connect(lambda i: self.language_chosen.emit(self.itemData(i)))
