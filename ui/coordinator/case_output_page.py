"""Case export, step 4: in which form (a folder or a zip, which are plaintext, or an encrypted
file for the investigator's key), the reports' language and where; then writing, with progress
and cancel. The page says plainly when plaintext will be written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

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
from ..widgets import file_dialogs
from ..widgets.language_box import add_languages


class CaseOutputPage(QWizardPage):
    #: Emitted once the export is written, with its CaseExportResult.
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
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Where to write it"))
        self.path.textChanged.connect(lambda _: self.completeChanged.emit())
        browse = QPushButton(self.tr("Choose..."), self)
        browse.clicked.connect(self._browse)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("warning")
        self.write_button = QPushButton(self.tr("Write"), self)
        self.write_button.clicked.connect(self.write)
        self.cancel_button = QPushButton(self.tr("Cancel writing"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Writing progress"))
        self.progress.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        forms = QVBoxLayout()
        for button in self.form_buttons.values():
            forms.addWidget(button)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.write_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Form"), forms)
        form.addRow(self.tr("Investigator's key"), self.recipient)
        form.addRow(self.tr("Reports in"), self.report_language)
        form.addRow(self.tr("Write to"), where)
        form.addRow(self.warning)
        form.addRow(buttons)
        form.addRow(self.progress)
        form.addRow(self.summary)
        self.form_buttons[FOLDER].setChecked(True)

    def prepare(self, flow: CaseExportFlow | None, body: str) -> None:
        """Keys trusted for the chosen body are offered for the encrypted form."""
        self.flow = flow
        self.result = None
        self.summary.clear()
        self.write_button.setEnabled(True)

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

    def _browse(self) -> None:
        if self.form() == FOLDER:
            chosen = file_dialogs.choose_folder(self, self.tr("Folder to write the export in"))
            if chosen:
                self.path.setText(str(Path(chosen) / "case-export"))
            return
        suffix = ".zip" if self.form() == ZIP else ".age"
        chosen = file_dialogs.save_file(self, self.tr("Where to write the export"),
                                        f"case-export{suffix}")
        if chosen:
            self.path.setText(chosen)

    def write(self) -> None:
        text = self.path.text().strip()
        if self.flow is None or not text:
            self.summary.setText(self.tr("Choose where to write the export."))
            return
        flow, out, form = self.flow, Path(text), self.form()
        language = self.report_language.currentData()
        to = self.recipient.currentData() if form == AGE else None
        renderer = self.renderer
        self.write_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.show()
        self.progress.setValue(0)
        self.summary.setText(self.tr("Writing..."))

        def work(vault: Vault, job: Job) -> CaseExportResult:
            return flow.write(out, form, language=language, renderer=renderer, to=to,
                              progress=job.report, cancel=job.cancelled)

        self.job = self.session.runner.run(work, owner=self, done=self._written,
                                           failed=self._failed, progress=self._progress)

    def _progress(self, permille: int) -> None:
        self.progress.setMaximum(Job.SCALE)
        self.progress.setValue(permille)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _written(self, result: CaseExportResult) -> None:
        self.job = None
        self.result = result
        self.cancel_button.hide()
        self.progress.setValue(self.progress.maximum())
        done = self.tr("Written: %1 testimonies, %2 files, in %3.\nSHA256SUMS: %4\n"
                       "Check it with: sha256sum -c SHA256SUMS")
        done = (done.replace("%1", isolate(formatting.number(result.testimonies, self.language)))
                .replace("%2", isolate(formatting.number(result.files, self.language)))
                .replace("%3", isolate(str(result.path)))
                .replace("%4", isolate(result.manifest_sha256)))
        tail = (self.tr("It is plaintext: keep it on encrypted storage.") if result.plaintext
                else self.tr("Sealed to %1: nothing readable was written.").replace(
                    "%1", isolate(result.recipient or "")))
        self.summary.setText(f"{done}\n{tail}")
        self.completeChanged.emit()
        self.written.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self.cancel_button.hide()
        self.progress.hide()
        self.write_button.setEnabled(True)
        self.summary.setText(describe(error))

    def isComplete(self) -> bool:
        return self.result is not None
