"""Export, step 4: where to write the packet, then sealing it with progress and cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWizard, QWizardPage

from testimony_recorder.recorder.packets.export_flow import ExportFlow
from testimony_recorder.recorder.packets.volumes import neutral_name
from testimony_recorder.recorder.packets.writer import ExportResult
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import describe
from ..runner import VaultRunner
from ..tasks import Job
from ..widgets.output_folder import OutputFolder
from ..widgets.write_panel import WritePanel

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
        self.folder = OutputFolder(runner, self.tr("Folder to write the packet to"), self)
        self.folder.changed.connect(self._folder_changed)
        self.volumes = QComboBox(self)
        self.volumes.setAccessibleName(self.tr("Split into pieces"))
        for text, size in ((self.tr("One file"), None),
                           (self.tr("Pieces of at most 4 GB (FAT32 memory sticks)"),
                            4095 * MIB),
                           (self.tr("Pieces of at most 650 MB (CDs)"), 650 * MIB),
                           (self.tr("Pieces of at most 100 MB (messaging apps)"), 100 * MIB)):
            self.volumes.addItem(text, size)
        self.panel = WritePanel(self.tr("Seal"), self.tr("Cancel sealing"),
                                self.tr("Sealing progress"), self)
        self.seal_button = self.panel.action_button
        self.seal_button.clicked.connect(self.seal)
        self.panel.cancel_button.clicked.connect(self.cancel)
        self.written = self.panel.written
        form = QFormLayout(self)
        form.addRow(self.tr("Folder"), self.folder)
        form.addRow(self.tr("Pieces"), self.volumes)
        form.addRow(self.panel)
        self._folder_changed()

    def _folder_changed(self) -> None:
        """Sealing needs a folder: an empty one once meant the working directory."""
        self.seal_button.setEnabled(self.job is None and self.result is None
                                    and self.folder.folder() is not None)

    def seal(self) -> None:
        """The flow's last step: seal exactly what the preview showed."""
        if self.job is not None or self.result is not None:
            return
        folder = self.folder.folder()
        if folder is None:
            self.panel.failed(self.tr("Choose an existing folder (for example a memory "
                                      "stick)."))
            return
        flow, volume, out = self.flow, self.volumes.currentData(), neutral_name(folder)
        self._may_go_back(False)
        self.panel.started(self.tr("Sealing..."))

        def work(vault: Vault, job: Job) -> ExportResult:
            return flow.seal(vault, out, volume_size=volume, progress=job.report,
                             cancel=job.cancelled)

        self.job = self.runner.run(work, owner=self, done=self._sealed, failed=self._failed,
                                   progress=self.panel.progress.setValue)

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
        self.folder.remember()
        self.panel.finished(list(result.paths), self.tr(
            "Sealed: %1 interview(s), %2 left out, %3 consent change(s); %4 in all.\n"
            "Packet id: %5").replace("%1", formatting.number(result.interviews, self.language))
            .replace("%2", formatting.number(result.left_out, self.language))
            .replace("%3", formatting.number(result.consent_changes, self.language))
            .replace("%4", isolate(formatting.size(result.size, self.language)))
            .replace("%5", isolate(result.packet_id)))
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self._may_go_back(True)
        self.panel.failed(describe(error))
        self._folder_changed()

    def isComplete(self) -> bool:
        return self.result is not None
