"""The unlocked vault, owned by one worker thread, and the GUI's only way to reach it.

Every call is `session.run(fn, ...)` where `fn(vault, task)` runs on the vault's thread;
results and errors come back on the GUI thread. Locking closes the vault on that thread and
tells every window to drop what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from testimony_recorder.recorder import demo, kdf, unlock
from testimony_recorder.recorder.errors import RecorderError, VaultWiped
from testimony_recorder.recorder.media.recovered import recovered_report
from testimony_recorder.recorder.unlock import Unlocked
from testimony_recorder.recorder.vault import Vault

from .tasks import Executor, Task, run_in_background


class VaultLocked(RecorderError):
    code = "vault_locked"
    english = "The vault is locked. Unlock it to continue."


class Session(QObject):
    unlocked = Signal()
    locked = Signal()
    #: Recordings a crash had interrupted, recovered by this unlock (list of
    #: recorder.media.recovered.RecoveredRecording); emitted once, after `unlocked`.
    recordings_recovered = Signal(object)
    #: A call found the vault wiped under it (by a panic wipe from another window or command):
    #: whatever was open must stop and say so.
    wiped = Signal()

    def __init__(self, path: Path, executor: Executor, parent: QObject | None = None,
                 kdf_params: kdf.Argon2Params | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.executor = executor
        #: Only for tests and the demo: cheap key derivation, chosen explicitly by the caller.
        self.kdf_params = kdf_params
        self._vault: Vault | None = None  # touched only on the executor's thread
        self.is_unlocked = False  # the GUI-side view of the same fact
        self.owner = ""
        self.role = ""

    # -- running core calls ----------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Vault, Task], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
    ) -> Task:
        """Run `fn(vault, task)` on the vault's thread; pass the asking widget as `owner` so
        its callbacks are dropped if it is destroyed (by a lock) before the answer comes."""
        def work(task: Task) -> Any:
            if self._vault is None:
                raise VaultLocked()
            try:
                return fn(self._vault, task)
            except VaultWiped:
                self.wiped.emit()  # queued to the GUI thread, ahead of this task's error
                raise

        return run_in_background(self.executor, work, on_done=on_done, on_error=on_error,
                                 on_progress=on_progress, parent=self, owner=owner)

    def _open(self, opener: Callable[[], Unlocked], on_done: Callable[[Any], None] | None,
              on_error: Callable[[BaseException], None] | None,
              result: Callable[[Vault], Any] = lambda v: None) -> Task:
        def work(task: Task) -> Any:
            unlocked = opener()
            vault = self._vault = unlocked.vault
            try:
                recovered = recovered_report(vault, unlocked.recovered)
            except RecorderError:
                recovered = []  # telling about it must never stand in the way of unlocking
            return vault.owner, vault.role, result(vault), recovered

        def opened(value: Any) -> None:
            self.owner, self.role, extra, recovered = value
            self.is_unlocked = True
            self.unlocked.emit()
            if on_done is not None:
                on_done(extra)
            if recovered:
                self.recordings_recovered.emit(recovered)

        return run_in_background(self.executor, work, on_done=opened, on_error=on_error,
                                 parent=self)

    # -- opening and closing -----------------------------------------------------------------
    def exists(self) -> bool:
        from testimony_recorder.recorder.vault import exists

        return exists(self.path)

    def create(self, passphrase: str, owner: str, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> Task:
        """Create the vault; `on_done` receives the recovery key to show once."""
        box: dict[str, str] = {}

        def opener() -> Unlocked:
            vault, box["recovery"] = unlock.create(self.path, passphrase, owner=owner,
                                                   kdf_params=self.kdf_params)
            return Unlocked(vault)

        return self._open(opener, on_done, on_error, lambda v: box["recovery"])

    def unlock(self, passphrase: str, on_done: Callable[[Any], None] | None,
               on_error: Callable[[BaseException], None]) -> Task:
        return self._open(lambda: unlock.unlock(self.path, passphrase), on_done, on_error)

    def unlock_with_recovery_key(self, text: str, new_passphrase: str,
                                 on_done: Callable[[Any], None] | None,
                                 on_error: Callable[[BaseException], None]) -> Task:
        def opener() -> Unlocked:
            unlocked = unlock.unlock_with_recovery_key(self.path, text)
            unlocked.vault.change_passphrase(new_passphrase)
            return unlocked

        return self._open(opener, on_done, on_error)

    def unlock_with_shares(self, mnemonics: list[str], new_passphrase: str,
                           on_done: Callable[[Any], None] | None,
                           on_error: Callable[[BaseException], None]) -> Task:
        def opener() -> Unlocked:
            unlocked = unlock.unlock_with_shares(self.path, mnemonics)
            unlocked.vault.change_passphrase(new_passphrase)
            return unlocked

        return self._open(opener, on_done, on_error)

    def open_demo(self, on_done: Callable[[Any], None] | None,
                  on_error: Callable[[BaseException], None]) -> Task:
        return self._open(lambda: Unlocked(demo.create(self.path)), on_done, on_error)

    def lock(self) -> None:
        """Close the vault after any work already queued (such as a last autosave); `locked`
        fires once it is closed."""
        if not self.is_unlocked:
            return
        self.is_unlocked = False

        def work(task: Task) -> None:
            if self._vault is not None:
                self._vault.close()
                self._vault = None

        run_in_background(self.executor, work, on_done=lambda _: self.locked.emit(),
                          on_error=lambda _: self.locked.emit(), parent=self)
