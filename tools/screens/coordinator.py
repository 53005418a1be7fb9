"""The coordinator's archive workspace on fictional field data: three interviewer laptops and
one coordinator (the scene the archive's tests use: one alleged perpetrator in three spellings,
a gap, a replay and a tampered packet on the stick)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from testimony_recorder.recorder import kdf, preferences, unlock
from testimony_recorder.recorder.archive import batch
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.ui.app import App, build
from testimony_recorder.ui.coordinator import archive_workspace as ws
from testimony_recorder.ui.coordinator.archive_view import ArchiveView
from testimony_recorder.ui.coordinator.chain_view import ChainView
from testimony_recorder.ui.coordinator.devices_view import DevicesView
from testimony_recorder.ui.coordinator.perpetrators_view import PerpetratorsView
from testimony_recorder.ui.tasks import InlineExecutor
from tests.archive_fixtures import build_office
from tests.conftest import PASSPHRASE

from .common import close, save, save_refused, settle


def _office() -> tuple[Path, Path, Path]:
    """A coordinator vault with the first packets imported, and a stick to import."""
    base = Path(tempfile.mkdtemp(prefix="screens-archive-"))
    office = build_office(base)
    batch.BatchImport(office.coord, [office.stick / "packets" / "01-a1.tpk"]).run()
    path = office.coord.path
    office.close()
    return base, path, office.stick


def _open(base: Path, vault: Path, language: str) -> App:
    qt = QApplication.instance()
    assert isinstance(qt, QApplication)
    prefs = base / f"prefs-{language}.json"
    preferences.save(prefs, preferences.Preferences(language=language))
    app = build(qt, vault=str(vault), prefs_path=prefs, executor=InlineExecutor(),
                kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    app.window.resize(1280, 800)
    app.window.show()
    app.session.unlock(PASSPHRASE, on_done=lambda _: app.window.show_workspace(),
                       on_error=lambda error: None)
    settle()
    return app


def capture(outdir: Path, language: str) -> None:
    base, vault, stick = _office()
    app = _open(base, vault, language)
    workspace = app.window.archive
    assert workspace is not None
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
    perpetrators = workspace.show_page(ws.PERPETRATORS)
    assert isinstance(perpetrators, PerpetratorsView)
    settle(10)
    perpetrators.entries.selectRow(0)
    perpetrators.tabs.setCurrentIndex(1)
    perpetrators.pairs.selectRow(0)
    save(app.window, outdir, "73-perpetrator-index")
    chain = workspace.show_page(ws.CHAIN)
    assert isinstance(chain, ChainView)
    settle(10)
    links = chain.link_items()
    if links:
        chain.show_link(links[0].link)
    chain.view.fitInView(chain.scene.sceneRect())
    save(app.window, outdir, "74-chain-of-command")
    devices = workspace.show_page(ws.DEVICES)
    assert isinstance(devices, DevicesView)
    settle(10)
    save(app.window, outdir, "75-devices")
    laptop, _ = unlock.create(base / f"laptop-{language}", "laptop passphrase",
                              owner="Interviewer 9", kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with laptop:
        key_file = base / "laptop.key"
        key_file.write_bytes(key_bundle.own_bundle(laptop).dumps())
    save_refused(devices.enrol_from(key_file), outdir, "76-enrol-refused")
    close(app)
