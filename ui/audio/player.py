"""Playback from the encrypted store, with seeking, and never a plaintext file.

PCM WAV (every in-app recording) streams through QAudioSink, fed block by block from the
decrypting reader: memory stays small whatever the length, and seeking moves the reader.
Compressed formats are decoded by QMediaPlayer from an in-memory QBuffer of the decrypted bytes
(bounded: longer files are refused rather than spilled to disk).
"""

from __future__ import annotations

import sys
from typing import BinaryIO

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtMultimedia import (
    QAudio,
    QAudioFormat,
    QAudioOutput,
    QAudioSink,
    QMediaDevices,
    QMediaFormat,
    QMediaPlayer,
)

from testimony_recorder.recorder.media import wav

from . import quiet_media_logs

FEED_MS = 20
# What a sound output reports when it cannot play (an underrun is only a late feed).
_OUTPUT_FAILURES = (QAudio.Error.OpenError, QAudio.Error.IOError, QAudio.Error.FatalError)
# Compressed files are decoded from memory; this bounds that memory.
MAX_COMPRESSED = 256 * 1024 * 1024


class PcmPlayer(QObject):
    """Plays 16-bit PCM WAV from a seekable reader (the store's decrypting reader)."""

    position_changed = Signal(int)
    finished = Signal()
    # The sound output refused or lost the stream (no device, device gone): playback stopped.
    failed = Signal()

    def __init__(self, reader: BinaryIO, layout: wav.PcmLayout,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._layout = layout
        fmt = QAudioFormat()
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        fmt.setSampleRate(layout.format.sample_rate)
        fmt.setChannelCount(layout.format.channels)
        self._sink = QAudioSink(QMediaDevices.defaultAudioOutput(), fmt, self)
        self._sink.stateChanged.connect(self._sink_state)
        self._io: QIODevice | None = None
        self._base_ms = 0  # where playback (re)started
        self._fed = 0  # bytes of PCM handed to the sink since then
        self._timer = QTimer(self)
        self._timer.setInterval(FEED_MS)
        self._timer.timeout.connect(self._feed)

    @property
    def duration_ms(self) -> int:
        return self._layout.format.ms_at(self._layout.data_size)

    @property
    def position_ms(self) -> int:
        if self._io is None:
            return self._base_ms
        played = self._sink.processedUSecs() // 1000
        return min(self.duration_ms, self._base_ms + played)

    @property
    def playing(self) -> bool:
        return self._io is not None and self._timer.isActive()

    def play(self) -> None:
        if self._io is None:
            self._start_at(self._base_ms)
        else:
            self._sink.resume()
            self._timer.start()

    def pause(self) -> None:
        if self._io is not None:
            self._sink.suspend()
            self._timer.stop()

    def seek(self, ms: int) -> None:
        """Jump to `ms`; only the chunks around the new position are decrypted."""
        ms = max(0, min(ms, self.duration_ms))
        was_playing = self.playing
        self._stop_sink()
        self._base_ms = ms
        if was_playing:
            self._start_at(ms)
        self.position_changed.emit(ms)

    def stop(self) -> None:
        self._stop_sink()
        self._base_ms = 0

    def _start_at(self, ms: int) -> None:
        fmt = self._layout.format
        offset = ms * fmt.byte_rate // 1000
        self._fed = offset - offset % fmt.frame_size
        self._io = self._sink.start()
        if self._sink.error() in _OUTPUT_FAILURES:
            self._stop_sink()
            self.failed.emit()
            return
        self._timer.start()
        self._feed()

    def _sink_state(self, state: QAudio.State) -> None:
        if state == QAudio.State.StoppedState and self._sink.error() in _OUTPUT_FAILURES \
                and self._io is not None:
            self._stop_sink()
            self.failed.emit()

    def _stop_sink(self) -> None:
        self._timer.stop()
        if self._io is not None:
            self._sink.stop()
        self._io = None

    def _feed(self) -> None:
        if self._io is None:
            return
        fmt = self._layout.format
        left = self._layout.data_size - self._fed
        if left <= 0:
            if self._sink.bytesFree() >= self._sink.bufferSize():  # everything was played
                self._stop_sink()
                self._base_ms = self.duration_ms
                self.finished.emit()
            return
        room = self._sink.bytesFree()
        room -= room % fmt.frame_size
        if room <= 0:
            return
        self._reader.seek(self._layout.data_offset + self._fed)
        data = self._reader.read(min(room, left))
        if data:
            written = self._io.write(data)
            self._fed += max(0, written)
        self.position_changed.emit(self.position_ms)

    def close(self) -> None:
        self._stop_sink()
        self._reader.close()


class BufferPlayer(QObject):
    """Plays a compressed file (MP3, AAC, Opus, FLAC...) decoded by QMediaPlayer from memory."""

    position_changed = Signal(int)
    finished = Signal()
    # The file could not be decoded or the sound output failed: playback stopped.
    failed = Signal()

    def __init__(self, reader: BinaryIO, media_type: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        size = reader.seek(0, 2)
        if size > MAX_COMPRESSED:
            raise ValueError("too large to play from memory")
        reader.seek(0)
        quiet_media_logs()
        self._data = QByteArray(reader.read())
        reader.close()
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._output = QAudioOutput(self)
        self._player = QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.positionChanged.connect(self._moved)
        self._player.mediaStatusChanged.connect(self._status)
        self._player.errorOccurred.connect(lambda *_: self.failed.emit())
        # The URL only tells the decoder the type; nothing is read from it.
        self._player.setSourceDevice(self._buffer, QUrl(f"memory:attachment.{_suffix(media_type)}"))

    def _moved(self, ms: int) -> None:
        self.position_changed.emit(int(ms))

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self.finished.emit()

    @property
    def duration_ms(self) -> int:
        return int(self._player.duration())

    @property
    def position_ms(self) -> int:
        return int(self._player.position())

    @property
    def playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def play(self) -> None:
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def seek(self, ms: int) -> None:
        self._player.setPosition(max(0, ms))

    def stop(self) -> None:
        self._player.stop()

    def close(self) -> None:
        self._player.stop()
        self._player.setSource(QUrl())
        self._buffer.close()
        self._data.fill(0)  # do not leave decrypted audio in freed memory


def _suffix(media_type: str) -> str:
    return {"audio/mpeg": "mp3", "audio/mp4": "m4a", "audio/ogg": "ogg", "audio/flac": "flac",
            "audio/aac": "aac", "audio/wav": "wav", "video/mp4": "mp4"}.get(media_type, "bin")


def open_player(reader: BinaryIO, media_type: str,
                parent: QObject | None = None) -> PcmPlayer | BufferPlayer:
    """The right player for a stored audio attachment's decrypting reader."""
    if not media_type.startswith("audio/"):
        reader.close()
        raise ValueError(f"{media_type} is not audio")
    reader.seek(0)
    size = reader.seek(0, 2)
    reader.seek(0)
    layout = wav.parse(reader.read(1 << 16), size)
    if layout is not None:
        return PcmPlayer(reader, layout, parent)
    return BufferPlayer(reader, media_type, parent)


def playable_formats() -> int:
    """How many file formats Qt's media back end decodes for playback: 0 when its plugin did
    not load (as in a frozen build missing a library the plugin links), and the app could not
    play recordings (`testimony selftest` checks it)."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    formats = (QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
               if QMediaPlayer().isAvailable() else [])
    del app
    return len(formats)
