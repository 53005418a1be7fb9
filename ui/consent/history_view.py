"""The consent history of one interview, for the interview editor: every record, what changed,
what is in force, and the actions that go with it (witness mode, withdrawal, paper summary)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import i18n
from testimony_recorder.recorder.consent import store, summary
from testimony_recorder.recorder.consent.overview import Overview, overview
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.fsutil import atomic_write
from testimony_recorder.recorder.store.overview import InterviewOverview

from .. import formatting
from ..editor.interview_editor import Section
from ..i18n import isolate
from ..runner import VaultRunner
from . import labels
from .messages import describe
from .summary_pdf import pdf_bytes
from .withdraw_dialog import WithdrawDialog


class ConsentHistoryView(Section):
    """A section for the interview editor (`editor.add_section(view, tr("Consent"))`)."""

    witness_mode_requested = Signal(str)
    consent_changed = Signal(str)

    def __init__(self, runner: VaultRunner, interview_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._interview_id = interview_id
        self._owner = ""
        self.data: Overview | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.records = QTreeWidget(splitter)
        self.records.setObjectName("records")
        self.records.setAccessibleName(self.tr("Consent records"))
        self.records.setRootIsDecorated(False)
        self.records.setHeaderLabels([self.tr("#"), self.tr("What"), self.tr("Given"),
                                      self.tr("Language"), self.tr("Confirmed by"),
                                      self.tr("Attested by")])
        self.answers = QTreeWidget(splitter)
        self.answers.setObjectName("answers")
        self.answers.setAccessibleName(self.tr("Answers of the selected record"))
        self.answers.setRootIsDecorated(False)
        self.answers.setHeaderLabels([self.tr("Use"), self.tr("Answer"), self.tr("Before")])
        layout.addWidget(splitter, 1)
        self.records.currentItemChanged.connect(lambda *_: self._show_answers())

        row = QHBoxLayout()
        self.witness_button = QPushButton(self.tr("Take consent in witness mode..."), self)
        self.withdraw_button = QPushButton(self.tr("Record a withdrawal..."), self)
        self.summary_button = QPushButton(self.tr("Paper summary for the witness..."), self)
        for b in (self.witness_button, self.withdraw_button, self.summary_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.witness_button.clicked.connect(self._witness_mode)
        self.withdraw_button.clicked.connect(self._withdraw)
        self.summary_button.clicked.connect(self._summary)
        self.reload()

    # -- data ----------------------------------------------------------------------------------

    def show_overview(self, data: InterviewOverview) -> None:
        """The editor loaded an interview: show its consent."""
        self.set_interview(data.bundle.interview.id)

    def set_interview(self, interview_id: str | None) -> None:
        self._interview_id = interview_id
        self.reload()

    def reload(self) -> None:
        interview_id = self._interview_id
        if interview_id is None:
            self._show(None)
            return
        language = formatting.ui_language()
        self._runner.run(
            lambda vault, job: (overview(vault.conn, interview_id, language), vault.owner),
            owner=self, done=self._loaded, failed=self._error)

    def _error(self, error: BaseException) -> None:
        self.status.setText(describe(error))
        self.failed.emit(error)

    def _loaded(self, found: tuple[Overview, str]) -> None:
        data, self._owner = found
        if data.interview_id == self._interview_id:
            self._show(data)

    def _show(self, data: Overview | None) -> None:
        self.data = data
        self.records.clear()
        self.answers.clear()
        d = self.data
        in_force = d.in_force if d is not None else None
        self.witness_button.setEnabled(d is not None)
        self.withdraw_button.setEnabled(in_force is not None and in_force.kind != "withdrawn")
        self.summary_button.setEnabled(in_force is not None)
        if d is None:
            self.status.setText("")
            return
        if d.in_force is None:
            self.status.setText(self.tr(
                "No consent recorded yet. Nothing about this interview can be exported, and "
                "the recorder stays off until the witness agrees to audio recording."))
            return
        language = formatting.ui_language()
        audio = self.tr("allowed") if d.audio_allowed else self.tr("not allowed")
        self.status.setText(self.tr("In force: %1 on %2 (%3). Audio recording: %4.")
                            .replace("%1", labels.kind(d.in_force.kind))
                            .replace("%2", formatting.when(d.in_force.given_at, language,
                                                           with_time=False))
                            .replace("%3", labels.method(d.in_force.method))
                            .replace("%4", audio))
        for n, c in enumerate(d.history, 1):
            what = labels.kind(c.kind)
            row = QTreeWidgetItem([formatting.number(n, language), what,
                                   formatting.when(c.given_at, language),
                                   i18n.language_name(c.language, language),
                                   labels.method(c.method), c.attested_by])
            row.setData(0, Qt.ItemDataRole.UserRole, c.id)
            self.records.addTopLevelItem(row)
        last = self.records.topLevelItem(len(d.history) - 1)
        if last is not None:
            self.records.setCurrentItem(last)
        for column in range(self.records.columnCount()):
            self.records.resizeColumnToContents(column)

    def _show_answers(self) -> None:
        self.answers.clear()
        d, current = self.data, self.records.currentItem()
        if d is None or current is None:
            return
        index = self.records.indexOfTopLevelItem(current)
        record = d.history[index]
        before = d.history[index - 1] if index > 0 else None
        old = {a.item: a.answer for a in before.answers} if before else {}
        for a in record.answers:
            text = labels.answer(a.answer) + (f" ({a.detail})" if a.detail else "")
            changed = before is not None and old.get(a.item, "-") != a.answer
            row = QTreeWidgetItem([d.titles.get(a.item, a.item), text,
                                   labels.answer(old.get(a.item, "-")) if changed else ""])
            self.answers.addTopLevelItem(row)
        self.answers.resizeColumnToContents(0)

    # -- actions -------------------------------------------------------------------------------

    def _witness_mode(self) -> None:
        if self._interview_id is not None:
            self.witness_mode_requested.emit(self._interview_id)

    def _withdraw(self) -> None:
        d = self.data
        if d is None or d.in_force is None:
            return
        dialog = WithdrawDialog(d.in_force, d.titles, self._owner, self)
        if dialog.exec() != WithdrawDialog.DialogCode.Accepted:
            return
        w = dialog.withdrawal()
        interview_id = d.interview_id
        self._runner.run(
            lambda vault, job: store.withdraw(vault, interview_id, w.items, method=w.method,
                                              proof=w.proof, attested_by=w.attested_by or None),
            owner=self, done=lambda _consent: self._changed(interview_id), failed=self._error)

    def _changed(self, interview_id: str) -> None:
        self.reload()
        self.consent_changed.emit(interview_id)

    def _summary(self) -> None:
        d = self.data
        if d is None or d.in_force is None:
            return
        consent_id = d.in_force.id
        self._runner.run(lambda vault, job: summary.build(vault.conn, consent_id), owner=self,
                         done=self._save_summary, failed=self._error)

    def _save_summary(self, content: summary.Summary) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Paper can put the witness at risk"),
            self.tr("A paper found on the witness, at a checkpoint or at home, can show that "
                    "they spoke to you. It carries no name, only the reference %1. Offer it "
                    "only if the witness wants it and can keep it safely.")
            .replace("%1", isolate(content.reference)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Save:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"), str(Path.home() / "consent-summary.pdf"),
            self.tr("PDF (*.pdf)"), options=QFileDialog.Option.DontUseNativeDialog)
        if name:
            self.write_summary(content, Path(name))

    def write_summary(self, content: summary.Summary, path: Path) -> None:
        try:
            atomic_write(path, pdf_bytes(content))
        except RecorderError as exc:  # a full disk or an unwritable place (fsutil.write_error)
            self.status.setText(self.tr("The PDF could not be saved: %1")
                                .replace("%1", describe(exc)))
