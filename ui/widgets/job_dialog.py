"""A long job shown in a window-modal progress dialog with Cancel (importing packets).

The dialog only watches a `Job` from the runner: it follows `job.progressed`, Cancel calls
`job.cancel()`, and it closes when the job finishes, before the job's own callbacks run. For
progress inside a window that stays usable, see `job_bar.JobBar`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..tasks import Job


def show_job(job: Job, label: str, parent: QWidget) -> QProgressDialog | None:
    """None when the job has already finished (a runner working inline)."""
    if not job.running:
        return None
    # Qt's own "Cancel" (ui/qt_strings.py): parent.tr() would look it up under the parent's
    # class at run time, but lupdate filed it under a context named "parent", so it stayed
    # English.
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, Job.SCALE, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    job.progressed.connect(dialog.setValue)
    job.finished.connect(dialog.close)
    job.finished.connect(dialog.deleteLater)
    dialog.canceled.connect(job.cancel)
    return dialog
