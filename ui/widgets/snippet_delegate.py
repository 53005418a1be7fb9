"""Draws a search passage with its matches highlighted.

The passage is testimony text (possibly from an imported packet): every character of it is
escaped, and only our own <b> marks the matches, so nothing in the data is ever read as markup.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from testimony_recorder.recorder.search.query import Snippet

from ..models.table_model import SNIPPET_ROLE

Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: Snippet) -> str:
    parts, last = [], 0
    for start, end in snippet.highlights:
        parts.append(html.escape(snippet.text[last:start]))
        parts.append(f"<b><u>{html.escape(snippet.text[start:end])}</u></b>")
        last = end
    parts.append(html.escape(snippet.text[last:]))
    return "".join(parts)


class SnippetDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, snippet: Snippet,
                  width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(snippet_html(snippet))
        doc.setTextWidth(max(width, 120))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not isinstance(snippet, Snippet):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        doc = self._document(option, snippet, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        snippet = index.data(SNIPPET_ROLE)
        if not isinstance(snippet, Snippet):
            return super().sizeHint(option, index)
        view = option.widget
        width = view.columnWidth(index.column()) if isinstance(view, QTableView) else 300
        doc = self._document(option, snippet, width)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
