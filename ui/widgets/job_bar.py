"""A long job's progress, with Cancel, shown inline while the job runs (the window stays usable).

It watches a `Job` from the runner: the job's per-mille progress, Cancel, and its end.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..tasks import Job


class JobBar(QWidget):
    """Shows what is running ("Adding 2 files..."), how far it is, and a Cancel button."""

    # The tracked job ended (done, failed or cancelled).
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: Job | None = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, Job.SCALE)
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
        return self.job is not None

    def track(self, job: Job, text: str, cancellable: bool = True) -> None:
        if not job.running:
            return  # a runner working inline: already over
        self.job = job
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        self.show()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling..."))

    def _progressed(self, permille: int) -> None:
        self.bar.setRange(0, Job.SCALE)
        self.bar.setValue(permille)

    def _finished(self) -> None:
        self.job = None
        self.hide()
        self.finished.emit()
