"""Making a backup: where to write it, full or only what changed, with progress and Cancel.

The backup opens only with the recovery key (or, decades on, with `age` and `tar` and the
recovery key: docs/backup.md); the dialog says so, and offers to check a backup file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from testimony_recorder.recorder.backup import schedule, writer
from testimony_recorder.recorder.backup.schedule import BackupStatus
from testimony_recorder.recorder.backup.writer import BackupResult
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import describe
from ..session import Session
from ..tasks import Job
from ..widgets import file_dialogs
from ..widgets.file_field import FileField
from ..widgets.job_bar import JobBar
from .check_dialog import CheckBackupDialog


class BackupDialog(QDialog):
    def __init__(self, session: Session, language: str, reminder_days: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up the vault"))
        self.session = session
        self.language = language
        self.written: BackupResult | None = None
        explain = QLabel(self.tr(
            "A backup holds the whole vault, encrypted. It opens only with the recovery key: "
            "keep it apart from the recovery key, for example on a memory stick at another "
            "place."), self)
        explain.setWordWrap(True)
        self.last = QLabel(self)
        self.last.setWordWrap(True)
        self.file = FileField(self.tr("File to write the backup to"), lambda parent:
                              file_dialogs.save_file(parent, self.tr("Where to write the backup"),
                                                     f"backup-{date.today().isoformat()}.age"),
                              parent=self)
        self.incremental = QCheckBox(self.tr(
            "Only what changed since the last backup (faster; restoring then needs the "
            "earlier backups too)"), self)
        self.job = JobBar(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start_button = buttons.addButton(self.tr("Back up"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.clicked.connect(self.start)
        check = buttons.addButton(self.tr("Check a backup..."),
                                  QDialogButtonBox.ButtonRole.ActionRole)
        check.clicked.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.last)
        form.addRow(self.tr("Backup file"), self.file)
        form.addRow(self.incremental)
        form.addRow(self.job)
        form.addRow(self.summary)
        form.addRow(buttons)

        def work(vault: Vault, job: Job) -> BackupStatus:
            return schedule.status(vault, reminder_days)

        session.runner.run(work, owner=self, done=self.show_status, failed=self._failed)

    def show_status(self, status: BackupStatus) -> None:
        if status.last_at is None:
            self.last.setText(self.tr("This vault has not been backed up yet."))
            self.incremental.setEnabled(False)
            return
        self.last.setText(self.tr("Last backup: %1.").replace(
            "%1", isolate(formatting.when(status.last_at, self.language))))

    def start(self) -> None:
        target = self.file.text()
        if not target:
            self.summary.setText(self.tr("Choose where to write the backup."))
            return
        path, incremental = Path(target), self.incremental.isChecked()

        def work(vault: Vault, job: Job) -> BackupResult:
            return writer.make(vault, path, incremental=incremental, progress=job.report,
                               cancelled=job.cancelled)

        self.start_button.setEnabled(False)
        self.summary.clear()
        job = self.session.runner.run(work, owner=self, done=self._done, failed=self._failed)
        self.job.track(job, self.tr("Backing up..."))

    def _done(self, result: BackupResult) -> None:
        self.job.hide()
        self.written = result
        self.start_button.setEnabled(True)
        kind = (self.tr("A full backup") if result.kind == "full"
                else self.tr("A backup of what changed"))
        self.summary.setText(self.tr("%1 was written to %2 (%3).").replace("%1", kind)
                             .replace("%2", isolate(str(result.path)))
                             .replace("%3", isolate(formatting.size(result.size, self.language))))
        self.last.setText(self.tr("Last backup: just now."))
        self.incremental.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        self.job.hide()  # also when the job ended before the bar began to follow it
        self.start_button.setEnabled(True)
        self.summary.setText(describe(error))

    def _check(self) -> None:
        CheckBackupDialog(self.session, self.language, self.file.text(), self).exec()
