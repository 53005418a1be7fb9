"""About: the app's version (from the package) and its security notes (SECURITY.md, shipped)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from testimony_recorder.recorder import __version__

from ..i18n import isolate
from .document_dialog import document_view, help_layout


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Testimony Recorder"))
        self.version = QLabel(self.tr("Testimony Recorder, version %1").replace(
            "%1", isolate(__version__)), self)
        self.version.setObjectName("title")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(self.tr(
            "An offline app for recording testimony: everything stays in an encrypted vault on "
            "this computer, and the app never connects to the internet. What it protects "
            "against, and how:"), self)
        intro.setWordWrap(True)
        self.security = document_view("guide/SECURITY.md", self)
        self.security.setAccessibleName(self.tr("Security notes"))
        help_layout(self, [self.version, intro], self.security)
