"""Plans for redacted copies: which bytes of the original to keep, and what to put instead.

A plan is a list of pieces, each either a (start, end) range copied from the original or
literal bytes. Plans for big containers (WAV, WebP, MP4, JPEG, PNG) only name ranges, so a
redacted copy of a file of any size streams with bounded memory. Tagged audio formats (MP3,
AAC, FLAC, Ogg) are cleaned with mutagen in memory: their tags sit in headers mutagen rewrites,
and the audio frames after them are kept byte for byte.
"""

from __future__ import annotations

import contextlib
import io
import struct
from collections.abc import Iterator
from typing import TYPE_CHECKING, BinaryIO

import mutagen
from mutagen import apev2, id3
from mutagen.flac import FLAC
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis

from ..errors import RedactionFailed
from . import exif, pdfmeta
from .audiometa import find_box
from .validate import mp4_boxes, read_at

if TYPE_CHECKING:
    from typing_extensions import Buffer  # typing only: collections.abc.Buffer in 3.12

Piece = tuple[int, int] | bytes
Plan = list[Piece]

#: Tagged audio is cleaned in memory; larger files of those formats are refused, not half-done.
MAX_IN_MEMORY = 512 * 1024 * 1024

# RIFF chunks that carry sound or pixels (everything else, LIST/INFO, id3, bext, iXML, EXIF,
# XMP..., is dropped).
_WAV_KEEP = {b"fmt ", b"fact", b"data"}
_WEBP_KEEP = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF", b"ICCP"}
# JPEG segments kept: JFIF (APP0), ICC profile (APP2), Adobe colour transform (APP14), and all
# non-APP segments except comments.
_JPEG_KEEP_APP = {0xE0, 0xE2, 0xEE}
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}
# MP4 boxes blanked into 'free' boxes of the same size (no offsets move).
_MP4_BLANK = ((b"moov", b"udta"), (b"moov", b"meta"))
_MP4_TRACK_BLANK = (b"udta", b"meta")


def plan_for(fmt: str, f: BinaryIO, size: int, name: str) -> Plan:
    planners = {
        "wav": _riff_plan, "webp": _riff_plan, "mp4": _mp4_plan, "jpeg": _jpeg_plan,
        "png": _png_plan, "pdf": _pdf_plan, "text": _copy_plan,
        "mp3": _mutagen_plan, "aac": _mutagen_plan, "flac": _mutagen_plan,
        "ogg-opus": _mutagen_plan, "ogg-vorbis": _mutagen_plan,
    }
    planner = planners.get(fmt)
    if planner is None:
        raise RedactionFailed(name, f"no redaction is known for the {fmt} format")
    return planner(fmt, f, size, name)


def _copy_plan(fmt: str, f: BinaryIO, size: int, name: str) -> Plan:
    return [(0, size)]


def _riff_plan(fmt: str, f: BinaryIO, size: int, name: str) -> Plan:
    keep = _WAV_KEEP if fmt == "wav" else _WEBP_KEEP
    pieces: Plan = []
    body = 4  # the form type ("WAVE"/"WEBP") counts in the RIFF size
    for kind, offset, length in exif.riff_chunks(f, size):
        if kind not in keep:
            continue
        end = min(offset + length, size)
        if kind == b"VP8X":  # clear its "has EXIF" and "has XMP" flag bits
            chunk = bytearray(read_at(f, offset, end - offset))
            chunk[8] &= ~0x0C & 0xFF
            pieces.append(bytes(chunk))
        else:
            pieces.append((offset, end))
        body += end - offset
    form = read_at(f, 8, 4)
    return [b"RIFF" + struct.pack("<I", body) + form, *pieces]


def _mp4_plan(fmt: str, f: BinaryIO, size: int, name: str) -> Plan:
    blanks: list[tuple[int, int, int]] = []  # (offset, header size, total size)
    for path in _MP4_BLANK:
        box = find_box(f, 0, size, path[:-1])
        if box is None:
            continue
        for kind, offset, header, length in mp4_boxes(f, *box):
            if kind == path[-1]:
                blanks.append((offset, header, length))
    moov = find_box(f, 0, size, (b"moov",))
    if moov is not None:
        for kind, offset, header, length in mp4_boxes(f, *moov):
            if kind != b"trak":
                continue
            for sub, sub_offset, sub_header, sub_length in mp4_boxes(
                    f, offset + header, offset + length):
                if sub in _MP4_TRACK_BLANK:
                    blanks.append((sub_offset, sub_header, sub_length))
    for kind, offset, header, length in mp4_boxes(f, 0, size):
        if kind in (b"uuid", b"udta", b"meta"):
            blanks.append((offset, header, length))
    pieces: Plan = []
    at = 0
    for offset, header, length in sorted(blanks):
        pieces.append((at, offset))
        size_field = read_at(f, offset, 4)
        large = read_at(f, offset + 8, 8) if header == 16 else b""
        pieces.append(size_field + b"free" + large)
        pieces.extend(_zeros(length - header))
        at = offset + length
    pieces.append((at, size))
    return pieces


