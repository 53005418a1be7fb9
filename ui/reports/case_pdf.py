"""The case export's report of one testimony, laid out by Qt into a PDF held in memory.

recorder.case_export.report gives the content with every value already in the report's
language; this module words the headings (case_words), builds the page as rich text and prints
it through QPdfWriter. Qt's text engine shapes Arabic and Kurdish letters and sets each
paragraph right to left for Arabic and Sorani; hashes, file names and codes are kept left to
right inside it. All text from records is escaped: it came from packets and is never markup.
Nothing is written to disk here: the case export decides where the bytes go (an age-sealed
export writes no plaintext anywhere).
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from testimony_recorder.recorder.case_export.report import TestimonyReport

from ..fonts import load_fonts
from ..formatting import joined
from ..i18n import isolate
from .case_words import Words

# Noto Sans Arabic, not the app's Naskh: its lam-alef ligatures are glyphs the font also maps
# from their Unicode presentation forms, so the PDF's text layer gives the letters back
# (a Naskh ligature glyph maps to nothing, and copying or extracting the text loses lam).
REPORT_FAMILIES = ["Noto Sans", "Noto Sans Arabic"]


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _paragraphs(text: str, direction: str) -> str:
    """Blank lines separate paragraphs; single line breaks are kept."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f'<p dir="{direction}">{_e(b).replace(chr(10), "<br>")}</p>'
                   for b in blocks)


def _ltr(text: str) -> str:
    """Codes, hashes and file names: always left to right, in a fixed-width face."""
    return f'<span dir="ltr" style="font-family: monospace;">{_e(text)}</span>'


