"""One recording made in the desktop app: the microphone on the GUI thread, the encrypted store
on the vault's thread, and the writing in between on a thread of its own.

Why three threads: the vault's connection belongs to the vault thread, so registering the
recording, markers and the final seal run there (through a runner, see `ui.runner`). Writing
audio touches only the encrypted file (and fsyncs each sealed chunk), so it runs on a private
writer thread: a long job on the vault thread (an ingest) never holds the audio up, and a slow
disk never freezes the window. The GUI thread only drains Qt's buffer every 50 ms, measures the
level and counts the samples (the elapsed time is the length of what was captured, not the wall
clock).

A take ends when Stop is pressed. Some inputs hand over sound in large bursts generated ahead
of time (PulseAudio's test sine source: two seconds at once), so what is kept never runs more
than `LEAD_MS` (plus a clock-drift allowance) ahead of the time spent recording; samples beyond
that wait in memory until the clock catches up, and are dropped at Stop or Pause. A real
microphone delivers sound after it happened, so for it nothing is ever held back.

Stopping is ordered: the last samples go to the writer, the writer signals it is drained, and
the seal is queued on the vault thread at once, so a lock queued right after it (lock, close,
switching interviews all flush first) finds the recording saved.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from testimony_recorder.recorder import settings as vault_settings
from testimony_recorder.recorder.errors import NoMicrophone, RecorderError, RecordingFailed
from testimony_recorder.recorder.media import recording
from testimony_recorder.recorder.media.pcm import peak_level
from testimony_recorder.recorder.media.recording import RecordingSink
from testimony_recorder.recorder.vault import Vault

from ..runner import VaultRunner
from ..tasks import Job, ThreadExecutor
from .capture import BUFFER_SECONDS, DRAIN_MS, capture_format

IDLE, STARTING, RECORDING, PAUSED, STOPPING = "idle", "starting", "recording", "paused", "stopping"
#: Tell the person when the microphone has delivered nothing for this long.
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


def device_id(device: QAudioDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "replace")


def choose_device(setting: str) -> tuple[QAudioDevice, bool]:
    """The input chosen in the vault's settings, else the system default; the flag says the
    chosen one was not found. NoMicrophone when there is no input at all."""
    if setting:
        for device in QMediaDevices.audioInputs():
            if device_id(device) == setting:
                return device, False
    device = QMediaDevices.defaultAudioInput()
    if device.isNull():
        raise NoMicrophone()
    return device, bool(setting)


#: The input to record from, looked up when recording starts (raises NoMicrophone).
Microphone = Callable[[], QAudioDevice]


def has_microphone() -> bool:
    return not QMediaDevices.defaultAudioInput().isNull()


def default_microphone() -> QAudioDevice:
    return choose_device("")[0]


def microphone_for(setting: str) -> Microphone | None:
    """A way to find the input chosen in Settings when recording starts (the system default if
    it is gone), or None when this machine has no input at all."""
    return (lambda: choose_device(setting)[0]) if has_microphone() else None


def with_chosen_microphone(runner: VaultRunner, then: Callable[[Microphone | None], None],
                           owner: QObject) -> None:
    """Read the input chosen in Settings on the vault thread, then `then(microphone_for(it))`."""
    runner.run(lambda vault, job: vault_settings.load(vault).audio_input, owner=owner,
               done=lambda setting: then(microphone_for(setting)),
               failed=lambda _error: then(microphone_for("")))


class Take(QObject):
    """Record / pause / resume / marker / stop for one recording at a time."""

    state_changed = Signal(str)
    #: The recording is registered in the vault and sound is being captured (its id).
    started = Signal(str)
    level_changed = Signal(float)
    position_changed = Signal(int)
    #: True while the microphone has delivered nothing for a few seconds.
    silence_changed = Signal(bool)
    #: The length asked for at start has been captured (counted in samples); stop() next.
    limit_reached = Signal()
    marker_added = Signal(object)
    #: The take is kept: what the sink's stop() returned (the recording's Attachment).
    stopped = Signal(object)
    #: Something went wrong (the error); if the take was running it is stopped and saved.
    failed = Signal(object)
    _write_failed = Signal(object)  # emitted on the writer thread, delivered on ours

    def __init__(self, runner: VaultRunner, device: QAudioDevice,
                 parent: QObject | None = None, sink: Sink | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.device = device
        self.sink: Sink = sink if sink is not None else RecordingSink()
        self.state = IDLE
        self.recording_id = ""
        self._format: QAudioFormat | None = None
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._writer: ThreadExecutor | None = None
        self._bytes = 0  # handed to the writer: what the recording keeps
        self._held = bytearray()  # arrived ahead of the clock (bursty inputs only)
        self._limit: int | None = None  # bytes the take may hold at most
        self._active_ms = 0  # time spent recording before the current stretch
        self._stretch = QElapsedTimer()  # the current stretch (since start or resume)
        self._silent = False
        self._since_sound = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_MS)
        self._timer.timeout.connect(self._drain)
        self._write_failed.connect(self._on_write_failed)


    # -- facts ---------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self.state != IDLE

    @property
    def position_ms(self) -> int:
        """Length of the sound captured so far (pauses excluded), from the samples."""
        if self._format is None:
            return 0
        frame = self._format.bytesPerFrame()
        frames = self._bytes // frame
        return frames * 1000 // self._format.sampleRate()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # -- starting ------------------------------------------------------------------------------
    def start(self, interview_id: str, guard: Guard | None = None,
              limit_ms: int | None = None) -> None:
        """Register the recording and open the input; with `limit_ms`, keep no more than that
        much sound and emit `limit_reached` when it is there."""
        if self.state != IDLE:
            return
        try:
            fmt = capture_format(self.device)
        except RecorderError as exc:
            self.failed.emit(exc)
            return
        self._format, self._bytes, self._active_ms = fmt, 0, 0
        self._limit = None
        if limit_ms is not None:
            self._limit = fmt.bytesForDuration(limit_ms * 1000)
            self._limit -= self._limit % fmt.bytesPerFrame()
        self._held.clear()
        sink, rate, channels = self.sink, fmt.sampleRate(), fmt.channelCount()

        def work(vault: Vault, job: Job) -> str:
            if guard is not None:
                guard(vault, interview_id)
            return sink.start(vault, interview_id, rate, channels)

        self._set_state(STARTING)
        self._runner.run(work, owner=self, done=self._registered, failed=self._start_failed)

    def _start_failed(self, error: BaseException) -> None:
        self._set_state(IDLE)
        self.failed.emit(error)

    def _registered(self, recording_id: str) -> None:
        if self.state != STARTING:  # stopped (or locked) before the vault got to it
            return
        assert self._format is not None  # noqa: S101 - set by start()
        source = QAudioSource(self.device, self._format, self)
        source.setBufferSize(self._format.bytesForDuration(BUFFER_SECONDS * 1_000_000))
        io = source.start()
        if io is None or source.error() != QtAudio.Error.NoError:
            source.deleteLater()
            self._discard_registered()
            self.failed.emit(RecordingFailed(
                f"the input '{self.device.description()}' could not be opened"))
            return
        self.recording_id = recording_id
        self._source, self._io = source, io
        self._writer = ThreadExecutor("recording-writer")
        self._since_sound.start()
        self._stretch.start()
        self._timer.start()
        self._set_state(RECORDING)
        self.started.emit(recording_id)

    def _discard_registered(self) -> None:
        """Throw away a registered recording that never got any sound."""
        sink = self.sink
        self._set_state(STOPPING)
        self._runner.run(lambda vault, job: sink.discard() if sink.active else None, owner=self,
                         done=lambda _: self._set_state(IDLE),
                         failed=lambda _error: self._set_state(IDLE))

    # -- capturing -----------------------------------------------------------------------------
    def _recorded_ms(self) -> int:
        """Time spent recording, pauses excluded."""
        running = self._stretch.elapsed() if self.state == RECORDING else 0
        return self._active_ms + running

    def _drain(self) -> None:
        if self._io is None or self.state != RECORDING or self._format is None:
            return
        if self._source_broken():
            return
        data = self._io.readAll().data()
        if data:
            self._since_sound.start()
            if self._silent:
                self._silent = False
                self.silence_changed.emit(False)
            self._held += data
        elif not self._silent and self._since_sound.elapsed() > SILENCE_MS:
            self._silent = True
            self.silence_changed.emit(True)
        fmt = self._format
        frame = fmt.bytesPerFrame()
        allowed_ms = int(self._recorded_ms() * (1 + DRIFT)) + LEAD_MS
        allowed = fmt.bytesForDuration(allowed_ms * 1000) - self._bytes
        allowed = max(allowed, len(self._held) - fmt.bytesForDuration(MAX_HELD_MS * 1000))
        if self._limit is not None:
            allowed = min(allowed, self._limit - self._bytes)
        take = min(len(self._held), max(0, allowed))
        take -= take % frame
        if take <= 0:
            return
        chunk = bytes(self._held[:take])
        del self._held[:take]
        self._bytes += take
        self._submit(chunk)
        self.level_changed.emit(peak_level(chunk))
        self.position_changed.emit(self.position_ms)
        if self._limit is not None and self._bytes >= self._limit:
            self.limit_reached.emit()

    def _submit(self, data: bytes) -> None:
        sink, failed = self.sink, self._write_failed

        def write() -> None:
            try:
                sink.write(data)
            except Exception as exc:  # every failure is reported to the GUI thread
                with contextlib.suppress(RuntimeError):  # the take's window was closed
                    failed.emit(exc)

        assert self._writer is not None  # noqa: S101 - set while recording
        self._writer.submit(write)

    def _source_broken(self) -> bool:
        """The input failed (unplugged, taken away). Polled: QAudioSource.stateChanged cannot
        be received from Python in PySide6 6.11 (its QAudio::State argument does not convert)."""
        if self._source is None or self._source.error() not in (
                QtAudio.Error.OpenError, QtAudio.Error.IOError, QtAudio.Error.FatalError):
            return False
        self.failed.emit(RecordingFailed("the microphone stopped working"))
        QTimer.singleShot(0, self.stop)
        return True

    def _on_write_failed(self, error: BaseException) -> None:
        if self.state in (RECORDING, PAUSED):
            self.failed.emit(error)
            self.stop()  # the sink keeps what is safely on disk

    def pause(self) -> None:
        if self.state != RECORDING or self._source is None:
            return
        self._drain()
        self._held.clear()  # sound from after this moment
        self._active_ms += self._stretch.elapsed()
        self._source.suspend()
        self._set_state(PAUSED)
        self.level_changed.emit(0.0)

    def resume(self) -> None:
        if self.state != PAUSED or self._source is None:
            return
        self._source.resume()
        if self._io is not None:
            self._io.readAll()  # whatever arrived while paused is not part of the take
        self._held.clear()
        self._since_sound.start()
        self._stretch.start()
        self._set_state(RECORDING)

    def add_marker(self, note: str) -> None:
        """Mark the current moment with a note; saved at once (it survives a crash too)."""
        if self.state not in (RECORDING, PAUSED):
            return
        recording_id, position = self.recording_id, self.position_ms

        def work(vault: Vault, job: Job) -> recording.Marker:
            return recording.add_marker(vault, recording_id, position, note)

        self._runner.run(work, owner=self, done=self.marker_added.emit, failed=self.failed.emit)

    # -- stopping ------------------------------------------------------------------------------
    def stop(self) -> None:
        """Seal and record the take. Queued on the vault thread before this returns."""
        self._finish(keep=True)

    def discard(self) -> None:
        """Stop and throw the take away: nothing of it stays in the vault. Queued on the vault
        thread before this returns, so it happens even if this object is gone by then."""
        self._finish(keep=False)

    def _finish(self, keep: bool) -> None:
        if self.state in (IDLE, STOPPING):
            return
        if self.state == STARTING:
            self._discard_registered()
            return
        if self.state == RECORDING and keep:
            self._drain()
        self._held.clear()  # sound from after Stop was pressed
        self._close_source()
        self._set_state(STOPPING)
        drained = threading.Event()
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.submit(drained.set)
            writer.shutdown(wait=False)
        else:
            drained.set()
        sink = self.sink

        def work(vault: Vault, job: Job) -> object:
            written = drained.wait(WRITER_DRAIN_S)
            if not keep:
                sink.discard()
                return None
            if not written:
                raise RecordingFailed("the last part of the recording could not be written")
            return sink.stop()

        done = self._sealed if keep else lambda _: self._set_state(IDLE)
        self._runner.run(work, owner=self, done=done, failed=self._seal_failed)

    def _close_source(self) -> None:
        self._timer.stop()
        if self._source is not None:
            self._source.stop()
            self._source.deleteLater()
        self._source, self._io = None, None
        if self._silent:
            self._silent = False
            self.silence_changed.emit(False)
        self.level_changed.emit(0.0)

    def _sealed(self, attachment: object) -> None:
        self._set_state(IDLE)
        self.stopped.emit(attachment)

    def _seal_failed(self, error: BaseException) -> None:
        self._set_state(IDLE)
        self.failed.emit(error)
