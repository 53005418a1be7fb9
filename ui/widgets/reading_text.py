"""A read-only text pane whose every line runs in the reader's direction.

Lines that begin with a date, a number or a Latin name would otherwise each run left to right
under Arabic (a plain text document guesses each line's direction from its first letter), so
one pane would zigzag between sides.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ..i18n import leading_alignment


def reading_text(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setReadOnly(True)
    edit.setAccessibleName(name)
    option = edit.document().defaultTextOption()
    option.setTextDirection(parent.layoutDirection())
    option.setAlignment(leading_alignment(parent))
    edit.document().setDefaultTextOption(option)
    return edit
