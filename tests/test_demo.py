"""The --demo vaults: clearly fictional, complete enough to try everything (consent included),
and `--demo coordinator`'s archive of three fictional laptops' packets."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody, demo, demo_archive
from testimony_recorder.recorder.archive import (
    chain,
    devices,
    merges,
    perpetrator_index,
    suggestions,
)
from testimony_recorder.recorder.archive import listing as archive_listing
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.bundled import resource
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.linkage import duplicates
from testimony_recorder.recorder.store import listing
from testimony_recorder.ui.app import App
from testimony_recorder.ui.coordinator.archive_workspace import ARCHIVE

from .ui_helpers import app  # noqa: F401 - the fixture


def test_demo_vault(tmp_path: Path) -> None:
    with demo.create(tmp_path / "demo") as vault:
        rows = listing.page(vault.conn)
        assert len(rows) == len(demo.sample_bundles()) >= 8
        assert {r.status for r in rows} == {"draft", "finalized"}
        for row in rows:
            assert consent_store.current(vault.conn, row.id) is not None
        assert custody.verify(vault.conn).ok
        assert all("fictional" in b.interview.place.lower() or "(" in b.interview.place
                   for b in demo.sample_bundles())


def test_demo_app_shows_its_passphrase_after_a_lock(qapp: QApplication, tmp_path: Path,
                                                    qtbot: QtBot) -> None:
    """Ctrl+L or the idle lock must not lock the demo user out of the demo."""
    from PySide6.QtCore import Qt

    from testimony_recorder.ui.app import build

    demo_app = build(qapp, demo="interviewer", prefs_path=tmp_path / "prefs.json")
    demo_app.window.show()
    try:
        qtbot.waitUntil(lambda: demo_app.session.is_unlocked, timeout=120_000)
        with qtbot.waitSignal(demo_app.session.locked, timeout=60_000):
            demo_app.window.lock()
        page = demo_app.window.unlock_page
        assert page.isVisible() and page.demo_note.isVisible()
        assert demo.PASSPHRASE in page.demo_note.text()
        qtbot.keyClicks(page.passphrase.edit, demo.PASSPHRASE)
        with qtbot.waitSignal(demo_app.session.unlocked, timeout=120_000):
            qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)
    finally:
        demo_app.window.close()
        demo_app.shutdown()


def test_an_ordinary_vault_shows_no_passphrase(app: App) -> None:  # noqa: F811
    assert not app.window.unlock_page.demo_note.isVisibleTo(app.window)


#: The demo's fictional interrogator, as the south team's laptop spells him.
ABU_SAMIR = "\u0623\u0628\u0648 \u0633\u0645\u064a\u0631 \u0627\u0644\u062e\u064a\u0627\u0644\u064a"


def test_demo_archive(tmp_path: Path) -> None:
    """`--demo coordinator`: three fictional laptops' packets, imported the real way."""
    spec = json.loads(resource("demo/archive.json").read_text("utf-8"))
    sent = [i for d in spec["devices"] for i in d["interviews"] if not i.get("withheld")]
    with demo_archive.create(tmp_path / "demo" / "vault") as vault:
        assert [p.name for p in (tmp_path / "demo").iterdir()] == ["vault"]  # laptops gone
        assert vault.role == "coordinator"
        assert len(archive_listing.page(vault.conn, ArchiveFilter())) == len(sent) == 6
        enrolled = devices.list_devices(vault.conn)
        assert len(enrolled) == 3 and all("(fictional)" in d.name for d in enrolled)
        assert [(g.first, g.last) for g in devices.gaps(vault.conn, [d.fingerprint
                                                                     for d in enrolled])] \
            == [(2, 2)]  # the north team's second packet never arrived
        entries = perpetrator_index.summaries(vault.conn)
        commander = next(e for e in entries if "Jamil al-Mithali" in e.names)
        assert set(commander.names) == set(spec["merged"]["names"])  # merged for the demo
        assert len(merges.history(vault.conn)) == len(commander.members) - 1 == 3
        names = {e.id: e.name for e in entries}
        paired = {frozenset((names[s.first], names[s.second]))
                  for s in suggestions.suggest(entries)}
        assert frozenset(("Abu Samir al-Khayali", ABU_SAMIR)) in paired
        graph = chain.build(vault.conn)
        labels = {n.id: n.label for n in graph.nodes}
        assert any(k.kind == chain.COMMAND and k.source == commander.id
                   and labels[k.target] == ABU_SAMIR for k in graph.links)
        pairs = duplicates.find(vault)  # one witness, interviewed by two teams
        assert [(p.a_source.split(",")[1], p.b_source.split(",")[1]) for p in pairs] in (
            [(" north team (fictional)", " east team (fictional)")],
            [(" east team (fictional)", " north team (fictional)")])
        assert custody.verify(vault.conn).ok


def test_demo_coordinator_app_opens_the_archive(qapp: QApplication, tmp_path: Path,
                                                qtbot: QtBot) -> None:
    from testimony_recorder.ui.app import build

    demo_app = build(qapp, demo="coordinator", prefs_path=tmp_path / "prefs.json")
    demo_app.window.show()
    try:
        qtbot.waitUntil(lambda: demo_app.window.archive is not None, timeout=120_000)
        workspace = demo_app.window.archive
        assert workspace is not None
        qtbot.waitUntil(lambda: "6 testimonies" in workspace.pages[ARCHIVE].count.text()
                        if ARCHIVE in workspace.pages else False, timeout=120_000)
    finally:
        demo_app.window.close()
        demo_app.shutdown()
    assert demo_app.demo_dir is not None and not demo_app.demo_dir.exists()
