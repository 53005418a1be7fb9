"""Watching a video attachment inside the app, decoded from memory.

As with compressed audio (ui/audio/player.py), QMediaPlayer reads the decrypted bytes from a
QBuffer, never from a file; frames arrive through a QVideoSink and are drawn into a label (so no
extra Qt module is needed). `clear()` stops playback and overwrites the bytes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QPixmap
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from testimony_recorder.recorder.model.attachment import Attachment

from .. import formatting
from ..audio import quiet_media_logs
from ..widgets import layouts
from ..widgets.memory_file import MemoryFile


class VideoView(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.memory = MemoryFile(self)
        self.frame = QLabel(self)
        self.frame.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.frame.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.frame.setAccessibleName(self.tr("Video"))
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setEnabled(False)
        self.play_button.clicked.connect(self.play_pause)
        self.position = QLabel(self)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame)
        self.output = QAudioOutput(self)
        self.player = QMediaPlayer(self)
        self.player.setAudioOutput(self.output)
        self.player.setVideoSink(self.sink)
        self.player.playbackStateChanged.connect(self._update)
        self.player.positionChanged.connect(self._update)
        bar = QHBoxLayout()
        bar.addWidget(self.play_button)
        bar.addWidget(self.position)
        bar.addStretch(1)
        layouts.column(self, bar, self.frame)

    def show_bytes(self, attachment: Attachment, data: bytes) -> None:
        self.clear()
        quiet_media_logs()
        self.memory.hold(data)
        # The URL only tells the decoder the type; nothing is read from it.
        suffix = attachment.filename.rsplit(".", 1)[-1] if "." in attachment.filename else "mp4"
        self.player.setSourceDevice(self.memory.device(), QUrl(f"memory:attachment.{suffix}"))
        self.play_button.setEnabled(True)
        self._update()

    @property
    def playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def play_pause(self) -> None:
        if self.playing:
            self.player.pause()
        else:
            self.player.play()

    def _frame(self, frame: QVideoFrame) -> None:
        image = frame.toImage()
        if not image.isNull():
            self.frame.setPixmap(QPixmap.fromImage(image).scaled(
                self.frame.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def _update(self) -> None:
        text = self.tr("Pause") if self.playing else self.tr("Play")
        self.play_button.setText(text)
        self.play_button.setAccessibleName(text)
        self.position.setText(formatting.clock_time(int(self.player.position()), self.language))

    def clear(self) -> None:
        """Stop, and overwrite the decrypted bytes before letting them go."""
        self.player.stop()
        self.player.setSource(QUrl())
        self.memory.wipe()
        self.frame.clear()
        self.play_button.setEnabled(False)
        self._update()
