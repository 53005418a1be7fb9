"""Helpers shared by the screen capturers: a demo app in a language, and saving grabs."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from testimony_recorder.recorder import kdf, preferences
from testimony_recorder.ui.app import App, build
from testimony_recorder.ui.tasks import InlineExecutor
from testimony_recorder.ui.widgets.fingerprint_check import FingerprintCheckDialog


def demo_app(language: str, *, demo: bool = True) -> App:
    """The real app in `language`, on a fresh demo vault (or an empty folder for first run)."""
    qt = QApplication.instance()
    assert isinstance(qt, QApplication)
    tmp = Path(tempfile.mkdtemp(prefix="screens-"))
    prefs = tmp / "prefs.json"
    preferences.save(prefs, preferences.Preferences(language=language))
    app = build(qt, vault=str(tmp / "vault"), demo=demo, prefs_path=prefs,
                executor=InlineExecutor(), kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    app.window.resize(1280, 800)
    app.window.show()
    settle()
    return app


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
