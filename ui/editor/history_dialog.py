"""Versions of a testimony and every saved revision of each, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.model.testimony import Revision, Testimony
from testimony_recorder.recorder.store import testimonies
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..messages import show_error
from ..session import Session
from ..tasks import Job


class HistoryDialog(QDialog):
    def __init__(self, session: Session, interview_id: str, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions and history"))
        self.language = language
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Saved versions"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the selected version"))
        self.list.currentItemChanged.connect(
            lambda item: self.text.setPlainText(item.data(256) if item else ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.text, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(900, 520)

        def work(vault: Vault, job: Job) -> list[tuple[Testimony, list[Revision]]]:
            return [(t, testimonies.revisions(vault.conn, t.id))
                    for t in testimonies.versions(vault.conn, interview_id)]

        session.runner.run(work, owner=self, done=self._fill,
                           failed=lambda error: show_error(self, error))

    def _fill(self, history: list[tuple[Testimony, list[Revision]]]) -> None:
        for testimony, revisions in reversed(history):
            state = (self.tr("finalized %1").replace(
                "%1", formatting.when(testimony.finalized_at, self.language))
                if testimony.is_final else self.tr("draft"))
            head = QListWidgetItem(self.tr("Version %1 (%2)").replace(
                "%1", formatting.number(testimony.version, self.language)).replace("%2", state))
            head.setData(256, testimony.narrative)
            self.list.addItem(head)
            for revision in reversed(revisions):
                item = QListWidgetItem("    " + self.tr("saved %1").replace(
                    "%1", formatting.when(revision.saved_at, self.language)))
                item.setData(256, revision.narrative)
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
