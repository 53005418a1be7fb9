"""What a take needs of an input: 16-bit PCM, pulled whenever the take polls.

Pulling (rather than having the input push) keeps every call to the take on one thread, the
take's own: it decides when to read, how much of what arrived to keep, and when nothing has
arrived for too long. An input that delivers on a thread of its own buffers until the next
read.
"""

from __future__ import annotations

from typing import Protocol

from ..media.wav import PcmFormat


class PcmSource(Protocol):
    """An input of little-endian signed 16-bit PCM (a microphone, a generated tone).

    Every method is called on the take's thread. Failures are RecorderErrors (usually
    RecordingFailed) whose text says what happened.
    """

    @property
    def name(self) -> str:
        """What a person knows the input by ("Built-in microphone")."""

    @property
    def format(self) -> PcmFormat:
        """Rate and channels of what read() returns; sample_width is 2."""

    def start(self) -> None:
        """Begin capturing (again, after a stop). Raises when the input cannot be opened."""

    def read(self) -> bytes:
        """Whatever arrived since the last read, at once (b"" if nothing did). Raises when
        the input stopped working (unplugged, taken by another program)."""

    def wait(self, seconds: float) -> None:
        """Let up to `seconds` pass while sound arrives: for a program that polls in a loop
        of its own (the command line). A Qt input runs Qt's event loop meanwhile."""

    def stop(self) -> None:
        """Stop capturing; what arrived and was not read is dropped."""
