"""A core `Take` run from the GUI thread: its vault work goes through the app's runner, and a
timer polls it while it is active (see "Why three threads" in recorder/audio/take.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from testimony_recorder.recorder.audio.source import PcmSource
from testimony_recorder.recorder.audio.take import IDLE, POLL_MS, Sink, Take, TakeEvents
from testimony_recorder.recorder.vault import Vault

from ..runner import VaultRunner


class _Poller:
    """Calls take.poll() every POLL_MS while the take is active; the timer exists only then."""

    def __init__(self, owner: QObject) -> None:
        self.owner = owner
        self.take: Take | None = None
        self.timer: QTimer | None = None

    def state_changed(self, state: str) -> None:
        if state == IDLE and self.timer is not None:
            self.timer.stop()
            self.timer.deleteLater()
            self.timer = None
        elif state != IDLE and self.timer is None and self.take is not None:
            self.timer = QTimer(self.owner)
            self.timer.setInterval(POLL_MS)
            self.timer.timeout.connect(self.take.poll)
            self.timer.start()


def gui_take(run: VaultRunner, source: PcmSource, events: TakeEvents, owner: QObject,
             sink: Sink | None = None) -> Take:
    """A take recording from `source` into `sink` (the interview's encrypted recording by
    default). Its answers from the vault are dropped once `owner`, the widget that records,
    is gone; work already queued (a seal, a discard) still happens."""
    poller = _Poller(owner)
    told = events.state_changed

    def state_changed(state: str) -> None:
        poller.state_changed(state)
        told(state)

    def calls(work: Callable[[Vault], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None], /) -> None:
        run(work, on_done, on_error, owner=owner)

    take = Take(source, calls, dataclasses.replace(events, state_changed=state_changed), sink)
    poller.take = take
    return take
