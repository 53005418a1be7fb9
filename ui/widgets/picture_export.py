"""Drawings as PNG or SVG bytes in memory (the chain of command, statistics charts).

The picture is drawn into memory first, so that the caller can write it with the core's atomic
writer (fsutil.atomic_write: a temp file in the target folder, fsync, rename, fsync the
folder): a crash or a full stick leaves the old file or none, never half a picture, and no
temp file stays behind. A folder that cannot be written raises the core's CannotWrite or
DiskFull, which ui/messages words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str here (its stub says bytes, and bytes are refused).
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ValueError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def svg_bytes(size: QSize, title: str, draw: Callable[[QPainter], None]) -> bytes:
    """An SVG drawing of `size` (its view box from 0, 0) made by `draw`."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        raise ValueError("the SVG drawing could not be started")
    draw(painter)
    painter.end()
    buffer.close()
    return bytes(data.data())

