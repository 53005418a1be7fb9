"""The threads behind the runner (`ui.runner`), and the `Job` a piece of work reports through.

Worker code never touches a widget: it reports progress and checks for Cancel through the `Job`
handed to it, whose signals Qt delivers on the GUI thread. Tests swap the threaded executor for
`InlineExecutor`, which runs everything at once on the calling thread.
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

    def shutdown(self, wait: bool = True) -> None: ...


class ThreadExecutor:
    """One long-lived worker thread, jobs run in submission order (the vault's connection
    belongs to this thread, as SQLite requires)."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while (work := self._jobs.get()) is not None:
            work()
            del work  # what it holds goes now, not when the next job arrives

    def submit(self, work: Callable[[], None]) -> None:
        self._jobs.put(work)

    def shutdown(self, wait: bool = True) -> None:
        self._jobs.put(None)
        if wait:
            self._thread.join()


class InlineExecutor:
    """Runs work immediately on the caller's thread (tests, tools, and standalone widgets)."""

    def submit(self, work: Callable[[], None]) -> None:
        work()

    def shutdown(self, wait: bool = True) -> None:
        pass


class Job(QObject):
    """One piece of work on the vault's thread, as the GUI sees it.

    The worker calls `report` and `cancelled` (they fit the core's `ProgressFn` and `CancelFn`);
    the GUI may call `cancel`, and watch `progressed` and `finished` (a bar, a progress dialog).
    Created on the GUI thread; the worker emits the private signals, which Qt queues to this
    object's thread, where the asker's callbacks run.

    `finished` fires before the result's callback, so whatever shows the job running is gone
    before a message about its outcome appears. The callbacks are dropped as soon as they have
    run: what they hold (widgets, records) never waits for Qt to delete the job.
    """

    # Per-mille (0..1000): core counts are bytes, which pass Qt's 32-bit int at 2 GiB.
    SCALE = 1000

    progressed = Signal(int)
    finished = Signal()

    _progress = Signal(int)
    _done = Signal(object)
    _error = Signal(object)

    def __init__(self, done: Callable[[Any], object] | None,
                 failed: Callable[[Exception], object],
                 progress: Callable[[int], object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = True  # until `finished` has fired
        # The asker's callbacks, until the job has ended.
        self._deliver: Callable[[Any], object] | None = done
        self._fail: Callable[[Exception], object] | None = failed
        self._follow: Callable[[int], object] | None = progress
        self._progress.connect(self._on_progress)
        self._done.connect(self._on_done)
        self._error.connect(self._on_error)

    # -- called from the worker ------------------------------------------------------------
    def report(self, done: int, total: int) -> None:
        """Progress callback for the core (done and total, in whatever unit the job counts)."""
        self._progress.emit(min(done, total) * self.SCALE // total if total > 0 else 0)

    def cancelled(self) -> bool:
        """Cancel check for the core: it stops cleanly (raising `Cancelled`) when true."""
        return self._cancel.is_set()

    # -- called from the GUI -----------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @Slot(int)
    def _on_progress(self, permille: int) -> None:
        self.progressed.emit(permille)
        if self._follow is not None:
            self._follow(permille)

    @Slot(object)
    def _on_done(self, result: object) -> None:
        deliver = self._deliver
        self._end()
        if deliver is not None:
            deliver(result)

    @Slot(object)
    def _on_error(self, error: Exception) -> None:
        fail = self._fail
        self._end()
        if fail is not None:
            fail(error)

    def _end(self) -> None:
        self._deliver = self._fail = self._follow = None
        self.running = False
        self.finished.emit()


def while_alive(owner: QObject, callback: Callable[..., object]) -> Callable[..., None]:
    """The owner guard: `callback`, dropped once `owner` has been destroyed. A save finishing
    just after a lock must not touch the widgets the lock took away."""
    def guarded(*args: Any) -> None:
        if isValid(owner):
            callback(*args)

    return guarded
