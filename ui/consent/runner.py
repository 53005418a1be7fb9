"""How consent widgets reach the core: through a runner, never by calling it in a slot.

A runner takes the work, a callback for its result and one for its failure, and calls exactly
one of the callbacks on the GUI thread. The desktop app passes its own background-work helper
(the vault's connection lives on its database thread); standalone use and tests get `run_now`,
and the slow passphrase check gets a `ThreadRunner` so the window never freezes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal


class Runner(Protocol):
    def __call__(self, work: Callable[[], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None: ...


def run_now(work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None:
    """Run on this thread (standalone use, tests, and a database owned by the GUI thread)."""
    try:
        result = work()
    except Exception as exc:  # every failure goes to the caller's handler, never up a slot
        on_error(exc)
        return
    on_done(result)


class ThreadRunner(QObject):
    """Run work that does not touch the database (e.g. Argon2) on a short-lived thread."""

    _finished = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued to this object's (GUI) thread, whatever thread emits it.
        self._finished.connect(self._deliver)

    def __call__(self, work: Callable[[], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None:
        def target() -> None:
            try:
                result: Any = work()
            except Exception as exc:  # handed to on_error on the GUI thread
                self._finished.emit(on_error, exc, None)
                return
            self._finished.emit(on_done, result, None)

        threading.Thread(target=target, name="consent-worker", daemon=True).start()

    def _deliver(self, callback: Callable[[Any], None], value: Any, _: object) -> None:
        callback(value)
