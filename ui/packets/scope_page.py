"""Export, step 2: what to send."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from testimony_recorder.recorder.packets.plan import ALL, CHOSEN, SINCE_LAST, UNACKNOWLEDGED, Scope
from testimony_recorder.recorder.store import listing
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..messages import describe
from ..runner import VaultRunner
from ..tasks import Job


class ScopePage(QWizardPage):
    def __init__(self, runner: VaultRunner, language: str) -> None:
        super().__init__()
        self.setTitle(self.tr("What should it contain?"))
        self.setSubTitle(self.tr("Only finalized testimony is sent, and only what each "
                                 "witness's consent allows; the next step shows exactly what."))
        self.group = QButtonGroup(self)
        options = [
            (SINCE_LAST, self.tr("Everything finalized or changed since the last packet")),
            (UNACKNOWLEDGED, self.tr("Everything the coordinator has not confirmed receiving")),
            (ALL, self.tr("Everything")),
            (CHOSEN, self.tr("Only the interviews I choose")),
        ]
        layout = QVBoxLayout(self)
        for index, (mode, text) in enumerate(options):
            button = QRadioButton(text, self)
            button.setProperty("mode", mode)
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.button(0).setChecked(True)
        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(self.tr("Interviews to send"))
        self.chosen.setEnabled(False)
        self.chosen.itemChanged.connect(lambda _: self.completeChanged.emit())
        self.group.idToggled.connect(self._toggled)
        layout.addWidget(self.chosen, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)

        def finalized(vault: Vault, job: Job) -> list[listing.InterviewRow]:
            return listing.page(vault.conn, listing.ListFilter(status="finalized"), limit=5000)

        def fill(rows: list[listing.InterviewRow]) -> None:
            for row in rows:
                started = formatting.when(row.started_at, language, with_time=False)
                item = QListWidgetItem(f"{row.witness_code}  {started}")
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.chosen.addItem(item)

        runner.run(finalized, owner=self, done=fill,
                   failed=lambda error: self.message.setText(describe(error)))

    def _toggled(self, _: int, __: bool) -> None:
        self.chosen.setEnabled(self.mode() == CHOSEN)
        self.completeChanged.emit()

    def mode(self) -> str:
        button = self.group.checkedButton()
        return SINCE_LAST if button is None else str(button.property("mode"))

    def scope(self) -> Scope:
        ids = tuple(str(self.chosen.item(i).data(Qt.ItemDataRole.UserRole))
                    for i in range(self.chosen.count())
                    if self.chosen.item(i).checkState() == Qt.CheckState.Checked)
        return Scope(self.mode(), ids if self.mode() == CHOSEN else ())

    def isComplete(self) -> bool:
        return self.mode() != CHOSEN or bool(self.scope().interview_ids)
