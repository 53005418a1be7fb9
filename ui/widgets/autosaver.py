"""Saving soon after a change, without waiting for a pause that may never come.

The timer starts at the first unsaved change and is not restarted by later ones, so whatever
was typed is saved at most `delay` later even while typing goes on; `flush()` saves at once
(focus changes, switching interviews, locking).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Autosaver(QObject):
    def __init__(self, save: Callable[[], None], delay_ms: int = 3000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        self.dirty = False

    def touch(self) -> None:
        self.dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self.dirty:
            self.dirty = False
            self._save()

    def discard(self) -> None:
        self._timer.stop()
        self.dirty = False
