"""PDF document information (author, title...) and XMP metadata, found without a PDF library.

The document-information dictionary is an ordinary object named by `/Info` in a trailer; XMP is
a stream object of `/Type /Metadata`. Both are located as byte spans so the redactor can blank
them in place (same length: every cross-reference offset stays valid). What cannot be seen in
plain text (compressed object streams, encrypted files) is reported, never guessed.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from .audiometa import clean

#: PDFs larger than this are not searched for metadata (reported as unchecked).
MAX_PDF = 256 * 1024 * 1024

_INFO_REF = re.compile(rb"/Info\s+(\d+)\s+(\d+)\s+R")
_OBJ = re.compile(rb"(?<![0-9])(\d+)\s+(\d+)\s+obj\b")
_METADATA = re.compile(rb"/Type\s*/Metadata\b")
_FILTER = re.compile(rb"/Filter\s*(/\w+|\[[^\]]*\])")
_KEY = re.compile(rb"/([A-Za-z0-9_.#-]+)\s*")


@dataclass(frozen=True)
class Span:
    kind: str  # "info" or "xmp"
    start: int  # first byte to blank
    end: int  # one past the last byte to blank
    filter_span: tuple[int, int] | None = None  # an xmp stream's /Filter entry, blanked too


def _objects(data: bytes) -> dict[tuple[int, int], tuple[int, int]]:
    """(number, generation) -> span of the object's body, the last definition winning."""
    found: dict[tuple[int, int], tuple[int, int]] = {}
    for m in _OBJ.finditer(data):
        end = data.find(b"endobj", m.end())
        if end < 0:
            continue
        found[(int(m.group(1)), int(m.group(2)))] = (m.end(), end)
    return found


def _literal(data: bytes, at: int) -> tuple[bytes, int]:
    """A (...) string starting at data[at] == '('; return (decoded bytes, index after it)."""
    out = bytearray()
    depth, i = 0, at
    escapes = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
               ord("f"): b"\f"}
    while i < len(data):
        ch = data[i]
        if ch == 0x5C and i + 1 < len(data):  # backslash
            nxt = data[i + 1]
            if nxt in escapes:
                out += escapes[nxt]
                i += 2
                continue
            if 0x30 <= nxt <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", data[i + 1 : i + 4])
                assert digits is not None  # noqa: S101 - nxt is an octal digit
                out.append(int(digits.group(), 8) & 0xFF)
                i += 1 + len(digits.group())
                continue
            out.append(nxt)
            i += 2
            continue
        if ch == 0x28:
            depth += 1
            if depth > 1:
                out.append(ch)
        elif ch == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return bytes(out), i


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le", "replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _dictionary(body: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    start = body.find(b"<<")
    i = start + 2 if start >= 0 else len(body)
    while i < len(body):
        m = _KEY.match(body, i)
        if m is None:
            i += 1
            continue
        key = m.group(1).decode("latin-1")
        i = m.end()
        if body[i : i + 1] == b"(":
            raw, i = _literal(body, i)
            out[key] = clean(_decode(raw))
        elif body[i : i + 1] == b"<" and body[i : i + 2] != b"<<":
            end = body.find(b">", i)
            hexdigits = re.sub(rb"\s", b"", body[i + 1 : end if end > 0 else len(body)])
            try:
                out[key] = clean(_decode(bytes.fromhex(hexdigits.decode("ascii"))))
            except ValueError:
                out[key] = "<unreadable>"
            i = end + 1 if end > 0 else len(body)
    return out


def _stream_span(data: bytes, start: int, end: int) -> tuple[int, int] | None:
    at = data.find(b"stream", start, end)
    if at < 0:
        return None
    at += len(b"stream")
    if data[at : at + 2] == b"\r\n":
        at += 2
    elif data[at : at + 1] in (b"\n", b"\r"):
        at += 1
    stop = data.rfind(b"endstream", at, end)
    return (at, stop) if stop >= 0 else None


def read_pdf(data: bytes) -> tuple[dict[str, str], list[Span]]:
    """Metadata entries ("pdf:Author", "xmp:packet", ...) and the spans that hold them."""
    meta: dict[str, str] = {}
    spans: list[Span] = []
    objects = _objects(data)
    refs = {(int(m.group(1)), int(m.group(2))) for m in _INFO_REF.finditer(data)}
    for ref in sorted(refs):
        span = objects.get(ref)
        if span is None:
            meta["pdf:unchecked"] = ("the document information is inside a compressed object "
                                     "stream and cannot be checked")
            continue
        body = data[span[0] : span[1]]
        for key, value in _dictionary(body).items():
            meta[f"pdf:{key}"] = value
        open_at = data.find(b"<<", span[0], span[1])
        close_at = data.rfind(b">>", span[0], span[1])
        if open_at >= 0 and close_at > open_at:
            spans.append(Span("info", open_at + 2, close_at))
    for start, end in objects.values():
        head = data[start : min(end, start + 4096)]
        if not _METADATA.search(head):
            continue
        stream = _stream_span(data, start, end)
        if stream is None:
            continue
        packet = data[stream[0] : stream[1]]
        filt = _FILTER.search(data, start, stream[0])
        if filt is not None:
            try:
                packet = zlib.decompressobj().decompress(packet, 1 << 20)
            except zlib.error:
                packet = b"<compressed XMP metadata>"
        meta["xmp:packet"] = clean(re.sub(rb"<[^>]*>", b" ", packet).decode("utf-8", "replace"))
        spans.append(Span("xmp", stream[0], stream[1],
                          None if filt is None else (filt.start(), filt.end())))
    if b"/ObjStm" in data and not refs:
        meta.setdefault("pdf:unchecked", "compressed object streams may hold metadata")
    if re.search(rb"/Encrypt\s+\d+\s+\d+\s+R", data):
        meta["pdf:encrypted"] = "the PDF is encrypted: its metadata cannot be read"
    return meta, spans
