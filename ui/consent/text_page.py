"""A page of text for the witness: the introduction (their rights), and the end pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from . import style


def paragraph(text: str, pixels: int, parent: QWidget, *, bold: bool = False) -> QLabel:
    """Plain text only: template text is never interpreted as markup."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    # Qt can paint a wrapped right-to-left line a few pixels past the edge it wrapped at;
    # a margin inside the label keeps those pixels visible instead of clipped.
    label.setContentsMargins(10, 0, 10, 0)
    style.set_px(label, pixels, bold=bold)
    return label


class TextPage(QWidget):
    """A title and paragraphs, scrolling when they do not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(64, 24, 64, 8)
        self.title = paragraph("", style.TITLE_PX, self, bold=True)
        self._layout.addWidget(self.title)
        self._scroll = QScrollArea(self)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._layout.addWidget(self._scroll, 1)
        self._body: QWidget | None = None
        self.paragraphs: list[QLabel] = []

    def show_text(self, title: str, paragraphs: list[str], *, centred: bool = False) -> None:
        self.title.setText(title)
        body = QWidget()
        body.setObjectName("scrollBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 8, 12, 8)
        column.setSpacing(18)
        self.paragraphs = [paragraph(p, style.BODY_PX + (4 if centred else 0), body)
                           for p in paragraphs]
        for label in self.paragraphs:
            if centred:
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        column.addStretch(1)
        if centred:
            self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scroll.setWidget(body)
        self._body = body
