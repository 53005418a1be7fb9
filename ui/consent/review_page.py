"""The final review: every answer, in the witness's words, each with a way to change it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.consent.text import ShownItem
from testimony_recorder.recorder.model.consent import Answer

from . import style
from .text_page import paragraph


class ReviewPage(QWidget):
    edit_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 16, 64, 8)
        self.title = paragraph("", style.TITLE_PX, self, bold=True)
        self.intro = paragraph("", style.BODY_PX, self)
        self.skipped = paragraph("", style.SMALL_PX + 2, self)
        self._scroll = QScrollArea(self)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        for w in (self.title, self.intro):
            layout.addWidget(w)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.skipped)
        self.answer_labels: dict[str, QLabel] = {}
        self.change_buttons: dict[str, QPushButton] = {}

    def show_review(self, rows: list[tuple[ShownItem, Answer]], ui: dict[str, str],
                    any_skipped: bool) -> None:
        self.title.setText(ui["review_title"])
        self.intro.setText(ui["review_text"])
        self.skipped.setText(ui["review_skipped"] if any_skipped else "")
        self.skipped.setVisible(any_skipped)
        body = QWidget()
        body.setObjectName("scrollBody")
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 8, 12, 8)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        self.answer_labels.clear()
        self.change_buttons.clear()
        for n, (item, answer) in enumerate(rows):
            title = paragraph(item.title, style.BODY_PX, body)
            text = ui["yes"] if answer.answer == "yes" else ui["no"]
            if answer.detail:
                text = f"{text}\n{answer.detail}"
            value = paragraph(text, style.BODY_PX, body, bold=True)
            value.setObjectName(f"review_{item.id}")
            change = QPushButton(ui["change"], body)
            change.setObjectName(f"change_{item.id}")
            change.setProperty("change", True)
            change.clicked.connect(lambda _=False, i=item.id: self.edit_requested.emit(i))
            grid.addWidget(title, n * 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, n * 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(change, n * 2, 2, Qt.AlignmentFlag.AlignTop)
            line = QFrame(body)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setStyleSheet("color: #dddddd;")
            grid.addWidget(line, n * 2 + 1, 0, 1, 3)
            self.answer_labels[item.id] = value
            self.change_buttons[item.id] = change
        grid.setRowStretch(len(rows) * 2, 1)
        self._scroll.setWidget(body)
