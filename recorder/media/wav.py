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


@dataclass(frozen=True)
class PcmLayout:
    """Where the samples of a PCM WAV file are, for players that stream them."""

    format: PcmFormat
    data_offset: int
    data_size: int


def parse(head: bytes, size: int) -> PcmLayout | None:
    """The PCM layout of a WAV file from its first bytes (64 KiB is plenty), or None if it is
    not 8/16-bit integer PCM with its data chunk inside `head`'s reach."""
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    offset, fmt = 12, None
    while offset + 8 <= len(head):
        kind, length = struct.unpack_from("<4sI", head, offset)
        body = offset + 8
        if kind == b"fmt " and length >= 16 and body + 16 <= len(head):
            tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", head, body)
            if tag not in (1, 0xFFFE) or bits != 16 or channels < 1 or rate < 1:
                return None
            fmt = PcmFormat(rate, channels, 2)
        elif kind == b"data":
            if fmt is None:
                return None
            return PcmLayout(fmt, body, max(0, min(length, size - body)))
        offset = body + length + (length & 1)
    return None
