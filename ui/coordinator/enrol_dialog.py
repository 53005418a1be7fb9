"""Enrolling an interviewer's device from its key file: only when the fingerprint its owner
reads out (or shows) matches, as trusting any key does (recorder.archive.devices.enrol)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from testimony_recorder.recorder.archive import devices
from testimony_recorder.recorder.archive.devices import Device
from testimony_recorder.recorder.vault import Vault

from ..session import Session
from ..tasks import Job
from ..widgets.fingerprint_check import FingerprintCheckDialog


class EnrolDialog(FingerprintCheckDialog):
    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            session, path, title=self.tr("Enrol a device"), explain=self.tr(
                "Ask the interviewer to read out or show you the device's fingerprint, in "
                "person or by a channel you trust, and type it here. The device is enrolled "
                "only if the two match."),
            typed_name=self.tr("Fingerprint as the interviewer gave it"),
            action=self.tr("Enrol"), parent=parent)
        self.device: Device | None = None

    def confirm(self) -> None:
        raw, typed, where = self.raw, self.typed.text(), self.path.name

        def work(vault: Vault, job: Job) -> Device:
            return devices.enrol(vault, raw, typed, where=where)

        self.act(work, self._enrolled)

    def _enrolled(self, device: Device) -> None:
        self.device = device
        self.accept()
