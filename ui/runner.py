"""The one way from the GUI to the vault: `VaultRunner.run`.

The vault's SQLCipher connection belongs to one thread, so every piece of work that needs the
vault is a function `work(vault, job)` handed to the runner. It runs on the vault's thread, in
the order given; its result or its error comes back to the asking widget's callbacks on the GUI
thread, and never once that widget has been destroyed (the owner guard). The GUI thread never
holds a `Vault`.

    def work(vault: Vault, job: Job) -> list[Attachment]:
        return ingest.ingest_files(vault, interview_id, files,
                                   progress=job.report, cancel=job.cancelled)

    job = runner.run(work, owner=self, done=self._added, failed=self._failed,
                     progress=self.bar.setValue)        # per-mille, 0..1000
    self.cancel_button.clicked.connect(job.cancel)

`work` captures plain values (ids, paths, the choices made), never a widget: it runs, and is
let go of, on the vault's thread. The callbacks run on the GUI thread and are let go of as soon
as they have run.

Exceptions: `work` may raise anything derived from `Exception`; it is handed to `failed`, and
`ui.messages.describe` words it (a `RecorderError` by its code, anything else as a general
sentence naming no internals). Nothing reaches the window as a traceback. `BaseException`s that
are not `Exception`s (KeyboardInterrupt, SystemExit) are left to end the program.

In the app the session's runner works on the vault's own thread (`ThreadExecutor`); standalone
widgets, tools and tests use `VaultRunner.inline(vault)`, which runs the work at once on the
calling thread with the same callbacks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QObject, Signal

from testimony_recorder.recorder.errors import RecorderError, VaultWiped
from testimony_recorder.recorder.vault import Vault

from .tasks import Executor, InlineExecutor, Job, while_alive

T = TypeVar("T")
# What a failed job hands to its `failed` callback.
Failed = Callable[[Exception], object]


class VaultLocked(RecorderError):
    code = "vault_locked"
    english = "The vault is locked. Unlock it and try again."


class VaultRunner(QObject):
    """Runs work on the vault's thread; owns that thread and the vault open on it."""

    # Work found the vault wiped under it (a panic wipe from another window or command);
    # queued to the GUI thread ahead of that work's error, so whatever was open stops first.
    wiped = Signal()

    def __init__(self, executor: Executor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self._vault: Vault | None = None  # touched only on the executor's thread

    @classmethod
    def inline(cls, vault: Vault, parent: QObject | None = None) -> VaultRunner:
        """A runner over a vault open on this thread: the work runs at once, callbacks
        included (standalone widgets, tools and tests)."""
        runner = cls(InlineExecutor(), parent)
        runner._vault = vault
        return runner

    # -- for every screen ----------------------------------------------------------------------
    def run(self, work: Callable[[Vault, Job], T], *, owner: QObject,
            failed: Failed, done: Callable[[T], object] | None = None,
            progress: Callable[[int], object] | None = None) -> Job:
        """Run `work(vault, job)` on the vault's thread; then `done(result)` or
        `failed(error)` on the GUI thread, unless `owner` (the asking widget) is gone.
        `progress` gets per-mille values from `job.report`. VaultLocked when no vault is open.
        """
        def in_vault(job: Job) -> T:
            if self._vault is None:
                raise VaultLocked()
            try:
                return work(self._vault, job)
            except VaultWiped:
                self.wiped.emit()
                raise

        return self._submit(in_vault, done, failed, progress, owner)

    # -- for the session: opening and closing ------------------------------------------------
    def open(self, opener: Callable[[], tuple[Vault, T]], *, done: Callable[[T], object],
             failed: Failed) -> Job:
        """Open the vault on its thread: `opener` returns the vault to keep and whatever the
        caller wants to know about it, which goes to `done`."""
        def opening(job: Job) -> T:
            vault, found = opener()
            self._vault = vault
            return found

        return self._submit(opening, done, failed, None, None)

    def close(self, *, done: Callable[[None], object], failed: Failed,
              then: Callable[[], object] | None = None) -> Job:
        """Close the vault after the work already queued (a last autosave), then run `then`
        (the panic wipe, which needs the vault closed). The vault is dropped, and `then` runs,
        even when closing it fails."""
        def closing(job: Job) -> None:
            vault, self._vault = self._vault, None
            try:
                if vault is not None:
                    vault.close()
            finally:
                if then is not None:
                    then()  # a panic wipe goes ahead even if closing failed

        return self._submit(closing, done, failed, None, None)

    def shutdown(self) -> None:
        """Stop the thread once the queued work is done (at exit)."""
        self._executor.shutdown()

    # -- the one path ----------------------------------------------------------------------------
    def _submit(self, fn: Callable[[Job], T], done: Callable[[T], object] | None,
                failed: Failed, progress: Callable[[int], object] | None,
                owner: QObject | None) -> Job:
        if owner is not None:
            done = None if done is None else while_alive(owner, done)
            failed = while_alive(owner, failed)
            progress = None if progress is None else while_alive(owner, progress)
        job = Job(done, failed, progress, self)  # lives until it has delivered
        job.finished.connect(job.deleteLater)

        def work() -> None:
            try:
                result = fn(job)
            except Exception as exc:  # every failure goes to `failed`, worded by the UI
                job._error.emit(exc)
            else:
                job._done.emit(cast(object, result))

        self._executor.submit(work)
        return job
