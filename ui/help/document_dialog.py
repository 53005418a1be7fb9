"""A document shipped with the app (the user guide, SECURITY.md), shown read-only.

The text comes from the package's resources (importlib.resources), so it is there offline and
in the frozen build alike. Links are not followed: the app never opens a connection, and a
click on a web address must not hand it to a browser either.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from testimony_recorder.recorder import bundled


def document_view(resource: str, parent: QWidget) -> QTextBrowser:
    """The shipped Markdown document `resource` (guide/...), in a read-only browser."""
    view = QTextBrowser(parent)
    view.setOpenLinks(False)
    view.setOpenExternalLinks(False)
    # The documents are in English: they read left to right in any interface language.
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    view.setMarkdown(bundled.resource(resource).read_text("utf-8"))
    return view


def help_layout(dialog: QDialog, parts: list[QWidget], body: QWidget) -> None:
    """The help dialogs' shape: `parts` above, `body` taking the room, then Close."""
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    close.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for part in parts:
        layout.addWidget(part)
    layout.addWidget(body, 1)
    layout.addWidget(close)
    dialog.resize(760, 640)


class DocumentDialog(QDialog):
    def __init__(self, title: str, resource: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.view = document_view(resource, self)
        self.view.setAccessibleName(title)
        help_layout(self, [], self.view)
