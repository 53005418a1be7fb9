"""The witness's printable summary, laid out by Qt into a PDF held in memory.

The content comes from recorder.consent.summary (no name, details left off); this module only
lays it out in the witness's language and direction, with the warning about carrying paper
first and framed, so it is read before anything else. Nothing is written to disk here: the
caller decides where the bytes go.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextOption

from testimony_recorder.recorder.consent.summary import Summary

from .style import families


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def document(summary: Summary) -> QTextDocument:
    """The summary as a text document (also used to preview it on screen)."""
    rtl = summary.direction == "rtl"
    direction = "rtl" if rtl else "ltr"
    rows = "".join(
        f'<tr><td style="padding:4px 8px;">{_e(line.title)}</td>'
        f'<td style="padding:4px 8px;" width="22%"><b>{_e(line.answer)}</b></td></tr>'
        for line in summary.lines)
    body = (
        f'<table dir="{direction}" width="100%" cellpadding="10" '
        f'style="border:3px solid #8a1c1c;"><tr><td dir="{direction}">'
        f'<b>{_e(summary.warning)}</b></td></tr></table>'
        f'<h1 dir="{direction}">{_e(summary.title)}</h1>'
        f'<p dir="{direction}" style="font-size:15pt;">'
        f'<b>{_e(summary.reference_line)}</b></p>'
        f'<p dir="{direction}">{_e(summary.date_line)}</p>'
        f'<h3 dir="{direction}">{_e(summary.answers_heading)}</h3>'
        f'<table dir="{direction}" width="100%" border="0.5" cellspacing="0">{rows}</table>'
        f'<p dir="{direction}">{_e(summary.withdraw)}</p>'
    )
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(families(summary.direction))
    font.setPointSize(12)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setHtml(f'<html dir="{direction}"><body dir="{direction}">{body}</body></html>')
    return doc


def pdf_bytes(summary: Summary) -> bytes:
    """The summary as an A5 PDF (small enough to fold away), in memory."""
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(summary.title)
    writer.setCreator("Testimony Recorder")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    doc = document(summary)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(buffer.data().data())
