"""File choosers that leave no trace: Qt's own dialog (not the desktop's, which keeps a list of
recently used files), and Qt settings are pointed nowhere by the app (see ui/app.py), so no
folder history is saved either."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def or_any_file(filter_text: str) -> str:
    """`filter_text` first, then any file: a file renamed in transit must still be found."""
    return ";;".join((filter_text, QCoreApplication.translate("FileDialogs", "All files (*)")))


def key_files_filter() -> str:
    """Key files as the command line writes them (`keys export -o me.key`) and as this app
    saves them (`.json`), then anything."""
    return or_any_file(QCoreApplication.translate("FileDialogs", "Key files (*.key *.json)"))


def open_files(parent: QWidget, title: str, filter_text: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filter_text, options=_OPTIONS)
    return list(paths)


def open_file(parent: QWidget, title: str, filter_text: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filter_text, options=_OPTIONS)
    return str(path)


def save_file(parent: QWidget, title: str, suggested: str = "", filter_text: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text,
                                          options=_OPTIONS)
    return str(path)


def choose_folder(parent: QWidget, title: str, start: str = "") -> str:
    return str(QFileDialog.getExistingDirectory(parent, title, start,
                                                QFileDialog.Option.ShowDirsOnly | _OPTIONS))
