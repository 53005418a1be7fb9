"""Recovery shares, walked through: choose how many, write each share on paper, and type back
one word of each before the shares are put in force (recorder.shares_walkthrough).

Closing the dialog before the end changes nothing: earlier shares keep working.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import shares
from testimony_recorder.recorder.shares import Prepared
from testimony_recorder.recorder.shares_walkthrough import ShareWalkthrough, Step
from testimony_recorder.recorder.vault import Vault

from . import formatting
from .i18n import isolate
from .messages import describe
from .session import Session
from .tasks import Job

COLUMNS = 4


class SharesDialog(QDialog):
    INTRO, WRITE, CHECK, DONE = range(4)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery shares"))
        self.session = session
        self.language = language
        self.walk: ShareWalkthrough | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._intro())
        self.pages.addWidget(self._write())
        self.pages.addWidget(self._check())
        self.pages.addWidget(self._done())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        # Enter in the word field checks the word and nothing else: no button may take it as
        # the dialog's default (it would, for one, confirm the next share unseen).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.resize(640, 420)

    # -- pages --------------------------------------------------------------------------------
    def _intro(self) -> QWidget:
        page = QWidget(self)
        explain = QLabel(self.tr(
            "Besides the recovery key, the vault can be opened with shares written on paper: "
            "any few of them together open it, fewer reveal nothing. Give each share to a "
            "different trusted person, or keep them in different places. Making new shares "
            "makes the old ones stop working."), page)
        explain.setWordWrap(True)
        self.threshold = QSpinBox(page)
        self.threshold.setRange(2, shares.MAX_COUNT)
        self.threshold.setValue(shares.DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Shares needed to open the vault"))
        self.count = QSpinBox(page)
        self.count.setRange(2, shares.MAX_COUNT)
        self.count.setValue(shares.DEFAULT_COUNT)
        self.count.setAccessibleName(self.tr("Shares to make"))
        self.count.valueChanged.connect(lambda n: self.threshold.setMaximum(n))
        self.start_button = QPushButton(self.tr("Make the shares"), page)
        self.start_button.clicked.connect(self.start)
        form = QFormLayout(page)
        form.addRow(explain)
        form.addRow(self.tr("Shares to make"), self.count)
        form.addRow(self.tr("Shares needed to open the vault"), self.threshold)
        form.addRow("", self.start_button)
        return page

    def _write(self) -> QWidget:
        page = QWidget(self)
        self.write_title = QLabel(page)
        self.write_title.setObjectName("title")
        hint = QLabel(self.tr("Write these words on paper, in order, with their numbers. "
                              "Check each one. Nobody else should see the screen."), page)
        hint.setWordWrap(True)
        self.words = QWidget(page)
        self.words.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English words
        self.grid = QGridLayout(self.words)
        self.written_button = QPushButton(self.tr("I have written it down"), page)
        self.written_button.clicked.connect(self.written)
        column = QVBoxLayout(page)
        column.addWidget(self.write_title)
        column.addWidget(hint)
        column.addWidget(self.words)
        column.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.written_button)
        column.addLayout(row)
        return page

    def _check(self) -> QWidget:
        page = QWidget(self)
        self.question = QLabel(page)
        self.question.setWordWrap(True)
        self.answer = QLineEdit(page)
        self.answer.setAccessibleName(self.tr("The word from your paper"))
        self.answer.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.answer.returnPressed.connect(self.check)
        check = QPushButton(self.tr("Check"), page)
        check.clicked.connect(self.check)
        form = QFormLayout(page)
        form.addRow(self.question)
        form.addRow(self.tr("Word"), self.answer)
        form.addRow("", check)
        return page

    def _done(self) -> QWidget:
        page = QWidget(self)
        self.done_text = QLabel(page)
        self.done_text.setWordWrap(True)
        close = QPushButton(self.tr("Close"), page)
        close.clicked.connect(self.accept)
        column = QVBoxLayout(page)
        column.addWidget(self.done_text)
        column.addStretch(1)
        column.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # -- steps --------------------------------------------------------------------------------
    def start(self) -> None:
        threshold, count = self.threshold.value(), self.count.value()

        def work(vault: Vault, job: Job) -> Prepared:
            return vault.prepare_shares(threshold, count)

        self.start_button.setEnabled(False)
        self.session.runner.run(work, owner=self, done=self._prepared, failed=self._failed)

    def _prepared(self, prepared: Prepared) -> None:
        self.walk = ShareWalkthrough(prepared)
        self._show()

    def written(self) -> None:
        if self.walk is not None:
            self.walk.written()
            self._show()

    def check(self) -> None:
        if self.walk is None or self.walk.step != Step.CHECK:
            return
        position = self.walk.position
        right = self.walk.check(self.answer.text())
        self.answer.clear()
        self.message.setText("" if right else self.tr(
            "That is not word %1. The share is shown again: compare your paper with it "
            "word by word.").replace("%1", formatting.number(position + 1, self.language)))
        if self.walk.step == Step.DONE:
            self._install()
        else:
            self._show()

    def _show(self) -> None:
        walk = self.walk
        if walk is None:
            return
        number = formatting.number(walk.index + 1, self.language)
        of = formatting.number(walk.count, self.language)
        if walk.step == Step.WRITE:
            self.write_title.setText(self.tr("Share %1 of %2").replace("%1", number)
                                     .replace("%2", of))
            self._fill_words(walk.shown_words())
            self.pages.setCurrentIndex(self.WRITE)
            self.written_button.setFocus()
        elif walk.step == Step.CHECK:
            self._fill_words([])  # the share leaves the screen while a word is asked for
            self.question.setText(self.tr(
                "Share %1 of %2 is hidden now. From your paper, type word number %3.")
                .replace("%1", number).replace("%2", of)
                .replace("%3", formatting.number(walk.position + 1, self.language)))
            self.pages.setCurrentIndex(self.CHECK)
            self.answer.setFocus()

    def _fill_words(self, words: list[str]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # out of the dialog at once; destroyed just after
                widget.deleteLater()
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 2)
        rows = -(-len(words) // COLUMNS)
        for i, word in enumerate(words):
            label = QLabel(f"{i + 1}. {word}", self.words)
            label.setFont(font)
            self.grid.addWidget(label, i % rows, i // rows)  # numbered down each column

    def _install(self) -> None:
        assert self.walk is not None  # noqa: S101 - only called once the walk is done
        prepared = self.walk.prepared

        def work(vault: Vault, job: Job) -> None:
            vault.install_shares(prepared)

        self._fill_words([])
        self.session.runner.run(work, owner=self, done=lambda _: self._installed(prepared),
                                failed=self._failed)

    def _installed(self, prepared: Prepared) -> None:
        self.done_text.setText(self.tr(
            "Done. Any %1 of the %2 shares now open the vault; older shares no longer work. "
            "Keep the papers apart from this laptop and from each other.")
            .replace("%1", isolate(formatting.number(prepared.threshold, self.language)))
            .replace("%2", isolate(formatting.number(prepared.count, self.language))))
        self.pages.setCurrentIndex(self.DONE)

    def _failed(self, error: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.message.setText(describe(error))
