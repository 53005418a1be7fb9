"""Enrolling an interviewer's device from its key file: only when the fingerprint its owner
reads out (or shows) matches, as trusting any key does (recorder.archive.devices.enrol)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from testimony_recorder.recorder.archive import devices
from testimony_recorder.recorder.archive.devices import Device
from testimony_recorder.recorder.keys import bundle as bundle_mod
from testimony_recorder.recorder.vault import Vault

from ..i18n import isolate
from ..messages import describe
from ..session import Session
from ..tasks import Task

MAX_KEY_FILE = 1_000_000


class EnrolDialog(QDialog):
    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrol a device"))
        self.session = session
        self.path = path
        self.raw = b""
        self.device: Device | None = None
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        explain = QLabel(self.tr(
            "Ask the interviewer to read out or show you the device's fingerprint, in person or "
            "by a channel you trust, and type it here. The device is enrolled only if the two "
            "match."), self)
        explain.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(self.tr("Fingerprint as the interviewer gave it"))
        self.typed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enrol"))
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.who)
        form.addRow(explain)
        form.addRow(self.tr("Fingerprint"), self.typed)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.buttons.setEnabled(False)

        def read(vault: Vault, task: Task) -> tuple[bytes, bundle_mod.KeyBundle]:
            with path.open("rb") as f:
                raw = f.read(MAX_KEY_FILE)
            return raw, bundle_mod.parse(raw, path.name)

        session.run(read, on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, result: tuple[bytes, bundle_mod.KeyBundle]) -> None:
        self.raw, bundle = result
        self.who.setText(self.tr("Key of %1 (%2), %3").replace("%1", isolate(bundle.name))
                         .replace("%2", isolate(bundle.role))
                         .replace("%3", isolate(bundle.organisation)))
        self.buttons.setEnabled(True)
        self.typed.setFocus()

    def enrol(self) -> None:
        raw, typed, where = self.raw, self.typed.text(), self.path.name

        def work(vault: Vault, task: Task) -> Device:
            return devices.enrol(vault, raw, typed, where=where)

        self.session.run(work, on_done=self._enrolled, on_error=self._failed, owner=self)

    def _enrolled(self, device: Device) -> None:
        self.device = device
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.buttons.setEnabled(bool(self.raw))
