"""The in-memory take behind the organisation's readings of the consent form: a proper WAV,
never longer than the limit, and nothing left once stopped or discarded."""

from __future__ import annotations

import io
import wave

import pytest

from testimony_recorder.recorder.errors import RecordingFailed
from testimony_recorder.recorder.media.memory_sink import MemorySink
from testimony_recorder.recorder.media.wav import PcmFormat
from testimony_recorder.recorder.vault import Vault


def test_a_take_becomes_a_wav_cut_at_the_limit(vault: Vault) -> None:
    sink = MemorySink(max_bytes=44 + 1000)
    assert not sink.active
    assert sink.longest_ms(PcmFormat(16000, 2, 2)) == 15  # 250 frames
    sink.start(vault, "part", 16000, 2)
    sink.write(b"\x01\x02\x03\x04" * 200)
    sink.write(b"\x05\x06\x07\x08" * 200)  # 1600 bytes offered, 1000 fit
    data = sink.stop()
    with wave.open(io.BytesIO(data)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 2, 2)
        assert w.getnframes() == 250
    assert not sink.active


def test_nothing_is_written_outside_a_take(vault: Vault) -> None:
    sink = MemorySink(max_bytes=1 << 20)
    with pytest.raises(RecordingFailed):
        sink.write(b"\x00\x00")
    sink.start(vault, "part", 48000, 1)
    sink.write(b"\x00\x00" * 10)
    sink.discard()
    with pytest.raises(RecordingFailed):
        sink.stop()
    with pytest.raises(RecordingFailed):
        sink.start(vault, "part", 4000, 1)  # not a rate a microphone gives