def _zeros(count: int) -> Iterator[bytes]:
    block = bytes(min(count, 1 << 20))
    while count > 0:
        take = min(count, len(block))
        yield block[:take]
        count -= take


def _jpeg_plan(fmt: str, f: BinaryIO, size: int, name: str) -> Plan:
    pieces: Plan = [(0, 2)]
    for marker, offset, length in exif.jpeg_segments(f, size):
        if marker == 0xDA:
            pieces.append((offset, size))
            return pieces
        identifying = (0xE0 <= marker <= 0xEF and marker not in _JPEG_KEEP_APP) or marker == 0xFE
        if not identifying:
            pieces.append((offset, offset + length))
    raise RedactionFailed(name, "the image data could not be found")


def _png_plan(fmt: str, f: BinaryIO, size: int, name: str) -> Plan:
    pieces: Plan = [(0, 8)]
    for kind, offset, length in exif.png_chunks(f, size):
        if kind not in _PNG_DROP:
            pieces.append((offset, offset + length))
    return pieces


def _pdf_plan(fmt: str, f: BinaryIO, size: int, name: str) -> Plan:
    if size > pdfmeta.MAX_PDF:
        raise RedactionFailed(name, "the PDF is too large to be redacted")
    data = bytearray(read_at(f, 0, size))
    meta, spans = pdfmeta.read_pdf(bytes(data))
    for problem in ("pdf:unchecked", "pdf:encrypted"):
        if problem in meta:
            raise RedactionFailed(name, meta[problem])
    for span in spans:
        data[span.start : span.end] = b" " * (span.end - span.start)
        if span.filter_span is not None:  # the blanked stream is no longer compressed
            start, end = span.filter_span
            data[start:end] = b" " * (end - start)
    return [bytes(data)]


def _mutagen_plan(fmt: str, f: BinaryIO, size: int, name: str) -> Plan:
    if size > MAX_IN_MEMORY:
        raise RedactionFailed(name, "the file is too large for its tags to be removed")
    buf = io.BytesIO(read_at(f, 0, size))
    try:
        if fmt in ("mp3", "aac"):
            id3.delete(buf, delete_v1=True, delete_v2=True)
            buf.seek(0)
            with contextlib.suppress(apev2.APENoHeaderError):
                apev2.delete(buf)
        else:
            cls = {"flac": FLAC, "ogg-opus": OggOpus, "ogg-vorbis": OggVorbis}[fmt]
            audio = cls(buf)
            if isinstance(audio, FLAC):
                audio.clear_pictures()
            buf.seek(0)
            audio.delete(buf)
    except (mutagen.MutagenError, struct.error, ValueError, EOFError) as exc:
        raise RedactionFailed(name, f"its tags could not be removed: {exc}") from None
    return [buf.getvalue()]


class PlanReader(io.RawIOBase):
    """Reads a plan as one stream: ranges from the original, literal bytes in between."""

    def __init__(self, src: BinaryIO, plan: Plan) -> None:
        super().__init__()
        self._src = src
        self._pieces = iter(plan)
        self._current: Piece | None = None
        self._offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Buffer) -> int:
        view = memoryview(buf).cast("B")
        while True:
            if self._current is None:
                self._current = next(self._pieces, None)
                self._offset = 0
                if self._current is None:
                    return 0
            piece = self._current
            if isinstance(piece, bytes):
                chunk = piece[self._offset : self._offset + len(view)]
                view[: len(chunk)] = chunk
            else:
                start, end = piece
                want = min(len(view), end - start - self._offset)
                self._src.seek(start + self._offset)
                chunk = self._src.read(want)
                view[: len(chunk)] = chunk
            self._offset += len(chunk)
            if not chunk:
                self._current = None
                continue
            return len(chunk)
