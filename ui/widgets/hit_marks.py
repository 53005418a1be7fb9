"""Marking what a search found in the editor's own fields, once its hit is opened.

Where the words occur is worked out by the core's search (`recorder.search.query`), folded the
same way as the index (Arabic letter forms, diacritics), so a match found by the search is also
found here. Every match in a long text is shaded (extra selections, which change nothing in
the text and go with the next text shown), and the first one is selected and scrolled into
view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from testimony_recorder.recorder.search import query

TextField = QLineEdit | QTextEdit | QPlainTextEdit
# The shade behind every match (the first one is also selected).
MATCH = QColor(0xFF, 0xE0, 0x66)


def spans(text: str, words: str) -> list[tuple[int, int]]:
    """Where the searched words occur in `text` (character ranges)."""
    terms = query.parse(words)
    return query.match_spans(text, query.pattern_for(terms)) if terms else []


def _text(field: TextField) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def shade(field: QTextEdit | QPlainTextEdit, found: Sequence[tuple[int, int]]) -> None:
    """Shade these character ranges of a long text and select the first, scrolled into view."""
    shade = QTextCharFormat()
    shade.setBackground(MATCH)
    shade.setForeground(QColor(0, 0, 0))  # readable on the shade in a dark theme too
    marks = []
    for start, end in found:
        cursor = QTextCursor(field.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format = shade
        marks.append(mark)
    field.setExtraSelections(marks)
    if found:
        first = QTextCursor(field.document())
        first.setPosition(found[0][0])
        first.setPosition(found[0][1], QTextCursor.MoveMode.KeepAnchor)
        field.setTextCursor(first)
        field.ensureCursorVisible()


def mark_matches(fields: Sequence[TextField], words: str) -> QWidget | None:
    """Shade the matches in every field and select the first; returns the first field holding
    one (given the focus, so the selection shows), or None when none does."""
    first: QWidget | None = None
    for field in fields:
        found = spans(_text(field), words)
        if isinstance(field, QLineEdit):
            if found:
                field.setSelection(found[0][0], found[0][1] - found[0][0])
        else:
            shade(field, found)
        if found and first is None:
            first = field
    if first is not None:
        first.setFocus()
    return first

