"""A line to type a search in, which asks for the search once typing pauses or on Return:
asking at every keystroke would query the vault for each letter of a name."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

# How long typing must pause before the search is asked for.
PAUSE_MS = 300


class SearchBox(QLineEdit):
    # Search for what the box holds now.
    wanted = Signal()

    def __init__(self, placeholder: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(name)
        self.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.wanted)
        self.textChanged.connect(lambda _: self._pause.start())
        self.returnPressed.connect(self.now)

    def now(self) -> None:
        """Ask for the search at once (a pause still pending is dropped)."""
        self._pause.stop()
        self.wanted.emit()
