"""Recording without a window (`testimony record`): a Qt event loop and the app's own Take,
running the vault's work at once on this thread."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop

from testimony_recorder.recorder.errors import RecordingFailed
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.vault import Vault

from ..runner import VaultRunner
from .capture import find_device
from .take import IDLE, Take


def record(vault: Vault, interview_id: str, seconds: float, device_name: str | None = None,
           on_started: Callable[[str, str], None] | None = None) -> Attachment:
    """Record `seconds` of audio (counted in samples) from the chosen or default input; what
    was captured is kept even when the input fails or falls silent on the way."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    take = Take(VaultRunner.inline(vault), find_device(device_name))
    loop = QEventLoop()
    problems: list[str] = []
    kept: list[Attachment] = []

    def failed(error: BaseException) -> None:
        problems.append(str(error))
        if take.state == IDLE:  # could not start, or could not save: nothing more will come
            loop.quit()

    def silent(now: bool) -> None:
        if now:
            problems.append("the microphone delivered no sound")
            take.stop()

    def done(attachment: Attachment) -> None:
        kept.append(attachment)
        loop.quit()

    if on_started is not None:
        take.started.connect(lambda recording_id: on_started(recording_id,
                                                             take.device.description()))
    take.limit_reached.connect(take.stop)
    take.silence_changed.connect(silent)
    take.stopped.connect(done)
    take.failed.connect(failed)
    take.start(interview_id, limit_ms=int(seconds * 1000))
    if take.state != IDLE:
        loop.exec()
    del app
    if problems:
        what = (f"; {kept[0].metadata.get('info:duration')} s were kept as {kept[0].id}"
                if kept else "")
        raise RecordingFailed(problems[0] + what)
    return kept[0]
