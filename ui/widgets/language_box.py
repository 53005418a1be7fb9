"""Language choosers: the interface language, listed by each language's own name (someone who
cannot read the current one still finds theirs), and other languages (a witness's, an
interpreter's) named in the interface language by `add_languages`."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from testimony_recorder.recorder import i18n
from testimony_recorder.recorder.preferences import LANGUAGES

from .. import formatting


def add_languages(box: QComboBox, codes: Iterable[str]) -> None:
    """Offer each language by its name in the interface language, with its code as the data."""
    for code in codes:
        box.addItem(i18n.language_name(code, formatting.ui_language()), code)


class LanguageBox(QComboBox):
    language_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Interface language"))
        for code in LANGUAGES:
            self.addItem(i18n.language_name(code), code)
        self.setCurrentIndex(max(0, LANGUAGES.index(current) if current in LANGUAGES else 0))
        self.currentIndexChanged.connect(lambda i: self.language_chosen.emit(self.itemData(i)))
