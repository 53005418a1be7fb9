"""One consent item: what it is, what it risks, and a clear Yes or No (neither chosen)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.consent.store import MAX_DETAIL
from testimony_recorder.recorder.consent.text import ShownItem
from testimony_recorder.recorder.model.consent import Answer

from . import style
from .text_page import paragraph


class ItemPage(QWidget):
    answered = Signal(bool)
    detail_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 16, 64, 8)
        layout.setSpacing(14)
        self.progress = paragraph("", style.SMALL_PX + 2, self)
        self.title = paragraph("", style.TITLE_PX, self, bold=True)
        self.question = paragraph("", style.QUESTION_PX, self, bold=True)
        self.explanation = paragraph("", style.BODY_PX, self)
        self._shown_id = ""
        self._scroll = QScrollArea(self)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("scrollBody")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(12)
        # The follow-up question sits under the explanation, in the same scrolling column, so
        # the Yes and No buttons never move and the explanation never shrinks to nothing.
        self.detail_prompt = paragraph("", style.BODY_PX, holder, bold=True)
        self.detail = QPlainTextEdit(holder)
        self.detail.setObjectName("detail")
        self.detail.setFixedHeight(96)
        style.set_px(self.detail, style.BODY_PX)
        self.detail.textChanged.connect(self._detail_edited)
        column.addWidget(self.explanation)
        column.addSpacing(8)
        column.addWidget(self.detail_prompt)
        column.addWidget(self.detail)
        column.addStretch(1)
        self._scroll.setWidget(holder)
        for w in (self.progress, self.title, self.question):
            layout.addWidget(w)
        layout.addWidget(self._scroll, 1)

        row = QHBoxLayout()
        row.setSpacing(40)
        row.setContentsMargins(0, 8, 0, 16)
        self.yes = QPushButton(self)
        self.no = QPushButton(self)
        self._group = QButtonGroup(self)
        for button, value in ((self.yes, True), (self.no, False)):
            button.setObjectName("answer_yes" if value else "answer_no")
            button.setCheckable(True)
            button.setProperty("answer", True)
            button.clicked.connect(lambda _=False, v=value: self.answered.emit(v))
            self._group.addButton(button)
        row.addStretch(1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        layout.addLayout(row)
        self._loading = False

    def show_item(self, item: ShownItem, answer: Answer | None, ui: dict[str, str],
                  number: str, total: str) -> None:
        """`number` and `total`: the question's place, already written as numbers."""
        self._loading = True
        self.progress.setText(ui["question_of"].replace("{n}", number)
                              .replace("{total}", total))
        self.title.setText(item.title)
        self.question.setText(item.question)
        self.explanation.setText(item.explanation)
        self.yes.setText(ui["yes"])
        self.no.setText(ui["no"])
        # Exclusive groups cannot show "nothing chosen" once something was: lift it to clear.
        self._group.setExclusive(False)
        self.yes.setChecked(answer is not None and answer.answer == "yes")
        self.no.setChecked(answer is not None and answer.answer == "no")
        self._group.setExclusive(True)
        wants_detail = bool(item.detail) and answer is not None and answer.answer == "yes"
        self.detail_prompt.setText(f"{item.detail}\n{ui['detail_optional']}" if item.detail
                                   else "")
        self.detail_prompt.setVisible(wants_detail)
        self.detail.setVisible(wants_detail)
        if item.id != self._shown_id:
            self._scroll.verticalScrollBar().setValue(0)
            self._shown_id = item.id
        elif wants_detail:  # after the layout has made room for it
            QTimer.singleShot(0, lambda: self._scroll.ensureWidgetVisible(self.detail))
        if self.detail.toPlainText() != (answer.detail if answer else ""):
            self.detail.setPlainText(answer.detail if answer else "")
        self._loading = False

    def _detail_edited(self) -> None:
        if self._loading:
            return
        text = self.detail.toPlainText()
        if len(text) > MAX_DETAIL:
            self.detail.setPlainText(text[:MAX_DETAIL])
            return
        self.detail_changed.emit(text)
