"""Settings, opened from the main window's Vault menu.

What the dialog shows beyond the settings themselves (the contacts a duress packet may go to,
the duress set-up) is read off the window's thread first, and the choice is saved the same
way. A new language or digits is handed back to the window, which rebuilds itself once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from testimony_recorder.recorder import settings as vault_settings
from testimony_recorder.recorder.duress import setup as duress_setup
from testimony_recorder.recorder.duress.setup import DuressStatus
from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.settings import VaultSettings
from testimony_recorder.recorder.vault import Vault

from . import formatting
from .duress_dialog import DuressDialog
from .session import Session
from .settings_dialog import SettingsDialog
from .tasks import Job


class SettingsOpener:
    """Opens the dialog for `parent` and carries out what the person chose."""

    def __init__(self, parent: QWidget, session: Session, language: str, *,
                 applied: Callable[[VaultSettings], None],
                 failed: Callable[[BaseException], None],
                 rebuild: Callable[[str, str | None], None]) -> None:
        """`applied(settings)` once they are saved; `rebuild(language, digits)` when the
        language or the digits changed (digits None: unchanged)."""
        self._parent = parent
        self._session = session
        self._language = language
        self._applied = applied
        self._failed = failed
        self._rebuild = rebuild

    def open(self, current: VaultSettings) -> None:
        def work(vault: Vault, job: Job) -> tuple[list[tuple[str, str]], DuressStatus]:
            return ([(c.fingerprint, c.name) for c in trust.contacts(vault.conn,
                                                                     include_revoked=False)],
                    duress_setup.status(vault))

        self._session.runner.run(work, owner=self._parent,
                                 done=lambda found: self._show(current, *found),
                                 failed=self._failed)

    def _show(self, current: VaultSettings, contacts: list[tuple[str, str]],
              duress: DuressStatus) -> None:
        dialog = SettingsDialog(self._language, current, contacts, self._parent, duress=duress,
                                digits=formatting.digit_choice())
        status = [duress]

        def duress_changed(changed: DuressStatus) -> None:
            status[0] = changed
            dialog.show_duress(changed)

        def set_up_duress() -> None:
            duress_dialog = DuressDialog(self._session, status[0], self._language, dialog)
            duress_dialog.changed.connect(duress_changed)
            duress_dialog.exec()

        dialog.duress_requested.connect(set_up_duress)
        if not dialog.exec():
            return
        chosen = dialog.settings()
        self._session.runner.run(lambda vault, job: vault_settings.save(vault, chosen),
                                 owner=self._parent, done=lambda _: self._applied(chosen),
                                 failed=self._failed)
        digits = dialog.digits() if dialog.digits() != formatting.digit_choice() else None
        if digits is not None or dialog.language() != self._language:  # rebuilt once
            self._rebuild(dialog.language(), digits)
