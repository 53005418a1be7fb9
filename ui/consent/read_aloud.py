"""Reading the consent text aloud: the organisation's own recording when it has one for this
part in this language, else an offline system voice for the language, else nothing (and the
button says why).

Recordings are played from memory (a QBuffer), never from a temporary file. Only engines that
run on this machine are used; Qt's "mock" test engine is never offered to a witness.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtTextToSpeech import QTextToSpeech

from testimony_recorder.recorder.consent.recordings import section_text
from testimony_recorder.recorder.consent.text import ShownText

# (shown text, section) -> (media type, audio bytes), or None when there is no recording.
RecordingSource = Callable[[ShownText, str], tuple[str, bytes] | None]

_EXTENSIONS = {"audio/wav": "wav", "audio/flac": "flac", "audio/ogg": "ogg",
               "audio/mpeg": "mp3", "audio/mp4": "m4a"}
_NOT_ON_DEVICE = frozenset({"mock"})


class Source(StrEnum):
    RECORDING = "recording"
    SPEECH = "speech"
    NONE = "none"


class SpeechVoices(QObject):
    """Offline system voices by language, found once and shared by every window.

    Starting a speech engine can take a second or more (the speech service may have to start),
    so it is never done while a window is built: `voice()` answers None until `warm()` has run
    (on the next turn of the event loop), then `ready` is emitted.
    """

    ready = Signal()

    def __init__(self, parent: QObject | None = None, *, enabled: bool = True) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._found: dict[str, QTextToSpeech | None] = {}
        self._pending: set[str] = set()

    def voice(self, language: str) -> QTextToSpeech | None:
        if language in self._found:
            return self._found[language]
        if self._enabled and language not in self._pending:
            self._pending.add(language)
            QTimer.singleShot(0, lambda: self.warm([language]))
        return None

    def known(self, language: str) -> bool:
        return not self._enabled or language in self._found

    def warm(self, languages: list[str]) -> None:
        """Look voices up now. Each speech engine takes a second or two to start, so only the
        languages a witness asks for are looked up (not every language when the Consent tab
        opens: that froze the window), under a busy cursor."""
        missing = [language for language in languages if language not in self._found]
        if missing and self._enabled:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for language in missing:
                self._found[language] = self._find(language) if self._enabled else None
        finally:
            if missing and self._enabled:
                QGuiApplication.restoreOverrideCursor()
        self._pending.difference_update(languages)
        self.ready.emit()

    def _find(self, language: str) -> QTextToSpeech | None:
        wanted = QLocale(language).language()
        for engine in QTextToSpeech.availableEngines():
            if engine in _NOT_ON_DEVICE:
                continue
            tts = QTextToSpeech(engine, self)
            if tts.state() == QTextToSpeech.State.Error:
                tts.deleteLater()
                continue
            locale = next((loc for loc in tts.availableLocales()
                           if loc.language() == wanted), None)
            if locale is not None:
                tts.setLocale(locale)
                if tts.availableVoices():
                    return tts
            tts.deleteLater()
        return None


class ReadAloud(QObject):
    playing_changed = Signal(bool)

    # Emitted when what can be played may have changed (voices found, recordings loaded).
    availability_changed = Signal()

    def __init__(self, recording_for: RecordingSource, voices: SpeechVoices | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recording_for = recording_for
        self._voices = voices
        self._connected: set[int] = set()
        if voices is not None:
            voices.ready.connect(self.availability_changed)
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._buffer: QBuffer | None = None
        self._playing = False
        self._speaking: QTextToSpeech | None = None

    # -- what is available ---------------------------------------------------------------------

    def source(self, shown: ShownText, section: str) -> Source:
        if self._recording_for(shown, section) is not None:
            return Source.RECORDING
        if self._voice(shown.language) is not None:
            return Source.SPEECH
        return Source.NONE

    def _voice(self, language: str) -> QTextToSpeech | None:
        voice = None if self._voices is None else self._voices.voice(language)
        if voice is not None and id(voice) not in self._connected:
            self._connected.add(id(voice))
            voice.stateChanged.connect(self._speech_state)
        return voice

    # -- playing -------------------------------------------------------------------------------

    @property
    def is_playing(self) -> bool:
        return self._playing

    def play(self, shown: ShownText, section: str) -> Source:
        self.stop()
        found = self._recording_for(shown, section)
        if found is not None:
            self._play_recording(*found)
            return Source.RECORDING
        voice = self._voice(shown.language)
        if voice is not None:
            self._speaking = voice
            voice.say(section_text(shown, section))
            self._set_playing(True)
            return Source.SPEECH
        return Source.NONE

    def _play_recording(self, media_type: str, data: bytes) -> None:
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._output = QAudioOutput(self)
            self._player.setAudioOutput(self._output)
            self._player.playbackStateChanged.connect(self._player_state)
            self._player.errorOccurred.connect(lambda *_: self._set_playing(False))
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # The URL only names the format for the decoder; nothing is read from disk.
        self._player.setSourceDevice(self._buffer,
                                     QUrl(f"consent.{_EXTENSIONS.get(media_type, 'wav')}"))
        self._player.play()
        self._set_playing(True)

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()
        if self._speaking is not None:
            if self._speaking.state() == QTextToSpeech.State.Speaking:
                self._speaking.stop()
            self._speaking = None
        self._set_playing(False)

    def _player_state(self, state: QMediaPlayer.PlaybackState) -> None:
        if state == QMediaPlayer.PlaybackState.StoppedState:
            self._set_playing(False)

    def _speech_state(self, state: QTextToSpeech.State) -> None:
        # Voices are shared: only the one this player started may end its playing.
        if self.sender() is self._speaking and state in (QTextToSpeech.State.Ready,
                                                         QTextToSpeech.State.Error):
            self._speaking = None
            self._set_playing(False)

    def _set_playing(self, playing: bool) -> None:
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)
