"""The testimony: a long-text editor that saves itself, shows its word count and versions, and
becomes read-only once finalized."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import clock
from testimony_recorder.recorder.model.testimony import Testimony
from testimony_recorder.recorder.search.index import SUMMARY
from testimony_recorder.recorder.store import testimonies
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..session import Session
from ..tasks import Job
from ..widgets.autosaver import Autosaver
from ..widgets.hit_marks import mark_matches
from ..widgets.paragraph_edit import ParagraphEdit

AUTOSAVE_MS = 3000


class TestimonySection(QWidget):
    saved = Signal()
    failed = Signal(object)
    history_requested = Signal()
    correction_requested = Signal()

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.interview_id = ""
        self.testimony: Testimony | None = None
        self.autosaver = Autosaver(self._save, AUTOSAVE_MS, self)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("banner")
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correction = QPushButton(self.tr("Add a correction (new version)"), self)
        self.correction.clicked.connect(self.correction_requested)
        self.narrative = ParagraphEdit(self)
        self.narrative.setAccessibleName(self.tr("Testimony narrative"))
        self.narrative.setPlaceholderText(self.tr("The witness's account, in their words."))
        self.narrative.textChanged.connect(self._changed)
        self.narrative.installEventFilter(self)
        self.summary = QLineEdit(self)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.textEdited.connect(self._changed)
        self.summary.editingFinished.connect(self.autosaver.flush)
        self.tags = QLineEdit(self)
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.textEdited.connect(self._changed)
        self.tags.editingFinished.connect(self.autosaver.flush)
        self.status = QLabel(self)
        self.status.setObjectName("subtle")
        self.words = QLabel(self)
        self.words.setObjectName("subtle")
        history = QPushButton(self.tr("Versions and history"), self)
        history.clicked.connect(self.history_requested)

        form = QFormLayout()
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Tags"), self.tags)
        bar = QHBoxLayout()
        bar.addWidget(self.words)
        bar.addWidget(self.status, 1)
        bar.addWidget(history)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.correction)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.narrative, 1)
        layout.addLayout(form)
        layout.addLayout(bar)

    # -- showing --------------------------------------------------------------------------------
    def show_testimony(self, interview_id: str, testimony: Testimony | None) -> None:
        self.autosaver.discard()
        self.interview_id = interview_id
        self.testimony = testimony
        for widget in (self.narrative, self.summary, self.tags):
            widget.blockSignals(True)
        self.narrative.setPlainText(testimony.narrative if testimony else "")
        self.summary.setText(testimony.summary if testimony else "")
        self.tags.setText(", ".join(testimony.tags) if testimony else "")
        for widget in (self.narrative, self.summary, self.tags):
            widget.blockSignals(False)
        final = testimony is not None and testimony.is_final
        for widget in (self.narrative, self.summary, self.tags):
            widget.setReadOnly(final)
        self.correction.setVisible(final)
        self.banner.setVisible(final or (testimony is not None and testimony.version > 1))
        if final and testimony is not None:
            self.banner.setText(self.tr(
                "Version %1, finalized %2. It can no longer be changed. Fingerprint (SHA-256): "
                "%3").replace("%1", formatting.number(testimony.version, self.language))
                .replace("%2", isolate(formatting.when(testimony.finalized_at, self.language)))
                .replace("%3", isolate(testimony.content_hash or "")))
        elif testimony is not None:
            self.banner.setText(self.tr("Draft of version %1, correcting version %2.")
                                .replace("%1", formatting.number(testimony.version, self.language))
                                .replace("%2", formatting.number(testimony.version - 1,
                                                           self.language)))
        self._count_words()
        self.status.setText("")

    def show_hit(self, kind: str, words: str) -> None:
        """Mark what a search found in the narrative or the summary (`kind`)."""
        mark_matches([self.summary] if kind == SUMMARY else [self.narrative], words)

    # -- editing ----------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.testimony is not None and self.testimony.is_final:
            return
        self._count_words()
        self.status.setText(self.tr("Not saved yet"))
        self.autosaver.touch()

    def _count_words(self) -> None:
        count = len(self.narrative.toPlainText().split())
        self.words.setText(formatting.counted(self.tr("%n word(s)", "", count)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.narrative and event.type() == QEvent.Type.FocusOut:
            self.autosaver.flush()
        return super().eventFilter(watched, event)

    def _save(self) -> None:
        if not self.interview_id:
            return
        interview_id = self.interview_id
        narrative = self.narrative.toPlainText()
        summary = self.summary.text()
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]

        def work(vault: Vault, job: Job) -> Testimony:
            return testimonies.save(vault, interview_id, narrative, summary, tags)

        def done(testimony: Testimony) -> None:
            if interview_id == self.interview_id:
                self.testimony = testimony
                self.status.setText(self.tr("Saved at %1").replace(
                    "%1", isolate(formatting.when(clock.now(), self.language))))
            self.saved.emit()

        def failed(error: BaseException) -> None:
            self.autosaver.dirty = True  # keep it pending: try again at the next change
            self.status.setText(self.tr("Not saved"))
            self.failed.emit(error)

        self.session.runner.run(work, owner=self, done=done, failed=failed)

    def flush(self) -> None:
        self.autosaver.flush()
