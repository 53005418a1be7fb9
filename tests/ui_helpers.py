"""Driving the real desktop app in tests: real vault, real worker thread, offscreen widgets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from testimony_recorder.recorder import kdf
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
