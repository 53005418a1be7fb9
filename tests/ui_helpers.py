"""Driving the real desktop app in tests: real vault, real worker thread, offscreen widgets."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from testimony_recorder.recorder import kdf
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.app import App, build


@pytest.fixture
def app(qapp: QApplication, tmp_path: Path) -> Iterator[App]:
    """The app on a vault folder in tmp_path (not created yet), with its real vault thread."""
    built = build(qapp, vault=str(tmp_path / "vault"), prefs_path=tmp_path / "prefs.json",
                  kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    built.window.show()
    try:
        yield built
    finally:
        built.window.close()
        built.shutdown()


def finalize_in_editor(editor: object, qtbot: object) -> None:
    """Press Finalize and answer the question (whose default is No) with Finalize."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: editor.finalize_button.isEnabled(), timeout=30_000)  # type: ignore
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)  # type: ignore
    qtbot.waitUntil(lambda: editor.finalize_question is not None, timeout=30_000)  # type: ignore
    editor.finalize_question.button(QMessageBox.StandardButton.Yes).click()  # type: ignore
    qtbot.waitUntil(lambda: editor.finalize_question is None)  # type: ignore
    # The offscreen platform does not hand activation back to the window when a box closes
    # (a desktop's window manager does); the window's shortcuts need it active.
    editor.window().activateWindow()  # type: ignore


@contextmanager
def running_app(qapp: QApplication, tmp_path: Path, vault: Vault, qtbot: object
                ) -> Iterator[App]:
    """The app on `vault` (closed here, to be opened by the app), unlocked; closed again at
    the end."""
    from .test_ui_export import open_app

    vault.close()
    opened = open_app(qapp, tmp_path, vault.path, qtbot)
    try:
        yield opened
    finally:
        opened.window.close()
        opened.shutdown()


def texts_in(widget: QWidget) -> str:
    """Every piece of text any child widget currently holds (to check nothing is left)."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit

    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QLineEdit):
            found.append(child.text())
        elif isinstance(child, QPlainTextEdit | QTextEdit):
            found.append(child.toPlainText())
    return "\n".join(found)
