"""Importing a folder, a memory stick or chosen packet files in one go.

The person chooses folders or files (or drops them on the window); the batch runs off the
window's thread (recorder.archive.batch.BatchImport) with progress, packet n of m and bytes,
and Cancel; then the report, packet by packet, and its summary, which can be saved as JSON.
Everything shown comes from packets or the person's disk: plain text only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.archive import batch, batch_store
from testimony_recorder.recorder.archive.batch import BatchProgress
from testimony_recorder.recorder.archive.batch_report import BatchReport
from testimony_recorder.recorder.vault import Vault

from ..i18n import isolate
from ..messages import show_error
from ..session import Session
from ..tasks import Job
from ..widgets.file_dialogs import choose_folder, open_files, save_file
from .batch_report_text import BatchReportText, number

COLUMNS = 8


@dataclass
class _Latest:
    """The newest progress the worker reported, read on the GUI thread when told of it: the
    job's progress is one per-mille value (for the bar); packet n of m, its name and the bytes
    shown beside the bar travel here."""

    seen: list[BatchProgress] = field(default_factory=list)


class ImportDialog(QDialog):
    # The batch ended (done or cancelled) and its report is shown.
    finished_report = Signal(object)
    # Something may have been imported: pages showing the archive should reload.
    imported = Signal()

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import packets"))
        self.session = session
        self.language = language
        self.words = BatchReportText(self)
        self.job: Job | None = None
        self.busy = False
        self.report: BatchReport | None = None
        self._latest = _Latest()
        self.setAcceptDrops(True)
        intro = QLabel(self.tr("Choose a folder (such as a memory stick) or packet files, or "
                               "drop them here. Split packets (.001, .002...) are joined, and "
                               "every packet is checked before anything of it is kept."), self)
        intro.setWordWrap(True)
        self.paths = QListWidget(self)
        self.paths.setAccessibleName(self.tr("Folders and files to import"))
        self.folder_button = QPushButton(self.tr("Choose a &folder..."), self)
        self.files_button = QPushButton(self.tr("Choose &files..."), self)
        self.start_button = QPushButton(self.tr("&Import"), self)
        self.folder_button.clicked.connect(self._choose_folder)
        self.files_button.clicked.connect(self._choose_files)
        self.start_button.clicked.connect(self.start)
        choose = QHBoxLayout()
        for button in (self.folder_button, self.files_button):
            choose.addWidget(button)
        choose.addStretch(1)
        choose.addWidget(self.start_button)
        self.progress_label = QLabel(self)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setAccessibleName(self.tr("Packets in this import"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Packet"), self.tr("Sender"), self.tr("Sequence"), self.tr("Signature"),
            self.tr("Outcome"), self.tr("Records"), self.tr("Consent changes"),
            self.tr("Reason or warning")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.save_button = QPushButton(self.tr("&Save as JSON..."), self)
        self.save_button.clicked.connect(self.save_json)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.paths)
        layout.addLayout(choose)
        layout.addWidget(self.progress_label)
        layout.addLayout(running)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self.resize(980, 620)
        self._set_running(False)

    # -- choosing ------------------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> None:
        known = set(self._paths())
        for path in paths:
            if path and path not in known:
                # Shown isolated, so that a path reads left to right in an Arabic window.
                item = QListWidgetItem(isolate(path), self.paths)
                item.setData(Qt.ItemDataRole.UserRole, path)
                known.add(path)
        self._set_running(False)

    def chosen(self) -> list[Path]:
        return [Path(p) for p in self._paths()]

    def _paths(self) -> list[str]:
        """The chosen paths as given (each list item shows its own isolated)."""
        return [self.paths.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.paths.count())]

    def _choose_folder(self) -> None:
        self.add_paths([choose_folder(self, self.tr("Folder with packets"))])

    def _choose_files(self) -> None:
        self.add_paths(open_files(self, self.tr("Packet files")))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.job is None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # -- running -------------------------------------------------------------------------
    def start(self) -> None:
        paths = self.chosen()
        if not paths or self.job is not None:
            return
        latest = self._latest = _Latest()

        def work(vault: Vault, job: Job) -> BatchReport:
            def progress(p: BatchProgress) -> None:
                latest.seen[:] = [p]
                job.report(p.done, p.total)

            return batch.BatchImport(vault, paths).run(progress, job.cancelled)

        self.table.setRowCount(0)
        self.summary.clear()
        self.progress.setRange(0, 0)  # busy until the first packet reports
        self.progress_label.setText(self.tr("Looking for packets..."))
        self._set_running(True)
        self.busy = True
        job = self.session.runner.run(work, owner=self, done=self._done, failed=self._failed,
                                      progress=self._progressed)
        # A runner that finishes at once (tests, the screenshot tool) has already reported.
        self.job = job if self.busy else None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.progress_label.setText(self.tr("Cancelling..."))
            self.cancel_button.setEnabled(False)

    def _progressed(self, permille: int) -> None:
        if not self._latest.seen:
            return
        p = self._latest.seen[0]
        self.progress.setRange(0, Job.SCALE)
        self.progress.setValue(permille)
        self.progress_label.setText(self.tr("Packet %1 of %2: %3 (%4 of %5 MB)").replace(
            "%1", number(p.packet)).replace("%2", number(p.packets)).replace(
            "%3", isolate(p.name)).replace("%4", number(p.done // 1_000_000)).replace(
            "%5", number(max(1, p.total // 1_000_000))))

    def _done(self, report: BatchReport) -> None:
        self.job, self.busy = None, False
        self.report = report
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress_label.setText(self.tr("Finished.") if report.state == "done"
                                    else self.tr("Cancelled."))
        self.show_report(report)
        self._set_running(False)
        self.imported.emit()
        self.finished_report.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.job, self.busy = None, False
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.clear()
        self._set_running(False)
        self.imported.emit()
        show_error(self, error)

    def _set_running(self, running: bool) -> None:
        for widget in (self.folder_button, self.files_button, self.paths):
            widget.setEnabled(not running)
        self.start_button.setEnabled(not running and self.paths.count() > 0)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        self.save_button.setEnabled(not running and self.report is not None)

    def reject(self) -> None:
        if not self.busy:  # Escape must not leave a batch running unseen
            super().reject()

    # -- the report ----------------------------------------------------------------------
    def show_report(self, report: BatchReport) -> None:
        w = self.words
        self.table.setRowCount(len(report.results))
        for row, r in enumerate(report.results):
            cells = [isolate(r.name), w.sender_text(r),
                     "" if r.sequence is None else number(r.sequence), w.signature(r),
                     w.outcome(r), w.records(r) if r.outcome == "imported" else "",
                     w.consent(r), w.notes(r)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # long reasons stay readable in a narrow column
                self.table.setItem(row, column, item)
        for column in range(COLUMNS - 1):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        self.summary.setText(w.summary(report))

    def save_json(self) -> None:
        report = self.report
        if report is None:
            return
        chosen = save_file(self, self.tr("Save the import report"),
                           f"import-{report.started_at[:10]}.json", self.tr("JSON (*.json)"))
        if chosen:
            self.write_json(Path(chosen))

    def write_json(self, path: Path) -> None:
        if self.report is None:
            return
        try:
            batch_store.write_json(self.report, path)
        except OSError as error:
            show_error(self, error)
