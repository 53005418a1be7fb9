"""Export, step 4: where to write the packet, then sealing it with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWizard,
    QWizardPage,
)

from testimony_recorder.recorder.packets.export_flow import ExportFlow
from testimony_recorder.recorder.packets.volumes import neutral_name
from testimony_recorder.recorder.packets.writer import ExportResult
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import describe
from ..runner import VaultRunner
from ..tasks import Job
from ..widgets import file_dialogs

MIB = 1024 * 1024


class SealPage(QWizardPage):
    def __init__(self, runner: VaultRunner, flow: ExportFlow, language: str) -> None:
        super().__init__()
        self.runner = runner
        self.flow = flow
        self.language = language
        self.job: Job | None = None
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
        self.progress.setRange(0, Job.SCALE)
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
        """The flow's last step: seal exactly what the preview showed."""
        if self.job is not None or self.result is not None:
            return
        folder = Path(self.folder.text().strip())
        if not folder.is_dir():
            self.summary.setText(self.tr("Choose an existing folder (for example a memory "
                                         "stick)."))
            return
        flow, volume, out = self.flow, self.volumes.currentData(), neutral_name(folder)
        self._may_go_back(False)
        self.seal_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.show()
        self.progress.setValue(0)
        self.summary.setText(self.tr("Sealing..."))

        def work(vault: Vault, job: Job) -> ExportResult:
            return flow.seal(vault, out, volume_size=volume, progress=job.report,
                             cancel=job.cancelled)

        self.job = self.runner.run(work, owner=self, done=self._sealed, failed=self._failed,
                                   progress=self.progress.setValue)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _may_go_back(self, may: bool) -> None:
        """No way back while sealing, nor once sealed: a sealed packet is final."""
        wizard = self.wizard()
        if wizard is not None:
            wizard.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, not may)

    def _sealed(self, result: ExportResult) -> None:
        self.job = None
        self.result = result
        self.cancel_button.hide()
        self.progress.setValue(Job.SCALE)
        files = "\n".join(isolate(str(p)) for p in result.paths)
        self.summary.setText(self.tr(
            "Sealed: %1 interview(s), %2 left out, %3 consent change(s); %4 in all.\n%5\n"
            "Packet id: %6").replace("%1", formatting.number(result.interviews, self.language))
            .replace("%2", formatting.number(result.left_out, self.language))
            .replace("%3", formatting.number(result.consent_changes, self.language))
            .replace("%4", isolate(formatting.size(result.size, self.language)))
            .replace("%5", files).replace("%6", isolate(result.packet_id)))
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self._may_go_back(True)
        self.cancel_button.hide()
        self.progress.hide()
        self.seal_button.setEnabled(True)
        self.summary.setText(describe(error))

    def isComplete(self) -> bool:
        return self.result is not None
