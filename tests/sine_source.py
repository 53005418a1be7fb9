"""A second input for the core's take, besides Qt's microphone: a generated 440 Hz tone on a
clock the test moves on, so pacing, length limits, silence and pauses are checked exactly and
at once, with no Qt and no sound server."""

from __future__ import annotations

import math
import sys
from array import array

from testimony_recorder.recorder.errors import RecordingFailed
from testimony_recorder.recorder.media.wav import PcmFormat

FREQUENCY = 440


class Clock:
    """Seconds, moved on only by the test (through SineSource.wait or advance)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class SineSource:
    """A tone as a PcmSource. `burst_s`: hand over sound that far ahead of the clock in one
    go, as PulseAudio's sine source does (0: as it happens, like a microphone). Set `silent`
    to deliver nothing while time passes, `breaks_at` to the clock time from which it fails
    like an unplugged input."""

    name = "generated 440 Hz tone"

    def __init__(self, clock: Clock, rate: int = 48000, channels: int = 1,
                 burst_s: float = 0.0) -> None:
        self.clock = clock
        self.format = PcmFormat(rate, channels, 2)
        self.burst_s = burst_s
        self.running = False
        self.starts = 0
        self.silent = False
        self.breaks_at = math.inf
        # One second holds a whole number of periods, so the tone repeats it seamlessly.
        self._second = array("h", (int(12000 * math.sin(2 * math.pi * FREQUENCY * i / rate))
                                   for i in range(rate)))
        self._frame = 0  # where in the tone the next frame is
        self._until = 0.0  # the clock time covered by what was handed over

    def start(self) -> None:
        self.running = True
        self.starts += 1
        self._until = self.clock()

    def read(self) -> bytes:
        if self.clock() >= self.breaks_at:
            raise RecordingFailed("the microphone stopped working")
        if not self.running or self.clock() < self._until:
            return b""
        target = self.clock() + self.burst_s
        frames = round((target - self._until) * self.format.sample_rate)
        self._until = target
        if self.silent:
            return b""
        rate, out = self.format.sample_rate, array("h")
        for i in range(self._frame, self._frame + frames):
            out.extend([self._second[i % rate]] * self.format.channels)
        self._frame = (self._frame + frames) % rate
        if sys.byteorder == "big":
            out.byteswap()  # PCM is little-endian
        return out.tobytes()

    def wait(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def stop(self) -> None:
        self.running = False
