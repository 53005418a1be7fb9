"""The export wizard: recipients, scope, preview, seal.

The flow itself is the core's `recorder.packets.export_flow.ExportFlow`, the same one the
command line's `export` drives. The wizard holds it and hands it to the pages that take its
steps; every step runs on the vault's thread through the runner, in order, and the pages show
only what the steps return. These pages show the flow and collect choices, nothing more.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from testimony_recorder.recorder.packets.export_flow import ExportFlow

from ..runner import VaultRunner
from .preview_page import PreviewPage
from .recipients_page import RecipientsPage
from .scope_page import ScopePage
from .seal_page import SealPage


class ExportWizard(QWizard):
    def __init__(self, runner: VaultRunner, language: str, default_recipients: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send testimony to the coordinator"))
        self.flow = ExportFlow()
        self.recipients = RecipientsPage(runner, default_recipients)
        self.scope = ScopePage(runner, language)
        self.preview = PreviewPage(runner, self.flow, language)
        self.seal = SealPage(runner, self.flow, language)
        for page in (self.recipients, self.scope, self.preview, self.seal):
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(900, 600)

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.preview:
            self.preview.prepare(self.recipients.fingerprints(),
                                 self.recipients.post_quantum.isChecked(), self.scope.scope())

    def reject(self) -> None:
        """Cancel stops a running seal first (nothing half-written is kept)."""
        self.seal.cancel()
        super().reject()
