"""The core's recording state machine fed by a generated tone instead of Qt's microphone:
pacing of bursty inputs, the length limit, silence, markers, pause and resume, a failing input,
discarding; into the real encrypted store (or memory), with no Qt and no sound server."""

from __future__ import annotations

import io
import wave
from dataclasses import dataclass, field

import pytest

from testimony_recorder.recorder import custody
from testimony_recorder.recorder.audio import headless
from testimony_recorder.recorder.audio.take import (
    DRIFT,
    IDLE,
    LEAD_MS,
    PAUSED,
    POLL_MS,
    RECORDING,
    SILENCE_MS,
    Sink,
    Take,
    TakeEvents,
)
from testimony_recorder.recorder.calls import on_this_thread
from testimony_recorder.recorder.consent import enforce
from testimony_recorder.recorder.consent.errors import AudioNotConsented
from testimony_recorder.recorder.errors import RecordingFailed
from testimony_recorder.recorder.media import recording, store
from testimony_recorder.recorder.media.memory_sink import MemorySink
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.vault import Vault

from .audio_fixtures import wav_seconds_and_frequency
from .media_helpers import add_interview
from .sine_source import Clock, SineSource


@pytest.fixture
def interview(vault: Vault, example_bundle: object) -> str:
    return add_interview(vault, example_bundle)


@dataclass
class Heard:
    """Everything a take told, in order."""

    states: list[str] = field(default_factory=list)
    levels: list[float] = field(default_factory=list)
    silences: list[bool] = field(default_factory=list)
    limits: int = 0
    markers: list[recording.Marker] = field(default_factory=list)
    kept: list[object] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)

    def events(self) -> TakeEvents:
        def limit() -> None:
            self.limits += 1

        return TakeEvents(state_changed=self.states.append, level_changed=self.levels.append,
                          silence_changed=self.silences.append, limit_reached=limit,
                          marker_added=self.markers.append, stopped=self.kept.append,
                          failed=self.errors.append)


def take_on(vault: Vault, source: SineSource | None = None,
            sink: Sink | None = None) -> tuple[SineSource, Heard, Take]:
    """A take on `vault` from `source` (a steady tone by default), and what it tells."""
    source = source or SineSource(Clock())
    heard = Heard()
    return source, heard, Take(source, on_this_thread(vault), heard.events(), sink,
                               clock=source.clock)


def run_for(take: Take, source: SineSource, seconds: float) -> None:
    """Let `seconds` pass, polled as the app's timer does."""
    for _ in range(round(seconds * 1000 / POLL_MS)):
        source.wait(POLL_MS / 1000)
        take.poll()


def stored(vault: Vault, attachment: object) -> tuple[float, float]:
    assert isinstance(attachment, Attachment)
    return wav_seconds_and_frequency(store.open_attachment(vault, attachment.id))


def test_a_steady_input_is_kept_whole(vault: Vault, interview: str) -> None:
    source, heard, take = take_on(vault)
    take.start(interview)
    assert take.state == RECORDING and source.running and take.recording_id
    run_for(take, source, 2.0)
    assert take.position_ms == 2000
    take.stop()
    assert take.state == IDLE and not source.running and heard.errors == []
    [attachment] = heard.kept
    assert stored(vault, attachment) == pytest.approx((2.0, 440), rel=0.01)
    assert max(heard.levels) > 0.3 and heard.levels[-1] == 0.0  # the meter falls at stop


def test_a_bursty_input_never_runs_ahead_of_the_clock(vault: Vault, interview: str) -> None:
    """PulseAudio's sine source hands over two seconds at once: kept is what the time spent
    recording allows (plus a little lead), and what is ahead of Stop is dropped."""
    source, heard, take = take_on(vault, SineSource(Clock(), burst_s=2.0))
    take.start(interview)
    for step in range(1, 61):
        run_for(take, source, POLL_MS / 1000)
        assert take.position_ms <= int(step * POLL_MS * (1 + DRIFT)) + LEAD_MS
    take.stop()
    seconds, frequency = stored(vault, heard.kept[0])
    assert 3.0 <= seconds <= 3.0 + LEAD_MS / 1000 + 0.01
    assert frequency == pytest.approx(440, rel=0.01)


def test_the_length_limit_is_counted_in_samples(vault: Vault, interview: str) -> None:
    clock = Clock()
    attachment = headless.record(vault, interview, 1.5, SineSource(clock), clock=clock)
    assert attachment.metadata["info:duration"] == "1.500"
    assert stored(vault, attachment)[1] == pytest.approx(440, rel=0.01)
    assert clock() - 1000 == pytest.approx(1.5)  # stopped as soon as it was there
    # A bursty input reaches the limit sooner (by the lead it may run ahead), never beyond it.
    attachment = headless.record(vault, interview, 1.5, SineSource(clock, burst_s=2.0),
                                 clock=clock)
    assert attachment.metadata["info:duration"] == "1.500"


