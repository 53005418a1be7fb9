"""A long job's progress, with Cancel, shown inline while the job runs (the window stays usable).

Core progress callbacks count bytes, which can pass 2**31; Qt's progress values are 32-bit, so
jobs report per-mille through `permille()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..tasks import Task

SCALE = 1000


def permille(task: Task) -> Callable[[int, int], None]:
    """A core progress callback (done, total in any unit) reporting 0..1000 to `task`."""
    def report(done: int, total: int) -> None:
        task.report(done * SCALE // total if total > 0 else 0, SCALE if total > 0 else 0)

    return report


class JobBar(QWidget):
    """Shows what is running ("Adding 2 files..."), how far it is, and a Cancel button."""

    #: The tracked job ended (done, failed or cancelled).
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, SCALE)
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel this job"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def track(self, task: Task, text: str, cancellable: bool = True) -> None:
        self.task = task
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        task.progressed.connect(self._progressed)
        task.finished.connect(self._finished)
        self.show()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling..."))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, SCALE)
            self.bar.setValue(min(done, SCALE))

    def _finished(self) -> None:
        self.task = None
        self.hide()
        self.finished.emit()
