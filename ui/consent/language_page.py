"""The first page: the witness picks the language they want to read and hear."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from testimony_recorder.recorder.consent.text import ShownText

from . import style


class LanguagePage(QWidget):
    language_chosen = Signal(str)

    def __init__(self, texts: dict[str, ShownText], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(24)
        self.buttons: dict[str, QPushButton] = {}
        for n, (language, shown) in enumerate(texts.items()):
            # Each language is offered in its own words and its own direction.
            button = QPushButton(f"{shown.language_name}\n{shown.ui['choose_language']}")
            button.setObjectName(f"language_{language}")
            button.setMinimumHeight(style.BUTTON_HEIGHT + 40)
            button.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                      if shown.direction == "rtl"
                                      else Qt.LayoutDirection.LeftToRight)
            style.set_families(button, shown.direction)
            style.set_px(button, style.BUTTON_PX + 2)
            button.clicked.connect(lambda _=False, lang=language: self.language_chosen.emit(lang))
            self.buttons[language] = button
            grid.addWidget(button, n // 2, n % 2)
        outer.addLayout(grid)
        hint = QLabel(self.tr("Let the witness choose the language of the consent form."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_px(hint, style.SMALL_PX)
        outer.addSpacing(24)
        outer.addWidget(hint)
        outer.addStretch(1)
