"""Keys and contacts: this device's fingerprint and key file, and the keys it trusts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.fsutil import atomic_write
from testimony_recorder.recorder.keys import bundle as bundle_mod
from testimony_recorder.recorder.keys import device, trust
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..messages import show_error
from ..session import Session
from ..tasks import Job
from ..widgets import file_dialogs
from .trust_dialog import TrustDialog


class KeysDialog(QDialog):
    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys and contacts"))
        self.session = session
        self.language = language
        mine = QLabel(self.tr("This device's fingerprint. Read it out or show it when someone "
                              "trusts your key:"), self)
        mine.setWordWrap(True)
        self.fingerprint = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 3)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint.setFont(font)
        self.fingerprint.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("This device's fingerprint"))
        save = QPushButton(self.tr("Save my key file..."), self)
        save.clicked.connect(self._save_own)

        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Trusted keys"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"),
                                              self.tr("Organisation"), self.tr("Fingerprint"),
                                              self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("Trust a key file..."), self)
        add.clicked.connect(self._trust)
        self.revoke_button = QPushButton(self.tr("Revoke..."), self)
        self.revoke_button.clicked.connect(self._revoke)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        own = QHBoxLayout()
        own.addWidget(self.fingerprint, 1)
        own.addWidget(save)
        actions = QHBoxLayout()
        actions.addWidget(add)
        actions.addWidget(self.revoke_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addLayout(own)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Keys this device trusts"), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.resize(860, 460)
        self.refresh()

    def refresh(self) -> None:
        def work(vault: Vault, job: Job) -> tuple[str, list[trust.Contact]]:
            return device.load(vault).fingerprint, trust.contacts(vault.conn)

        self.session.runner.run(work, owner=self, done=self._show,
                                failed=lambda e: show_error(self, e))

    def _show(self, result: tuple[str, list[trust.Contact]]) -> None:
        own, contacts = result
        self.fingerprint.setText(own)
        self.table.setRowCount(len(contacts))
        for row, c in enumerate(contacts):
            status = (self.tr("revoked %1").replace(
                "%1", formatting.when(c.revoked_at, self.language, with_time=False))
                      if c.revoked_at else self.tr("trusted"))
            role = {"coordinator": self.tr("Coordinator"),
                    "interviewer": self.tr("Interviewer")}.get(c.role, c.role)
            for column, text in enumerate([c.name, role, c.organisation, c.fingerprint,
                                           status]):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.fingerprint)
                self.table.setItem(row, column, item)

    def _save_own(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Save my key file"), "device-key.json",
                                      file_dialogs.key_files_filter())
        if not path:
            return

        def work(vault: Vault, job: Job) -> None:
            atomic_write(Path(path), bundle_mod.own_bundle(vault).dumps())

        self.session.runner.run(work, owner=self, done=lambda _: self._saved(),
                                failed=lambda e: show_error(self, e))

    def _saved(self) -> None:
        QMessageBox.information(self, self.tr("Key file saved"), self.tr(
            "The key file is public: it can travel by any channel. Whoever trusts it must "
            "check its fingerprint with you."))

    def _trust(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose a key file"),
                                      file_dialogs.key_files_filter())
        if path and TrustDialog(self.session, Path(path), self.language, self).exec():
            self.refresh()

    def _revoke(self) -> None:
        item = self.table.currentItem()
        if item is None:
            return
        fingerprint = str(item.data(Qt.ItemDataRole.UserRole))
        reason, ok = QInputDialog.getText(self, self.tr("Revoke a key"), self.tr(
            "No packet will go to this key again, and none from it will be accepted. Why? "
            "(for the custody log)"))
        if not ok:
            return
        self.session.runner.run(lambda vault, job: trust.revoke(vault, fingerprint, reason),
                                owner=self, done=lambda _: self.refresh(),
                                failed=lambda e: show_error(self, e))
