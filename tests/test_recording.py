"""Recording into the encrypted store: the sink, crash recovery, and the real (PulseAudio sine)
microphone through QtMultimedia, including kill -9 of a recording process."""

from __future__ import annotations

import hashlib
import math
import os
import signal
import struct
import subprocess
import time
import wave
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody, unlock
from testimony_recorder.recorder.age.stream import CHUNK_SIZE
from testimony_recorder.recorder.errors import RecordingFailed
from testimony_recorder.recorder.media import recording, store
from testimony_recorder.recorder.media.recovery import recover_interrupted
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.vault import Vault

from .audio_fixtures import pulse_mic, wav_seconds_and_frequency  # noqa: F401 - fixture
from .conftest import CLI, PASSPHRASE
from .media_helpers import add_interview, allow_recording

REPO = Path(__file__).resolve().parents[1]
RATE = 48000


def tone(seconds: float, freq: float = 440.0) -> bytes:
    n = int(seconds * RATE)
    return struct.pack(f"<{n}h", *(int(12000 * math.sin(2 * math.pi * freq * i / RATE))
                                   for i in range(n)))


@pytest.fixture
def interview(vault: Vault, example_bundle: object) -> str:
    return add_interview(vault, example_bundle)


def test_sink_stores_a_wav_with_markers_and_custody(vault: Vault, interview: str) -> None:
    first, second = tone(2.0), tone(1.5, 880)
    sink = recording.RecordingSink()
    rid = sink.start(vault, interview)
    row = store.blob_row(vault.conn, rid)
    assert row is not None and row.state == "recording"  # registered before any audio
    for i in range(0, len(first), 4801):  # odd block sizes: frames are kept whole
        sink.write(first[i : i + 4801])
    marker = sink.add_marker("mentions the detention centre")
    sink.pause()
    sink.write(tone(1.0, 1000))  # while paused: not part of the take
    sink.resume()
    sink.write(second)
    assert sink.durable_ms >= 2000  # whole chunks are fsynced as they are sealed
    attachment = sink.stop()
    assert marker.position_ms == 2000
    assert recording.markers(vault.conn, rid) == [marker]
    with store.open_attachment(vault, rid) as reader:
        data = reader.read()
    with wave.open(store.open_attachment(vault, rid)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (RATE, 1, 2)
        assert w.readframes(w.getnframes()) == first + second
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert attachment.metadata["info:duration"] == "3.500"
    assert attachment.media_type == "audio/wav" and attachment.kind == "audio"
    actions = [(e.action, e.content_hash) for e in custody.entries(vault.conn, interview)
               if e.entity_id == rid]
    assert actions == [("recording_started", None), ("recording_added", attachment.sha256)]
    blob_file = (vault.media_path / row.blob_name).read_bytes()
    assert first[:64] not in blob_file and first[50_000:50_064] not in blob_file


def test_interrupted_recording_is_recovered_at_unlock(vault_dir: Path, vault: Vault,
                                                      interview: str) -> None:
    audio = tone(3.3)
    sink = recording.RecordingSink()
    rid = sink.start(vault, interview)
    sink.write(audio)
    sink.add_marker("the checkpoint")
    vault.close()  # the process "dies": no stop(), the file is left as it was
    unlocked = unlock.unlock(vault_dir, PASSPHRASE)
    with unlocked as again:
        [recovered] = unlocked.recovered
        assert recovered.id == rid
        kept = 4 * CHUNK_SIZE  # the chunks sealed before the "crash"
        with wave.open(store.open_attachment(again, rid)) as w:
            assert w.readframes(w.getnframes()) == audio[:kept]
        assert recovered.metadata["info:duration"] == f"{kept / (2 * RATE):.3f}"
        assert [m.note for m in recording.markers(again.conn, rid)] == ["the checkpoint"]
        entry = [e for e in custody.entries(again.conn) if e.action == "recording_recovered"]
        assert entry[0].content_hash == recovered.sha256
        assert len(os.listdir(again.media_path)) == 1  # the unfinished file is gone
        assert recover_interrupted(again) == []  # nothing left to do


def test_recording_without_sound_is_not_kept(vault: Vault, interview: str) -> None:
    sink = recording.RecordingSink()
    rid = sink.start(vault, interview)
    with pytest.raises(RecordingFailed):
        sink.stop()
    assert store.blob_row(vault.conn, rid) is None and os.listdir(vault.media_path) == []


@pytest.mark.usefixtures("pulse_mic")
def test_record_five_seconds_from_the_microphone(qapp: object, vault: Vault,
                                                interview: str) -> None:
    from testimony_recorder.recorder.audio.headless import record
    from testimony_recorder.ui.audio.microphone import command_line_microphone

    attachment = record(vault, interview, 5, command_line_microphone())
    seconds, freq = wav_seconds_and_frequency(store.open_attachment(vault, attachment.id))
    assert seconds == 5.0
    assert 440 * 0.95 <= freq <= 440 * 1.05


@pytest.mark.usefixtures("pulse_mic")
def test_take_pause_resume_markers_and_level(qtbot: QtBot, vault: Vault,
                                             interview: str) -> None:
    """The core's take with Qt's microphone, polled by the GUI's timer."""
    from PySide6.QtCore import QObject

    from testimony_recorder.recorder.audio.take import PAUSED, RECORDING, TakeEvents
    from testimony_recorder.ui.audio.microphone import default_microphone
    from testimony_recorder.ui.audio.take import gui_take
    from testimony_recorder.ui.runner import VaultRunner

    levels: list[float] = []
    marks: list[recording.Marker] = []
    kept: list[Attachment] = []
    events = TakeEvents(level_changed=levels.append, marker_added=marks.append,
                        stopped=kept.append)
    take = gui_take(VaultRunner.inline(vault), default_microphone(), events, QObject())
    take.start(interview)
    assert take.state == RECORDING
    qtbot.waitUntil(lambda: take.position_ms >= 1500, timeout=30_000)
    take.pause()
    assert take.state == PAUSED
    paused_at = take.position_ms
    qtbot.wait(2500)
    assert take.position_ms == paused_at
    take.resume()
    qtbot.waitUntil(lambda: take.position_ms >= paused_at + 1500, timeout=30_000)
    take.add_marker("mentions the detention centre")
    take.stop()
    [attachment] = kept
    total_ms = int(float(attachment.metadata["info:duration"]) * 1000)
    assert total_ms >= paused_at + 1500
    assert max(levels) > 0.2  # the sine source is loud
    stored = recording.markers(vault.conn, attachment.id)
    assert [m.id for m in stored] == [m.id for m in marks] and stored[0].position_ms > paused_at
    seconds, freq = wav_seconds_and_frequency(store.open_attachment(vault, attachment.id))
    assert seconds == pytest.approx(total_ms / 1000, abs=0.01)
    assert 440 * 0.95 <= freq <= 440 * 1.05


def _cli_env(vault_dir: Path, tmp: Path) -> dict[str, str]:
    env = dict(os.environ, TESTIMONY_VAULT=str(vault_dir), TESTIMONY_PASSPHRASE=PASSPHRASE,
               TMPDIR=str(tmp), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(REPO)
    return env


@pytest.mark.usefixtures("pulse_mic")
def test_kill_minus_nine_keeps_what_was_recorded(vault_dir: Path, vault: Vault, interview: str,
                                                 tmp_path: Path) -> None:
    allow_recording(vault, interview)
    vault.close()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = _cli_env(vault_dir, tmp)
    proc = subprocess.Popen(
        [*CLI, "record", interview, "--seconds", "60"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        deadline = time.monotonic() + 30
        line = ""
        while "Recording" not in line and time.monotonic() < deadline:
            line = proc.stderr.readline()
        assert "Recording" in line, "the recorder did not start"
        time.sleep(6)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    # The next unlock (here: any command) finds the recording, recovers it and says so.
    listed = subprocess.run([*CLI, "attachments", "list",
                             interview, "--json"], env=env, capture_output=True, text=True,
                            check=True)
    assert "recording interrupted by a crash was recovered" in listed.stderr
    with unlock.unlock(vault_dir, PASSPHRASE) as again:
        found = [a for a in store.list_attachments(again.conn, interview)
                 if a.kind == "audio"]  # the other one is the consent's signature
        assert len(found) == 1 and found[0].media_type == "audio/wav"
        seconds, freq = wav_seconds_and_frequency(store.open_attachment(again, found[0].id))
        assert seconds >= 4.0
        assert 440 * 0.95 <= freq <= 440 * 1.05
        actions = [e.action for e in custody.entries(again.conn, interview)]
        assert actions[-2:] == ["recording_started", "recording_recovered"]
    assert os.listdir(tmp) == []
