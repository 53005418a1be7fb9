"""Case export, step 4: in which form (a folder or a zip, which are plaintext, or an encrypted
file for the investigator's key), the reports' language and where; then writing, with progress
and cancel. The page says plainly when plaintext will be written."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from testimony_recorder.recorder import clock, output_folder
from testimony_recorder.recorder.case_export.flow import CaseExportFlow
from testimony_recorder.recorder.case_export.report import ReportRenderer
from testimony_recorder.recorder.case_export.sinks import AGE, FOLDER, ZIP
from testimony_recorder.recorder.case_export.writer import CaseExportResult
from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.preferences import LANGUAGES
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import describe
from ..session import Session
from ..tasks import Job
from ..widgets.language_box import add_languages
from ..widgets.output_folder import OutputFolder
from ..widgets.write_panel import WritePanel
from .counts import Counts


class CaseOutputPage(QWizardPage):
    # Emitted once the export is written, with its CaseExportResult.
    written = Signal(object)

    def __init__(self, session: Session, language: str, renderer: ReportRenderer) -> None:
        super().__init__()
        self.session = session
        self.language = language
        self.renderer = renderer
        self.flow: CaseExportFlow | None = None
        self.job: Job | None = None
        self.result: CaseExportResult | None = None
        self.setTitle(self.tr("Write the case export"))
        self.forms = QButtonGroup(self)
        self.form_buttons: dict[str, QRadioButton] = {}
        for kind, text in ((FOLDER, self.tr("A folder (plaintext)")),
                           (ZIP, self.tr("A zip file (plaintext)")),
                           (AGE, self.tr("An encrypted file for the investigator's key"))):
            button = QRadioButton(text, self)
            self.form_buttons[kind] = button
            self.forms.addButton(button)
            button.toggled.connect(self._form_changed)
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(self.tr("The investigator's key"))
        self.report_language = QComboBox(self)
        self.report_language.setAccessibleName(self.tr("Language of the reports"))
        add_languages(self.report_language, LANGUAGES)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(language)))
        self.folder = OutputFolder(session.runner, self.tr("Folder to write the export in"),
                                   self)
        self.folder.changed.connect(self._folder_changed)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("warning")
        self.panel = WritePanel(self.tr("Write"), self.tr("Cancel writing"),
                                self.tr("Writing progress"), self)
        self.write_button = self.panel.action_button
        self.write_button.clicked.connect(self.write)
        self.panel.cancel_button.clicked.connect(self.cancel)
        self.summary = self.panel.summary
        self.written_to = self.panel.written
        forms = QVBoxLayout()
        for button in self.form_buttons.values():
            forms.addWidget(button)
        form = QFormLayout(self)
        form.addRow(self.tr("Form"), forms)
        form.addRow(self.tr("Investigator's key"), self.recipient)
        form.addRow(self.tr("Reports in"), self.report_language)
        form.addRow(self.tr("Write to"), self.folder)
        form.addRow(self.warning)
        form.addRow(self.panel)
        self.form_buttons[FOLDER].setChecked(True)

    def prepare(self, flow: CaseExportFlow | None, body: str) -> None:
        """Keys trusted for the chosen body are offered for the encrypted form."""
        self.flow = flow
        self.result = None
        self.panel.clear()
        self._folder_changed()

        def work(vault: Vault, job: Job) -> list[trust.Contact]:
            return [c for c in trust.contacts(vault.conn, include_revoked=False)
                    if c.body == body]

        def done(found: list[trust.Contact]) -> None:
            self.recipient.clear()
            for contact in found:
                self.recipient.addItem(f"{contact.name} [{contact.fingerprint}]",
                                       contact.fingerprint)
            self.form_buttons[AGE].setEnabled(bool(found))
            if not found and self.form() == AGE:
                self.form_buttons[FOLDER].setChecked(True)
            self._form_changed()

        self.session.runner.run(work, owner=self, done=done,
                                failed=lambda e: self.summary.setText(describe(e)))

    def form(self) -> str:
        return next(f for f, b in self.form_buttons.items() if b.isChecked())

    def _form_changed(self) -> None:
        sealed = self.form() == AGE
        self.recipient.setEnabled(sealed)
        self.warning.setText(self.tr(
            "Sealed to the investigator's key: nothing readable is written.") if sealed
            else self.tr("This writes PLAINTEXT testimony where you choose: keep it on "
                         "encrypted storage and remove it once it is delivered."))
        self.completeChanged.emit()

    def _folder_changed(self) -> None:
        """Writing needs a folder: an empty one once meant the working directory."""
        self.write_button.setEnabled(self.job is None and self.result is None
                                     and self.folder.folder() is not None)

    def write(self) -> None:
        folder = self.folder.folder()
        if self.flow is None or folder is None:
            self.summary.setText(self.tr("Choose where to write the export."))
            return
        form = self.form()
        suffix = {FOLDER: "", ZIP: ".zip", AGE: ".age"}[form]
        flow = self.flow
        out = output_folder.free_path(folder, f"case-export-{clock.now()[:10]}", suffix)
        language = self.report_language.currentData()
        to = self.recipient.currentData() if form == AGE else None
        renderer = self.renderer
        self.panel.started(self.tr("Writing..."))

        def work(vault: Vault, job: Job) -> CaseExportResult:
            return flow.write(out, form, language=language, renderer=renderer, to=to,
                              progress=job.report, cancel=job.cancelled)

        self.job = self.session.runner.run(work, owner=self, done=self._written,
                                           failed=self._failed,
                                           progress=self.panel.progress.setValue)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _written(self, result: CaseExportResult) -> None:
        self.job = None
        self.result = result
        self.folder.remember()
        counts = Counts(self)
        done = self.tr("Written: %1, to the place below.\n"
                       "SHA256SUMS: %2\nCheck it with: sha256sum -c SHA256SUMS")
        done = (done.replace("%1", formatting.listed([counts.testimonies(result.testimonies),
                                                      counts.files(result.files)]))
                .replace("%2", isolate(result.manifest_sha256)))
        tail = (self.tr("It is plaintext: keep it on encrypted storage.") if result.plaintext
                else self.tr("Sealed to %1: nothing readable was written.").replace(
                    "%1", isolate(result.recipient or "")))
        self.panel.finished([result.path], f"{done}\n{tail}")
        self.completeChanged.emit()
        self.written.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.panel.failed(describe(error))
        self._folder_changed()

    def isComplete(self) -> bool:
        return self.result is not None
