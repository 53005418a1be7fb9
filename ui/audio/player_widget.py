"""Listening to an audio attachment inside the app: play/pause, a seek bar, markers to jump to.

The sound comes from the encrypted store and never touches the disk: recordings (PCM WAV) are
streamed from the decrypting reader; compressed files are decrypted on the vault's thread into
memory and decoded from there (ui/audio/player.py). Under Arabic the seek bar runs from right to
left, as the text does.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.media import recording, store, wav
from testimony_recorder.recorder.media.recording import Marker
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate, leading_alignment
from ..session import Session
from ..tasks import Job
from .player import MAX_COMPRESSED, BufferPlayer, PcmPlayer, open_player

TICK_MS = 200
HEAD = 1 << 16


class TooLargeToPlay(RecorderError):
    code = "too_large_to_play"
    english = "{name} is too large to be played inside the app."
    name: str


def load_for_playing(vault: Vault, attachment: Attachment) -> tuple[BinaryIO, list[Marker]]:
    """On the vault thread: a reader to play from, and the recording's markers.

    PCM WAV stays a streaming, decrypting reader; anything else is decrypted into memory here,
    so the GUI thread never waits for decryption.
    """
    reader = store.open_attachment(vault, attachment.id)
    try:
        head = reader.read(HEAD)
        size = reader.seek(0, io.SEEK_END)
        if wav.parse(head, size) is None:
            if size > MAX_COMPRESSED:
                raise TooLargeToPlay(attachment.filename)
            reader.seek(0)
            data = reader.read()
            reader.close()
            reader = io.BytesIO(data)
        reader.seek(0)
    except BaseException:
        reader.close()
        raise
    return reader, recording.markers(vault.conn, attachment.id)


class PlayerWidget(QFrame):
    failed = Signal(object)

    def __init__(self, session: Session, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language
        self.attachment: Attachment | None = None
        self.player: PcmPlayer | BufferPlayer | None = None
        self._fallback_ms = 0
        self.setObjectName("player")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Player"))

        self.title = QLabel(self.tr("Choose an audio attachment and press Play."), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAlignment(leading_alignment(self))
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.clicked.connect(self.play_pause)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.slider.setSingleStep(5000)
        self.slider.setPageStep(30000)
        self.slider.sliderReleased.connect(lambda: self.seek(self.slider.value()))
        self.slider.actionTriggered.connect(self._slider_action)
        self.position_label = QLabel(self)
        self.position_label.setAccessibleName(self.tr("Time played"))
        self.duration_label = QLabel(self)
        self.duration_label.setAccessibleName(self.tr("Length"))
        self.markers = QListWidget(self)
        self.markers.setAccessibleName(self.tr("Markers; choose one to listen from there"))
        self.markers.setMaximumHeight(110)
        self.markers.itemActivated.connect(self._marker_chosen)
        self.markers.itemClicked.connect(self._marker_chosen)
        self.markers_label = QLabel(self.tr("Markers"), self)
        # Why nothing can be heard (no sound output, playback failed); hidden otherwise.
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

        bar = QHBoxLayout()
        bar.addWidget(self.play_button)
        bar.addWidget(self.position_label)
        bar.addWidget(self.slider, 1)
        bar.addWidget(self.duration_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.markers_label)
        layout.addWidget(self.markers)
        layout.addStretch(1)
        self._show_times(0, 0)
        self._update()


    # -- opening and closing -------------------------------------------------------------------
    def open(self, attachment: Attachment, autoplay: bool = True) -> None:
        self.close_player()
        self.attachment = attachment
        self._fallback_ms = int(float(attachment.metadata.get("info:duration", "0")) * 1000)
        self.title.setText(self.tr("Loading %1...").replace("%1", isolate(attachment.filename)))

        def work(vault: Vault, job: Job) -> tuple[BinaryIO, list[Marker]]:
            return load_for_playing(vault, attachment)

        def loaded(result: tuple[BinaryIO, list[Marker]]) -> None:
            reader, markers = result
            if self.attachment is None or self.attachment.id != attachment.id:
                reader.close()  # another file was chosen meanwhile
                return
            try:
                self.player = open_player(reader, attachment.media_type, self)
            except ValueError as exc:
                reader.close()
                self._failed(exc)
                return
            self.player.finished.connect(self._finished)
            self.player.failed.connect(self._playback_failed)
            self.title.setText(attachment.filename)
            self._show_markers(markers)
            self._timer.start()
            if autoplay:
                self._play()
            self._tick()

        self.session.runner.run(work, owner=self, done=loaded, failed=self._failed)

    def close_player(self) -> None:
        """Stop and release the decrypted stream (before locking, or for another file)."""
        self._timer.stop()
        if self.player is not None:
            self.player.close()
            self.player.deleteLater()
            self.player = None
        self.attachment = None
        self.markers.clear()
        self.problem.hide()
        self.title.setText(self.tr("Choose an audio attachment and press Play."))
        self._show_times(0, 0)
        self._update()

    def _failed(self, error: BaseException) -> None:
        self.close_player()
        self.failed.emit(error)

    # -- playing -------------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self.player is not None and self.player.playing

    def play_pause(self) -> None:
        if self.player is None:
            return
        if self.player.playing:
            self.player.pause()
        else:
            if self._duration() and self.player.position_ms >= self._duration() - 100:
                self.player.seek(0)
            self._play()
        self._update()

    def _play(self) -> None:
        """Play, unless there is nothing to hear it through: then say so in the window rather
        than run the clock over silence."""
        if self.player is None:
            return
        if not QMediaDevices.audioOutputs():
            self._show_problem(self.tr(
                "No sound output was found, so nothing can be heard. Connect speakers or "
                "headphones (or check the system's sound settings), then press Play again."))
            return
        self.problem.hide()
        self.player.play()

    def _playback_failed(self) -> None:
        self._show_problem(self.tr(
            "The sound output stopped or refused this file, so nothing is playing. Check the "
            "speakers or headphones and the system's sound settings, then press Play again."))
        self._tick()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def seek(self, ms: int) -> None:
        if self.player is not None:
            self.player.seek(ms)
            self._tick()

    def _slider_action(self, action: int) -> None:
        if action == QAbstractSlider.SliderAction.SliderMove.value or self.slider.isSliderDown():
            return  # dragging: seek once, on release
        self.seek(self.slider.sliderPosition())

    def _marker_chosen(self, item: QListWidgetItem) -> None:
        self.seek(int(item.data(Qt.ItemDataRole.UserRole)))
        if self.player is not None and not self.player.playing:
            self._play()
        self._update()

    def _finished(self) -> None:
        self._tick()
        self._update()

    # -- showing -------------------------------------------------------------------------------
    def _duration(self) -> int:
        if self.player is None:
            return 0
        return self.player.duration_ms or self._fallback_ms

    def _tick(self) -> None:
        if self.player is None:
            return
        position, duration = self.player.position_ms, self._duration()
        self._show_times(position, duration)
        self._update()

    def _show_times(self, position: int, duration: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.blockSignals(True)
            self.slider.setRange(0, max(1, duration))  # an empty range puts 0 on the left
            self.slider.setValue(min(position, duration))
            self.slider.blockSignals(False)
        self.position_label.setText(formatting.clock_time(position, self.language))
        self.duration_label.setText(formatting.clock_time(duration, self.language))

    def _show_markers(self, markers: list[Marker]) -> None:
        self.markers.clear()
        for marker in markers:
            item = QListWidgetItem(
                f"{isolate(formatting.clock_time(marker.position_ms, self.language))}   "
                f"{isolate(marker.note)}")
            item.setData(Qt.ItemDataRole.UserRole, marker.position_ms)
            self.markers.addItem(item)

    def _update(self) -> None:
        loaded = self.player is not None
        text = self.tr("Pause") if self.playing else self.tr("Play")
        if self.play_button.text() != text:
            self.play_button.setText(text)
            self.play_button.setAccessibleName(text)
        self.play_button.setEnabled(loaded)
        self.slider.setEnabled(loaded)
        has_markers = self.markers.count() > 0
        self.markers.setVisible(has_markers)
        self.markers_label.setVisible(has_markers)
