"""What several benchmarks share: random WAV files as test media (bench_packets, bench_backup,
bench_case, bench_archive)."""

from __future__ import annotations

import os
import struct
from pathlib import Path

MIB = 1 << 20


def make_wav(path: Path, size: int) -> None:
    """A mono 48 kHz 16-bit WAV of `size` bytes of random samples (nothing compresses), written
    in blocks so that a file of a gigabyte needs little memory."""
    data_size = size - 44
    with open(path, "wb") as fh:
        fh.write(struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + data_size, b"WAVE", b"fmt ",
                             16, 1, 1, 48000, 96000, 2, 16, b"data", data_size))
        block = os.urandom(min(16 * MIB, data_size))
        left = data_size
        while left:
            left -= fh.write(block[: min(left, len(block))])
