"""The organisation's recordings of the consent text: one per language and part, recorded here
from the microphone or attached from an audio file, played back, replaced or removed.

A part whose wording changed since it was recorded is marked, and witness mode stops playing
it until it is recorded again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder.audio.take import Take, TakeEvents
from testimony_recorder.recorder.consent import recordings
from testimony_recorder.recorder.consent.recordings import MAX_RECORDING
from testimony_recorder.recorder.consent.text import ShownText, current_texts
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.media.memory_sink import MemorySink
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..audio.microphone import Microphone
from ..audio.take import gui_take
from ..i18n import isolate
from ..runner import VaultRunner
from ..tasks import Job
from ..widgets.language_box import add_languages
from .messages import describe
from .read_aloud import ReadAloud


class RecordingsDialog(QDialog):
    def __init__(self, runner: VaultRunner, *, template: str = "standard",
                 microphone: Microphone | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._template = template
        self._microphone = microphone
        self._take: Take | None = None
        self._texts: dict[str, ShownText] = {}
        self._audio: dict[str, tuple[str, bytes]] = {}
        self.setWindowTitle(self.tr("Recordings of the consent form"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Witnesses who cannot read, or prefer to listen, hear these recordings in witness "
            "mode. Record each part in each language as written, slowly and clearly."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        layout.addWidget(self.language)
        self.parts = QTreeWidget(self)
        self.parts.setObjectName("parts")
        self.parts.setRootIsDecorated(False)
        self.parts.setHeaderLabels([self.tr("Part"), self.tr("Recording")])
        layout.addWidget(self.parts, 1)
        row = QHBoxLayout()
        self.attach = QPushButton(self.tr("Attach an audio file..."), self)
        self.record = QPushButton(self.tr("Record"), self)
        self.record.setObjectName("record")
        if microphone is None:
            self.record.setToolTip(self.tr("No microphone is connected: attach an audio file "
                                           "instead."))
        self.time = QLabel(self)
        self.play = QPushButton(self.tr("Play"), self)
        self.remove = QPushButton(self.tr("Remove"), self)
        for b in (self.attach, self.record, self.time, self.play, self.remove):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.player = ReadAloud(lambda _s, section: self._audio.get(section), None, self)
        self.language.currentIndexChanged.connect(lambda _: self.reload())
        self.parts.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.attach.clicked.connect(self._pick_file)
        self.record.clicked.connect(self._toggle_recording)
        self.play.clicked.connect(self._play)
        self.remove.clicked.connect(self._remove)
        self.resize(760, 560)
        self._runner.run(lambda vault, job: current_texts(vault.conn, template), owner=self,
                         done=self._texts_loaded, failed=self._error)

    def _texts_loaded(self, texts: dict[str, ShownText]) -> None:
        self._texts = dict(texts)
        self.language.blockSignals(True)
        add_languages(self.language, self._texts)
        self.language.blockSignals(False)
        self.reload()

    def shown(self) -> ShownText | None:
        return self._texts.get(self.language.currentData())

    def section(self) -> str | None:
        item = self.parts.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def reload(self) -> None:
        shown = self.shown()
        if shown is None:
            return

        def load(vault: Vault, job: Job) -> tuple[list[recordings.Recording],
                                                  dict[str, tuple[str, bytes]]]:
            conn = vault.conn
            return (recordings.listing(conn, shown.template, shown.language),
                    recordings.all_audio(conn, shown))

        self._runner.run(load, owner=self, done=lambda found: self._show(shown, *found),
                         failed=self._error)

    def _show(self, shown: ShownText, kept: list[recordings.Recording],
              audio: dict[str, tuple[str, bytes]]) -> None:
        self._audio = audio
        selected = self.section()
        by_section = {r.section: r for r in kept}
        self.parts.clear()
        names = {recordings.INTRODUCTION: shown.title, recordings.CLOSING: shown.ui["review_title"]}
        for section in recordings.sections(shown):
            rec = by_section.get(section)
            if rec is None:
                state = self.tr("none: a system voice reads it, if there is one")
            elif recordings.is_current(rec, shown):
                made = formatting.when(rec.created_at, formatting.ui_language(), with_time=False)
                state = self.tr("recorded %1 by %2").replace("%1", isolate(made)) \
                    .replace("%2", isolate(rec.created_by))
            else:
                state = self.tr("the wording changed since: record it again")
            title = names.get(section) or shown.item(section).title
            row = QTreeWidgetItem([title, state])
            row.setData(0, Qt.ItemDataRole.UserRole, section)
            row.setTextAlignment(0, Qt.AlignmentFlag.AlignLeading)
            self.parts.addTopLevelItem(row)
            if section == selected:
                self.parts.setCurrentItem(row)
        self.parts.resizeColumnToContents(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        section, recording = self.section(), self._take is not None
        self.attach.setEnabled(section is not None and not recording)
        self.record.setEnabled(section is not None and self._microphone is not None)
        self.record.setText(self.tr("Stop") if recording else self.tr("Record"))
        self.play.setEnabled(section in self._audio and not recording)
        self.remove.setEnabled(section in self._audio and not recording)
        self.language.setEnabled(not recording)
        self.parts.setEnabled(not recording)

    # -- recording from the microphone: kept in memory, stored whole when stopped -------------
    def _toggle_recording(self) -> None:
        if self._take is not None:
            self._take.stop()
            return
        shown, section = self.shown(), self.section()
        if shown is None or section is None or self._microphone is None:
            return
        self.player.stop()
        try:
            source = self._microphone()
        except RecorderError as exc:
            self.message.setText(describe(exc))
            return
        sink = MemorySink(MAX_RECORDING)
        events = TakeEvents(
            started=lambda _id: self.message.setText(
                self.tr("Recording: read the part aloud as written, then press Stop.")),
            position_changed=lambda ms: self.time.setText(
                formatting.clock_time(ms, formatting.ui_language())),
            # As long as a recording may be: stopped there, and what was said is kept.
            limit_reached=lambda: take.stop(),
            stopped=lambda wav: self._recorded(shown, section, wav),
            failed=self._recording_failed)
        take = gui_take(self._runner, source, events, self, sink=sink)
        self._take = take
        self._update_buttons()
        take.start(section, limit_ms=sink.longest_ms(source.format))

    def _recorded(self, shown: ShownText, section: str, wav: object) -> None:
        self._take = None
        self.time.clear()
        self._update_buttons()
        assert isinstance(wav, bytes)  # noqa: S101 - what MemorySink.stop() returns
        data = wav
        self._runner.run(
            lambda vault, job: recordings.attach(vault, shown, section, data, "recording.wav"),
            owner=self, done=lambda _r: self._done(self.tr("Recording kept.")),
            failed=self._error)

    def _recording_failed(self, error: BaseException) -> None:
        if self._take is not None:
            self._take.discard()
        self._take = None
        self.time.clear()
        self._update_buttons()
        self._error(error)

    def _pick_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Audio file"), str(Path.home()),
            self.tr("Audio (*.wav *.flac *.ogg *.opus *.mp3 *.m4a)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if name:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> None:
        shown, section = self.shown(), self.section()
        if shown is None or section is None:
            return
        try:
            if path.stat().st_size > MAX_RECORDING:
                raise OSError(self.tr("the file is too large"))
            data = path.read_bytes()
        except OSError as exc:
            self.message.setText(self.tr("Cannot read %1: %2").replace("%1", isolate(path.name))
                                 .replace("%2", str(exc.strerror or exc)))
            return
        self._runner.run(
            lambda vault, job: recordings.attach(vault, shown, section, data, path.name),
            owner=self, done=lambda _r: self._done(self.tr("Recording kept.")),
            failed=self._error)

    def _remove(self) -> None:
        shown, section = self.shown(), self.section()
        if shown is None or section is None:
            return
        self._runner.run(
            lambda vault, job: recordings.remove(vault, shown.template, shown.language, section),
            owner=self, done=lambda _r: self._done(self.tr("Recording removed.")),
            failed=self._error)

    def _play(self) -> None:
        shown, section = self.shown(), self.section()
        if shown is not None and section is not None:
            self.player.play(shown, section)

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.reload()

    def _error(self, error: BaseException) -> None:
        self.message.setText(describe(error))

    def reject(self) -> None:
        self.player.stop()
        if self._take is not None:
            self._take.discard()  # closed while recording: nothing half-said is kept
            self._take = None
        super().reject()
