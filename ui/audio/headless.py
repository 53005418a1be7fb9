"""Recording without a window (`testimony record`): a Qt event loop and a capture, no widgets."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from recorder.errors import RecordingFailed
from recorder.model.attachment import Attachment
from recorder.vault import Vault

from .capture import AudioCapture, find_device

#: Give up when the device delivers nothing for this long.
SILENCE_TIMEOUT_MS = 15_000


def record(vault: Vault, interview_id: str, seconds: float, device_name: str | None = None,
           on_started: Callable[[str, str], None] | None = None) -> Attachment:
    """Record `seconds` of audio (counted in samples) from the chosen or default input."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    capture = AudioCapture(device=find_device(device_name))
    loop = QEventLoop()
    problems: list[str] = []
    capture.limit_reached.connect(loop.quit)

    def failed(message: str) -> None:
        problems.append(message)
        loop.quit()

    capture.failed.connect(failed)
    last = {"bytes": 0}

    def watchdog() -> None:
        if capture.sink.captured_bytes == last["bytes"]:
            problems.append("the microphone delivered no sound")
            loop.quit()
        last["bytes"] = capture.sink.captured_bytes

    recording_id = capture.start(vault, interview_id, limit_ms=int(seconds * 1000))
    if on_started is not None:
        on_started(recording_id, capture.device.description())
    guard = QTimer()
    guard.timeout.connect(watchdog)
    guard.start(SILENCE_TIMEOUT_MS)
    loop.exec()
    guard.stop()
    attachment = capture.stop()
    del app
    if problems:
        raise RecordingFailed(f"{problems[0]}; {attachment.metadata.get('info:duration')} s "
                              f"were kept as {attachment.id}")
    return attachment
