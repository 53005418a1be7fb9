"""Recording a given length with no window (`testimony record`): a take polled in a plain loop,
the vault's work run at once on this thread."""

from __future__ import annotations

import time
from collections.abc import Callable

from ..calls import on_this_thread
from ..errors import RecorderError, RecordingFailed
from ..model.attachment import Attachment
from ..vault import Vault
from .source import PcmSource
from .take import POLL_MS, Take, TakeEvents


def record(vault: Vault, interview_id: str, seconds: float, source: PcmSource,
           on_started: Callable[[str], None] | None = None,
           clock: Callable[[], float] = time.monotonic) -> Attachment:
    """Record `seconds` of audio (counted in samples) from `source`; what was captured is kept
    even when the input fails or falls silent on the way (RecordingFailed then says how much).
    `on_started` gets the recording's id once sound is being captured; `clock` is the take's
    (see Take)."""
    problems: list[RecorderError] = []
    kept: list[Attachment] = []

    def failed(error: BaseException) -> None:
        problems.append(error if isinstance(error, RecorderError) else
                        RecordingFailed(str(error)))

    def silent(now: bool) -> None:
        if now:
            problems.append(RecordingFailed("the microphone delivered no sound"))
            take.stop()

    events = TakeEvents(limit_reached=lambda: take.stop(), silence_changed=silent,
                        stopped=kept.append, failed=failed)
    if on_started is not None:
        events.started = on_started
    take = Take(source, on_this_thread(vault), events, clock=clock)
    take.start(interview_id, limit_ms=int(seconds * 1000))
    while take.active:
        source.wait(POLL_MS / 1000)
        take.poll()
    if kept and not problems:
        return kept[0]
    if not kept:  # nothing was recorded: say why (no consent, no input...)
        raise problems[0] if problems else RecordingFailed("nothing was recorded")
    first = problems[0]
    detail = first.detail if isinstance(first, RecordingFailed) else str(first)
    raise RecordingFailed(f"{detail}; {kept[0].metadata.get('info:duration')} s were kept "
                          f"as {kept[0].id}")
