"""Trusting someone's key file: only when the fingerprint they read out or showed matches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from testimony_recorder.recorder import trusting
from testimony_recorder.recorder.consent import bodies, items
from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.vault import Vault

from ..session import Session
from ..tasks import Job
from ..widgets.fingerprint_check import FingerprintCheckDialog


class TrustDialog(FingerprintCheckDialog):
    def __init__(self, session: Session, path: Path, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            session, path, title=self.tr("Trust a key"), explain=self.tr(
                "Ask the key's owner to read out or show you their fingerprint, in person or "
                "by a channel you trust, and type it here. The key is trusted only if the two "
                "match."),
            typed_name=self.tr("Fingerprint as the owner gave it"), action=self.tr("Trust"),
            parent=parent)
        self.language = language
        self.body = QComboBox(self)
        self.body.setAccessibleName(self.tr("Who this key belongs to"))
        self.body.addItem(self.tr("Our own organisation (coordinator)"), items.OWN_ORGANISATION)
        self.form.insertRow(self.row_before_message(), self.tr("Belongs to"), self.body)

    def read_more(self, vault: Vault) -> list[Any]:
        return bodies.active(vault.conn)

    def show_more(self, more: list[Any]) -> None:
        for body in more:
            self.body.addItem(body.name(self.language), body.id)

    def confirm(self) -> None:
        raw, typed, body = self.raw, self.typed.text(), str(self.body.currentData())

        def work(vault: Vault, job: Job) -> trust.Contact:
            return trusting.trust_key_file(vault, raw, typed, body=body)

        self.act(work, lambda _: self.accept())
