"""A file name typed or chosen with a "Choose..." button beside it: one widget for every
dialog that names one file (the backup to write, the backup to check)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class FileField(QWidget):
    def __init__(self, accessible_name: str, choose: Callable[[QWidget], str | None],
                 text: str = "", parent: QWidget | None = None) -> None:
        """`choose(parent)` asks for the file (a file dialog) and gives its name, or None."""
        super().__init__(parent)
        self._choose = choose
        self.edit = QLineEdit(text, self)
        self.edit.setAccessibleName(accessible_name)
        browse = QPushButton(self.tr("Choose..."), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def _browse(self) -> None:
        name = self._choose(self)
        if name:
            self.edit.setText(name)
