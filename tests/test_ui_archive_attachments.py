"""The archive's read-only interview view plays and shows attachments in the form consent allows,
from memory only: an image, a PDF, a text, a recording and a video of one interview; for
another, whose consent allows only redacted copies and no audio, the original photo opens as its
redacted copy and the recording stays closed. No plaintext of any of them reaches the disk."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.media import ingest, redact
from testimony_recorder.ui.coordinator.attachments_pane import VIEW_ROLE, AttachmentsPane
from testimony_recorder.ui.coordinator.interview_view import InterviewPane

from .media_helpers import leaks
from .movie_maker import movie
from .packet_helpers import FULL_OWN, add_interview, make_vault
from .test_ui_export import open_app
from .ui_media_helpers import close_app, private_tmp

WAIT = 20_000
NOTE = "A note only the vault may hold: 7f3a-archive-viewer"
NO_IDENTITY = (items.PARTICIPATION, items.DOCUMENTATION_USE, items.PHOTO_VIDEO)


def _pdf(path: Path) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                     QPageLayout.Orientation.Portrait, QMarginsF()))
    painter = QPainter(writer)
    painter.drawText(100, 100, "page one")
    writer.newPage()
    painter.drawText(100, 100, "page two")
    painter.end()
    buffer.close()
    path.write_bytes(bytes(data.data()))


MOVIE = movie()
#: A window of the movie's frames: found nowhere outside the vault's encrypted store.
MOVIE_WINDOW = MOVIE[len(MOVIE) // 2 : len(MOVIE) // 2 + 64]


def _inputs(folder: Path) -> list[Path]:
    folder.mkdir()
    photo, pdf, note, voice, clip = (folder / n for n in (
        "photo.png", "form.pdf", "note.txt", "voice.wav", "clip.mov"))
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#c03020"))
    assert image.save(str(photo))
    _pdf(pdf)
    note.write_text(NOTE, encoding="utf-8")
    with wave.open(str(voice), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(bytes(16000))
    clip.write_bytes(MOVIE)
    return [photo, pdf, note, voice, clip]


@pytest.fixture
def opened(qapp: QApplication, qtbot: QtBot, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[InterviewPane, list[str], Path]]:
    tmpdir = private_tmp(tmp_path, monkeypatch)
    files = _inputs(tmp_path / "in")
    coord = make_vault(tmp_path, "coord", role="coordinator")
    full = add_interview(coord, FULL_OWN)
    assert not ingest.ingest_files(coord, full, files).rejected
    limited = add_interview(coord, NO_IDENTITY)
    added = ingest.ingest_files(coord, limited, [files[0], files[3]]).attachments
    redact.make_redacted(coord, added[0].id)
    path = coord.path
    coord.close()
    app = open_app(qapp, tmp_path, path, qtbot)
    pane = InterviewPane(app.session, "en")
    pane.show()
    try:
        yield pane, [full, limited], tmpdir
    finally:
        pane.attachments.close_media()
        pane.deleteLater()
        close_app(app)


def _open(qtbot: QtBot, pane: InterviewPane, interview_id: str) -> AttachmentsPane:
    with qtbot.waitSignal(pane.shown, timeout=WAIT):
        pane.open(interview_id)
    pane.tabs.setCurrentWidget(pane.attachments)
    return pane.attachments


def _labels(att: AttachmentsPane) -> list[str]:
    return [att.list.item(r).text().replace("\u2068", "").replace("\u2069", "")
            for r in range(att.list.count())]


def _choose(qtbot: QtBot, att: AttachmentsPane, name: str) -> Any:
    row = next(r for r, label in enumerate(_labels(att)) if label.startswith(name + " "))
    if att.files[att.list.item(row).data(VIEW_ROLE).opens or ""].media_type.startswith("audio/"):
        att.list.setCurrentRow(row)
        return None
    with qtbot.waitSignal(att.shown, timeout=WAIT) as shown:
        att.list.setCurrentRow(row)
    return shown.args[0]


def test_each_kind_plays_or_shows_from_memory(opened: Any, qtbot: QtBot) -> None:
    pane, (full, _), tmpdir = opened
    att = _open(qtbot, pane, full)
    assert _labels(att)[1:] == ["photo.png (Photo, original)", "form.pdf (Document, original)",
                                "note.txt (Document, original)", "voice.wav (Audio, original)",
                                "clip.mov (Video, original)"]
    assert _labels(att)[0].startswith("consent-signature.png")  # the consent's proof
    _choose(qtbot, att, "photo.png")
    assert att.viewer.currentWidget() is att.document
    assert att.document.image.pixmap().size().toTuple() == (40, 30)
    assert att.note.text() == "The original, as recorded: consent allows its use."
    assert att.details.title.text() == "photo.png"
    _choose(qtbot, att, "form.pdf")
    assert len(att.document.page_labels) == 2
    assert not att.document.page_labels[0].pixmap().isNull()
    _choose(qtbot, att, "note.txt")
    assert att.document.text.toPlainText() == NOTE
    _choose(qtbot, att, "voice.wav")
    assert att.viewer.currentWidget() is att.player
    qtbot.waitUntil(lambda: att.player.player is not None, timeout=WAIT)
    assert att.player.title.text() == "voice.wav" and att.player.play_button.isEnabled()
    _choose(qtbot, att, "clip.mov")
    assert att.viewer.currentWidget() is att.video
    att.video.play_button.click()  # decoded from memory: its frames reach the window
    qtbot.waitUntil(lambda: att.video.frame.pixmap() is not None
                    and not att.video.frame.pixmap().isNull(), timeout=WAIT)
    qtbot.waitUntil(lambda: att.video.player.position() > 0, timeout=WAIT)
    pane.tabs.setCurrentWidget(pane.versions)  # out of sight: the decrypted file is let go
    assert att.player.player is None and att.chosen is None
    assert att.video.frame.pixmap().isNull() and not att.video.play_button.isEnabled()
    assert not leaks([tmpdir, pane.session.path], [NOTE.encode("utf-8"), MOVIE_WINDOW])


def test_consent_decides_the_form_and_what_stays_closed(opened: Any, qtbot: QtBot) -> None:
    pane, (_, limited), _ = opened
    att = _open(qtbot, pane, limited)
    labels = _labels(att)
    assert "voice.wav (Audio, original) (closed)" in labels
    shown = _choose(qtbot, att, "photo.png")  # the original: its redacted copy opens instead
    assert att.note.text().startswith("Showing its redacted copy")
    assert shown != att.chosen.attachment.id
    assert att.details.title.text() != "photo.png"
    att.list.setCurrentRow(labels.index("voice.wav (Audio, original) (closed)"))
    assert att.viewer.currentWidget() is att.nothing and att.player.player is None
    assert "does not allow" in att.note.text()
