"""The one helper for background work: run a callable off the GUI thread, get its progress and
its result or error back as signals on the GUI thread.

Worker code never touches a widget; it reports through the `Task` handed to it. Tests swap the
threaded executor for `InlineExecutor`, which runs everything at once on the calling thread.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, Slot
from shiboken6 import isValid


class Executor(Protocol):
    def submit(self, work: Callable[[], None]) -> None: ...


class ThreadExecutor:
    """One long-lived worker thread, jobs run in submission order (the vault's connection
    belongs to this thread, as SQLite requires)."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            job()

    def submit(self, work: Callable[[], None]) -> None:
        self._jobs.put(work)

    def shutdown(self, wait: bool = True) -> None:
        self._jobs.put(None)
        if wait:
            self._thread.join()


class InlineExecutor:
    """Runs work immediately on the caller's thread (tests, and trivial calls)."""

    def submit(self, work: Callable[[], None]) -> None:
        work()

    def shutdown(self, wait: bool = True) -> None:
        pass


class Task(QObject):
    """A running piece of background work.

    Created on the GUI thread; the worker emits the private signals, which Qt queues to this
    object's thread, and the public ones fire there.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    _progress = Signal(int, int)
    _done = Signal(object)
    _error = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._progress.connect(self._on_progress)
        self._done.connect(self._on_done)
        self._error.connect(self._on_error)

    # -- called from the worker ------------------------------------------------------------
    def report(self, done: int, total: int) -> None:
        """Progress callback for the core (done and total, in whatever unit the job counts)."""
        self._progress.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- called from the GUI -----------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_error(self, error: object) -> None:
        self.failed.emit(error)
        self.finished.emit()


def _while_alive(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    def guarded(*args: Any) -> None:
        if isValid(owner):
            callback(*args)

    return guarded


def run_in_background(
    executor: Executor,
    fn: Callable[[Task], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    parent: QObject,
    owner: QObject | None = None,
) -> Task:
    """Run `fn(task)` on `executor`; callbacks are always delivered on the GUI thread.

    `parent` keeps the task alive until it has delivered its result; it then deletes itself.
    With an `owner` (the widget that asked), callbacks are dropped once it has been destroyed:
    a save finishing just after a lock must not touch the widgets the lock took away.
    """
    task = Task(parent)
    task.finished.connect(task.deleteLater)
    for signal, callback in ((task.succeeded, on_done), (task.failed, on_error),
                             (task.progressed, on_progress)):
        if callback is not None:
            signal.connect(callback if owner is None else _while_alive(owner, callback))

    def work() -> None:
        try:
            result = fn(task)
        except BaseException as exc:  # reported to the GUI, which shows a message
            task._error.emit(exc)
        else:
            task._done.emit(result)

    executor.submit(work)
    return task
