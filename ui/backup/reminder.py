"""The reminder shown after unlocking when the last backup is older than the setting allows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from testimony_recorder.recorder.backup.schedule import BackupStatus

from .. import formatting
from ..i18n import isolate


class BackupReminder(QMessageBox):
    # The person chose to back up now.
    backup_requested = Signal()

    def __init__(self, status: BackupStatus, language: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Time for a backup"))
        self.setIcon(QMessageBox.Icon.Information)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if status.last_at is None:
            text = self.tr("This vault has never been backed up. If this laptop is lost, "
                           "seized or breaks, a backup is the only copy of what has not yet "
                           "been sent.")
        else:
            text = self.tr("The last backup was made %1. What was recorded since then "
                           "exists only on this laptop.").replace(
                               "%1", isolate(formatting.when(status.last_at, language)))
        self.setText(text)
        now = self.addButton(self.tr("Back up now"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        now.clicked.connect(self.backup_requested)
