"""A short QuickTime movie of Motion-JPEG frames, written here (test material: ../shared holds no
video). Qt's FFmpeg decodes it like a phone's clip; the app's checks see a QuickTime file with a
video track. Each frame is a plain colour; nothing in it is real."""

from __future__ import annotations

import struct

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

_MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def _box(kind: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack(">I4s", 8 + len(body), kind) + body


def _full(kind: bytes, version: int, flags: int, *parts: bytes) -> bytes:
    return _box(kind, struct.pack(">I", (version << 24) | flags), *parts)


def _jpeg(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPEG", 80):
        raise RuntimeError("Qt could not write a JPEG frame")
    return bytes(data.data())


def movie(frames: int = 10, fps: int = 10, width: int = 64, height: int = 48) -> bytes:
    """`frames` frames at `fps` frames a second: one track, its samples in one chunk."""
    samples = []
    for n in range(frames):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor.fromHsv(n * 360 // frames, 200, 220))
        samples.append(_jpeg(image))
    ftyp = _box(b"ftyp", b"qt  ", struct.pack(">I", 0), b"qt  ")
    mvhd = _full(b"mvhd", 0, 0, struct.pack(">IIII", 0, 0, fps, frames),
                 struct.pack(">IH", 0x10000, 0x100), bytes(10), _MATRIX, bytes(24),
                 struct.pack(">I", 2))
    tkhd = _full(b"tkhd", 0, 3, struct.pack(">IIIII", 0, 0, 1, 0, frames), bytes(8),
                 struct.pack(">hhhH", 0, 0, 0, 0), _MATRIX,
                 struct.pack(">II", width << 16, height << 16))
    mdhd = _full(b"mdhd", 0, 0, struct.pack(">IIIIHH", 0, 0, fps, frames, 0x55C4, 0))
    hdlr = _full(b"hdlr", 0, 0, b"mhlr", b"vide", bytes(12), b"VideoHandler\x00")
    vmhd = _full(b"vmhd", 0, 1, bytes(8))
    dinf = _box(b"dinf", _full(b"dref", 0, 0, struct.pack(">I", 1), _full(b"url ", 0, 1)))
    entry = _box(b"jpeg", bytes(6), struct.pack(">H", 1), bytes(16),
                 struct.pack(">HHIII", width, height, 0x480000, 0x480000, 0),
                 struct.pack(">H", 1), bytes(32), struct.pack(">Hh", 24, -1))
    stsd = _full(b"stsd", 0, 0, struct.pack(">I", 1), entry)
    stts = _full(b"stts", 0, 0, struct.pack(">III", 1, frames, 1))
    stsc = _full(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, frames, 1))
    stsz = _full(b"stsz", 0, 0, struct.pack(">II", 0, frames),
                 b"".join(struct.pack(">I", len(s)) for s in samples))

    def moov(data_offset: int) -> bytes:
        stco = _full(b"stco", 0, 0, struct.pack(">II", 1, data_offset))
        stbl = _box(b"stbl", stsd, stts, stsc, stsz, stco)
        trak = _box(b"trak", tkhd, _box(b"mdia", mdhd, hdlr, _box(b"minf", vmhd, dinf, stbl)))
        return _box(b"moov", mvhd, trak)

    data_offset = len(ftyp) + len(moov(0)) + 8  # past mdat's own header
    return ftyp + moov(data_offset) + _box(b"mdat", *samples)
