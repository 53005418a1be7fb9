"""The microphone through QtMultimedia, as one `recorder.audio.source.PcmSource` among others:
finding the input, choosing the format, and reading what it captured.

A QAudioSource is opened in pull mode (`source.start()` returning a QIODevice that the take
reads when it polls; push mode with a Python QIODevice crashed in our tests). What is read goes
to the take, which hands it to a sink that encrypts it as it arrives: no plaintext file is ever
written.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

# PulseAudio hands audio to Qt in large bursts (its sine test source: two seconds at a time).
# Without an explicit latency Qt's PulseAudio backend drains only a small part of each burst and
# drops the rest; PULSE_LATENCY_MSEC must be set before the first stream is opened.
os.environ.setdefault("PULSE_LATENCY_MSEC", "30")

from PySide6.QtCore import QCoreApplication, QEventLoop, QIODevice, QObject, QTimer
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from testimony_recorder.recorder import settings as vault_settings
from testimony_recorder.recorder.audio.source import PcmSource
from testimony_recorder.recorder.errors import MicrophoneNotFound, NoMicrophone, RecordingFailed
from testimony_recorder.recorder.media.recording import DEFAULT_RATE
from testimony_recorder.recorder.media.wav import PcmFormat

from ..runner import VaultRunner

# Qt's capture buffer: big enough for a whole PulseAudio burst, so nothing is dropped.
BUFFER_SECONDS = 4
_BROKEN = (QtAudio.Error.OpenError, QtAudio.Error.IOError, QtAudio.Error.FatalError)


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


class QtMicrophone:
    """A QtMultimedia input as a PcmSource, read on the thread that owns the take."""

    def __init__(self, device: QAudioDevice) -> None:
        """Raises RecordingFailed when the input offers no format a take can record."""
        self.device = device
        self._qformat = capture_format(device)
        self._format = PcmFormat(self._qformat.sampleRate(), self._qformat.channelCount(), 2)
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None

    @property
    def name(self) -> str:
        return self.device.description()

    @property
    def format(self) -> PcmFormat:
        return self._format

    def start(self) -> None:
        source = QAudioSource(self.device, self._qformat)
        source.setBufferSize(self._qformat.bytesForDuration(BUFFER_SECONDS * 1_000_000))
        io = source.start()
        if io is None or source.error() != QtAudio.Error.NoError:
            source.stop()
            raise RecordingFailed(f"the input '{self.name}' could not be opened")
        self._source, self._io = source, io

    def read(self) -> bytes:
        # Polled: QAudioSource.stateChanged cannot be received from Python in PySide6 6.11 (its
        # QAudio::State argument does not convert).
        if self._source is None or self._io is None:
            return b""
        if self._source.error() in _BROKEN:
            raise RecordingFailed("the microphone stopped working")
        return bytes(self._io.readAll().data())

    def wait(self, seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(max(1, int(seconds * 1000)), loop.quit)
        loop.exec()

    def stop(self) -> None:
        if self._source is not None:
            self._source.stop()
        self._source, self._io = None, None


# -- which input -------------------------------------------------------------------------------

# The input to record from, opened when recording starts (raises NoMicrophone).
Microphone = Callable[[], PcmSource]


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


def has_microphone() -> bool:
    return not QMediaDevices.defaultAudioInput().isNull()


def default_microphone() -> PcmSource:
    return QtMicrophone(choose_device("")[0])


def microphone_for(setting: str) -> Microphone | None:
    """A way to open the input chosen in Settings when recording starts (the system default
    if it is gone), or None when this machine has no input at all."""
    return (lambda: QtMicrophone(choose_device(setting)[0])) if has_microphone() else None


def with_chosen_microphone(runner: VaultRunner, then: Callable[[Microphone | None], None],
                           owner: QObject) -> None:
    """Read the input chosen in Settings on the vault thread, then `then(microphone_for(it))`."""
    runner.run(lambda vault, job: vault_settings.load(vault).audio_input, owner=owner,
               done=lambda setting: then(microphone_for(setting)),
               failed=lambda _error: then(microphone_for("")))


def command_line_microphone(name: str | None = None) -> QtMicrophone:
    """For a program without a window (`testimony record`): the default input, or the first
    whose description contains `name`. QtMultimedia needs an application object; one is made
    if there is none, and lives as long as the program."""
    if QCoreApplication.instance() is None:
        QCoreApplication(sys.argv[:1])
    if not name:
        return QtMicrophone(choose_device("")[0])
    for device in QMediaDevices.audioInputs():
        if name.lower() in device.description().lower():
            return QtMicrophone(device)
    raise MicrophoneNotFound(name)
