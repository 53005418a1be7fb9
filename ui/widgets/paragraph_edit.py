"""A plain-text editor whose paragraphs each read in their own direction.

Testimony is often Arabic or Sorani with Latin names, or the reverse. QPlainTextEdit lays every
paragraph out with one alignment for the whole document, so a right-to-left paragraph sits
ragged against the left edge. QTextEdit's layout resolves each paragraph's direction from its
first strong character (the block's default `Qt.LayoutDirectionAuto`) and aligns it to where
that direction starts, as a QLineEdit (the Summary field) does for its one line. Rich text is
refused: what is pasted arrives as plain text, and `toPlainText()` is all that is ever stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit, QWidget


class ParagraphEdit(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
