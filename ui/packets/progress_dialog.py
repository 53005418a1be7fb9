"""A long job on the vault's thread, shown with a progress bar and a Cancel button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..messages import show_error
from ..session import Session
from ..tasks import Task


def run_with_progress(parent: QWidget, session: Session, label: str,
                      work: Callable[[Any, Task], Any],
                      on_done: Callable[[Any], None]) -> Task:
    """Run `work(vault, task)`; the dialog follows `task.report` and Cancel sets
    `task.cancelled()`. Errors (cancelling included) are shown in plain words."""
    # Qt's own "Cancel" (ui/qt_strings.py): parent.tr() would look it up under the parent's
    # class at run time, but lupdate filed it under a context named "parent", so it stayed
    # English.
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def finished(result: Any) -> None:
        dialog.close()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        show_error(parent, error)

    task = session.run(work, on_done=finished, on_error=failed, on_progress=progressed,
                       owner=parent)
    dialog.canceled.connect(task.cancel)
    return task
