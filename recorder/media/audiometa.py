"""Audio facts and tags, read with mutagen from a seekable (decrypting) reader.

Technical facts go under "info:" keys (duration, codec, sample rate, channels, bitrate); every tag
goes under "tag:<name>", so nothing a file carries is hidden from the person reviewing it.
"""

from __future__ import annotations

import struct
from typing import Any, BinaryIO

import mutagen
from mutagen.aac import AAC
from mutagen.flac import FLAC
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

from ..errors import UnreadableMedia
from .validate import mp4_boxes, read_at

MAX_VALUE = 1000

_CLASSES: dict[str, Any] = {
    "wav": WAVE, "flac": FLAC, "mp3": MP3, "aac": AAC, "ogg-opus": OggOpus,
    "ogg-vorbis": OggVorbis, "mp4": MP4,
}
_CODECS = {"wav": "PCM", "flac": "FLAC", "mp3": "MP3", "aac": "AAC", "ogg-opus": "Opus",
           "ogg-vorbis": "Vorbis"}


def clean(value: Any) -> str:
    """A tag value as bounded, NUL-free text; binary values are described, not copied."""
    if isinstance(value, bytes | bytearray):
        return f"<binary, {len(value)} bytes>"
    text = "; ".join(clean(v) for v in value) if isinstance(value, list | tuple) else str(value)
    return text.replace("\x00", " ").strip()[:MAX_VALUE]


def _info(fmt: str, audio: Any) -> dict[str, str]:
    info = audio.info
    out: dict[str, str] = {}
    length = getattr(info, "length", None)
    if length:
        out["info:duration"] = f"{float(length):.3f}"
    codec = getattr(info, "codec_description", None) or getattr(info, "codec", None)
    out["info:codec"] = str(codec or _CODECS.get(fmt, fmt))
    for key, attr in (("sample_rate", "sample_rate"), ("channels", "channels"),
                      ("bitrate", "bitrate"), ("bits_per_sample", "bits_per_sample")):
        value = getattr(info, attr, None)
        if value:
            out[f"info:{key}"] = str(int(value))
    return out


def _tags(audio: Any, names: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    tags = audio.tags
    if tags is None:
        return out
    for key, value in tags.items():
        name = clean(names.get(key, key)) or repr(key)
        if hasattr(value, "text") and not isinstance(value, str):
            text = clean(value.text)
        elif isinstance(getattr(value, "data", None), bytes):
            text = clean(value.data)  # a picture frame: described, not copied
        else:
            text = clean(value)
        out[f"tag:{name}"] = text
    return out


def _mp4_key_names(f: BinaryIO, size: int) -> dict[str, str]:
    """QuickTime 'mdta' metadata numbers its items; the 'keys' box gives their real names."""
    names: dict[str, str] = {}
    for path in ((b"moov", b"udta", b"meta"), (b"moov", b"meta")):
        box = find_box(f, 0, size, path)
        if box is None:
            continue
        start, end = box
        keys = find_box(f, start + 4, end, (b"keys",))  # 'meta' has 4 bytes of version/flags
        if keys is None:
            keys = find_box(f, start, end, (b"keys",))
        if keys is None:
            continue
        data = read_at(f, keys[0], min(keys[1] - keys[0], 1 << 16))
        count = struct.unpack_from(">I", data, 4)[0] if len(data) >= 8 else 0
        at = 8
        for index in range(1, min(count, 200) + 1):
            if at + 8 > len(data):
                break
            length = struct.unpack_from(">I", data, at)[0]
            if length < 8:
                break
            names[struct.pack(">I", index).decode("latin-1")] = data[at + 8 : at + length].decode(
                "utf-8", "replace")
            at += length
    return names


def find_box(f: BinaryIO, start: int, end: int, path: tuple[bytes, ...]) -> tuple[int, int] | None:
    """Payload range of the box at `path` below [start, end), or None."""
    for kind, offset, header, length in mp4_boxes(f, start, end):
        if kind == path[0]:
            payload = (offset + header, min(offset + length, end))
            if len(path) == 1:
                return payload
            return find_box(f, payload[0], payload[1], path[1:])
    return None


def mp4_identifying_boxes(f: BinaryIO, size: int) -> dict[str, str]:
    """Metadata boxes mutagen does not report as tags: 3GPP location, XMP, raw udta items."""
    out: dict[str, str] = {}
    udta = find_box(f, 0, size, (b"moov", b"udta"))
    if udta is not None:
        for kind, offset, header, length in mp4_boxes(f, *udta):
            name = kind.decode("latin-1")
            if kind in (b"meta", b"free", b"skip"):
                continue
            payload = read_at(f, offset + header, min(length - header, MAX_VALUE))
            out[f"mp4:{name}"] = _loci(payload) if kind == b"loci" else _printable(payload)
    for kind, _offset, header, length in mp4_boxes(f, 0, size):
        if kind == b"uuid":
            out["mp4:uuid-xmp"] = f"<embedded metadata, {length - header} bytes>"
    return out


def _loci(payload: bytes) -> str:
    """The 3GPP location box: a place name, then longitude, latitude, altitude (16.16 fixed)."""
    end = payload.find(b"\x00", 6)
    if end < 0 or len(payload) < end + 14:
        return _printable(payload)
    lon, lat, alt = struct.unpack_from(">iii", payload, end + 2)
    place = payload[6:end].decode("utf-8", "replace")
    text = f"{lat / 65536:.4f},{lon / 65536:.4f} altitude {alt / 65536:.1f}"
    return f"{place} {text}".strip()


def _printable(data: bytes) -> str:
    text = "".join(chr(b) if 32 <= b < 127 else " " for b in data)
    return " ".join(text.split())[:MAX_VALUE]


def read_audio(fmt: str, f: BinaryIO, size: int, name: str) -> dict[str, str]:
    """All audio facts and tags of the file; UnreadableMedia if mutagen cannot parse it."""
    cls = _CLASSES[fmt]
    f.seek(0)
    try:
        audio = cls(f)
    except (mutagen.MutagenError, struct.error, ValueError, EOFError, IndexError) as exc:
        raise UnreadableMedia(name, f"its audio headers are invalid: {exc}") from None
    out = _info(fmt, audio)
    names = _mp4_key_names(f, size) if fmt == "mp4" else {}
    tags = _tags(audio, names)
    if fmt == "mp4":
        tags.update(mp4_identifying_boxes(f, size))
    out.update(tags)
    if fmt == "flac" and getattr(audio, "pictures", None):
        out["tag:picture"] = f"<{len(audio.pictures)} embedded picture(s)>"
    return out
