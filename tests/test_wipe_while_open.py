"""A panic wipe from another command while this process still has the vault open: every later
save fails with VaultWiped (never "saved" into deleted files), and the desktop app drops what
it showed and says the vault is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder.errors import VaultWiped
from testimony_recorder.recorder.model import testimony
from testimony_recorder.recorder.model.bundle import Bundle
from testimony_recorder.recorder.store import bundles
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.app import App

from .cli_helpers import run_cli
from .test_ui_app import create_vault
from .ui_helpers import app  # noqa: F401 - the fixture


def wipe_elsewhere(path: Path) -> None:
    done = run_cli(path, "wipe", "--yes")
    assert done.returncode == 0, done.stderr


def a_bundle() -> Bundle:
    return Bundle(testimonies=[testimony.Testimony(narrative="Saved after the wipe?")])


def test_saving_after_a_wipe_elsewhere_fails(vault: Vault) -> None:
    bundles.add(vault, a_bundle())
    wipe_elsewhere(vault.path)
    with pytest.raises(VaultWiped):
        bundles.add(vault, a_bundle())


def test_a_wipe_during_a_save_reports_the_save_as_failed(vault: Vault) -> None:
    with pytest.raises(VaultWiped), vault.transaction():
        bundles.add(vault, a_bundle())
        wipe_elsewhere(vault.path)


def test_the_app_stops_and_says_the_vault_is_gone(app: App, qtbot: QtBot) -> None:  # noqa: F811
    create_vault(app, qtbot)
    wipe_elsewhere(app.session.path)
    errors: list[BaseException] = []
    app.session.run(lambda vault, task: bundles.add(vault, a_bundle()), on_error=errors.append)
    qtbot.waitUntil(lambda: app.window.stack.currentWidget() is app.window.unlock_page)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], VaultWiped)
    assert app.window.workspace is None and not app.session.is_unlocked
    assert "wiped" in app.window.unlock_page.message.text()
