"""Helpers shared by the screen capturers: the app in a language (on a demo vault or an existing
one), a throwaway folder, a coordinator's key, walking a wizard, and saving grabs."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget, QWizard

from testimony_recorder.recorder import kdf, preferences, unlock
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.ui.app import App, build
from testimony_recorder.ui.tasks import InlineExecutor
from testimony_recorder.ui.widgets.fingerprint_check import FingerprintCheckDialog


def scratch(prefix: str) -> Path:
    """A new folder for one capture's vaults and files."""
    return Path(tempfile.mkdtemp(prefix=f"screens-{prefix}-"))


def _app(vault: Path, prefs: Path, language: str, *, demo: bool = False) -> App:
    """The real app in `language` on `vault`, shown at the screenshots' size."""
    qt = QApplication.instance()
    assert isinstance(qt, QApplication)
    preferences.save(prefs, preferences.Preferences(language=language))
    app = build(qt, vault=str(vault), demo="interviewer" if demo else None, prefs_path=prefs,
                executor=InlineExecutor(),
                kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    app.window.resize(1280, 800)
    app.window.show()
    return app


def demo_app(language: str, *, demo: bool = True) -> App:
    """The real app in `language`, on a fresh demo vault (or an empty folder for first run)."""
    tmp = scratch("demo")
    app = _app(tmp / "vault", tmp / "prefs.json", language, demo=demo)
    settle()
    return app


def open_app(vault: Path, language: str, passphrase: str) -> App:
    """The real app in `language` on an existing vault, unlocked with `passphrase`."""
    app = _app(vault, vault.parent / f"prefs-{vault.name}-{language}.json", language)
    app.session.unlock(passphrase, on_done=lambda _: app.window.show_workspace(),
                       on_error=lambda error: None)
    settle()
    return app


def coordinator_key() -> bytes:
    """The key file of a fictional coordinator, for an interviewer's vault to trust."""
    vault, _ = unlock.create(scratch("coordinator") / "vault", "coordinator passphrase",
                             owner="Coordinator A", role="coordinator",
                             kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        return key_bundle.own_bundle(vault).dumps()


def settle(rounds: int = 5) -> None:
    qt = QApplication.instance()
    for _ in range(rounds):
        assert qt is not None
        qt.processEvents()


def save(widget: QWidget, outdir: Path, name: str, prepare: Callable[[], object] | None = None
         ) -> None:
    if prepare is not None:
        prepare()
    settle()
    widget.grab().save(str(outdir / f"{name}.png"))


def next_page(wizard: QWizard, outdir: Path, name: str,
              prepare: Callable[[], object] | None = None, rounds: int = 10) -> None:
    """Go to the wizard's next page, let it fill, and save it (after `prepare`)."""
    wizard.next()
    settle(rounds)
    save(wizard, outdir, name, prepare)


def close(app: App) -> None:
    app.window.close()
    app.shutdown()
    app.translations.apply("en")


def save_refused(dialog: FingerprintCheckDialog, outdir: Path, name: str) -> None:
    """A key-file dialog after a wrong fingerprint was typed: its warning must show in full."""
    dialog.show()
    settle(10)
    dialog.typed.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    dialog.confirm()
    save(dialog, outdir, name)
    dialog.close()