class CasePdfRenderer:
    """recorder.case_export.report.ReportRenderer, with Qt. Needs a QGuiApplication (the
    command line starts one offscreen); safe to call from the vault's worker thread."""

    def __init__(self) -> None:
        load_fonts()
        self._words: dict[str, Words] = {}

    def words(self, language: str) -> Words:
        if language not in self._words:
            self._words[language] = Words(language)
        return self._words[language]

    def document(self, report: TestimonyReport) -> QTextDocument:
        """The report as a text document (also used to look at it on screen)."""
        w = self.words(report.language)
        d = report.direction
        body = report.body if report.body != "own_organisation" else w("own_organisation")
        parts = [f'<h1 dir="{d}">{_e(w("title", isolate(report.witness_code)))}</h1>',
                 f'<p dir="{d}">{_e(w("for", isolate(body), isolate(report.exported_at)))}'
                 f"<br>{_e(w('interview_id'))}: {_ltr(report.interview_id)}</p>"]
        parts.append(self._section(w("witness"), d, self._table(d, (
            (w(k), _e(v)) for k, v in report.facts))))
        if report.identity is not None:
            i = report.identity
            docs = "; ".join(f"{x.kind} {x.number} {x.issued_by}".strip()
                             for x in i.id_documents)
            rows = ((w(k), _e(v)) for k, v in (
                ("full_name", i.full_name), ("other_names", joined(i.other_names, report.language)),
                ("date_of_birth", i.date_of_birth), ("id_documents", docs),
                ("phone", i.phone), ("address", i.address)) if v)
            parts.append(self._section(w("identity"), d, f'<p dir="{d}"><i>'
                                       f'{_e(w("identity_note"))}</i></p>'
                                       + self._table(d, rows)))
        summaries = [(w("version", str(v.version), isolate(v.finalized_at)), _e(v.summary))
                     for v in report.versions]
        parts.append(self._section(w("summary"), d, self._table(d, summaries)))
        # Each version's narrative on pages of its own: text extraction (pdftotext and the
        # like) orders a page by its dominant direction, so an Arabic narrative reads back in
        # its logical order only on pages it dominates, not beside hashes and English labels.
        for v in report.versions:
            head = w("version", str(v.version), isolate(v.finalized_at))
            parts.append(self._section(w("testimony"), d, f'<h3 dir="{d}">{_e(head)}</h3>'
                                       + _paragraphs(v.narrative, d), new_page=True))
        parts.append('<p style="page-break-after: always;">&nbsp;</p>')
        if report.incidents:
            parts.append(self._section(w("incidents"), d, "".join(
                f'<h3 dir="{d}">{_e(n.title)}</h3>' + self._table(d, (
                    (w("when"), _e(n.when)), (w("where"), _e(n.where)),
                    (w("violations"), _e(joined(n.violations, report.language))),
                    (w("persons_involved"), _e("; ".join(f"{name} ({role})"
                                                        for name, role in n.persons)))))
                + _paragraphs(n.description, d) for n in report.incidents)))
        if report.persons:
            parts.append(self._section(w("persons"), d, "".join(
                f'<h3 dir="{d}">{_e(p.name)}</h3>' + self._table(d, (
                    *(((w("aliases"), _e(p.aliases)),) if p.aliases else ()),
                    *((w(k), _e(v)) for k, v in p.details))) + _paragraphs(p.description, d)
                for p in report.persons)))
        if report.links:
            parts.append(self._section(w("links"), d, "".join(
                f'<p dir="{d}">{_e(f"{a} {rel} {b}")}'
                + (f" ({_e(period)})" if period else "") + "</p>"
                + _paragraphs(basis, d) for a, rel, b, period, basis in report.links)))
        if report.files:
            parts.append(self._section(w("files"), d, "".join(
                self._entry(d, f"{_ltr(f.name)} \u2014 {_e(w(f.form))} \u2014 {_e(f.size)}",
                            f.sha256) for f in report.files)))
        parts.append(self._section(w("hashes"), d, "".join(
            self._entry(d, _e(w("version_hash", str(n)) if kind == "version" else w("record")),
                        value) for kind, n, value in report.hashes)))
        if report.custody:
            parts.append(self._section(w("custody"), d, "".join(
                self._entry(d, f"{_e(c.at)} \u2014 {_e(w(f'custody_{c.side}'))} \u2014 "
                               f"{_e(c.actor)} \u2014 {_e(w.action(c.action))}", c.hash)
                for c in report.custody)))
        doc = QTextDocument()
        font = QFont()
        font.setFamilies(REPORT_FAMILIES)
        font.setPointSize(10)
        doc.setDefaultFont(font)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if d == "rtl"
                                else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setHtml(f'<html dir="{d}"><body dir="{d}">{"".join(parts)}</body></html>')
        return doc

    @staticmethod
    def _section(title: str, d: str, content: str, *, new_page: bool = False) -> str:
        style = ' style="page-break-before: always;"' if new_page else ""
        return f'<h2 dir="{d}"{style}>{_e(title)}</h2>{content}'

    @staticmethod
    def _table(d: str, rows: Iterable[tuple[str, str]]) -> str:
        """Field names, then values. Qt lays table columns out left to right whatever the
        direction, so on a right-to-left page the cells are given in the mirrored order."""
        pairs = [(f'<td width="28%"><b>{_e(k)}</b></td>', f"<td>{v}</td>")
                 for k, v in rows if v]
        cells = "".join(f"<tr>{b}{a}</tr>" if d == "rtl" else f"<tr>{a}{b}</tr>"
                        for a, b in pairs)
        return (f'<table dir="{d}" width="100%" cellpadding="3" cellspacing="0">{cells}</table>'
                if cells else "")

    @staticmethod
    def _entry(d: str, line: str, digest: str) -> str:
        """One line, then a SHA-256 on a line of its own, small enough never to wrap."""
        return (f'<p dir="{d}" style="margin-bottom: 2px;">{line}<br>'
                f'<span dir="ltr" style="font-family: monospace; font-size: 7pt;">'
                f"{_e(digest)}</span></p>")

    def render(self, report: TestimonyReport) -> bytes:
        """The report as an A4 PDF, in memory."""
        buffer = QBuffer()
        buffer.setData(QByteArray())
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(f"Testimony {report.witness_code}")
        writer.setCreator("Testimony Recorder")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
        writer.setResolution(300)
        doc = self.document(report)
        doc.print_(writer)
        del writer  # finishes the PDF into the buffer
        buffer.close()
        return bytes(buffer.data().data())
