"""The unlocked workspace: the interview list beside the open interview.

It holds decrypted content, so it exists only while the vault is unlocked: locking destroys it
and a new one is built on the next unlock.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recorder.model.interview import Interview
from recorder.store import interviews

from .editor.attachments_section import AttachmentsSection
from .editor.interview_editor import InterviewEditor
from .interview_list_panel import InterviewListPanel
from .session import Session


class Workspace(QWidget):
    failed = Signal(object)
    #: A recording began (True) or ended (False): the window holds auto-lock meanwhile.
    recording_changed = Signal(bool)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.list = InterviewListPanel(session, language, self)
        self.editor = InterviewEditor(session, language, self)
        self.attachments = AttachmentsSection(session, language, self.editor)
        self.editor.add_section(self.attachments, self.tr("Attachments"),
                                before=self.editor.custody)
        self.attachments.recording_changed.connect(self.recording_changed)
        self.attachments.consent_requested.connect(self.show_consent)
        new = QPushButton(self.tr("New interview"), self)
        new.setAccessibleName(self.tr("Start a new interview"))
        new.clicked.connect(self.new_interview)
        empty = QLabel(self.tr("Choose an interview on the left, or start a new one."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.right = QStackedWidget(self)
        self.right.addWidget(empty)
        self.right.addWidget(self.editor)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(new)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([460, 740])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self.list.interview_selected.connect(self.open_interview)
        self.list.failed.connect(self.failed)
        self.editor.failed.connect(self.failed)
        self.editor.changed.connect(self.list.refresh)

    def open_interview(self, interview_id: str) -> None:
        self.editor.load(interview_id)
        self.right.setCurrentWidget(self.editor)

    def new_interview(self) -> None:
        def work(vault: Any, task: Any) -> Interview:
            return interviews.start_new(vault)

        def done(interview: Interview) -> None:
            self.list.refresh()
            self.open_interview(interview.id)
            self.editor.tabs.setCurrentWidget(self.editor.testimony)
            self.editor.testimony.narrative.setFocus()

        self.session.run(work, on_done=done, on_error=self.failed.emit)

    def show_consent(self) -> None:
        """Bring the Consent section forward (it names itself "consentSection")."""
        for index in range(self.editor.tabs.count()):
            widget = self.editor.tabs.widget(index)
            if widget is not None and widget.objectName() == "consentSection":
                self.editor.tabs.setCurrentIndex(index)
                return

    def flush(self) -> None:
        self.editor.flush()
