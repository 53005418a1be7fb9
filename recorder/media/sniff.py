"""What a file is, from its first bytes: never from its name.

A file called `.mp3` that starts with `%PDF-` is a PDF. Only the types below are accepted, each
because the rest of the media store can check it for truncation, read its metadata and make a
redacted copy of it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

#: How many leading bytes `sniff` looks at.
HEAD_SIZE = 64 * 1024


@dataclass(frozen=True)
class Sniffed:
    media_type: str
    kind: str  # one of model.attachment.KINDS
    format: str  # short stable name used to pick a parser: "wav", "mp3", "mp4", ...


def _id3_size(head: bytes) -> int:
    """Length of a leading ID3v2 tag (header, body and footer), 0 if there is none."""
    if len(head) < 10 or head[:3] != b"ID3":
        return 0
    size_bytes = head[6:10]
    if any(b & 0x80 for b in size_bytes):
        return 0
    size = 0
    for b in size_bytes:
        size = (size << 7) | b
    footer = 10 if head[5] & 0x10 else 0
    return 10 + size + footer


MPEG_BITRATES = {
    # (version is MPEG-1, layer) -> kbit/s by index
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
MPEG_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mpeg_frame_length(header: bytes) -> int:
    """Length in bytes of the MPEG audio frame starting with these 4 bytes; 0 if not a header."""
    if len(header) < 4 or header[0] != 0xFF or (header[1] & 0xE0) != 0xE0:
        return 0
    version = (header[1] >> 3) & 3  # 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5, 1 reserved
    layer_bits = (header[1] >> 1) & 3
    bitrate_index = header[2] >> 4
    rate_index = (header[2] >> 2) & 3
    if version == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return 0
    layer = 4 - layer_bits
    mpeg1 = version == 3
    bitrate = MPEG_BITRATES[(mpeg1, layer)][bitrate_index] * 1000
    rate = MPEG_RATES[version][rate_index]
    padding = (header[2] >> 1) & 1
    if layer == 1:
        return (12 * bitrate // rate + padding) * 4
    if layer == 3 and not mpeg1:
        return 72 * bitrate // rate + padding
    return 144 * bitrate // rate + padding


def adts_frame_length(header: bytes) -> int:
    """Length of the AAC ADTS frame starting with these bytes; 0 if not an ADTS header."""
    if len(header) < 7 or header[0] != 0xFF or (header[1] & 0xF6) != 0xF0:
        return 0
    length = ((header[3] & 0x03) << 11) | (header[4] << 3) | (header[5] >> 5)
    return length if length >= 7 else 0


def _after_id3(head: bytes) -> Sniffed | None:
    offset = _id3_size(head)
    rest = head[offset:]
    if rest[:4] == b"fLaC":
        return Sniffed("audio/flac", "audio", "flac")
    if adts_frame_length(rest[:7]):
        return Sniffed("audio/aac", "audio", "aac")
    length = mpeg_frame_length(rest[:4])
    if length:
        # Two consecutive frame headers, unless the head ends first: one random 0xFFE is common.
        nxt = rest[length : length + 4]
        if len(nxt) < 4 or mpeg_frame_length(nxt):
            return Sniffed("audio/mpeg", "audio", "mp3")
    return None


_MP4_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_MP4_IMAGE_BRANDS = {b"heic", b"heix", b"mif1", b"msf1", b"avif", b"heim", b"heis"}


def _mp4(head: bytes) -> Sniffed | None:
    if len(head) < 12 or head[4:8] != b"ftyp":
        return None
    brand = head[8:12]
    if brand in _MP4_IMAGE_BRANDS:
        return None  # HEIF/AVIF images: not supported yet (their EXIF cannot be redacted here)
    if brand in _MP4_AUDIO_BRANDS:
        return Sniffed("audio/mp4", "audio", "mp4")
    if brand == b"qt  ":
        return Sniffed("video/quicktime", "video", "mp4")
    if brand.startswith(b"3g"):
        return Sniffed("video/3gpp", "video", "mp4")
    return Sniffed("video/mp4", "video", "mp4")


def _ogg(head: bytes) -> Sniffed | None:
    if head[:4] != b"OggS" or len(head) < 28:
        return None
    segments = head[26]
    packet = head[27 + segments : 27 + segments + 8]
    if packet.startswith(b"OpusHead"):
        return Sniffed("audio/ogg", "audio", "ogg-opus")
    if packet.startswith(b"\x01vorbis"):
        return Sniffed("audio/ogg", "audio", "ogg-vorbis")
    return None


def _riff(head: bytes) -> Sniffed | None:
    if head[:4] != b"RIFF" or len(head) < 12:
        return None
    form = head[8:12]
    if form == b"WAVE":
        return Sniffed("audio/wav", "audio", "wav")
    if form == b"WEBP":
        return Sniffed("image/webp", "image", "webp")
    return None


def _text(head: bytes) -> Sniffed | None:
    if b"\x00" in head:
        return None
    sample = head
    for _ in range(4):  # the head may end inside a multi-byte character
        try:
            text = sample.decode("utf-8")
            break
        except UnicodeDecodeError:
            sample = sample[:-1]
    else:
        return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > len(text) // 100:
        return None
    return Sniffed("text/plain", "document", "text")


def sniff(head: bytes) -> Sniffed | None:
    """The type of a file from its first bytes (up to HEAD_SIZE), or None if unsupported."""
    if not head:
        return None
    if head.startswith(b"%PDF-"):
        return Sniffed("application/pdf", "document", "pdf")
    if head.startswith(b"\xff\xd8\xff"):
        return Sniffed("image/jpeg", "image", "jpeg")
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return Sniffed("image/png", "image", "png")
    if head.startswith(b"fLaC"):
        return Sniffed("audio/flac", "audio", "flac")
    for probe in (_riff, _ogg, _mp4):
        found = probe(head)
        if found is not None:
            return found
    found = _after_id3(head)
    if found is not None:
        return found
    return _text(head)


def describe(head: bytes) -> str:
    """A short phrase for an unsupported file's message ("it looks like a ZIP archive")."""
    known = {
        b"PK\x03\x04": "a ZIP archive or office document",
        b"\x1aE\xdf\xa3": "a Matroska/WebM video",
        b"GIF8": "a GIF image",
        b"#!AMR": "an AMR voice note",
        b"Rar!": "a RAR archive",
        b"\x7fELF": "a program",
        b"MZ": "a Windows program",
    }
    for magic, label in known.items():
        if head.startswith(magic):
            return f"it looks like {label}"
    if len(head) >= 12 and head[4:8] == b"ftyp" and head[8:12] in _MP4_IMAGE_BRANDS:
        return "it looks like a HEIF/AVIF image"
    if _id3_size(head):
        return "it has an audio tag but no audio data this app can read after it"
    return "its content is not a known audio, image or document format"


def unpack_be32(data: bytes, offset: int = 0) -> int:
    return int(struct.unpack_from(">I", data, offset)[0])
