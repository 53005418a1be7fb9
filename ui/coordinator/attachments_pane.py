"""The attachments of an imported interview: each one listed with its form, and the chosen one
played or shown in the form consent allows (recorder.archive.view decides which stored file
opens: the original, its redacted copy, or none).

Audio plays in the interviewer's player (ui/audio/player_widget.py); video, images, PDFs and
text are decrypted on the vault's thread into memory and shown from there. No plaintext copy is
ever written to disk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from testimony_recorder.recorder.archive.view import AttachmentView, InterviewView
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.vault import Vault

from ..audio.player_widget import PlayerWidget
from ..editor.attachment_details import AttachmentDetails
from ..i18n import leading_alignment
from ..session import Session
from ..tasks import Job
from ..widgets import layouts
from .document_view import DocumentView, load_for_viewing, viewable
from .interview_texts import InterviewTexts
from .video_view import VideoView

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1


class AttachmentsPane(QWidget):
    # A video, image, PDF or text is shown (the id of the stored file shown).
    shown = Signal(str)
    failed = Signal(object)

    def __init__(self, session: Session, words: InterviewTexts,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.words = words
        self.files: dict[str, Attachment] = {}
        self.chosen: AttachmentView | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.currentItemChanged.connect(self._chosen)
        self.empty = QLabel(self.tr("No attachments."), self)
        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setObjectName("subtle")
        self.note.setAlignment(leading_alignment(self))
        self.details = AttachmentDetails(words.language, self)
        details = QScrollArea(self)
        details.setWidgetResizable(True)
        details.setWidget(self.details)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        self.player = PlayerWidget(session, words.language, self)
        self.player.failed.connect(self.failed)
        self.document = DocumentView(self)
        self.video = VideoView(words.language, self)
        self.viewer = QStackedWidget(self)
        self.nothing = QLabel(self)
        for widget in (self.nothing, self.player, self.document, self.video):
            self.viewer.addWidget(widget)
        top = QWidget(self)
        layouts.column(top, self.empty, self.list)
        # One above the other: the pane is narrow beside the archive's list, and file names,
        # pictures and pages need its whole width.
        split = QSplitter(Qt.Orientation.Vertical, self)
        for part, stretch in ((top, 1), (self.viewer, 4), (details, 2)):
            split.addWidget(part)
            split.setStretchFactor(split.count() - 1, stretch)
        split.setChildrenCollapsible(False)
        layouts.column(self, self.note, split)

    def show_interview(self, v: InterviewView) -> None:
        self.close_media()
        self.files = {a.attachment.id: a.attachment for a in v.attachments}
        self.list.clear()
        for a in v.attachments:
            item = QListWidgetItem(self.words.attachment_label(a), self.list)
            item.setData(VIEW_ROLE, a)
        self.empty.setVisible(not v.attachments)
        self.list.setVisible(bool(v.attachments))
        if v.attachments:
            # Out of sight, nothing is decrypted yet: showEvent opens the chosen one.
            self.list.blockSignals(not self.isVisible())
            self.list.setCurrentRow(0)
            self.list.blockSignals(False)

    def close_media(self) -> None:
        """Stop playing and forget every decrypted byte (another interview, or locking)."""
        self.chosen = None
        self.player.close_player()
        self.document.clear()
        self.video.clear()
        self.details.show_attachment(None)
        self.note.clear()
        self.viewer.setCurrentWidget(self.nothing)

    def hideEvent(self, event: QHideEvent) -> None:
        """Out of sight (another tab, another page, or the workspace dropped on locking): stop
        and forget the decrypted file. Minimising the window is left alone."""
        if not event.spontaneous():
            self.close_media()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self.chosen is None and self.list.currentItem() is not None:
            self._chosen(self.list.currentItem())
        super().showEvent(event)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        self.close_media()
        a = item.data(VIEW_ROLE) if item is not None else None
        if not isinstance(a, AttachmentView):
            return
        self.chosen = a
        self.note.setText(self.words.attachment_note(a))
        opened = self.files.get(a.opens or "")
        if opened is None:
            return
        self.details.show_attachment(opened)
        if opened.media_type.startswith("audio/"):
            self.viewer.setCurrentWidget(self.player)
            self.player.open(opened, autoplay=False)
        elif opened.kind == "video" or viewable(opened):
            self._load(a, opened)
        else:
            self.nothing.setText(self.tr("This kind of file cannot be shown inside the app."))

    def _load(self, a: AttachmentView, opened: Attachment) -> None:
        def work(vault: Vault, job: Job) -> bytes:
            return load_for_viewing(vault, opened.id)

        def loaded(data: bytes) -> None:
            if self.chosen is None or self.chosen.attachment.id != a.attachment.id:
                return  # another attachment was chosen meanwhile
            target = self.video if opened.kind == "video" else self.document
            try:
                target.show_bytes(opened, data)
            except RecorderError as error:
                self.failed.emit(error)
                return
            self.viewer.setCurrentWidget(target)
            self.shown.emit(opened.id)

        self.session.runner.run(work, owner=self, done=loaded, failed=self.failed.emit)
