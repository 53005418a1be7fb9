"""The app's side of the unlocked vault: opening, locking and wiping it, and who it belongs to.

The vault itself lives on its own thread, inside the session's `runner` (ui.runner), which is
also the only way for a screen to reach it: `session.runner.run(work, owner=..., ...)`. Locking
closes the vault on that thread and tells every window to drop what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from testimony_recorder.recorder import demo, demo_archive, kdf, unlock
from testimony_recorder.recorder import vault as vault_mod
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.media.recovered import RecoveredRecording, recovered_report
from testimony_recorder.recorder.unlock import Unlocked
from testimony_recorder.recorder.vault import Vault

from .runner import Failed, VaultRunner
from .tasks import Executor, Job

# What an opening found, handed back to the GUI: the owner, the role, what the caller asked
# for (the recovery key of a new vault) and the recordings a crash had interrupted.
_Opened = tuple[str, str, str, list[RecoveredRecording]]


class Session(QObject):
    unlocked = Signal()
    locked = Signal()
    # Recordings a crash had interrupted, recovered by this unlock (list of
    # recorder.media.recovered.RecoveredRecording); emitted once, after `unlocked`.
    recordings_recovered = Signal(object)
    # A call found the vault wiped under it (by a panic wipe from another window or command):
    # whatever was open must stop and say so.
    wiped = Signal()

    def __init__(self, path: Path, executor: Executor, parent: QObject | None = None,
                 kdf_params: kdf.Argon2Params | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.runner = VaultRunner(executor, self)
        self.runner.wiped.connect(self.wiped)
        # Only for tests and the demo: cheap key derivation, chosen explicitly by the caller.
        self.kdf_params = kdf_params
        self.is_unlocked = False  # the GUI-side view of the vault being open on its thread
        self.owner = ""
        self.role = ""

    # -- opening ---------------------------------------------------------------------------------
    def _open(self, opener: Callable[[], tuple[Unlocked, str]],
              on_done: Callable[[str], object] | None, on_error: Failed) -> Job:
        def work() -> tuple[Vault, _Opened]:
            unlocked, extra = opener()
            vault = unlocked.vault
            try:
                recovered = recovered_report(vault, unlocked.recovered)
            except RecorderError:
                recovered = []  # telling about it must never stand in the way of unlocking
            return vault, (vault.owner, vault.role, extra, recovered)

        def opened(value: _Opened) -> None:
            self.owner, self.role, extra, recovered = value
            self.is_unlocked = True
            self.unlocked.emit()
            if on_done is not None:
                on_done(extra)
            if recovered:
                self.recordings_recovered.emit(recovered)

        return self.runner.open(work, done=opened, failed=on_error)

    def exists(self) -> bool:
        return vault_mod.exists(self.path)

    def create(self, passphrase: str, owner: str, on_done: Callable[[str], object],
               on_error: Failed) -> Job:
        """Create the vault; `on_done` receives the recovery key to show once."""
        def opener() -> tuple[Unlocked, str]:
            vault, recovery = unlock.create(self.path, passphrase, owner=owner,
                                            kdf_params=self.kdf_params)
            return Unlocked(vault), recovery

        return self._open(opener, on_done, on_error)

    def unlock(self, passphrase: str, on_done: Callable[[str], object] | None,
               on_error: Failed) -> Job:
        return self._open(lambda: (unlock.unlock(self.path, passphrase), ""), on_done, on_error)

    def unlock_with_shares(self, mnemonics: list[str], new_passphrase: str,
                           on_done: Callable[[str], object] | None, on_error: Failed) -> Job:
        def opener() -> tuple[Unlocked, str]:
            unlocked = unlock.unlock_with_shares(self.path, mnemonics)
            unlocked.vault.change_passphrase(new_passphrase)
            return unlocked, ""

        return self._open(opener, on_done, on_error)

    def unlock_with_recovery_key(self, text: str, new_passphrase: str,
                                 on_done: Callable[[str], object] | None,
                                 on_error: Failed) -> Job:
        def opener() -> tuple[Unlocked, str]:
            unlocked = unlock.unlock_with_recovery_key(self.path, text)
            unlocked.vault.change_passphrase(new_passphrase)
            return unlocked, ""

        return self._open(opener, on_done, on_error)

    def open_demo(self, role: str, on_done: Callable[[str], object] | None,
                  on_error: Failed) -> Job:
        """A new throwaway vault of fictional data: an interviewer's, or a coordinator's
        archive holding three fictional laptops' packets (demo.ROLES)."""
        make = demo_archive.create if role == "coordinator" else demo.create
        return self._open(lambda: (Unlocked(make(self.path)), ""), on_done, on_error)

    # -- closing ---------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the vault after any work already queued (such as a last autosave); `locked`
        fires once it is closed."""
        if not self.is_unlocked:
            return
        self.is_unlocked = False
        self.runner.close(done=lambda _: self.locked.emit(),
                          failed=lambda _error: self.locked.emit())

    def wipe(self, on_done: Callable[[None], object], on_error: Failed) -> Job:
        """Lock, then destroy the vault's keys (the panic wipe)."""
        self.lock()
        path = self.path
        return self.runner.close(done=on_done, failed=on_error,
                                 then=lambda: vault_mod.wipe(path))
