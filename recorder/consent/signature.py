"""A signature or mark as drawn: strokes of points, rendered to PNG only when it is stored.

Rendering here, without Qt, keeps the core able to store a drawn consent from any front end
and makes the image a pure function of the strokes (the same strokes give the same bytes and
so the same hash).
"""

from __future__ import annotations

import itertools
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]

WIDTH = 900
HEIGHT = 360
INK_RADIUS = 2.5
MAX_STROKES = 500
MAX_POINTS = 20_000


@dataclass(frozen=True)
class Signature:
    """Strokes in the coordinates of a pad `width` x `height` (any units, any size)."""

    strokes: tuple[tuple[Point, ...], ...]
    width: float
    height: float

    @property
    def is_empty(self) -> bool:
        return not any(self.strokes)

    @property
    def points(self) -> int:
        return sum(len(s) for s in self.strokes)

    @staticmethod
    def of(strokes: Sequence[Sequence[Point]], width: float, height: float) -> Signature:
        return Signature(tuple(tuple((float(x), float(y)) for x, y in s) for s in strokes if s),
                         float(width), float(height))


def _stamp(canvas: bytearray, cx: float, cy: float) -> None:
    r = INK_RADIUS
    for y in range(max(0, int(cy - r)), min(HEIGHT, int(cy + r) + 1)):
        for x in range(max(0, int(cx - r)), min(WIDTH, int(cx + r) + 1)):
            if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                canvas[y * WIDTH + x] = 0


def _segment(canvas: bytearray, a: Point, b: Point) -> None:
    steps = max(1, int(max(abs(b[0] - a[0]), abs(b[1] - a[1]))))
    for i in range(steps + 1):
        t = i / steps
        _stamp(canvas, a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def render_png(signature: Signature) -> bytes:
    """Black ink on white, scaled to fit WIDTH x HEIGHT keeping proportions; 8-bit grey PNG."""
    if signature.width <= 0 or signature.height <= 0:
        raise ValueError("the pad has no size")
    if len(signature.strokes) > MAX_STROKES or signature.points > MAX_POINTS:
        raise ValueError("too many strokes")
    scale = min(WIDTH / signature.width, HEIGHT / signature.height)
    canvas = bytearray(b"\xff" * (WIDTH * HEIGHT))
    for stroke in signature.strokes:
        pts = [(x * scale, y * scale) for x, y in stroke]
        if len(pts) == 1:
            _stamp(canvas, *pts[0])
        for a, b in itertools.pairwise(pts):
            _segment(canvas, a, b)
    raw = b"".join(b"\x00" + bytes(canvas[y * WIDTH:(y + 1) * WIDTH]) for y in range(HEIGHT))
    return _png(WIDTH, HEIGHT, raw)


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _png(width: int, height: int, raw: bytes) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))
