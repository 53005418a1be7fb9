"""Recording the witness saying they agree (verbal consent): the take streams into the
encrypted media store like any recording, and becomes the consent's proof.

The microphone is on only while this panel records. A take that does not end up as the proof
(recorded again, or the witness stops) is deleted, so "nothing was saved" stays true.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from recorder.consent.artefacts import StoredArtefact
from recorder.errors import RecordingFailed
from recorder.media.store import delete_attachment

from ..audio.capture import AudioCapture
from . import style
from .messages import describe
from .runner import VaultRunner

#: Long enough to say a few sentences; the recorder stops by itself after it.
LIMIT_MS = 3 * 60 * 1000

CaptureFactory = Callable[[], AudioCapture]


def has_microphone() -> bool:
    return not QMediaDevices.defaultAudioInput().isNull()


class VerbalPanel(QWidget):
    proof_changed = Signal(object)

    def __init__(self, run: VaultRunner, interview_id: str, capture: CaptureFactory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._interview_id = interview_id
        self._factory = capture
        self._capture: AudioCapture | None = None
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
        return self._capture is not None and self._capture.recording

    def _toggle(self) -> None:
        if self.recording:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self.discard_take()
        self.proof_changed.emit(None)
        try:
            capture = self._factory()
        except Exception as exc:  # no microphone: said in words, never a traceback
            self.status.setText(describe(exc))
            return
        capture.level_changed.connect(lambda peak: self.level.setValue(int(peak * 100)))
        capture.position_changed.connect(
            lambda ms: self.time.setText(f"{ms // 60000}:{ms // 1000 % 60:02d}"))
        capture.limit_reached.connect(self.stop)
        capture.failed.connect(lambda _message: self.status.setText(
            self.tr("The recording failed. Record again, or choose another way.")))
        self._capture = capture
        self._run(lambda vault: capture.start(vault, self._interview_id, LIMIT_MS),
                  self._started, self._failed)

    def _started(self, _recording_id: Any) -> None:
        self.record.setText(self.tr("Stop recording"))
        self.status.setText(self.tr("Recording..."))

    def stop(self) -> None:
        capture = self._capture
        if capture is None or not capture.recording:
            return
        self._run(lambda _vault: capture.stop(), self._stopped, self._failed)

    def _stopped(self, attachment: Any) -> None:
        self._capture = None
        self.take = str(attachment.id)
        self.record.setText(self.tr("Record again"))
        self.level.setValue(0)
        self.status.setText(self.tr("Recorded."))
        self.proof_changed.emit(StoredArtefact(self.take))

    def _failed(self, error: BaseException) -> None:
        self._capture = None
        self.record.setText(self.tr("Start recording"))
        self.level.setValue(0)
        self.status.setText(describe(error))
        self.proof_changed.emit(None)

    def discard_take(self) -> None:
        """Throw away what was recorded here and not used (recording again, stopping)."""
        capture, take = self._capture, self.take
        self._capture, self.take = None, None
        if capture is not None and capture.recording:
            def drop(vault: Any) -> None:
                try:
                    kept = capture.stop()  # the microphone off, the take sealed...
                except RecordingFailed:
                    return  # nothing was captured, so nothing was kept
                delete_attachment(vault, kept.id)  # ... and deleted with its key

            self._run(drop, lambda _r: None, lambda _e: None)
        if take is not None:
            self._run(lambda vault: delete_attachment(vault, take), lambda _r: None,
                      lambda _e: None)  # already the proof of a record: it stays, rightly
        self.time.setText("0:00")
        self.level.setValue(0)
