"""A coordinator vault made before this version's facets and perpetrator index gets them once,
at its next opening, and says so: the app shows a page with a progress bar until the archive is
ready, the command line a note on stderr (never on stdout, which `--json` keeps clean)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import unlock
from testimony_recorder.recorder.archive import batch, facets
from testimony_recorder.ui.coordinator.archive_view import ArchiveView
from testimony_recorder.ui.coordinator.archive_workspace import PERPETRATORS
from testimony_recorder.ui.coordinator.perpetrators_view import PerpetratorsView

from .archive_fixtures import build_office
from .cli_helpers import run_cli
from .conftest import PASSPHRASE
from .packet_helpers import make_vault
from .test_ui_export import open_app

WAIT = 30_000


@pytest.fixture
def unprepared(tmp_path: Path) -> Iterator[Path]:
    """An archive with packets imported, as a version before today's left it: no facets."""
    office = build_office(tmp_path)
    batch.BatchImport(office.coord, [office.stick]).run()
    path = office.coord.path
    office.close()
    with unlock.unlock(path, PASSPHRASE) as vault, vault.transaction():
        vault.conn.execute("DELETE FROM meta WHERE key = 'archive_facets'")
        vault.conn.execute("DELETE FROM perpetrator_entry")
        assert facets.needed(vault)
    yield path


@contextlib.contextmanager
def _opened(qapp: QApplication, tmp_path: Path, path: Path, qtbot: QtBot) -> Iterator[Any]:
    """The app unlocked on `path`, once its workspace shows the archive's list."""
    app = open_app(qapp, tmp_path, path, qtbot)
    try:
        workspace = app.window.archive
        assert workspace is not None
        qtbot.waitUntil(lambda: isinstance(workspace.stack.currentWidget(), ArchiveView),
                        timeout=WAIT)
        yield workspace
    finally:
        app.window.close()
        app.shutdown()


def test_the_app_shows_the_archive_being_prepared_then_opens_it(
        unprepared: Path, qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    with _opened(qapp, tmp_path, unprepared, qtbot) as workspace:
        # The page joined the stack when the rebuild first reported, and was left full.
        assert workspace.stack.indexOf(workspace.preparing) >= 0
        assert workspace.preparing.bar.value() == 1000
        assert workspace.nav.isEnabled()
    with unlock.unlock(unprepared, PASSPHRASE) as vault:
        assert not facets.needed(vault)
        assert vault.conn.execute("SELECT count(*) FROM perpetrator_entry").fetchone()[0] > 0


def test_the_command_line_says_so_on_stderr_once(unprepared: Path) -> None:
    first = run_cli(unprepared, "perpetrators", "list", "--json")
    assert first.returncode == 0, first.stderr
    assert "preparing the archive" in first.stderr
    assert json.loads(first.stdout)  # stdout holds the JSON alone
    again = run_cli(unprepared, "perpetrators", "list", "--json")
    assert again.returncode == 0 and "preparing" not in again.stderr


def test_a_ready_archive_opens_without_the_page(unprepared: Path, qapp: QApplication,
                                                qtbot: QtBot, tmp_path: Path) -> None:
    with unlock.unlock(unprepared, PASSPHRASE) as vault:
        assert facets.ensure(vault)
    with _opened(qapp, tmp_path, unprepared, qtbot) as workspace:
        assert workspace.stack.indexOf(workspace.preparing) < 0


def test_a_page_asked_for_while_preparing_is_the_one_shown_after(
        unprepared: Path, qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    app = open_app(qapp, tmp_path, unprepared, qtbot)
    try:
        workspace = app.window.archive
        assert workspace is not None
        asked = workspace.show_page(PERPETRATORS)  # from the menu, perhaps before it is ready
        qtbot.waitUntil(lambda: workspace.nav.isEnabled(), timeout=WAIT)
        assert workspace.stack.currentWidget() is asked
        assert isinstance(asked, PerpetratorsView) and asked.isVisible()
    finally:
        app.window.close()
        app.shutdown()


def test_a_new_empty_archive_opens_without_the_page(qapp: QApplication, qtbot: QtBot,
                                                    tmp_path: Path) -> None:
    coord = make_vault(tmp_path, "coord", role="coordinator")
    path = coord.path
    coord.close()
    with _opened(qapp, tmp_path, path, qtbot) as workspace:
        assert workspace.stack.indexOf(workspace.preparing) < 0
