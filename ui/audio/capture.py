"""Finding the microphone and the format to capture in, and how Qt's buffer is drained.

`take.Take` opens a QAudioSource in pull mode (`source.start()` returning a QIODevice that it
reads on a timer; push mode with a Python QIODevice crashed in our tests) and hands the samples
to a sink that encrypts them as they arrive: no plaintext file is ever written.
"""

from __future__ import annotations

import os

# PulseAudio hands audio to Qt in large bursts (its sine test source: two seconds at a time).
# Without an explicit latency Qt's PulseAudio backend drains only a small part of each burst and
# drops the rest; PULSE_LATENCY_MSEC must be set before the first stream is opened.
os.environ.setdefault("PULSE_LATENCY_MSEC", "30")

from PySide6.QtMultimedia import (
    QAudioDevice,
    QAudioFormat,
    QMediaDevices,
)

from testimony_recorder.recorder.errors import MicrophoneNotFound, NoMicrophone, RecordingFailed
from testimony_recorder.recorder.media.recording import DEFAULT_RATE

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
        raise MicrophoneNotFound(name)
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
