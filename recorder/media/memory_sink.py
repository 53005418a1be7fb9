"""A short recording kept in memory until it is stored whole: the organisation reading a part
of the consent text aloud, which lives in the encrypted database rather than the media store.

It takes the same calls as `recording.RecordingSink` so one take (`recorder.audio.take`)
drives either. Nothing is written to disk here; what `stop()` returns goes straight into the
database.
"""

from __future__ import annotations

from ..errors import RecordingFailed
from ..vault import Vault
from . import wav


class MemorySink:
    """start() -> write() ... -> stop() -> WAV bytes, at most `max_bytes` long."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._format: wav.PcmFormat | None = None
        self._pcm = bytearray()

    @property
    def active(self) -> bool:
        return self._format is not None

    def longest_ms(self, fmt: wav.PcmFormat) -> int:
        """How much sound in `fmt` fits: the length limit to give the take."""
        return fmt.ms_at(self._room(fmt))

    def _room(self, fmt: wav.PcmFormat) -> int:
        room = self.max_bytes - wav.HEADER_SIZE
        return room - room % fmt.frame_size

    def start(self, vault: Vault, owner_id: str, sample_rate: int, channels: int = 1) -> str:
        """Begin an empty take (the vault is not touched until the take is stored)."""
        if channels not in (1, 2) or not 8000 <= sample_rate <= 192000:
            raise RecordingFailed(f"unsupported format ({sample_rate} Hz, {channels} channels)")
        self._format = wav.PcmFormat(sample_rate, channels, 2)
        self._pcm.clear()
        return owner_id

    def write(self, pcm: bytes | bytearray | memoryview) -> None:
        """Append captured samples; what does not fit is dropped."""
        if self._format is None:
            raise RecordingFailed("no recording is in progress")
        self._pcm += bytes(pcm)[: max(0, self._room(self._format) - len(self._pcm))]

    def stop(self) -> bytes:
        """The take as a WAV file."""
        if self._format is None:
            raise RecordingFailed("no recording is in progress")
        pcm = bytes(self._pcm[: len(self._pcm) - len(self._pcm) % self._format.frame_size])
        data = wav.header(self._format, len(pcm)) + pcm
        self.discard()
        return data

    def discard(self) -> None:
        self._format = None
        self._pcm = bytearray()
