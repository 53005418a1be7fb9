"""Enrolled interviewer devices: name, fingerprint, first and last packet, last sequence
number, missing sequence numbers, and whether each is revoked. Enrolling checks the
fingerprint; revoking keeps what was imported and refuses the device's new packets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.archive import devices
from testimony_recorder.recorder.archive.devices import Device
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import show_error
from ..session import Session
from ..tasks import Job
from ..widgets.confirm import ask
from ..widgets.file_dialogs import key_files_filter, open_file
from .enrol_dialog import EnrolDialog


class DevicesView(QWidget):
    loaded = Signal(int)
    revoked = Signal(str)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.devices: list[Device] = []
        headers = [self.tr("Name"), self.tr("Fingerprint"), self.tr("First packet"),
                   self.tr("Last packet"), self.tr("Last number"), self.tr("Missing numbers"),
                   self.tr("Status")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setAccessibleName(self.tr("Enrolled devices"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._buttons)
        self.enrol_button = QPushButton(self.tr("&Enrol a device..."), self)
        self.revoke_button = QPushButton(self.tr("&Revoke..."), self)
        self.enrol_button.clicked.connect(self.choose_key)
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._buttons()
        self.refresh()

    def refresh(self) -> None:
        self.session.runner.run(lambda vault, job: devices.list_devices(vault.conn), owner=self,
                                done=self._show, failed=self._failed)

    def _missing(self, d: Device) -> str:
        n = lambda v: formatting.number(v, self.language)  # noqa: E731 - a short local alias
        return formatting.joined(
            n(a) if a == b else self.tr("%1 to %2").replace("%1", n(a)).replace("%2", n(b))
            for a, b in d.missing)

    def _show(self, found: list[Device]) -> None:
        self.devices = found
        self.table.setRowCount(len(found))
        for row, d in enumerate(found):
            status = (self.tr("Revoked on %1").replace("%1", formatting.when(d.revoked_at,
                                                                        self.language))
                      if d.revoked else self.tr("Enrolled"))
            cells = [d.name, d.fingerprint, formatting.when(d.first_packet_at, self.language),
                     formatting.when(d.last_packet_at, self.language),
                     "" if d.last_sequence is None else formatting.number(d.last_sequence,
                                                                    self.language),
                     self._missing(d), status]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._buttons()
        self.loaded.emit(len(found))

    def selected(self) -> Device | None:
        rows = self.table.selectionModel().selectedRows()
        return self.devices[rows[0].row()] if rows and rows[0].row() < len(self.devices) \
            else None

    def _buttons(self) -> None:
        chosen = self.selected()
        self.revoke_button.setEnabled(chosen is not None and not chosen.revoked)

    def choose_key(self) -> None:
        chosen = open_file(self, self.tr("The device's key file"), key_files_filter())
        if chosen:
            self.enrol_from(Path(chosen))

    def enrol_from(self, path: Path) -> EnrolDialog:
        dialog = EnrolDialog(self.session, path, self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def revoke_selected(self) -> None:
        d = self.selected()
        if d is None or not ask(self, self.tr("Revoke device"), self.tr(
                "Revoke %1? Everything already imported from it stays; its new packets will be "
                "refused.").replace("%1", isolate(d.name)), self.tr("Revoke")):
            return
        reason, ok = QInputDialog.getText(self, self.tr("Revoke device"),
                                          self.tr("Reason (kept with the device):"))
        if ok:
            self.revoke(d.fingerprint, reason)

    def revoke(self, fingerprint: str, reason: str) -> None:
        def work(vault: Vault, job: Job) -> Device:
            return devices.revoke(vault, fingerprint, reason)

        def done(device: Device) -> None:
            self.refresh()
            self.revoked.emit(device.fingerprint)

        self.session.runner.run(work, owner=self, done=done, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        show_error(self, error)
