"""Export, step 1: who the packet is for (trusted keys only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QWizardPage,
)

from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.packets.export_flow import ExportFlow

from ..messages import describe
from ..runner import VaultRunner
from ..widgets.choice_list import choice_list


class RecipientsPage(QWizardPage):
    def __init__(self, runner: VaultRunner, preselected: list[str]) -> None:
        super().__init__()
        self.setTitle(self.tr("Who is this packet for?"))
        self.setSubTitle(self.tr("Only keys this device trusts are listed. The packet can be "
                                 "opened by them and nobody else."))
        self.list, self.post_quantum, layout = choice_list(self, self.tr("Recipients"), self.tr(
            "Protect against future quantum computers (post-quantum encryption; every "
            "recipient's key must support it)"))
        self.list.itemChanged.connect(lambda _: self.completeChanged.emit())
        self.empty = QLabel(self.tr("No trusted keys yet. Trust your coordinator's key file "
                                    "first (Vault > Keys and contacts)."), self)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.hide()
        layout.addWidget(self.empty)
        self._preselected = set(preselected)
        runner.run(lambda vault, job: ExportFlow.offered_recipients(vault), owner=self,
                   done=self._fill, failed=self._failed)

    def _fill(self, contacts: list[trust.Contact]) -> None:
        for c in contacts:
            who = f"{c.name} ({c.organisation})" if c.organisation else c.name
            item = QListWidgetItem(f"{who} \u2014 {c.fingerprint}")
            item.setData(Qt.ItemDataRole.UserRole, c.fingerprint)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = c.fingerprint in self._preselected or len(contacts) == 1
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.empty.setVisible(not contacts)
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.empty.setText(describe(error))
        self.empty.show()

    def fingerprints(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        return bool(self.fingerprints())
