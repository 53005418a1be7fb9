"""The coordinator's archive workspace on fictional field data: three interviewer laptops and
one coordinator (the scene the archive's tests use: one alleged perpetrator in three spellings,
a gap, a replay and a tampered packet on the stick)."""

from __future__ import annotations

import math
import struct
import time
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from testimony_recorder.recorder import kdf, unlock
from testimony_recorder.recorder.archive import batch
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.media import ingest
from testimony_recorder.ui.coordinator import archive_workspace as ws
from testimony_recorder.ui.coordinator import chain_view
from testimony_recorder.ui.coordinator.archive_view import ArchiveView
from testimony_recorder.ui.coordinator.chain_view import ChainView
from testimony_recorder.ui.coordinator.devices_view import DevicesView
from testimony_recorder.ui.coordinator.interview_view import InterviewPane
from testimony_recorder.ui.coordinator.perpetrators_view import PerpetratorsView
from testimony_recorder.ui.widgets.rows import choose_row
from tests.archive_fixtures import build_office
from tests.conftest import PASSPHRASE
from tests.movie_maker import movie

from .common import close, open_app, save, save_refused, scratch, settle


def _media(folder: Path) -> list[Path]:
    """A fictional photo, a second of tone and a clip of plain colours, as an interviewer might
    have attached."""
    folder.mkdir()
    photo, tone, clip = (folder / "wall-of-the-school.png", folder / "voice-note.wav",
                         folder / "street-clip.mov")
    clip.write_bytes(movie(frames=20, width=320, height=240))
    image = QImage(640, 420, QImage.Format.Format_RGB32)
    image.fill(QColor("#d8cfc0"))
    painter = QPainter(image)
    painter.fillRect(60, 260, 520, 120, QColor("#8a7f70"))
    painter.fillRect(250, 120, 140, 140, QColor("#5d6d7e"))
    painter.drawText(70, 60, "Fictional photo for the screenshots")
    painter.end()
    image.save(str(photo))
    with wave.open(str(tone), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(n / 8)))
                                 for n in range(16000)))
    return [photo, tone, clip]


def _office() -> tuple[Path, Path, str]:
    """A coordinator vault with the first packets imported (one interview with attachments),
    a stick to import, and that interview's id."""
    base = scratch("archive")
    office = build_office(base)
    batch.BatchImport(office.coord, [office.stick / "packets" / "01-a1.tpk"]).run()
    shown = office.fields["a"].interviews[0]
    ingest.ingest_files(office.coord, shown, _media(base / "media"))
    path = office.coord.path
    office.close()
    return path, office.stick, shown


def _interview(pane: InterviewPane, interview_id: str, outdir: Path) -> None:
    """The read-only interview: an attachment shown, one played, and the provenance."""
    pane.open(interview_id)
    settle(10)
    pane.tabs.setCurrentWidget(pane.attachments)
    rows = pane.attachments.list
    for row in range(rows.count()):
        rows.setCurrentRow(row)
        settle(10)
        name = rows.currentItem().text()
        if "wall-of-the-school" in name:
            save(pane.window(), outdir, "72a-archive-attachment-photo")
        elif "voice-note" in name:
            save(pane.window(), outdir, "72b-archive-attachment-recording")
        elif "street-clip" in name:
            video = pane.attachments.video
            video.play_button.click()
            for _ in range(200):  # until a frame is drawn (decoded from memory)
                pixmap = video.frame.pixmap()
                if pixmap is not None and not pixmap.isNull():
                    break
                time.sleep(0.02)
                settle(10)
            video.player.pause()
            save(pane.window(), outdir, "72d-archive-attachment-video")
    pane.tabs.setCurrentWidget(pane.provenance)
    save(pane.window(), outdir, "72c-archive-provenance")


def _until(condition: Callable[[], bool]) -> None:
    """Wait for the page's jobs (on the vault's thread) until `condition` holds."""
    for _ in range(1000):
        settle()
        if condition():
            return
        QTest.qWait(20)
    raise TimeoutError("the page did not get there")


def capture(outdir: Path, language: str) -> None:
    vault, stick, shown = _office()
    app = open_app(vault, language, PASSPHRASE)
    workspace = app.window.archive
    assert workspace is not None
    settle(10)
    workspace.show_preparing(420)  # as a vault made before this version shows, part-way
    save(app.window, outdir, "69-archive-preparing")
    dialog = workspace.open_import()
    dialog.add_paths([str(stick)])
    dialog.start()
    settle(10)
    save(dialog, outdir, "70-archive-import-report")
    dialog.accept()
    archive = workspace.show_page(ws.ARCHIVE)
    assert isinstance(archive, ArchiveView)
    archive.refresh()
    settle(10)
    save(app.window, outdir, "71-archive-list")
    archive.search_box.setText("checkpoint")
    archive.run_search()
    settle(10)
    if archive.hits.rowCount():
        archive.hit_table.clicked.emit(archive.hits.index(0, 1))
    settle(10)
    save(app.window, outdir, "72-archive-search-hit")
    _interview(archive.pane, shown, outdir)
    perpetrators = workspace.show_page(ws.PERPETRATORS)
    assert isinstance(perpetrators, PerpetratorsView)
    _until(lambda: perpetrators.model.rowCount() > 0 and perpetrators.pairs.rowCount() > 0)
    choose_row(perpetrators.entries, 0)
    _until(lambda: perpetrators.detail.toPlainText() != "")
    perpetrators.tabs.setCurrentIndex(1)
    choose_row(perpetrators.pairs, 0)
    save(app.window, outdir, "73-perpetrator-index")
    perpetrators.find_box.setText("Mohammad")
    perpetrators.find_box.now()
    _until(lambda: perpetrators.model.rowCount() == 3)
    choose_row(perpetrators.entries, 0)
    _until(lambda: perpetrators.model.rows[0].name in perpetrators.detail.toPlainText())
    save(app.window, outdir, "73b-perpetrator-find")
    chain = workspace.show_page(ws.CHAIN)
    assert isinstance(chain, ChainView)
    settle(10)
    links = chain.link_items()
    if links:
        chain.show_link(links[0].link)
    save(app.window, outdir, "74-chain-of-command")
    # A large archive's chain: only the best-supported links are drawn, and the page says so
    # (the scene's few links stand for its hundreds of thousands).
    drawn_at_most, chain_view.MOST_DRAWN = chain_view.MOST_DRAWN, 4
    chain.refresh()
    _until(lambda: len(chain.link_items()) == 4)
    save(app.window, outdir, "74b-chain-of-command-best-links")
    chain_view.MOST_DRAWN = drawn_at_most
    devices = workspace.show_page(ws.DEVICES)
    assert isinstance(devices, DevicesView)
    settle(10)
    save(app.window, outdir, "75-devices")
    base = scratch("laptop")
    laptop, _ = unlock.create(base / "vault", "laptop passphrase",
                              owner="Interviewer 9", kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with laptop:
        key_file = base / "laptop.key"
        key_file.write_bytes(key_bundle.own_bundle(laptop).dumps())
    save_refused(devices.enrol_from(key_file), outdir, "76-enrol-refused")
    close(app)