def test_silence_is_told_and_ends_with_sound(vault: Vault, interview: str) -> None:
    source, heard, take = take_on(vault)
    take.start(interview)
    run_for(take, source, 1.0)
    source.silent = True
    run_for(take, source, SILENCE_MS / 1000 - 0.2)
    assert heard.silences == []
    run_for(take, source, 0.5)
    assert heard.silences == [True] and take.position_ms == 1000
    source.silent = False
    run_for(take, source, 0.5)
    assert heard.silences == [True, False] and take.position_ms == 1500
    take.stop()
    assert stored(vault, heard.kept[0])[0] == pytest.approx(1.5)


def test_a_silent_input_stops_a_headless_recording(vault: Vault, interview: str) -> None:
    clock = Clock()
    source = SineSource(clock)
    source.silent = True
    with pytest.raises(RecordingFailed, match="delivered no sound"):
        headless.record(vault, interview, 60, source, clock=clock)
    assert clock() - 1000 == pytest.approx(SILENCE_MS / 1000, abs=2 * POLL_MS / 1000)
    assert store.list_attachments(vault.conn, interview) == []  # no sound, nothing kept
    source.silent = False
    source.breaks_at = clock() + 0.5  # an input that fails after half a second of sound
    with pytest.raises(RecordingFailed, match=r"stopped working; 0\.500 s were kept as"):
        headless.record(vault, interview, 60, source, clock=clock)


def test_pause_turns_the_input_off_and_markers_keep_their_moment(vault: Vault,
                                                                 interview: str) -> None:
    source, heard, take = take_on(vault)
    take.start(interview)
    run_for(take, source, 1.0)
    take.add_marker("mentions the detention centre")
    take.pause()
    assert take.state == PAUSED and not source.running and heard.levels[-1] == 0.0
    run_for(take, source, 2.0)
    assert take.position_ms == 1000  # time does not run while paused
    take.add_marker("the witness asked for a break")
    take.resume()
    assert take.state == RECORDING and source.starts == 2
    run_for(take, source, 1.0)
    take.stop()
    [attachment] = heard.kept
    assert stored(vault, attachment)[0] == pytest.approx(2.0)
    assert [m.position_ms for m in heard.markers] == [1000, 1000]
    assert {m.id for m in recording.markers(vault.conn, take.recording_id)} == \
        {m.id for m in heard.markers}
    assert heard.states == ["starting", "recording", "paused", "recording", "stopping", "idle"]


def test_a_failing_input_stops_the_take_and_keeps_what_came(vault: Vault,
                                                            interview: str) -> None:
    source, heard, take = take_on(vault)
    take.start(interview)
    run_for(take, source, 1.0)
    source.breaks_at = source.clock()
    run_for(take, source, 0.1)
    assert take.state == IDLE and not source.running
    [error] = heard.errors
    assert isinstance(error, RecordingFailed) and "stopped working" in str(error)
    assert stored(vault, heard.kept[0])[0] == pytest.approx(1.0)


def test_a_discarded_take_leaves_nothing(vault: Vault, interview: str) -> None:
    source, heard, take = take_on(vault)
    take.start(interview)
    run_for(take, source, 1.0)
    recording_id = take.recording_id
    take.discard()
    assert take.state == IDLE and heard.kept == [] and heard.errors == []
    assert store.blob_row(vault.conn, recording_id) is None
    assert list(vault.media_path.iterdir()) == []
    actions = [e.action for e in custody.entries(vault.conn, interview)
               if e.entity_id == recording_id]
    assert actions == ["recording_started", "recording_discarded"]


def test_a_refused_start_never_opens_the_input(vault: Vault, interview: str) -> None:
    """No consent to audio: the guard refuses on the vault thread, the input stays off."""
    source, heard, take = take_on(vault)
    take.start(interview, lambda v, i: enforce.require_audio(v.conn, i))
    assert take.state == IDLE and source.starts == 0
    [error] = heard.errors
    assert isinstance(error, AudioNotConsented)
    assert not any(e.action == "recording_started" for e in custody.entries(vault.conn))


def test_a_take_in_memory_stops_where_it_fits(vault: Vault) -> None:
    sink = MemorySink(max_bytes=44 + 64000)  # one second of 16 kHz stereo
    source, heard, take = take_on(vault, SineSource(Clock(), rate=16000, channels=2,
                                                    burst_s=2.0), sink)
    take.start("part one", limit_ms=sink.longest_ms(source.format))
    run_for(take, source, 1.5)
    assert heard.limits >= 1 and take.position_ms == 1000
    take.stop()
    [data] = heard.kept
    assert isinstance(data, bytes)
    with wave.open(io.BytesIO(data)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getnframes()) == (16000, 2, 16000)


def test_reaching_the_limit_while_stopping_or_pausing_ends_the_take_once(
        vault: Vault, interview: str) -> None:
    """The limit can arrive in the last drain of Stop or Pause, and its listener stops the take
    there: it is sealed once, with no error, and not left paused."""
    for press in (Take.stop, Take.pause):
        source, heard, take = take_on(vault)
        take.events.limit_reached = take.stop
        take.start(interview, limit_ms=1000)
        run_for(take, source, 0.9)
        source.wait(0.2)  # the rest arrives before the next poll
        press(take)
        assert take.state == IDLE
        assert len(heard.kept) == 1 and heard.errors == []
        assert stored(vault, heard.kept[0])[0] == pytest.approx(1.0)
