"""Everything a file says about itself, and which of it may identify someone.

One entry point per file: `inspect` sniffs the type from the content, checks the file is whole,
and reads its metadata with the reader for its format (mutagen for audio, our own small parsers
for EXIF, PNG text and PDF information). The reader is the decrypting view of the stored file,
so inspection never needs a plaintext copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

from ..errors import EmptyFile, UnsupportedMedia
from ..model.attachment import Flag
from . import audiometa, exif, pdfmeta, sniff, validate
from .flags import flag_metadata

MAX_ENTRIES = 200


@dataclass
class Inspection:
    media_type: str
    kind: str
    format: str
    metadata: dict[str, str] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)


def identify(head: bytes, name: str) -> sniff.Sniffed:
    """The file's type from its first bytes; EmptyFile or UnsupportedMedia naming the file."""
    if not head:
        raise EmptyFile(name)
    found = sniff.sniff(head)
    if found is None:
        raise UnsupportedMedia(name, sniff.describe(head))
    return found


def read_metadata(fmt: str, f: BinaryIO, size: int, name: str) -> dict[str, str]:
    """Raw metadata entries for a file of format `fmt`."""
    if fmt in ("wav", "flac", "mp3", "aac", "ogg-opus", "ogg-vorbis", "mp4"):
        return audiometa.read_audio(fmt, f, size, name)
    if fmt == "jpeg":
        return exif.read_jpeg(f, size)
    if fmt == "png":
        return exif.read_png(f, size)
    if fmt == "webp":
        return exif.read_webp(f, size)
    if fmt == "pdf":
        if size > pdfmeta.MAX_PDF:
            return {"pdf:unchecked": "the PDF is too large for its metadata to be checked"}
        meta, _ = pdfmeta.read_pdf(validate.read_at(f, 0, size))
        return meta
    return {}


def _bounded(meta: dict[str, str]) -> dict[str, str]:
    """Keys and values within the interchange record's limits (200 entries, no NULs)."""
    out: dict[str, str] = {}
    for key, value in meta.items():
        if len(out) >= MAX_ENTRIES:
            break
        out[key.replace("\x00", " ")[:200]] = value.replace("\x00", " ")[:1000]
    return out


def inspect(f: BinaryIO, size: int, name: str) -> Inspection:
    """Type, integrity, metadata and identifying flags of the file behind `f`."""
    if size == 0:
        raise EmptyFile(name)
    found = identify(validate.read_at(f, 0, sniff.HEAD_SIZE), name)
    validate.check(found.format, f, size, name)
    meta = _bounded(read_metadata(found.format, f, size, name))
    kind = found.kind
    if found.format == "mp4" and "info:codec" in meta and kind == "video":
        kind = "video" if _has_video(f, size) else "audio"
    media_type = found.media_type
    if found.format == "mp4" and kind == "audio" and media_type == "video/mp4":
        media_type = "audio/mp4"
    return Inspection(media_type, kind, found.format, meta, flag_metadata(meta))


def _has_video(f: BinaryIO, size: int) -> bool:
    """Whether any track of an MP4 has the video handler."""
    moov = audiometa.find_box(f, 0, size, (b"moov",))
    if moov is None:
        return False
    for kind, offset, header, length in validate.mp4_boxes(f, *moov):
        if kind != b"trak":
            continue
        hdlr = audiometa.find_box(f, offset + header, offset + length, (b"mdia", b"hdlr"))
        if hdlr is not None and validate.read_at(f, hdlr[0] + 8, 4) == b"vide":
            return True
    return False
