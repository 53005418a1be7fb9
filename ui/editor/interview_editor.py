"""The interview editor: a header with the witness's pseudonym and the testimony's state, and
one tab per section. Every section saves through the core on the vault's thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.store import editing, readiness, testimonies
from testimony_recorder.recorder.store.overview import InterviewOverview, overview
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..session import Session
from ..tasks import Job
from .custody_section import CustodySection
from .details_section import DetailsSection
from .finalize_box import finalize_box
from .history_dialog import HistoryDialog
from .testimony_section import TestimonySection
from .witness_section import WitnessSection


class Section(QWidget):
    """What a section added with `InterviewEditor.add_section` provides."""

    failed = Signal(object)

    def show_overview(self, data: InterviewOverview) -> None:
        """Show this interview (called after every load and reload)."""
        raise NotImplementedError

    def flush(self) -> None:
        """Save pending edits now; sections that save at once need not override this."""


class InterviewEditor(QWidget):
    changed = Signal()
    failed = Signal(object)
    # An interview was loaded and shown (sections added from outside listen to this).
    shown = Signal(object)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.interview_id = ""
        self.data: InterviewOverview | None = None
        self._started = ""
        self.sections: list[Section] = []
        # The open "Finalize?" question, if any (tests and the screenshot tool look at it).
        self.finalize_question: QMessageBox | None = None

        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.state = QLabel(self)
        self.state.setObjectName("subtle")
        self.finalize_button = QPushButton(self.tr("Finalize testimony..."), self)
        self.finalize_button.clicked.connect(self._confirm_finalize)

        self.witness = WitnessSection(session, language, self)
        self.details = DetailsSection(session, self)
        self.testimony = TestimonySection(session, language, self)
        self.custody = CustodySection(language, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Interview sections"))
        self.tabs.addTab(self.testimony, self.tr("Testimony"))
        self.tabs.addTab(self.details, self.tr("Interview"))
        self.tabs.addTab(self.witness, self.tr("Witness"))
        self.tabs.addTab(self.custody, self.tr("Custody"))

        for section in (self.witness, self.details, self.testimony):
            section.failed.connect(self.failed)
        self.testimony.saved.connect(self.changed)
        self.testimony.saved.connect(self._show_state)
        self.details.saved.connect(self.changed)
        self.testimony.history_requested.connect(self._history)
        self.testimony.correction_requested.connect(self._correct)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.state)
        header.addLayout(titles, 1)
        header.addWidget(self.finalize_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def add_section(self, section: Section, title: str, before: QWidget | None = None) -> None:
        """A section built elsewhere (incidents, attachments, consent): it is shown each loaded
        interview, asked to save before the editor moves on, and its errors are reported."""
        index = self.tabs.indexOf(before) if before is not None else self.tabs.count()
        self.tabs.insertTab(index, section, title)
        self.sections.append(section)
        self.shown.connect(section.show_overview)
        section.failed.connect(self.failed)

    # -- loading ------------------------------------------------------------------------------
    def load(self, interview_id: str) -> None:
        self.flush()
        self.interview_id = interview_id

        def work(vault: Vault, job: Job) -> InterviewOverview:
            editing.mark(vault, interview_id)
            return overview(vault, interview_id)

        self.session.runner.run(work, owner=self, done=self._show, failed=self.failed.emit)

    def reload(self) -> None:
        if self.interview_id:
            self.load(self.interview_id)

    def _show(self, data: InterviewOverview) -> None:
        if data.bundle.interview.id != self.interview_id:
            return
        self.data = data
        b = data.bundle
        started = formatting.when(b.interview.started_at, self.language, with_time=False)
        self.title.setText(self.tr("Witness %1").replace("%1", isolate(b.witness.code)))
        self._started = started
        self.witness.show_witness(b.witness, data.identity)
        self.details.show_interview(b.interview)
        self.testimony.show_testimony(b.interview.id, b.testimonies[-1] if b.testimonies
                                      else None)
        self.custody.show_entries(data.custody)
        self._show_state()
        self.shown.emit(data)

    def _show_state(self) -> None:
        current = self.testimony.testimony
        if current is None or (not current.narrative and not current.is_final):
            state = self.tr("Interview of %1, no testimony yet")
        elif current.is_final:
            state = self.tr("Interview of %1, testimony finalized")
        else:
            state = self.tr("Interview of %1, testimony in draft")
        self.state.setText(state.replace("%1", isolate(self._started or
                                                       self.tr("unknown date"))))
        self.finalize_button.setEnabled(current is not None and not current.is_final
                                        and bool(current.narrative.strip()))

    # -- actions --------------------------------------------------------------------------------
    def close_cleanly(self) -> None:
        """Save everything and clear the crash mark (the vault is about to lock or close)."""
        self.flush()
        self.session.runner.run(lambda vault, job: editing.mark(vault, None), owner=self,
                                failed=self.failed.emit)

    def flush(self) -> None:
        """Save whatever is pending now (before switching, locking or closing)."""
        self.testimony.flush()
        self.details.flush()
        for section in self.sections:
            section.flush()

    def _confirm_finalize(self) -> None:
        """Say what the interview still lacks, then ask (No is the default)."""
        self.flush()  # queued before the check, so the last words count
        interview_id = self.interview_id
        self.session.runner.run(
            lambda vault, job: readiness.before_finalize(vault.conn, interview_id), owner=self,
            done=lambda missing: self._ask_finalize(interview_id, missing),
            failed=self.failed.emit)

    def _ask_finalize(self, interview_id: str, missing: list[readiness.Missing]) -> None:
        if interview_id != self.interview_id:
            return  # another interview was opened meanwhile
        box = finalize_box(self, missing)
        finalize = box.button(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda _: self._answered(box, box.clickedButton() is finalize,
                                                      interview_id))
        self.finalize_question = box
        box.open()

    def _answered(self, box: QMessageBox, finalize: bool, interview_id: str) -> None:
        self.finalize_question = None
        box.deleteLater()
        if not finalize:
            return
        self.flush()  # queued before the finalize, so the last words are in it
        self.session.runner.run(lambda vault, job: testimonies.finalize(vault, interview_id),
                                owner=self, done=lambda _: self._after_change(),
                                failed=self.failed.emit)

    def _correct(self) -> None:
        interview_id = self.interview_id
        self.session.runner.run(
            lambda vault, job: testimonies.start_correction(vault, interview_id), owner=self,
            done=lambda _: self._after_change(), failed=self.failed.emit)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def _history(self) -> None:
        HistoryDialog(self.session, self.interview_id, self.language, self).exec()
