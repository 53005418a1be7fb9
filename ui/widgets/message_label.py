"""A label for messages that come and go (errors, advice) without making the layout jump.

It keeps room for `lines` lines of wrapped text whether or not it shows any, so a message that
appears or changes length does not push the buttons below it around under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget


class MessageLabel(QLabel):
    def __init__(self, lines: int, parent: QWidget | None = None, *,
                 name: str = "") -> None:
        super().__init__(parent)
        self.lines = lines
        if name:
            self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self._reserve()

    def _reserve(self) -> None:
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * self.lines
                              + self.contentsMargins().top() + self.contentsMargins().bottom())

    def changeEvent(self, event: QEvent) -> None:
        """A new font (the app's style sheet, a language change) changes the room needed."""
        if event.type() == QEvent.Type.FontChange:
            self._reserve()
        super().changeEvent(event)
