"""Small facts about 16-bit PCM blocks, for the level meter (no Qt, no numpy)."""

from __future__ import annotations

import sys
from array import array


def samples(pcm: bytes | bytearray | memoryview) -> array[int]:
    """Little-endian signed 16-bit samples of a block (a trailing odd byte is ignored)."""
    data = array("h")
    view = memoryview(pcm).cast("B")
    data.frombytes(view[: len(view) - len(view) % 2])
    if sys.byteorder == "big":
        data.byteswap()
    return data


def peak_level(pcm: bytes | bytearray | memoryview) -> float:
    """Peak amplitude of a block, 0.0 (silence) to 1.0 (full scale)."""
    values = samples(pcm)
    if not values:
        return 0.0
    return min(1.0, max(max(values), -min(values)) / 32768)
