"""The --demo vault: clearly fictional, complete enough to try everything (consent included)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody, demo
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.store import listing
from testimony_recorder.ui.app import App

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

    demo_app = build(qapp, demo=True, prefs_path=tmp_path / "prefs.json")
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
