"""The recorder: record the interview into the vault, with pause, markers and a level meter.

Sound goes from the microphone straight into the encrypted store (recorder/audio/take.py);
nothing is ever written in plaintext. The panel is switched off, with the reason in plain words,
when the consent in force does not say yes to audio recording. Locking, closing the window or
moving to another interview calls `flush()`, which stops and saves a take in progress first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import settings as vault_settings
from testimony_recorder.recorder.audio.take import (
    IDLE,
    PAUSED,
    RECORDING,
    STARTING,
    STOPPING,
    Take,
    TakeEvents,
)
from testimony_recorder.recorder.consent import enforce
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.media.recording import MAX_NOTE, Marker
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.vault import Vault

from .. import formatting, shortcuts
from ..i18n import isolate
from ..messages import describe
from ..session import Session
from ..tasks import Job
from .level_meter import LevelMeter
from .microphone import QtMicrophone, choose_device
from .take import gui_take


def consent_guard(vault: Vault, interview_id: str) -> None:
    """Refuse to start when the consent in force does not allow audio (checked on the vault
    thread at the moment of recording, not only when the panel was drawn)."""
    enforce.require_audio(vault.conn, interview_id)


class RecorderPanel(QFrame):
    # A take began (True) or ended (False); the window keeps auto-lock off meanwhile.
    recording_changed = Signal(bool)
    recording_saved = Signal(object)
    # The person wants to record consent (the Consent section).
    consent_requested = Signal()

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.interview_id = ""
        self.allowed = False
        self.take: Take | None = None
        self.setObjectName("recorderPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Recorder"))

        heading = QLabel(self.tr("Record the interview"), self)
        heading.setObjectName("sectionTitle")
        self.consent_note = QLabel(self)
        self.consent_note.setObjectName("banner")
        self.consent_note.setWordWrap(True)
        self.consent_note.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_button = QPushButton(self.tr("Go to Consent"), self)
        self.consent_button.clicked.connect(self.consent_requested)
        self.device_label = QLabel(self)
        self.device_label.setObjectName("subtle")
        self.device_label.setTextFormat(Qt.TextFormat.PlainText)

        self.record_button = self._button(self.tr("Record"), "record", self.record)
        self.pause_button = self._button(self.tr("Pause"), "pause", self.toggle_pause)
        self.stop_button = self._button(self.tr("Stop and save"), "stop", self.stop)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("recState")
        self.elapsed = QLabel(formatting.clock_time(0, language), self)
        self.elapsed.setObjectName("elapsed")
        self.elapsed.setAccessibleName(self.tr("Recorded time"))
        self.meter = LevelMeter(self)

        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE)
        self.note.setAccessibleName(self.tr("Marker note"))
        self.note.setPlaceholderText(self.tr("Note for a marker, e.g. mentions the detention "
                                             "centre"))
        self.note.returnPressed.connect(self.add_marker)
        self.marker_button = self._button(self.tr("Add marker"), "marker", self.add_marker)
        self.markers = QListWidget(self)
        self.markers.setAccessibleName(self.tr("Markers of this recording"))
        self.markers.setMaximumHeight(64)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_note, 1)
        consent_row.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignTop)
        controls = QHBoxLayout()
        for button in (self.record_button, self.pause_button, self.stop_button):
            controls.addWidget(button)
        controls.addSpacing(12)
        controls.addWidget(self.state_label)
        controls.addWidget(self.elapsed)
        controls.addWidget(self.meter, 1)
        marker_row = QHBoxLayout()
        marker_row.addWidget(self.note, 1)
        marker_row.addWidget(self.marker_button)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.device_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(consent_row)
        layout.addLayout(controls)
        layout.addLayout(marker_row)
        layout.addWidget(self.markers)
        layout.addWidget(self.status)
        self._update()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        """A button, and its key from the shortcut table while the focus is in this panel."""
        button = QPushButton(text, self)
        shortcuts.attach(self, name, slot)
        button.setToolTip(self.tr("%1 (%2)").replace("%1", text).replace(
            "%2", shortcuts.shown(name)))
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button


    # -- which interview -----------------------------------------------------------------------
    def set_interview(self, interview_id: str, allowed: bool) -> None:
        """Show this interview; `allowed` is what the consent in force says about audio."""
        if self.take is not None and self.take.active and (
                interview_id != self.interview_id or not allowed):
            self.stop()  # never keep recording into another interview, or without consent
        if interview_id != self.interview_id:
            self.markers.clear()
            self.status.clear()
            self.elapsed.setText(formatting.clock_time(0, self.language))
        self.interview_id, self.allowed = interview_id, allowed
        self.consent_note.setText(self.tr(
            "Recording is off for this interview: the consent in force does not include audio "
            "recording (or no consent has been recorded yet). Record the witness's consent "
            "first; the recorder switches on when they agree to be recorded."))
        self._show_device()
        self._update()

    def _show_device(self) -> None:
        def work(vault: Vault, job: Job) -> str:
            return vault_settings.load(vault).audio_input

        def show(setting: str) -> None:
            try:
                device, fell_back = choose_device(setting)
            except RecorderError as exc:
                self.device_label.setText(describe(exc))
                return
            text = self.tr("Microphone: %1").replace("%1", isolate(device.description()))
            if fell_back:
                text += " " + self.tr("(the one chosen in Settings is not connected; the "
                                      "system default is used)")
            self.device_label.setText(text)

        self.session.runner.run(work, owner=self, done=show, failed=lambda _: None)

    # -- actions -------------------------------------------------------------------------------
    def record(self) -> None:
        if not self.allowed or not self.interview_id or (self.take and self.take.active):
            return
        interview_id = self.interview_id

        def work(vault: Vault, job: Job) -> str:
            return vault_settings.load(vault).audio_input

        self.record_button.setEnabled(False)
        self.session.runner.run(work, owner=self,
                                done=lambda setting: self._start(interview_id, setting),
                                failed=self._failed)

    def _start(self, interview_id: str, setting: str) -> None:
        if interview_id != self.interview_id or not self.allowed:
            self._update()
            return
        try:
            source = QtMicrophone(choose_device(setting)[0])
        except RecorderError as exc:
            self._failed(exc)
            return
        events = TakeEvents(state_changed=self._state_changed, level_changed=self.meter.set_level,
                            position_changed=self._position, silence_changed=self._silence,
                            marker_added=self._marker_added, stopped=self._saved,
                            failed=self._failed)
        take = gui_take(self.session.runner, source, events, self)
        self.take = take
        self.markers.clear()
        self.status.clear()
        self._position(0)
        take.start(interview_id, consent_guard)

    def toggle_pause(self) -> None:
        if self.take is None:
            return
        if self.take.state == RECORDING:
            self.take.pause()
        elif self.take.state == PAUSED:
            self.take.resume()

    def add_marker(self) -> None:
        if self.take is None or self.take.state not in (RECORDING, PAUSED):
            return
        note = self.note.text().strip() or self.tr("Marked moment")
        self.take.add_marker(note)
        self.note.clear()

    def stop(self) -> None:
        if self.take is not None:
            self.take.stop()

    def flush(self) -> None:
        """Stop and save a take in progress (before locking, closing or switching)."""
        self.stop()

    @property
    def recording(self) -> bool:
        return self.take is not None and self.take.active

    # -- what the take tells -------------------------------------------------------------------
    def _state_changed(self, state: str) -> None:
        self._update()
        if state == STARTING:
            self.recording_changed.emit(True)
        elif state == IDLE:
            self.meter.reset()
            self.recording_changed.emit(False)

    def _position(self, ms: int) -> None:
        self.elapsed.setText(formatting.clock_time(ms, self.language))

    def _silence(self, silent: bool) -> None:
        self.status.setText(self.tr("No sound is arriving from the microphone. Check that it "
                                    "is connected and not muted.") if silent else "")
        self._update()

    def _marker_added(self, marker: Marker) -> None:
        text = f"{isolate(formatting.clock_time(marker.position_ms, self.language))}   " \
               f"{isolate(marker.note)}"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, marker.id)
        self.markers.addItem(item)
        self.markers.scrollToBottom()
        self.markers.show()

    def _saved(self, attachment: Attachment) -> None:
        seconds = float(attachment.metadata.get("info:duration", "0"))
        self.status.setText(self.tr("Saved in the vault: %1 (%2). It is listed with the "
                                    "attachments.").replace("%1", isolate(attachment.filename))
                            .replace("%2", isolate(formatting.clock_time(int(seconds * 1000),
                                                                  self.language))))
        self._update()
        self.recording_saved.emit(attachment)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(describe(error))
        self._update()

    def _update(self) -> None:
        state = self.take.state if self.take is not None else IDLE
        usable = self.allowed and bool(self.interview_id)
        self.consent_note.setVisible(bool(self.interview_id) and not self.allowed)
        self.consent_button.setVisible(bool(self.interview_id) and not self.allowed)
        self.record_button.setEnabled(usable and state == IDLE)
        self.pause_button.setEnabled(state in (RECORDING, PAUSED))
        pause_text = self.tr("Resume") if state == PAUSED else self.tr("Pause")
        self.pause_button.setText(pause_text)
        self.pause_button.setAccessibleName(pause_text)
        self.stop_button.setEnabled(state in (STARTING, RECORDING, PAUSED))
        marking = state in (RECORDING, PAUSED)
        self.marker_button.setEnabled(marking)
        self.note.setEnabled(marking)
        self.markers.setVisible(self.markers.count() > 0)
        self.status.setVisible(bool(self.status.text()))
        self.meter.setEnabled(usable)
        labels = {STARTING: self.tr("Starting..."), RECORDING: self.tr("Recording"),
                  PAUSED: self.tr("Paused"), STOPPING: self.tr("Saving...")}
        self.state_label.setText(labels.get(state, ""))
