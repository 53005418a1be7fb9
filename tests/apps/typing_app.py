"""The real desktop app, typing a testimony word by word until it is killed.

Usage: python -m tests.apps.typing_app VAULT PASSPHRASE
Prints "ready INTERVIEW_ID" once the editor is open, then "typed N" after each word.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from testimony_recorder.recorder import kdf
from testimony_recorder.ui.app import build


def main() -> None:
    vault, passphrase = sys.argv[1], sys.argv[2]
    qt = QApplication([])
    app = build(qt, vault=vault, prefs_path=Path(vault).parent / "prefs.json",
                kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    window = app.window
    window.show()
    count = 0

    def type_word() -> None:
        nonlocal count
        count += 1
        QTest.keyClicks(window.workspace.editor.testimony.narrative, f"w{count:04d} ")
        print(f"typed {count}", flush=True)

    def started() -> None:
        editor = window.workspace.editor
        if editor.data is None:
            QTimer.singleShot(50, started)
            return
        print(f"ready {editor.interview_id}", flush=True)
        editor.testimony.narrative.setFocus()
        timer.start(200)

    def unlocked(_: object) -> None:
        window.show_workspace()
        window.workspace.new_interview()
        QTimer.singleShot(50, started)

    timer = QTimer()
    timer.timeout.connect(type_word)
    app.session.unlock(passphrase, on_done=unlocked, on_error=lambda e: sys.exit(str(e)))
    qt.exec()


if __name__ == "__main__":
    main()
