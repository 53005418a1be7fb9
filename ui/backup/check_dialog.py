"""Checking a backup file: read it back with the recovery key, every byte, without restoring.

It checks the paper as well: a backup that opens with the recovery key typed here will restore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from testimony_recorder.recorder.backup import reader
from testimony_recorder.recorder.backup.reader import ReadBackup
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import describe
from ..session import Session
from ..tasks import Job
from ..widgets import file_dialogs
from ..widgets.file_field import FileField
from ..widgets.job_bar import JobBar


class CheckBackupDialog(QDialog):
    def __init__(self, session: Session, language: str, path: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a backup"))
        self.session = session
        self.language = language
        self.found: ReadBackup | None = None
        self.file = FileField(self.tr("Backup file to check"), lambda parent:
                              file_dialogs.open_file(parent, self.tr("Backup to check")),
                              path, self)
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.job = JobBar(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button = buttons.addButton(self.tr("Check"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(self.check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Backup file"), self.file)
        form.addRow(self.tr("Recovery key"), self.recovery_key)
        form.addRow(self.job)
        form.addRow(self.summary)
        form.addRow(buttons)

    def check(self) -> None:
        path, key = Path(self.file.text()), self.recovery_key.text()

        def work(vault: Vault, job: Job) -> ReadBackup:
            return reader.read(path, key, progress=job.report)

        self.check_button.setEnabled(False)
        self.summary.clear()
        job = self.session.runner.run(work, owner=self, done=self._done, failed=self._failed)
        self.job.track(job, self.tr("Reading the backup..."), cancellable=False)

    def _done(self, found: ReadBackup) -> None:
        self.job.hide()
        self.found = found
        self.check_button.setEnabled(True)
        self.recovery_key.clear()
        self.summary.setText(self.tr(
            "The backup made %1 is intact, and it opens with this recovery key.").replace(
                "%1", isolate(formatting.when(found.info.made_at, self.language))))

    def _failed(self, error: BaseException) -> None:
        self.job.hide()  # also when the job ended before the bar began to follow it
        self.check_button.setEnabled(True)
        self.summary.setText(describe(error))
