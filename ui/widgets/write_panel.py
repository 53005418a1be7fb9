"""Writing an export, shown the same way wherever the app writes one (the packet's seal page,
the case export's output page): the action and Cancel, progress, what happened, and once
written the full path with a button that opens its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import isolate
from ..tasks import Job


class WrittenTo(QWidget):
    """Where something was written: the full path, selectable, and "Open folder"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLabel(self)
        self.path.setWordWrap(True)
        self.path.setTextFormat(Qt.TextFormat.PlainText)
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.open_button.clicked.connect(self.open_folder)
        self.folder: Path | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_paths(self, paths: list[Path]) -> None:
        first = paths[0] if paths else None
        self.folder = None if first is None else first if first.is_dir() else first.parent
        self.path.setText("\n".join(isolate(str(p)) for p in paths))
        self.setVisible(bool(paths))

    def clear(self) -> None:
        self.show_paths([])

    def open_folder(self) -> bool:
        """Open the folder in the desktop's file manager; False when nothing could open it."""
        return self.folder is not None and QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.folder)))


class WritePanel(QWidget):
    def __init__(self, action: str, cancel: str, progress_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action_button = QPushButton(action, self)
        self.cancel_button = QPushButton(cancel, self)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, Job.SCALE)
        self.progress.setAccessibleName(progress_name)
        self.progress.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.written = WrittenTo(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        for part in (self.progress, self.summary, self.written):
            layout.addWidget(part)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)

    def started(self, text: str) -> None:
        self.action_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.show()
        self.progress.setValue(0)
        self.summary.setText(text)
        self.written.clear()

    def finished(self, paths: list[Path], text: str) -> None:
        self.cancel_button.hide()
        self.progress.setValue(Job.SCALE)
        self.summary.setText(text)
        self.written.show_paths(paths)

    def failed(self, text: str) -> None:
        self.cancel_button.hide()
        self.progress.hide()
        self.summary.setText(text)

    def clear(self) -> None:
        self.summary.clear()
        self.written.clear()
