"""A real microphone for the tests: PulseAudio with a 440 Hz sine source as the default input.

`tests/run.py` starts one for the whole suite; when pytest is run directly this starts one in a
private runtime folder (and stops it at the end). Import the fixture into a test module with
`from audio_fixtures import pulse_mic`.
"""

from __future__ import annotations

import itertools
import math
import os
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from .pulse import has_sine_source, start_sine_server, stop_server

# Set before QtMultimedia opens any stream (see ui/audio/microphone.py for why).
os.environ.setdefault("PULSE_LATENCY_MSEC", "30")


@pytest.fixture(scope="session")
def pulse_mic() -> Iterator[str]:
    """Make sure a PulseAudio sine source is the default input; yield XDG_RUNTIME_DIR."""
    started = None
    if not os.environ.get("XDG_RUNTIME_DIR") or not has_sine_source():
        try:
            started = start_sine_server()
        except RuntimeError as exc:
            pytest.fail(str(exc))
    yield os.environ["XDG_RUNTIME_DIR"]
    if started is not None:
        stop_server()


def wav_seconds_and_frequency(path_or_file: Path | object) -> tuple[float, float]:
    """Length of a 16-bit mono WAV and its dominant frequency from zero crossings."""
    with wave.open(path_or_file) as w:  # type: ignore[arg-type]
        assert w.getsampwidth() == 2
        rate, frames = w.getframerate(), w.getnframes()
        data = w.readframes(frames)
    from testimony_recorder.recorder.media.pcm import samples

    values = samples(data)[:: w.getnchannels()]
    crossings = sum(1 for a, b in itertools.pairwise(values) if a < 0 <= b)
    seconds = frames / rate
    return seconds, crossings / (len(values) / rate) if values else math.nan
