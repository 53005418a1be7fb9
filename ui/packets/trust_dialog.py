"""Trusting someone's key file: only when the fingerprint they read out or showed matches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from testimony_recorder.recorder import trusting
from testimony_recorder.recorder.consent import bodies, items
from testimony_recorder.recorder.keys import bundle as bundle_mod
from testimony_recorder.recorder.keys import trust

from ..i18n import isolate
from ..messages import describe
from ..session import Session


class TrustDialog(QDialog):
    def __init__(self, session: Session, path: Path, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trust a key"))
        self.session = session
        self.raw = b""
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        explain = QLabel(self.tr(
            "Ask the key's owner to read out or show you their fingerprint, in person or by a "
            "channel you trust, and type it here. The key is trusted only if the two match."),
            self)
        explain.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(self.tr("Fingerprint as the owner gave it"))
        self.typed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.body = QComboBox(self)
        self.body.setAccessibleName(self.tr("Who this key belongs to"))
        self.body.addItem(self.tr("Our own organisation (coordinator)"), items.OWN_ORGANISATION)
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Trust"))
        self.buttons.accepted.connect(self._trust)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.who)
        form.addRow(explain)
        form.addRow(self.tr("Fingerprint"), self.typed)
        form.addRow(self.tr("Belongs to"), self.body)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.buttons.setEnabled(False)

        def read(vault: Any, task: Any) -> tuple[bytes, bundle_mod.KeyBundle, list[Any]]:
            raw = path.read_bytes()[:1_000_000]
            return raw, bundle_mod.parse(raw, path.name), bodies.active(vault.conn)

        session.run(read, on_done=lambda r: self._show(r, language), on_error=self._failed,
                    owner=self)

    def _show(self, result: tuple[bytes, bundle_mod.KeyBundle, list[Any]], language: str) -> None:
        self.raw, bundle, known = result
        self.who.setText(self.tr("Key of %1 (%2), %3").replace("%1", isolate(bundle.name))
                         .replace("%2", isolate(bundle.role))
                         .replace("%3", isolate(bundle.organisation)))
        for body in known:
            self.body.addItem(body.name(language), body.id)
        self.buttons.setEnabled(True)
        self.typed.setFocus()

    def _trust(self) -> None:
        raw, typed, body = self.raw, self.typed.text(), str(self.body.currentData())

        def work(vault: Any, task: Any) -> trust.Contact:
            return trusting.trust_key_file(vault, raw, typed, body=body)

        self.session.run(work, on_done=lambda _: self.accept(), on_error=self._failed,
                         owner=self)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))
        self.buttons.setEnabled(bool(self.raw))
