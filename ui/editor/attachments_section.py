"""Attachments: the interview's media, the recorder and the player in one tab.

Files come in through "Add files..." or by dropping them on the tab; both ingest on the vault's
thread with progress and Cancel (a cancelled ingest keeps nothing). Every file is encrypted as
it is read; identifying metadata is flagged and explained, and a redacted copy can be made for
sharing. Export is the one deliberate way to write a plaintext copy, after a warning.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.consent import policy
from testimony_recorder.recorder.media import ingest, redact, store
from testimony_recorder.recorder.media.export import export_plaintext
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.store.overview import InterviewOverview
from testimony_recorder.recorder.vault import Vault

from .. import formatting, shortcuts
from ..audio.player_widget import PlayerWidget
from ..audio.recorder_panel import RecorderPanel
from ..i18n import isolate
from ..messages import describe
from ..session import Session
from ..tasks import Job
from ..widgets import confirm, file_dialogs
from ..widgets.job_bar import JobBar
from ..widgets.layouts import column
from . import attachment_texts as texts
from .attachment_details import AttachmentDetails
from .attachment_table import AttachmentTable
from .interview_editor import Section


class AttachmentsSection(Section):
    # A recording began (True) or ended (False).
    recording_changed = Signal(bool)
    # The person asked to go to the Consent section (to record consent to audio).
    consent_requested = Signal()

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.interview_id = ""
        self.setObjectName("attachmentsSection")
        self.setAcceptDrops(True)

        self.recorder = RecorderPanel(session, language, self)
        self.recorder.recording_changed.connect(self.recording_changed)
        self.recorder.recording_saved.connect(lambda a: self.refresh(select=a.id))
        self.recorder.consent_requested.connect(self.consent_requested)
        self.jobs = JobBar(self)
        self.jobs.finished.connect(self._update)
        self.add_button = self._button(self.tr("Add files..."), self.choose_files)
        self.add_button.setToolTip(self.tr("Or drop files on this tab"))
        self.redact_button = self._button(self.tr("Make redacted copy"), self.make_redacted)
        self.export_button = self._button(self.tr("Export..."), self.export)
        self.delete_button = self._button(self.tr("Delete..."), self.delete)
        self.status = QLabel(self)
        # The last "some files were not added" message, kept so that it is not collected.
        self.rejected_box: QMessageBox | None = None
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setObjectName("subtle")
        self.empty = QLabel(self.tr("No attachments yet. Add files, drop them here, or record "
                                    "the interview. Files are encrypted as they are added."),
                            self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("subtle")

        self.table = AttachmentTable(language, self)
        self.table.setMinimumHeight(110)
        self.table.selection_changed.connect(self._selected)
        self.table.itemDoubleClicked.connect(lambda *_: self.play())
        shortcuts.attach(self.table, "remove_attachment", self.delete,
                         Qt.ShortcutContext.WidgetShortcut)
        self.details = AttachmentDetails(language, self)
        self.player = PlayerWidget(session, language, self)
        self.player.failed.connect(self.failed)
        details_scroll = QScrollArea(self)
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(self.details)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.redact_button,
                       self.export_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget(self)
        column(top, buttons, self.jobs, self.status, self.empty, self.table)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(details_scroll)
        bottom.addWidget(self.player)
        bottom.setChildrenCollapsible(False)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recorder)
        layout.addWidget(split, 1)
        self._update()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button


    # -- the editor's calls ----------------------------------------------------------------------
    def show_overview(self, data: InterviewOverview) -> None:
        bundle = data.bundle
        if bundle.interview.id != self.interview_id:
            self.player.close_player()
            self.status.clear()
        self.interview_id = bundle.interview.id
        allowed = policy.may_record_audio(policy.effective(list(bundle.consents)))
        self.recorder.set_interview(self.interview_id, allowed)
        self.table.show_attachments(list(bundle.attachments))
        self._update()

    def flush(self) -> None:
        """Stop and save a recording in progress and release the player (lock, switch, close)."""
        self.recorder.flush()
        self.player.close_player()

    def refresh(self, select: str | None = None) -> None:
        interview_id = self.interview_id

        def work(vault: Vault, job: Job) -> list[Attachment]:
            return store.list_attachments(vault.conn, interview_id)

        def show(attachments: list[Attachment]) -> None:
            if interview_id != self.interview_id:
                return
            self.table.show_attachments(attachments)
            if select:
                self.table.select_id(select)
            self._update()

        self.session.runner.run(work, owner=self, done=show, failed=self.failed.emit)

    # -- adding files --------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Add files to this interview"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> Job | None:
        """Encrypt the files into the vault in the background with Cancel; a bad file is
        reported by name and reason, and the others are stored."""
        if not self.interview_id or not paths or self.jobs.busy:
            return None
        interview_id = self.interview_id
        files = [Path(p) for p in paths]

        def work(vault: Vault, job: Job) -> ingest.Added:
            return ingest.ingest_files(vault, interview_id, files, progress=job.report,
                                       cancel=job.cancelled)

        def done(added: ingest.Added) -> None:
            stored = added.attachments
            flagged = sum(1 for a in stored if a.flags)
            text = formatting.counted(self.tr("%n file(s) added and encrypted.", "", len(stored)))
            if flagged:
                text += " " + formatting.counted(self.tr(
                    "%n of them carry metadata that may identify someone; see the warning.", "",
                    flagged))
            self.status.setText(text)
            self.refresh(select=stored[0].id if stored else None)
            if added.rejected:
                self._report_rejected(added.rejected)

        job = self.session.runner.run(work, owner=self, done=done, failed=self._job_failed)
        self.jobs.track(job, formatting.counted(self.tr("Adding %n file(s)...", "", len(files))))
        self.status.clear()
        self._update()
        return job

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._offer(event)

    def _offer(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if self._dropped_paths(event) and self.interview_id and not self.jobs.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    @staticmethod
    def _dropped_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    # -- one attachment ------------------------------------------------------------------------
    def selected(self) -> Attachment | None:
        return self.table.selected()

    def play(self) -> None:
        """Play the selected recording from its start (a double click on it)."""
        attachment = self.selected()
        if attachment is not None and attachment.media_type.startswith("audio/"):
            self.player.open(attachment)

    def _load_into_player(self, attachment: Attachment | None) -> None:
        """The player holds the selected recording, ready for its one Play button."""
        if attachment is None or not attachment.media_type.startswith("audio/"):
            if self.player.attachment is not None:
                self.player.close_player()
        elif self.player.attachment is None or self.player.attachment.id != attachment.id:
            self.player.open(attachment, autoplay=False)

    def make_redacted(self) -> None:
        attachment = self.selected()
        if attachment is None or attachment.derived_from or self.jobs.busy:
            return

        def work(vault: Vault, job: Job) -> Attachment:
            return redact.make_redacted(vault, attachment.id, progress=job.report,
                                        cancel=job.cancelled)

        def done(copy: Attachment) -> None:
            self.status.setText(self.tr("Redacted copy made: %1").replace(
                "%1", isolate(copy.filename)))
            self.refresh(select=copy.id)

        job = self.session.runner.run(work, owner=self, done=done, failed=self._job_failed)
        self.jobs.track(job, self.tr("Making a redacted copy..."))
        self._update()

    def export(self) -> None:
        attachment = self.selected()
        if attachment is None or self.jobs.busy:
            return
        text = self.tr("The exported file is NOT encrypted: anyone who gets it (or the disk "
                       "it is on) can open it. Keep it only as long as needed and delete it "
                       "afterwards.")
        if attachment.flags and not attachment.derived_from:
            text += "\n\n" + self.tr("This original carries metadata that may identify "
                                     "someone (%1). To share it, export its redacted copy "
                                     "instead.").replace(
                "%1", isolate(texts.flags_summary(attachment, self.language)))
        if not confirm.ask(self, self.tr("Export an unencrypted copy?"), text,
                           self.tr("Choose where to save...")):
            return
        path = file_dialogs.save_file(self, self.tr("Export %1").replace(
            "%1", isolate(attachment.filename)), attachment.filename)
        if not path:
            return
        self.export_to(attachment, Path(path))

    def export_to(self, attachment: Attachment, path: Path) -> Job:
        def work(vault: Vault, job: Job) -> Attachment:
            return export_plaintext(vault, attachment.id, path, progress=job.report,
                                    cancel=job.cancelled)

        def done(_: Attachment) -> None:
            self.status.setText(self.tr("Exported, unencrypted, to %1.").replace(
                "%1", isolate(str(path))))

        job = self.session.runner.run(work, owner=self, done=done, failed=self._job_failed)
        self.jobs.track(job, self.tr("Exporting..."))
        self._update()
        return job

    def delete(self) -> None:
        attachment = self.selected()
        if attachment is None or self.jobs.busy:
            return
        text = self.tr("Delete %1?\n\nIts key is destroyed: the file can never be opened "
                       "again, from this vault or any backup of it. This cannot be undone."
                       ).replace("%1", isolate(attachment.filename))
        if not attachment.derived_from:
            text += "\n\n" + self.tr("Its redacted copy, if any, is deleted too.")
        if not confirm.ask(self, self.tr("Delete the attachment?"), text, self.tr("Delete")):
            return
        if self.player.attachment is not None:
            self.player.close_player()

        def done(_: object) -> None:
            self.status.setText(self.tr("Deleted %1; its key was destroyed.").replace(
                "%1", isolate(attachment.filename)))
            self.refresh()

        self.session.runner.run(lambda vault, job: store.delete_attachment(vault, attachment.id),
                                owner=self, done=done, failed=self.failed.emit)

    def _report_rejected(self, rejected: list[ingest.Rejected]) -> None:
        """One message for the whole batch: each file that was not added, and why."""
        lines = "\n".join(self.tr("%1: %2").replace("%1", isolate(r.filename)).replace(
            "%2", describe(r.error)) for r in rejected)
        text = formatting.counted(self.tr(
            "%n file(s) could not be added. The other files were added.", "", len(rejected)))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some files were not added"),
                          text, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(lines + "\n\n" + self.tr(
            "Check these files (are they complete? are they audio, images, video or PDF?), "
            "then add them again."))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.rejected_box = box

    # -- state ---------------------------------------------------------------------------------
    def _job_failed(self, error: BaseException) -> None:
        if getattr(error, "code", "") == "cancelled":
            self.status.setText(describe(error))
        else:
            self.failed.emit(error)
        self._update()

    def _selected(self, attachment: Attachment | None) -> None:
        self.details.show_attachment(attachment)
        self._load_into_player(attachment)
        self._update()

    def _update(self) -> None:
        attachment = self.selected()
        busy = self.jobs.busy
        ready = bool(self.interview_id)
        has_copy = attachment is not None and any(
            a.derived_from == attachment.id for a in self.table.attachments())
        self.add_button.setEnabled(ready and not busy)
        self.redact_button.setEnabled(attachment is not None and not busy
                                      and not attachment.derived_from and not has_copy)
        self.export_button.setEnabled(attachment is not None and not busy)
        self.delete_button.setEnabled(attachment is not None and not busy)
        self.empty.setVisible(ready and self.table.topLevelItemCount() == 0)
        self.status.setVisible(bool(self.status.text()))
