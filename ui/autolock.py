"""Locks the vault after a quiet spell: no key pressed, no mouse moved, for N minutes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self._minutes = 0
        self._held = False

    def start(self, minutes: int) -> None:
        """Watch for `minutes` of inactivity; 0 switches auto-lock off."""
        self._timer.stop()
        self._minutes = minutes
        if minutes > 0 and not self._held:
            self._timer.setInterval(minutes * 60_000)
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._minutes = 0
        self._held = False

    def hold(self, held: bool) -> None:
        """Pause the countdown while something runs that nobody touches, yet someone is
        attending: a recording of the interview (locking would stop it). The countdown starts
        afresh when the hold ends."""
        self._held = held
        if held:
            self._timer.stop()
        elif self._minutes > 0:
            self.start(self._minutes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False
