"""Witness mode: the full-screen consent form in the witness's language and direction.

The window drives a core ConsentFlow and shows one page per step. Its chrome speaks the
witness's language (strings from the template); only what is meant for the interviewer uses
the interface language. Closing it, Esc and the window manager's close all ask for the
interviewer's passphrase first: the witness cannot reach the vault from here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.consent import recordings, store
from testimony_recorder.recorder.consent.flow import ConsentFlow, Step
from testimony_recorder.recorder.consent.store import Proof
from testimony_recorder.recorder.consent.text import ShownText, current_texts
from testimony_recorder.recorder.model.consent import Consent
from testimony_recorder.recorder.vault import Vault

from .. import formatting, shortcuts
from ..audio.microphone import Microphone
from ..runner import VaultRunner
from ..tasks import Job
from . import labels, style
from .attest_page import AttestPage
from .confirm_page import ConfirmPage
from .end_page import EndPage
from .exit_guard import ExitGuard
from .item_page import ItemPage
from .language_page import LanguagePage
from .messages import describe
from .read_aloud import ReadAloud, Source, SpeechVoices
from .review_page import ReviewPage
from .text_page import TextPage
from .verbal_panel import VerbalPanel

# Confirmation methods that need only the screen; spoken consent is added with a microphone.
DEFAULT_METHODS = ("signature", "mark", "paper")


class WitnessWindow(QWidget):
    consent_recorded = Signal(str)
    closed = Signal()

    def __init__(self, runner: VaultRunner, interview_id: str, *, language: str | None = None,
                 methods: tuple[str, ...] = DEFAULT_METHODS, voices: SpeechVoices | None = None,
                 microphone: Microphone | None = None, template: str = "standard",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._runner = runner
        self._interview_id = interview_id
        # Spoken consent is offered only with a microphone to record it.
        self._microphone = microphone
        self._methods = (*methods, "verbal") if microphone is not None else methods
        self._may_close = False
        self._direction = ""
        self._guard: ExitGuard | None = None
        self._recordings: dict[str, tuple[str, bytes]] = {}
        self.verbal_panel: VerbalPanel | None = None
        self._texts: dict[str, ShownText] = {}
        self.flow: ConsentFlow | None = None  # set once the texts are loaded
        # One set of voices for the whole app is best (engines are slow to start); without
        # one, this window looks its voices up after it is shown.
        self.voices = voices if voices is not None else SpeechVoices(self)
        self.read_aloud = ReadAloud(lambda _shown, section: self._recordings.get(section),
                                    self.voices, self)
        self.setObjectName("witnessWindow")
        self.setWindowTitle(self.tr("Witness mode"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._build_chrome()
        self._refresh_buttons({})

        def load(vault: Vault, job: Job) -> tuple[dict[str, ShownText], Consent | None, str]:
            return (current_texts(vault.conn, template), store.current(vault.conn, interview_id),
                    vault.owner)

        self._runner.run(load, owner=self,
                         done=lambda found: self._loaded(*found, language=language),
                         failed=self._failed_load)

    def _loaded(self, texts: dict[str, ShownText], previous: Consent | None, owner: str, *,
                language: str | None) -> None:
        self._texts = dict(texts)
        if language not in self._texts:
            language = None  # let the witness choose
        self.flow = ConsentFlow(self._interview_id, self._texts, attested_by=owner,
                                supersedes=None if previous is None else previous.id,
                                language=language, methods=self._methods)
        self._build_pages(owner)
        if language is not None:
            self._load_recordings()
        self.refresh()

    def _failed_load(self, error: BaseException) -> None:
        self.loading.setText(describe(error))

    # -- layout --------------------------------------------------------------------------------

    def _build_chrome(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 16)
        top = QHBoxLayout()
        self.exit_button = QPushButton(self.tr("Interviewer"), self)
        self.exit_button.setObjectName("exit")
        self.exit_button.setProperty("quiet", True)
        self.exit_button.setToolTip(self.tr("Leave witness mode (needs the vault passphrase)"))
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("stop")
        self.stop_button.setProperty("stop", True)
        top.addWidget(self.exit_button)
        top.addStretch(1)
        top.addWidget(self.stop_button)
        outer.addLayout(top)

        self.stack = QStackedWidget(self)
        self.loading = QLabel(self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setWordWrap(True)
        self.stack.addWidget(self.loading)
        outer.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back")
        self.listen_button = QPushButton(self)
        self.listen_button.setObjectName("listen")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next")
        for b in (self.back_button, self.listen_button, self.next_button):
            b.setMinimumHeight(style.BUTTON_HEIGHT)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.listen_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        outer.addLayout(bottom)

        self.exit_button.clicked.connect(self.request_exit)
        self.stop_button.clicked.connect(self._stop)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.listen_button.clicked.connect(self._listen)
        self.read_aloud.playing_changed.connect(lambda _: self._refresh_listen())
        self.read_aloud.availability_changed.connect(self._refresh_listen)

    def _build_pages(self, owner: str) -> None:
        assert self.flow is not None  # noqa: S101 - called once the flow exists
        self.language_page = LanguagePage(self._texts, self)
        self.intro_page = TextPage(self)
        self.item_page = ItemPage(self)
        self.review_page = ReviewPage(self)
        self.verbal_panel = None if self._microphone is None else VerbalPanel(
            self._runner, self._interview_id, self._microphone, self)
        self.confirm_page = ConfirmPage(self.flow.methods, self.verbal_panel, self)
        self.attest_page = AttestPage(owner, self._texts, self)
        self.end_page = EndPage(self)
        self._pages: dict[Step, QWidget] = {
            Step.LANGUAGE: self.language_page, Step.INTRODUCTION: self.intro_page,
            Step.ITEM: self.item_page, Step.REVIEW: self.review_page,
            Step.CONFIRM: self.confirm_page, Step.ATTEST: self.attest_page,
            Step.DONE: self.end_page, Step.STOPPED: self.end_page}
        for page in dict.fromkeys(self._pages.values()):
            self.stack.addWidget(page)
        self.language_page.language_chosen.connect(self._language)
        self.item_page.answered.connect(self._answered)
        self.item_page.detail_changed.connect(self.flow.set_detail)
        self.review_page.edit_requested.connect(self._edit)
        self.confirm_page.method_chosen.connect(self._method)
        self.confirm_page.proof_changed.connect(self._proof)
        self.attest_page.interpreter_changed.connect(self._interpreter)
        self.attest_page.attested.connect(self._attested)
        self.attest_page.record_requested.connect(self._record)

    # -- showing the current step -------------------------------------------------------------

    def refresh(self) -> None:
        flow = self.flow
        if flow is None:
            return
        shown = flow.text
        rtl = shown is not None and shown.direction == "rtl"
        direction = "rtl" if rtl else "ltr"
        if direction != self._direction:
            self._direction = direction
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                    else Qt.LayoutDirection.LeftToRight)
            style.set_families(self, direction)
        step = flow.step
        self.stack.setCurrentWidget(self._pages[step])
        ui = dict(shown.ui) if shown is not None else {}
        if step == Step.INTRODUCTION and shown is not None:
            self.intro_page.show_text(shown.title, list(shown.introduction))
        elif step == Step.ITEM:
            # In the witness's language (and the chosen digits), like the rest of the page.
            number, total = (formatting.number(n, shown.language if shown else "")
                             for n in flow.position())
            item = flow.current_item()
            self.item_page.show_item(item, flow.answer_of(item.id), ui, number, total)
        elif step == Step.REVIEW and shown is not None:
            self.review_page.show_review(flow.review(), ui, bool(flow.skipped()))
            self.review_page.intro.setText(f"{shown.closing}\n{ui['review_text']}")
        elif step == Step.CONFIRM:
            self.confirm_page.show_confirm(ui, flow.method)
        elif step == Step.ATTEST:
            # The interviewer's words: the method in the interface language, not the witness's.
            self.attest_page.show_attest(labels.method(flow.method or ""),
                                         shown.language if shown else "", flow.can_record())
        elif step in (Step.DONE, Step.STOPPED):
            self.end_page.show_end(ui or self._fallback_ui(), stopped=step == Step.STOPPED)
        self._refresh_buttons(ui)

    def _fallback_ui(self) -> dict[str, str]:
        return dict(next(iter(self._texts.values())).ui)

    def _refresh_buttons(self, ui: dict[str, str]) -> None:
        if self.flow is None:
            for b in (self.stop_button, self.back_button, self.next_button, self.listen_button):
                b.setVisible(False)
            return
        step = self.flow.step
        in_form = step in (Step.INTRODUCTION, Step.ITEM, Step.REVIEW, Step.CONFIRM,
                           Step.ATTEST)
        self.stop_button.setVisible(in_form)
        self.stop_button.setText(ui.get("stop", ""))
        self.back_button.setVisible(in_form)
        self.back_button.setText(ui.get("back", ""))
        labels = {Step.INTRODUCTION: "begin", Step.ITEM: "next", Step.REVIEW: "next",
                  Step.CONFIRM: "confirm"}
        self.next_button.setVisible(step in labels)
        self.next_button.setText(ui.get(labels.get(step, ""), ""))
        enabled = self.flow.can_confirm() if step == Step.CONFIRM else self.flow.can_go_next()
        self.next_button.setEnabled(step in labels and enabled)
        self._refresh_listen()

    def current_section(self) -> str | None:
        if self.flow is None:
            return None
        step = self.flow.step
        if step == Step.INTRODUCTION:
            return recordings.INTRODUCTION
        if step == Step.ITEM:
            return self.flow.current_item().id
        if step == Step.REVIEW:
            return recordings.CLOSING
        return None

    def _refresh_listen(self) -> None:
        shown = self.flow.text if self.flow is not None else None
        section = self.current_section()
        self.listen_button.setVisible(shown is not None and section is not None)
        if shown is None or section is None:
            return
        playing = self.read_aloud.is_playing
        self.listen_button.setText(shown.ui["stop_listening" if playing else "listen"])
        source = self.read_aloud.source(shown, section)
        self.listen_button.setEnabled(playing or source != Source.NONE)
        self.listen_button.setToolTip(
            "" if source != Source.NONE else
            self.tr("No recording of this part in this language, and no voice on this "
                    "computer that speaks it. Read it to the witness."))

    # -- witness actions ------------------------------------------------------------------------

    @property
    def _flow(self) -> ConsentFlow:
        """The flow, for actions that can only happen once it exists."""
        assert self.flow is not None  # noqa: S101 - pages exist only with a flow
        return self.flow

    def _load_recordings(self) -> None:
        shown = self._flow.text
        if shown is None:
            return
        self._recordings = {}

        def loaded(found: dict[str, tuple[str, bytes]]) -> None:
            if self.flow is not None and self.flow.text is shown:
                self._recordings = dict(found)
                self._refresh_listen()

        # Without recordings the window reads aloud by speech, or the interviewer reads.
        self._runner.run(lambda vault, job: recordings.all_audio(vault.conn, shown), owner=self,
                         done=loaded, failed=lambda _error: None)

    def _language(self, language: str) -> None:
        self._flow.choose_language(language)
        self._load_recordings()
        self.refresh()

    def _next(self) -> None:
        self.read_aloud.stop()
        if self._flow.step == Step.CONFIRM:
            self._flow.confirm()
        else:
            self._flow.next()
        self.refresh()

    def _back(self) -> None:
        self.read_aloud.stop()
        self._flow.back()
        self.refresh()

    def _answered(self, yes: bool) -> None:
        self._flow.answer(yes)
        self.refresh()

    def _edit(self, item_id: str) -> None:
        self._flow.edit(item_id)
        self.refresh()

    def _method(self, method: str) -> None:
        self._flow.choose_method(method)
        shown = self._flow.text
        self._refresh_buttons(dict(shown.ui) if shown is not None else {})

    def _proof(self, proof: Proof | None) -> None:
        if self._flow.step != Step.CONFIRM or self._flow.method is None:
            return  # the pad was cleared while no method is chosen
        self._flow.set_proof(proof)
        self.next_button.setEnabled(self._flow.can_confirm())

    def _interpreter(self, name: str, language: str) -> None:
        if self._flow.step == Step.ATTEST:
            self._flow.set_interpreter(name, language)

    def _attested(self, attested: bool) -> None:
        self._flow.attest(attested)
        self.attest_page.save.setEnabled(self._flow.can_record())

    def _listen(self) -> None:
        shown, section = self._flow.text, self.current_section()
        if self.read_aloud.is_playing:
            self.read_aloud.stop()
        elif shown is not None and section is not None:
            self.read_aloud.play(shown, section)

    def _stop(self) -> None:
        self.read_aloud.stop()
        self._drop_unused_take()
        self._flow.stop()
        self.refresh()

    def _drop_unused_take(self) -> None:
        """A spoken consent recorded but not saved as the proof is not kept."""
        if self.verbal_panel is not None and (self.flow is None
                                              or self.flow.step != Step.DONE):
            self.verbal_panel.discard_take()

    def _record(self) -> None:
        draft = self._flow.draft()
        self.attest_page.save.setEnabled(False)
        self.attest_page.show_error("")
        self._runner.run(lambda vault, job: store.record(vault, draft), owner=self,
                         done=self._recorded, failed=self._failed)

    def _recorded(self, consent: Consent) -> None:
        self._flow.recorded(consent.id)
        self.refresh()
        self.consent_recorded.emit(consent.id)

    def _failed(self, error: BaseException) -> None:
        self.attest_page.show_error(describe(error))
        self.attest_page.save.setEnabled(self._flow.can_record())

    # -- leaving ---------------------------------------------------------------------------------

    def request_exit(self) -> None:
        """Ask for the interviewer's passphrase; close only when it is right."""
        if self._guard is not None and self._guard.isVisible():
            return
        self._guard = ExitGuard(self._runner, self)
        self._guard.accepted.connect(self.leave)
        self._guard.open()

    def leave(self) -> None:
        """Close without asking: after the passphrase, or when the app locks or wipes."""
        self._may_close = True
        self.read_aloud.stop()
        self._drop_unused_take()
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if QKeySequence(event.keyCombination()) == shortcuts.sequence("leave_witness_mode"):
            event.accept()
            self.request_exit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()
            self.request_exit()
            return
        event.accept()
        self.closed.emit()
