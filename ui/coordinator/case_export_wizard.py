"""The case export wizard: which testimonies, for whom, the preview, then writing. The flow is
the core's `recorder.case_export.flow.CaseExportFlow`; these pages show it and collect choices.

A self-contained dialog; the coordinator's workspace shows a page that opens it (`page`). The
PDF reports are laid out by the
renderer it is given (by default the app's, ui/reports/case_pdf.py), on the vault's thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget, QWizard

from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.case_export.report import ReportRenderer

from ..reports.case_pdf import CasePdfRenderer
from ..session import Session
from .case_choice_pages import BodyPage, SelectionPage
from .case_output_page import CaseOutputPage
from .case_preview_page import CasePreviewPage


class CaseExportWizard(QWizard):
    # Emitted once the export is written, with its CaseExportResult.
    exported = Signal(object)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None, *,
                 renderer: ReportRenderer | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case export"))
        self.selection = SelectionPage(session, language)
        self.body = BodyPage(session, language)
        self.preview = CasePreviewPage(session, language)
        self.output = CaseOutputPage(session, language, renderer or CasePdfRenderer())
        for page in (self.selection, self.body, self.preview, self.output):
            self.addPage(page)
        self.output.written.connect(self.exported)
        self.currentIdChanged.connect(self._entered)
        self.resize(900, 620)

    def use_filter(self, filt: ArchiveFilter) -> None:
        """Start from the host's selection: the filter bar is set to what it can show (a
        violation, a governorate, dates, a body to share with)."""
        bar = self.selection.filter_bar
        for combo, value in ((bar.violation, filt.violations[0] if filt.violations else None),
                             (bar.place, filt.place)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        bar.date_from.setText(filt.date_from or "")
        bar.date_to.setText(filt.date_to or "")

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        body = self.body.body()
        if page is self.preview and body is not None:
            self.preview.prepare(self.selection.archive_filter(), body,
                                 self.body.identities.isChecked())
        elif page is self.output and body is not None:
            self.output.prepare(self.preview.flow, body)

    def reject(self) -> None:
        """Cancel stops a running export first (nothing half-written is kept)."""
        self.output.cancel()
        super().reject()


class CaseExportPage(QWidget):
    """The workspace's case export page: what an export is, and a button opening the wizard
    (a dialog, so its steps and its Cancel behave as a wizard's do)."""

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.wizard: CaseExportWizard | None = None
        self.setAccessibleName(self.tr("Case export"))
        about = QLabel(self.tr("Hand testimonies over to an accountability body: consent "
                               "decides, per testimony and per identity, what may go."), self)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        self.start = QPushButton(self.tr("Start a case export..."), self)
        self.start.clicked.connect(lambda: self.open_wizard())
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)

    def open_wizard(self) -> CaseExportWizard:
        wizard = CaseExportWizard(self.session, self.language, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.open()
        return wizard


def page(session: Session, language: str, parent: QWidget) -> QWidget:
    """The workspace's case export page (ui/coordinator/archive_workspace.py)."""
    return CaseExportPage(session, language, parent)
