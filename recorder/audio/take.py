"""One recording: record / pause / resume / marker / stop, between an input of PCM and a sink
that stores it (the encrypted media store, or memory).

Why three threads: the vault's connection belongs to the vault thread, so registering the
recording, markers and the final seal run there (through `VaultCalls`: in the desktop app the
session's worker thread, on the command line the calling thread). Writing audio touches only
the encrypted file (and fsyncs each sealed chunk), so it runs on a private writer thread: a long
job on the vault thread (an ingest) never holds the audio up, and a slow disk never freezes the
window. The take's own thread (the GUI thread in the app) only calls `poll()` every `POLL_MS`:
it drains the source, measures the level and counts the samples (the elapsed time is the
length of what was captured, not the wall clock). Every event is reported on that thread.

A take ends when Stop is pressed. Some inputs hand over sound in large bursts generated ahead
of time (PulseAudio's test sine source: two seconds at once), so what is kept never runs more
than `LEAD_MS` (plus a clock-drift allowance) ahead of the time spent recording; samples beyond
that wait in memory until the clock catches up, and are dropped at Stop or Pause. A real
microphone delivers sound after it happened, so for it nothing is ever held back.

Stopping is ordered: the last samples go to the writer, the writer is asked to signal when it
has drained, and the seal is queued on the vault thread at once, so a lock queued right after
it (lock, close, switching interviews all flush first) finds the recording saved.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass
from typing import Any, Protocol

from ..calls import VaultCalls
from ..errors import RecorderError, RecordingFailed
from ..media import recording
from ..media.pcm import peak_level
from ..media.recording import Marker, RecordingSink
from ..vault import Vault
from .source import PcmSource

IDLE, STARTING, RECORDING, PAUSED, STOPPING = "idle", "starting", "recording", "paused", "stopping"
#: How often the owner of a take calls poll() while it is active.
POLL_MS = 50
#: Tell the person when the input has delivered nothing for this long.
SILENCE_MS = 5000
#: The seal waits at most this long for the writer (it holds at most a few blocks).
WRITER_DRAIN_S = 60.0
#: How far the kept sound may run ahead of the time spent recording (bursty inputs).
LEAD_MS = 500
#: Device clocks differ from the system clock by up to ~100 ppm; allow ten times that.
DRIFT = 0.001
#: Never hold back more than this much sound (a device whose clock runs far ahead keeps it).
MAX_HELD_MS = 10_000

#: Checked on the vault thread before the recording is registered (consent, for instance);
#: raises a RecorderError to refuse.
Guard = Callable[[Vault, str], None]


class Sink(Protocol):
    """Where the sound goes: an interview's encrypted recording (`RecordingSink`, the default)
    or memory until it is stored whole (`MemorySink`). `stop()` returns what was made."""

    @property
    def active(self) -> bool: ...

    def start(self, vault: Vault, owner_id: str, sample_rate: int, channels: int, /) -> str: ...

    def write(self, pcm: bytes, /) -> None: ...

    def stop(self) -> object: ...

    def discard(self) -> None: ...


def _ignore(*_args: object) -> None:
    """An event nobody listens to."""


@dataclass
class TakeEvents:
    """What a take tells its front end, always on the take's own thread. Give only the ones
    you need; the rest are ignored."""

    state_changed: Callable[[str], None] = _ignore
    #: The recording is registered in the vault and sound is being captured (its id).
    started: Callable[[str], None] = _ignore
    #: Peak of the latest block kept, 0.0 to 1.0.
    level_changed: Callable[[float], None] = _ignore
    #: Length kept so far in ms (see Take.position_ms).
    position_changed: Callable[[int], None] = _ignore
    #: True while the input has delivered nothing for SILENCE_MS.
    silence_changed: Callable[[bool], None] = _ignore
    #: The length asked for at start has been captured (counted in samples); stop() next.
    limit_reached: Callable[[], None] = _ignore
    marker_added: Callable[[Marker], None] = _ignore
    #: The take is kept: what the sink's stop() returned (the recording's Attachment).
    stopped: Callable[[Any], None] = _ignore
    #: Something went wrong (the error); if the take was running it is stopped and saved.
    failed: Callable[[BaseException], None] = _ignore


class Take:
    """Record / pause / resume / marker / stop for one recording at a time."""

    def __init__(self, source: PcmSource, calls: VaultCalls, events: TakeEvents | None = None,
                 sink: Sink | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        """`clock` gives seconds (monotonic); a test gives the clock its source runs on."""
        self.source = source
        self.events = events if events is not None else TakeEvents()
        self.sink: Sink = sink if sink is not None else RecordingSink()
        self.state = IDLE
        self.recording_id = ""
        self._calls = calls
        self._clock = clock
        self._listening = False  # the source is started
        self._writer: ThreadPoolExecutor | None = None
        self._write_errors: queue.SimpleQueue[BaseException] = queue.SimpleQueue()
        self._broken: RecorderError | None = None  # the source stopped working
        self._bytes = 0  # handed to the writer: what the recording keeps
        self._held = bytearray()  # arrived ahead of the clock (bursty inputs only)
        self._limit: int | None = None  # bytes the take may hold at most
        self._active_ms = 0  # time spent recording before the current stretch
        self._stretch_start = 0.0  # clock at the start of the current stretch
        self._last_sound = 0.0  # clock when the source last delivered something
        self._silent = False

    # -- facts ---------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.state != IDLE

    @property
    def position_ms(self) -> int:
        """Length of the sound captured so far (pauses excluded), from the samples."""
        return self.source.format.ms_at(self._bytes)

    def _bytes_for(self, ms: int) -> int:
        """Whole frames' worth of bytes for `ms` of sound."""
        fmt = self.source.format
        return fmt.sample_rate * ms // 1000 * fmt.frame_size

    def _set_state(self, state: str) -> None:
        self.state = state
        self.events.state_changed(state)

    # -- starting ------------------------------------------------------------------------------
    def start(self, interview_id: str, guard: Guard | None = None,
              limit_ms: int | None = None) -> None:
        """Register the recording, then open the input; with `limit_ms`, keep no more than that
        much sound and report `limit_reached` when it is there."""
        if self.state != IDLE:
            return
        fmt = self.source.format
        if fmt.sample_width != 2:
            self.events.failed(RecordingFailed(f"the input '{self.source.name}' gives no "
                                               "16-bit sound"))
            return
        self._bytes, self._active_ms, self._broken = 0, 0, None
        self._limit = None if limit_ms is None else self._bytes_for(limit_ms)
        self._held.clear()
        sink = self.sink

        def work(vault: Vault) -> str:
            if guard is not None:
                guard(vault, interview_id)
            return sink.start(vault, interview_id, fmt.sample_rate, fmt.channels)

        self._set_state(STARTING)
        self._calls(work, self._registered, self._start_failed)

    def _start_failed(self, error: BaseException) -> None:
        self._set_state(IDLE)
        self.events.failed(error)

    def _registered(self, recording_id: str) -> None:
        if self.state != STARTING:  # stopped (or locked) before the vault got to it
            return
        try:
            self.source.start()
        except RecorderError as exc:
            self._discard_registered()
            self.events.failed(exc)
            return
        self._listening = True
        self.recording_id = recording_id
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="recording-writer")
        self._stretch_start = self._last_sound = self._clock()
        self._set_state(RECORDING)
        self.events.started(recording_id)

    def _discard_registered(self) -> None:
        """Throw away a registered recording that never got any sound."""
        sink = self.sink
        self._set_state(STOPPING)
        self._calls(lambda vault: sink.discard() if sink.active else None,
                    lambda _: self._set_state(IDLE), lambda _: self._set_state(IDLE))

    # -- capturing -----------------------------------------------------------------------------
    def poll(self) -> None:
        """Move what the input delivered to the writer, and notice silence and failures. The
        owner calls this every POLL_MS while the take is active (it does nothing otherwise)."""
        if self.state == RECORDING:
            self._drain()
        if self.state not in (RECORDING, PAUSED):
            return
        problem: BaseException | None = self._broken
        if problem is None and not self._write_errors.empty():
            problem = self._write_errors.get()
        if problem is not None:
            self.events.failed(problem)
            self._finish(keep=True)  # the sink keeps what is safely on disk

    def _recorded_ms(self) -> int:
        """Time spent recording, pauses excluded."""
        running = self._clock() - self._stretch_start if self.state == RECORDING else 0.0
        return self._active_ms + int(running * 1000)

    def _drain(self) -> None:
        try:
            data = self.source.read()
        except RecorderError as exc:
            self._broken = self._broken or exc
            return
        if data:
            self._last_sound = self._clock()
            self._held += data
            if self._silent:
                self._set_silent(False)
        elif not self._silent and (self._clock() - self._last_sound) * 1000 > SILENCE_MS:
            self._set_silent(True)
        if self.state != RECORDING:  # a listener stopped the take
            return
        allowed_ms = int(self._recorded_ms() * (1 + DRIFT)) + LEAD_MS
        allowed = self._bytes_for(allowed_ms) - self._bytes
        allowed = max(allowed, len(self._held) - self._bytes_for(MAX_HELD_MS))
        if self._limit is not None:
            allowed = min(allowed, self._limit - self._bytes)
        size = min(len(self._held), max(0, allowed))
        size -= size % self.source.format.frame_size
        if size <= 0:
            return
        chunk = bytes(self._held[:size])
        del self._held[:size]
        self._bytes += size
        self._submit(chunk)
        self.events.level_changed(peak_level(chunk))
        self.events.position_changed(self.position_ms)
        if self._limit is not None and self._bytes >= self._limit:
            self.events.limit_reached()

    def _set_silent(self, silent: bool) -> None:
        self._silent = silent
        self.events.silence_changed(silent)

    def _submit(self, data: bytes) -> None:
        sink, errors = self.sink, self._write_errors

        def write() -> None:
            try:
                sink.write(data)
            except Exception as exc:  # every failure is reported to the take's thread
                errors.put(exc)

        assert self._writer is not None  # noqa: S101 - set while recording
        self._writer.submit(write)

    def pause(self) -> None:
        """Stop capturing for a while; the input is off until resume()."""
        if self.state != RECORDING:
            return
        self._drain()
        if self.state != RECORDING:  # a listener stopped the take (the limit was reached)
            return
        self._held.clear()  # sound from after this moment
        self._active_ms = self._recorded_ms()
        self._stop_source()
        self._set_state(PAUSED)
        self.events.level_changed(0.0)

    def resume(self) -> None:
        if self.state != PAUSED:
            return
        try:
            self.source.start()
        except RecorderError as exc:
            self.events.failed(exc)
            self._finish(keep=True)
            return
        self._listening = True
        self._held.clear()
        self._stretch_start = self._last_sound = self._clock()
        self._set_state(RECORDING)

    def add_marker(self, note: str) -> None:
        """Mark the current moment with a note; saved at once (it survives a crash too)."""
        if self.state not in (RECORDING, PAUSED):
            return
        recording_id, position = self.recording_id, self.position_ms

        def work(vault: Vault) -> Marker:
            return recording.add_marker(vault, recording_id, position, note)

        self._calls(work, self.events.marker_added, self.events.failed)

    # -- stopping ------------------------------------------------------------------------------
    def stop(self) -> None:
        """Seal and record the take. Queued on the vault thread before this returns."""
        self._finish(keep=True)

    def discard(self) -> None:
        """Stop and throw the take away: nothing of it stays in the vault. Queued on the vault
        thread before this returns, so it happens even if the front end is gone by then."""
        self._finish(keep=False)

    def _finish(self, keep: bool) -> None:
        if self.state in (IDLE, STOPPING):
            return
        if self.state == STARTING:
            self._discard_registered()
            return
        if self.state == RECORDING and keep:
            self._drain()
            if self.state != RECORDING:  # a listener stopped the take already (the limit)
                return
        self._held.clear()  # sound from after Stop was pressed
        self._stop_source()
        if self._silent:
            self._set_silent(False)
        self.events.level_changed(0.0)
        self._set_state(STOPPING)
        drained: Future[None] | None = None
        writer, self._writer = self._writer, None
        if writer is not None:
            drained = writer.submit(lambda: None)  # one worker: done once all before it are
            writer.shutdown(wait=False)
        sink = self.sink

        def work(vault: Vault) -> object:
            written = drained is None or drained in wait_for([drained], WRITER_DRAIN_S).done
            if not keep:
                sink.discard()
                return None
            if not written:
                raise RecordingFailed("the last part of the recording could not be written")
            return sink.stop()

        if keep:
            self._calls(work, self._sealed, self._seal_failed)
        else:
            self._calls(work, lambda _: self._set_state(IDLE), self._seal_failed)

    def _stop_source(self) -> None:
        if self._listening:
            self._listening = False
            self.source.stop()

    def _sealed(self, result: object) -> None:
        self._set_state(IDLE)
        self.events.stopped(result)

    def _seal_failed(self, error: BaseException) -> None:
        self._set_state(IDLE)
        self.events.failed(error)
