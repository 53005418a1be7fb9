"""The export wizard: recipients, scope, preview, seal. The flow itself is the core's
`recorder.packets.wizard.ExportWizard`; these pages only show it and collect choices."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from ..session import Session
from .preview_page import PreviewPage
from .recipients_page import RecipientsPage
from .scope_page import ScopePage
from .seal_page import SealPage


class ExportWizard(QWizard):
    def __init__(self, session: Session, language: str, default_recipients: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send testimony to the coordinator"))
        self.recipients = RecipientsPage(session, default_recipients)
        self.scope = ScopePage(session, language)
        self.preview = PreviewPage(session, language)
        self.seal = SealPage(session, language)
        for page in (self.recipients, self.scope, self.preview, self.seal):
            self.addPage(page)
        self.currentIdChanged.connect(self._entered)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(900, 600)

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.preview:
            self.preview.prepare(self.recipients.fingerprints(),
                                 self.recipients.post_quantum.isChecked(), self.scope.scope())
        elif page is self.seal:
            self.seal.core = self.preview.core

    def reject(self) -> None:
        """Cancel stops a running seal first (nothing half-written is kept)."""
        self.seal.cancel()
        super().reject()
