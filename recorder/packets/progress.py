"""Progress and cancellation for long exports and imports, without any UI in the core.

The UI passes a callback (bytes done, bytes total) and a cancel check; the core calls them
from the thread doing the work, at most every few megabytes, and stops cleanly when asked.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import Cancelled

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
_STEP = 4 * 1024 * 1024


class Meter:
    def __init__(self, total: int, progress: ProgressFn | None = None,
                 cancel: CancelFn | None = None, what: str = "The packet") -> None:
        self.total = total
        self.what = what
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._next = 0

    def add(self, n: int) -> None:
        self.done += n
        if self.done >= self._next:
            self._next = self.done + _STEP
            self.report()

    def report(self) -> None:
        if self._cancel is not None and self._cancel():
            raise Cancelled(self.what)
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)
