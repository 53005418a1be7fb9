"""Recording the witness saying they agree (verbal consent): the take streams into the
encrypted media store like any recording, and becomes the consent's proof.

The microphone is on only while this panel records. A take that does not end up as the proof
(recorded again, or the witness stops) is deleted, so "nothing was saved" stays true.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from testimony_recorder.recorder.audio.take import RECORDING, STARTING, Take, TakeEvents
from testimony_recorder.recorder.consent.artefacts import StoredArtefact
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.media.store import delete_attachment

from .. import formatting
from ..audio.microphone import Microphone
from ..audio.take import gui_take
from ..runner import VaultRunner
from . import style
from .messages import describe

# Long enough to say a few sentences; the recorder stops by itself after it.
LIMIT_MS = 3 * 60 * 1000


class VerbalPanel(QWidget):
    proof_changed = Signal(object)

    def __init__(self, runner: VaultRunner, interview_id: str, microphone: Microphone,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._interview_id = interview_id
        self._microphone = microphone
        self._take: Take | None = None  # the take being recorded
        self.take: str | None = None  # the attachment id of the finished take
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.record = QPushButton(self.tr("Start recording"), self)
        self.record.setObjectName("record")
        self.level = QProgressBar(self)
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.time = QLabel("0:00", self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        for w in (self.time, self.status):
            style.set_px(w, style.BODY_PX)
        row.addWidget(self.record)
        row.addWidget(self.level, 1)
        row.addWidget(self.time)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.record.clicked.connect(self._toggle)

    @property
    def recording(self) -> bool:
        return self._take is not None and self._take.state in (STARTING, RECORDING)

    def _toggle(self) -> None:
        if self.recording:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self.discard_take()
        self.proof_changed.emit(None)
        try:
            source = self._microphone()
        except RecorderError as exc:
            self.status.setText(describe(exc))
            return
        events = TakeEvents(
            started=self._started,
            level_changed=lambda peak: self.level.setValue(int(peak * 100)),
            position_changed=lambda ms: self.time.setText(
                formatting.clock_time(ms, formatting.ui_language())),
            limit_reached=lambda: take.stop(),
            stopped=lambda attachment: self._stopped(take, attachment),
            failed=lambda error: self._failed(take, error))
        take = gui_take(self._runner, source, events, self)
        self._take = take
        self.record.setText(self.tr("Stop recording"))
        take.start(self._interview_id, limit_ms=LIMIT_MS)

    def _started(self, _recording_id: str) -> None:
        self.status.setText(self.tr("Recording..."))

    def stop(self) -> None:
        if self._take is not None and self._take.state == RECORDING:
            self._take.stop()

    def _stopped(self, take: Take, attachment: Any) -> None:
        if take is not self._take:  # thrown away meanwhile
            self._delete(str(attachment.id))
            return
        self._take = None
        self.take = str(attachment.id)
        self.record.setText(self.tr("Record again"))
        self.level.setValue(0)
        self.status.setText(self.tr("Recorded."))
        self.proof_changed.emit(StoredArtefact(self.take))

    def _failed(self, take: Take, error: BaseException) -> None:
        """The take could not start or broke off: whatever it kept is not a proof."""
        if take is not self._take:
            return
        self._take = None
        take.discard()
        self.record.setText(self.tr("Start recording"))
        self.level.setValue(0)
        self.status.setText(describe(error))
        self.proof_changed.emit(None)

    def discard_take(self) -> None:
        """Throw away what was recorded here and not used (recording again, stopping)."""
        take, kept = self._take, self.take
        self._take, self.take = None, None
        if take is not None:
            take.discard()
        if kept is not None:
            self._delete(kept)  # already the proof of a record: it stays, rightly
        self.time.setText("0:00")
        self.level.setValue(0)

    def _delete(self, attachment_id: str) -> None:
        """A take already saved as the proof of a consent record cannot be deleted: it stays,
        rightly, and the refusal is ignored."""
        self._runner.run(lambda vault, job: delete_attachment(vault, attachment_id), owner=self,
                         failed=lambda _error: None)
