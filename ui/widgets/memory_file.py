"""Decrypted bytes held in memory for Qt to read as a device (QBuffer), never as a file, and
overwritten before they are let go (the archive's document and video views)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject


class MemoryFile(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = QByteArray()
        self._buffer: QBuffer | None = None

    def hold(self, data: bytes) -> QByteArray:
        self.wipe()
        self.data = QByteArray(data)
        return self.data

    def device(self) -> QBuffer:
        """A read-only device over the held bytes (Qt does not copy them)."""
        if self._buffer is None:
            self._buffer = QBuffer(self.data, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        return self._buffer

    def wipe(self) -> None:
        """Close the device and overwrite the bytes."""
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.data.fill(0)
        self.data = QByteArray()
