"""Export, step 4: where to write the packet, then sealing it with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWizardPage,
)

from testimony_recorder.recorder import i18n
from testimony_recorder.recorder.packets.volumes import neutral_name
from testimony_recorder.recorder.packets.wizard import ExportWizard
from testimony_recorder.recorder.packets.writer import ExportResult

from ..i18n import isolate
from ..messages import describe
from ..session import Session
from ..tasks import Task
from ..widgets import file_dialogs

MIB = 1024 * 1024


class SealPage(QWizardPage):
    def __init__(self, session: Session, language: str) -> None:
        super().__init__()
        self.session = session
        self.language = language
        self.core: ExportWizard | None = None
        self.task: Task | None = None
        self.result: ExportResult | None = None
        self.setTitle(self.tr("Seal the packet"))
        self.setSubTitle(self.tr("The file's name and size say nothing about who or what is "
                                 "in it. Carry it as you would any file."))
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder to write the packet to"))
        self.folder.textChanged.connect(lambda _: self.completeChanged.emit())
        browse = QPushButton(self.tr("Choose..."), self)
        browse.clicked.connect(self._browse)
        self.volumes = QComboBox(self)
        self.volumes.setAccessibleName(self.tr("Split into pieces"))
        for text, size in ((self.tr("One file"), None),
                           (self.tr("Pieces of at most 4 GB (FAT32 memory sticks)"),
                            4095 * MIB),
                           (self.tr("Pieces of at most 650 MB (CDs)"), 650 * MIB),
                           (self.tr("Pieces of at most 100 MB (messaging apps)"), 100 * MIB)):
            self.volumes.addItem(text, size)
        self.seal_button = QPushButton(self.tr("Seal"), self)
        self.seal_button.clicked.connect(self.seal)
        self.cancel_button = QPushButton(self.tr("Cancel sealing"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sealing progress"))
        self.progress.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.seal_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Folder"), where)
        form.addRow(self.tr("Pieces"), self.volumes)
        form.addRow(buttons)
        form.addRow(self.progress)
        form.addRow(self.summary)

    def _browse(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Where to write the packet"))
        if folder:
            self.folder.setText(folder)

    def seal(self) -> None:
        folder = Path(self.folder.text().strip())
        if self.core is None or not folder.is_dir():
            self.summary.setText(self.tr("Choose an existing folder (for example a memory "
                                         "stick)."))
            return
        core, volume = self.core, self.volumes.currentData()
        self.seal_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.show()
        self.progress.setValue(0)
        self.summary.setText(self.tr("Sealing..."))

        def work(vault: Any, task: Task) -> ExportResult:
            return core.seal(neutral_name(folder), volume_size=volume, progress=task.report,
                             cancel=task.cancelled)

        self.task = self.session.run(work, on_done=self._sealed, on_error=self._failed,
                                     on_progress=self._progress, owner=self)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, total))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _sealed(self, result: ExportResult) -> None:
        self.task = None
        self.result = result
        self.cancel_button.hide()
        self.progress.setValue(self.progress.maximum())
        files = "\n".join(isolate(str(p)) for p in result.paths)
        self.summary.setText(self.tr(
            "Sealed: %1 interview(s), %2 left out, %3 consent change(s); %4 in all.\n%5\n"
            "Packet id: %6").replace("%1", i18n.number(result.interviews, self.language))
            .replace("%2", i18n.number(result.left_out, self.language))
            .replace("%3", i18n.number(result.consent_changes, self.language))
            .replace("%4", isolate(_size(result.size, self.language)))
            .replace("%5", files).replace("%6", isolate(result.packet_id)))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.cancel_button.hide()
        self.progress.hide()
        self.seal_button.setEnabled(True)
        self.summary.setText(describe(error))

    def isComplete(self) -> bool:
        return self.result is not None


def _size(size: int, language: str) -> str:
    return f"{i18n.number(round(size / MIB, 1), language)} MiB"
