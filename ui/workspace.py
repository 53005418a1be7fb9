"""The unlocked workspace: the interview list beside the open interview.

It holds decrypted content, so it exists only while the vault is unlocked: locking destroys it
and a new one is built on the next unlock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.errors import NotFound
from testimony_recorder.recorder.model.interview import Interview
from testimony_recorder.recorder.search.index import INCIDENT, PERSON
from testimony_recorder.recorder.search.query import Hit
from testimony_recorder.recorder.store import editing, interviews, witnesses
from testimony_recorder.recorder.store.overview import InterviewOverview
from testimony_recorder.recorder.vault import Vault

from .audio.microphone import Microphone, with_chosen_microphone
from .consent import SpeechVoices, WitnessWindow, open_witness_mode
from .consent.history_view import ConsentHistoryView
from .editor.attachments_section import AttachmentsSection
from .editor.incidents_section import IncidentsSection
from .editor.interview_editor import InterviewEditor
from .editor.interview_parts import InterviewParts
from .editor.persons_section import PersonsSection
from .i18n import isolate
from .interview_list_panel import InterviewListPanel
from .session import Session
from .tasks import Job


class Workspace(QWidget):
    failed = Signal(object)
    # A recording began (True) or ended (False): the window holds auto-lock meanwhile.
    recording_changed = Signal(bool)

    def __init__(self, session: Session, language: str, voices: SpeechVoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.voices = voices
        self.witness_window: WitnessWindow | None = None
        self.list = InterviewListPanel(session, language, self)
        self.editor = InterviewEditor(session, language, self)
        self.parts = InterviewParts(session, self)
        self.incidents = IncidentsSection(self.parts, language, self.editor)
        self.persons = PersonsSection(self.parts, language, self.editor)
        self.editor.add_section(self.incidents, self.tr("Incidents"), before=self.editor.details)
        self.editor.add_section(self.persons, self.tr("Persons"), before=self.editor.details)
        self.parts.saved.connect(self.editor.changed)
        self.consent = ConsentHistoryView(session.runner, parent=self)
        self.editor.add_section(self.consent, self.tr("Consent"), before=self.editor.custody)
        self.consent.witness_mode_requested.connect(self.open_witness_mode)
        self.consent.consent_changed.connect(lambda _: self.editor.reload())
        self.attachments = AttachmentsSection(session, language, self.editor)
        self.editor.add_section(self.attachments, self.tr("Attachments"),
                                before=self.editor.custody)
        self.attachments.recording_changed.connect(self.recording_changed)
        self.attachments.consent_requested.connect(self.show_consent)
        new = QPushButton(self.tr("New interview"), self)
        new.setAccessibleName(self.tr("Start a new interview"))
        new.clicked.connect(self.new_interview)
        empty = QLabel(self.tr("Choose an interview from the list, or start a new one."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.right = QStackedWidget(self)
        self.right.addWidget(empty)
        self.right.addWidget(self.editor)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(new)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(380)  # the list's five columns stay readable
        splitter.setSizes([540, 660])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self.list.interview_selected.connect(self.open_interview)
        self.list.hit_selected.connect(self.open_hit)
        # A search hit to show once its interview is loaded: (hit, words searched for).
        self._hit: tuple[Hit, str] | None = None
        self.editor.shown.connect(self._show_hit)
        self.list.failed.connect(self.failed)
        self.editor.failed.connect(self.failed)
        self.editor.changed.connect(self.list.refresh)

    def open_interview(self, interview_id: str) -> None:
        self.list.select(interview_id)
        self.editor.load(interview_id)
        self.right.setCurrentWidget(self.editor)

    def open_hit(self, hit: Hit, words: str) -> None:
        """Open the interview a search found, at the tab of what it found, with the searched
        words marked there."""
        self._hit = (hit, words)
        self.open_interview(hit.interview_id)

    def _show_hit(self, data: InterviewOverview) -> None:
        if self._hit is None or self._hit[0].interview_id != data.bundle.interview.id:
            return
        hit, words = self._hit
        self._hit = None
        if hit.kind == INCIDENT:
            self.editor.tabs.setCurrentWidget(self.incidents)
            self.incidents.show_hit(hit.ref_id, words)
        elif hit.kind == PERSON:
            self.editor.tabs.setCurrentWidget(self.persons)
            self.persons.show_hit(hit.ref_id, words)
        else:
            self.editor.tabs.setCurrentWidget(self.editor.testimony)
            self.editor.testimony.show_hit(hit.kind, words)

    def open_state(self) -> tuple[str, int] | None:
        """The open interview's id and the index of its tab, or None. Kept only in memory
        across a lock or a language change (never written anywhere), to reopen it after."""
        if not self.editor.interview_id:
            return None
        return self.editor.interview_id, self.editor.tabs.currentIndex()

    def reopen(self, state: tuple[str, int]) -> None:
        """Open the interview that was open before a lock or a language change, at its tab.
        Silently nothing when this vault has no such interview: another passphrase (a decoy
        vault) may have opened it, and saying so would tell."""
        interview_id, tab = state

        def work(vault: Vault, job: Job) -> bool:
            try:
                interviews.get_interview(vault.conn, interview_id)
            except NotFound:
                return False
            return True

        def done(found: bool) -> None:
            if found and not self.editor.interview_id:  # not if another was opened meanwhile
                self.open_interview(interview_id)
                self.editor.tabs.setCurrentIndex(tab)

        self.session.runner.run(work, owner=self, done=done, failed=self.failed.emit)

    def new_interview(self) -> None:
        def work(vault: Vault, job: Job) -> Interview:
            return interviews.start_new(vault)

        def done(interview: Interview) -> None:
            if self.list.search.text():
                self.list.search.clear()  # the new interview is in the list, not the results
            self.list.refresh()
            self.open_interview(interview.id)
            self.editor.tabs.setCurrentWidget(self.editor.testimony)
            self.editor.testimony.narrative.setFocus()

        self.session.runner.run(work, owner=self, done=done, failed=self.failed.emit)

    def show_consent(self) -> None:
        """Bring the Consent section forward (from the recorder, when consent is missing)."""
        self.editor.tabs.setCurrentWidget(self.consent)

    def flush(self) -> None:
        self.editor.flush()

    def close_cleanly(self) -> None:
        if self.witness_window is not None:
            self.witness_window.leave()  # the vault is locking: no passphrase to ask for
        self.editor.close_cleanly()

    def open_witness_mode(self, interview_id: str) -> None:
        """Hand the screen to the witness, in their language, until the interviewer returns."""
        if self.witness_window is not None:
            self.witness_window.raise_()
            return
        with_chosen_microphone(self.session.runner,
                               lambda microphone: self._show_witness_mode(interview_id, microphone),
                               owner=self)

    def _show_witness_mode(self, interview_id: str, microphone: Microphone | None) -> None:
        if self.witness_window is not None:  # asked twice before the first one opened
            return
        window = open_witness_mode(self.session.runner, interview_id,
                                   parent=self.window(), voices=self.voices,
                                   microphone=microphone)
        window.consent_recorded.connect(lambda _: self.editor.reload())
        window.closed.connect(self._witness_mode_closed)
        self.witness_window = window

    def _witness_mode_closed(self) -> None:
        self.witness_window = None
        self.editor.reload()

    def offer_interrupted(self) -> None:
        """After a crash, offer to reopen the interview that was being edited."""
        def work(vault: Vault, job: Job) -> tuple[str, str] | None:
            interview_id = editing.interrupted(vault)
            if interview_id is None:
                return None
            witness = witnesses.get_witness(
                vault.conn, interviews.get_interview(vault.conn, interview_id).witness_id)
            return interview_id, witness.code

        self.session.runner.run(work, owner=self, done=self._ask_reopen, failed=self.failed.emit)

    def _ask_reopen(self, found: tuple[str, str] | None) -> None:
        if found is None:
            return
        interview_id, code = found
        answer = QMessageBox.question(self, self.tr("Continue where you were?"), self.tr(
            "Testimony Recorder stopped while the interview with witness %1 was open. "
            "Everything typed until a few seconds before was saved. Open it now?").replace(
                "%1", isolate(code)))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_interview(interview_id)
