"""Microphone capture: QAudioSource in pull mode, drained by a timer into the core sink.

The samples go from Qt's buffer straight into `recorder.media.recording.RecordingSink`, which
encrypts them as they arrive: no plaintext file is ever written. Pull mode (`source.start()`
returning a QIODevice that we read) is used because push mode with a Python QIODevice crashed
in our tests.
"""

from __future__ import annotations

import os

# PulseAudio hands audio to Qt in large bursts (its sine test source: two seconds at a time).
# Without an explicit latency Qt's PulseAudio backend drains only a small part of each burst and
# drops the rest; PULSE_LATENCY_MSEC must be set before the first stream is opened.
os.environ.setdefault("PULSE_LATENCY_MSEC", "30")

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
    QMediaDevices,
    QtAudio,
)

from recorder.errors import NoMicrophone, RecordingFailed
from recorder.media.pcm import peak_level
from recorder.media.recording import DEFAULT_RATE, RecordingSink
from recorder.model.attachment import Attachment
from recorder.vault import Vault

DRAIN_MS = 50
#: Qt's capture buffer: big enough for a whole PulseAudio burst, so nothing is dropped.
BUFFER_SECONDS = 4


def input_devices() -> list[QAudioDevice]:
    return list(QMediaDevices.audioInputs())


def find_device(name: str | None = None) -> QAudioDevice:
    """The default input, or the first whose description contains `name`."""
    if name:
        for device in input_devices():
            if name.lower() in device.description().lower():
                return device
        raise NoMicrophone(name)
    device = QMediaDevices.defaultAudioInput()
    if device.isNull():
        raise NoMicrophone()
    return device


def capture_format(device: QAudioDevice) -> QAudioFormat:
    """48 kHz mono 16-bit if the device takes it, else its own rate and channels in 16-bit."""
    fmt = QAudioFormat()
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    fmt.setSampleRate(DEFAULT_RATE)
    fmt.setChannelCount(1)
    if device.isFormatSupported(fmt):
        return fmt
    preferred = device.preferredFormat()
    fmt.setSampleRate(preferred.sampleRate())
    fmt.setChannelCount(min(2, max(1, preferred.channelCount())))
    if not device.isFormatSupported(fmt):
        raise RecordingFailed(f"the input '{device.description()}' offers no 16-bit format")
    return fmt


class AudioCapture(QObject):
    """Records one take from an input device into the vault.

    Signals: `level_changed(float)` peak 0..1 of the last block (the level meter),
    `position_changed(int)` milliseconds captured, `limit_reached()` when `limit_ms` of audio
    has been captured (length comes from the samples, not the wall clock), `failed(str)` with
    the error's English message (the UI shows its own wording by error code).
    """

    level_changed = Signal(float)
    position_changed = Signal(int)
    limit_reached = Signal()
    failed = Signal(str)

    def __init__(self, sink: RecordingSink | None = None, device: QAudioDevice | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sink = sink or RecordingSink()
        self.device = device or find_device()
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_MS)
        self._timer.timeout.connect(self._drain)
        self._limit_bytes: int | None = None

    @property
    def recording(self) -> bool:
        return self._source is not None

    def start(self, vault: Vault, interview_id: str, limit_ms: int | None = None) -> str:
        """Register the recording in the vault, then open the microphone; return its id."""
        fmt = capture_format(self.device)
        recording_id = self.sink.start(vault, interview_id, fmt.sampleRate(), fmt.channelCount())
        frame = fmt.bytesPerFrame()
        self._limit_bytes = None
        if limit_ms is not None:
            self._limit_bytes = fmt.sampleRate() * limit_ms // 1000 * frame
        source = QAudioSource(self.device, fmt, self)
        source.setBufferSize(fmt.bytesForDuration(BUFFER_SECONDS * 1_000_000))
        self._io = source.start()
        if source.error() != QtAudio.Error.NoError or self._io is None:
            self.sink.discard()
            raise RecordingFailed(f"the input '{self.device.description()}' could not be opened")
        self._source = source
        self._timer.start()
        return recording_id

    def _drain(self) -> None:
        if self._io is None or self._source is None:
            return
        data = bytes(self._io.readAll().data())
        if not data:
            return
        if self._limit_bytes is not None:
            data = data[: max(0, self._limit_bytes - self.sink.captured_bytes)]
        try:
            self.sink.write(data)
        except RecordingFailed as exc:
            self._close_source()
            self.failed.emit(exc.message)
            return
        if not self.sink.paused:
            self.level_changed.emit(peak_level(data))
            self.position_changed.emit(self.sink.position_ms)
        if self._limit_bytes is not None and self.sink.captured_bytes >= self._limit_bytes:
            self._timer.stop()
            self.limit_reached.emit()

    def pause(self) -> None:
        self._drain()
        self.sink.pause()
        if self._source is not None:
            self._source.suspend()
        self.level_changed.emit(0.0)

    def resume(self) -> None:
        if self._source is not None:
            self._source.resume()
            if self._io is not None:
                self._io.readAll()  # whatever arrived while paused is not part of the take
        self.sink.resume()

    def add_marker(self, note: str, testimony_id: str | None = None) -> str:
        return self.sink.add_marker(note, testimony_id).id

    def _close_source(self) -> None:
        self._timer.stop()
        if self._source is not None:
            self._source.stop()
            self._source.deleteLater()
        self._source, self._io = None, None

    def stop(self) -> Attachment:
        """Take what is left in Qt's buffer, close the device, seal and record the take."""
        if self._source is not None and not self.sink.paused:
            self._drain()
        self._close_source()
        return self.sink.stop()
