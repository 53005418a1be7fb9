"""Revealing a witness's identity from the archive: a deliberate act. It needs the
witness-identity key opened (from this vault, or from the file protection staff keep), and it
asks for a reason every time; the core writes the reason and the time in the custody log.

The opened key stays in memory with this object only (a locked vault destroys it with the
widgets); the identity is shown once, as plain text, and kept nowhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from testimony_recorder.recorder.archive import identity
from testimony_recorder.recorder.archive.identity import WitnessKey
from testimony_recorder.recorder.model.witness import Identity
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import show_error
from ..session import Session
from ..tasks import Job
from ..widgets.file_dialogs import open_file

MAX_KEY_FILE = 100_000


class IdentityReveal(QObject):
    # An identity was shown (the interview id); the custody log has the reason.
    revealed = Signal(str)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.key: WitnessKey | None = None

    def start(self, interview_id: str) -> None:
        """Open the key if needed, then ask for the reason and reveal."""
        if self.key is not None:
            self._ask_reason(interview_id)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Witness-identity key"), self.tr(
            "Identities are sealed to the witness-identity key. Open it from this vault, or "
            "from the key file protection staff keep."), QMessageBox.StandardButton.Cancel,
            self.widget)
        from_vault = box.addButton(self.tr("From this vault"), QMessageBox.ButtonRole.AcceptRole)
        from_file = box.addButton(self.tr("From a file..."), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        if box.clickedButton() is from_vault:
            self._open(lambda vault, job: identity.open_from_vault(vault), interview_id)
        elif box.clickedButton() is from_file:
            chosen = open_file(self.widget, self.tr("Witness-identity key file"))
            if chosen:
                path = Path(chosen)

                def work(vault: Vault, job: Job) -> WitnessKey:
                    with path.open("r", encoding="utf-8", errors="replace") as f:
                        return identity.open_from_file(vault, f.read(MAX_KEY_FILE))

                self._open(work, interview_id)

    def _open(self, work: Callable[[Vault, Job], WitnessKey], interview_id: str) -> None:
        def opened(key: WitnessKey) -> None:
            self.key = key
            self._ask_reason(interview_id)

        self.session.runner.run(work, owner=self, done=opened, failed=self._failed)

    def ask_reason(self) -> str | None:
        reason, ok = QInputDialog.getText(
            self.widget, self.tr("Reason for showing the identity"),
            self.tr("Why do you need to see who this witness is? The reason and the time are "
                    "written in the custody log."))
        return reason.strip() if ok and reason.strip() else None

    def _ask_reason(self, interview_id: str) -> None:
        reason = self.ask_reason()
        if reason is not None:
            self.reveal(interview_id, reason)

    def reveal(self, interview_id: str, reason: str) -> None:
        key = self.key

        def work(vault: Vault, job: Job) -> Identity:
            return identity.reveal(vault, key, interview_id, reason)

        self.session.runner.run(work, owner=self,
                                done=lambda found: self._show(interview_id, found),
                                failed=self._failed)

    def _show(self, interview_id: str, found: Identity) -> None:
        lines = [self.tr("Name: %1").replace("%1", isolate(found.full_name))]
        if found.other_names:
            lines.append(self.tr("Other names: %1").replace(
                "%1", formatting.joined(isolate(n) for n in found.other_names)))
        if found.date_of_birth:
            lines.append(self.tr("Born: %1").replace("%1", isolate(found.date_of_birth)))
        if found.phone:
            lines.append(self.tr("Phone: %1").replace("%1", isolate(found.phone)))
        if found.address:
            lines.append(self.tr("Address: %1").replace("%1", isolate(found.address)))
        self.revealed.emit(interview_id)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Witness identity"),
                          "\n".join(lines), QMessageBox.StandardButton.Close, self.widget)
        box.setTextFormat(Qt.TextFormat.PlainText)  # from a packet: never markup
        box.exec()

    def _failed(self, error: BaseException) -> None:
        show_error(self.widget, error)
