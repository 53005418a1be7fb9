"""The 44-byte header of a PCM WAV file, built from a recording's stored format.

Recordings are stored as raw PCM; this header is synthesized when the recording is read, so the
attachment's bytes are a proper WAV file while no stored chunk ever has to be rewritten.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

HEADER_SIZE = 44
MAX_DATA = 0xFFFFFFFF - 36


@dataclass(frozen=True)
class PcmFormat:
    sample_rate: int
    channels: int
    sample_width: int  # bytes per sample

    @property
    def frame_size(self) -> int:
        return self.channels * self.sample_width

    @property
    def byte_rate(self) -> int:
        return self.sample_rate * self.frame_size

    def ms_at(self, byte_offset: int) -> int:
        return byte_offset * 1000 // self.byte_rate


def header(fmt: PcmFormat, data_size: int) -> bytes:
    """RIFF/WAVE header for `data_size` bytes of little-endian PCM (capped at the 4 GiB limit)."""
    data_size = min(data_size, MAX_DATA)
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF", 36 + data_size, b"WAVE", b"fmt ", 16, 1, fmt.channels, fmt.sample_rate,
        fmt.byte_rate, fmt.frame_size, fmt.sample_width * 8, b"data", data_size,
    )
