"""The composition root: builds every object once and passes it in through constructors."""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

from testimony_recorder.recorder import kdf, preferences
from testimony_recorder.recorder import vault as vault_mod
from testimony_recorder.recorder.hardening import harden_process

from .consent import SpeechVoices
from .fonts import use_bundled_fonts
from .i18n import Translations
from .main_window import MainWindow
from .session import Session
from .style import STYLE_SHEET
from .tasks import Executor, ThreadExecutor

# Qt settings (file dialog history, window state) would be plaintext files outside the vault.
# Pointing them at a path that cannot exist makes every Qt settings write fail silently.
NOWHERE = "/dev/null/testimony-recorder-keeps-no-qt-settings"


@dataclass
class App:
    qt: QApplication
    session: Session
    translations: Translations
    voices: SpeechVoices
    prefs_path: Path
    demo_dir: Path | None = None
    windows: list[MainWindow] = field(default_factory=list)

    @property
    def window(self) -> MainWindow:
        return self.windows[-1]

    def build_window(self) -> MainWindow:
        window = MainWindow(self.session, self.translations.language, self.voices,
                            demo=self.demo_dir is not None)
        window.language_chosen.connect(self.change_language)
        window.digits_chosen.connect(self.change_digits)
        self.windows.append(window)
        return window

    def change_language(self, language: str) -> None:
        """Apply at once: rebuild the window in the new language, keeping the vault open."""
        preferences.save(self.prefs_path, preferences.Preferences(
            language=language, digits=self.translations.digits))
        self.translations.apply(language)
        old = self.window
        unlocked = self.session.is_unlocked
        window = self.build_window()
        # The interview open (or open before the lock), reopened in the new words.
        window.reopen = old.reopen
        if old.workspace is not None:
            window.reopen = old.workspace.open_state()
            old.workspace.close_cleanly()  # not a crash: nothing to offer back
        window.setGeometry(old.geometry())
        if unlocked:
            window.on_unlocked()
            window.show_workspace()
        window.show()
        old.hide()
        old.deleteLater()

    def change_digits(self, digits: str) -> None:
        """Remembered for the rebuild that follows (the window asks for it with
        `language_chosen`, so a new language and new digits rebuild it once)."""
        self.translations.digits = digits

    def shutdown(self) -> None:
        if self.session.is_unlocked:
            self.session.lock()
        self.session.runner.shutdown()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def build(qt: QApplication, *, vault: str | None = None, demo: str | None = None,
          prefs_path: Path | None = None, executor: Executor | None = None,
          kdf_params: kdf.Argon2Params | None = None) -> App:
    """Everything the app needs; tests pass their own paths, executor and KDF parameters.
    `demo` (one of recorder.demo.ROLES) opens a throwaway vault of fictional data instead."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, NOWHERE)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, NOWHERE)
    qt.setApplicationName("Testimony Recorder")
    use_bundled_fonts(qt)
    if qt.styleSheet() != STYLE_SHEET:  # setting it again re-polishes every live widget
        qt.setStyleSheet(STYLE_SHEET)
    prefs_path = prefs_path or preferences.default_path()
    translations = Translations(qt)
    prefs = preferences.load(prefs_path)
    translations.apply(prefs.language, prefs.digits)
    demo_dir = Path(tempfile.mkdtemp(prefix="testimony-demo-")) if demo else None
    path = demo_dir / "vault" if demo_dir else vault_mod.chosen_path(vault)
    session = Session(path, executor or ThreadExecutor("vault"), kdf_params=kdf_params)
    app = App(qt, session, translations, SpeechVoices(qt), prefs_path, demo_dir)
    window = app.build_window()
    if demo:
        session.open_demo(demo, on_done=lambda _: window.show_workspace(),
                          on_error=window.show_failure)
    return app


def quit_on_termination(qt: QApplication) -> None:
    """SIGTERM and SIGINT end the app as closing its window does: the vault is locked and a demo
    vault is removed. Python runs its signal handlers only when it gets control, so the handler's
    wake-up byte goes through a pipe that the event loop watches. The quit is queued, not called:
    a signal that comes before the event loop runs (quit() then does nothing) still ends it."""
    if os.name != "posix":
        return
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end)
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, qt)
    notifier.activated.connect(lambda: os.read(read_end, 64))
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: QTimer.singleShot(0, qt.quit))


def main(vault: str | None = None, demo: str | None = None) -> int:
    harden_process()
    existing = QApplication.instance()
    qt = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app = build(qt, vault=vault, demo=demo)
    quit_on_termination(qt)
    app.window.show()
    try:
        return int(qt.exec())
    finally:
        app.shutdown()
