"""Image metadata without an imaging library: EXIF (TIFF IFDs), PNG text chunks, XMP/IPTC.

Only reading: every IFD entry is bounds-checked, IFD loops are cut, and counts are capped, since
photos arrive from anywhere. GPS coordinates are turned into decimal degrees so a person can see
what would be given away.
"""

from __future__ import annotations

import struct
import zlib
from typing import BinaryIO

from .audiometa import clean
from .validate import read_at

MAX_SEGMENT = 1 << 20
MAX_ENTRIES = 400

TAGS = {
    0x010E: "ImageDescription", 0x010F: "Make", 0x0110: "Model", 0x0131: "Software",
    0x0132: "DateTime", 0x013B: "Artist", 0x8298: "Copyright", 0x9003: "DateTimeOriginal",
    0x9004: "DateTimeDigitized", 0x9286: "UserComment", 0xA420: "ImageUniqueID",
    0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber", 0xA433: "LensMake",
    0xA434: "LensModel", 0xA435: "LensSerialNumber", 0xC62F: "CameraSerialNumber",
    0x9C9B: "XPTitle", 0x9C9C: "XPComment", 0x9C9D: "XPAuthor", 0x9C9E: "XPKeywords",
    0x9C9F: "XPSubject", 0x0112: "Orientation",
}
GPS_TAGS = {
    0x0001: "GPSLatitudeRef", 0x0002: "GPSLatitude", 0x0003: "GPSLongitudeRef",
    0x0004: "GPSLongitude", 0x0005: "GPSAltitudeRef", 0x0006: "GPSAltitude",
    0x0007: "GPSTimeStamp", 0x0012: "GPSMapDatum", 0x001D: "GPSDateStamp",
}
_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8}
EXIF_IFD, GPS_IFD = 0x8769, 0x8825


class _Tiff:
    def __init__(self, data: bytes) -> None:
        if data[:2] == b"II":
            self.order = "<"
        elif data[:2] == b"MM":
            self.order = ">"
        else:
            raise ValueError("not a TIFF header")
        self.data = data

    def unpack(self, fmt: str, offset: int) -> tuple[int, ...]:
        return struct.unpack_from(self.order + fmt, self.data, offset)

    def entries(self, offset: int) -> list[tuple[int, int, int, int]]:
        """(tag, type, count, value offset) of one IFD."""
        (count,) = self.unpack("H", offset)
        out = []
        for i in range(min(count, MAX_ENTRIES)):
            at = offset + 2 + 12 * i
            tag, kind, n = self.unpack("HHI", at)
            size = _SIZES.get(kind, 1) * n
            value_at = at + 8 if size <= 4 else self.unpack("I", at + 8)[0]
            if value_at + size > len(self.data):
                continue
            out.append((tag, kind, n, value_at))
        return out

    def value(self, kind: int, n: int, at: int) -> object:
        n = min(n, 4096)
        if kind in (2, 7, 1, 6):
            raw = self.data[at : at + n]
            if kind == 2:
                return raw.split(b"\x00", 1)[0].decode("utf-8", "replace")
            return raw
        if kind in (3, 8):
            return list(self.unpack(f"{n}{'H' if kind == 3 else 'h'}", at))
        if kind in (4, 9):
            return list(self.unpack(f"{n}{'I' if kind == 4 else 'i'}", at))
        if kind in (5, 10):
            nums = self.unpack(f"{2 * n}{'I' if kind == 5 else 'i'}", at)
            return [nums[i] / nums[i + 1] if nums[i + 1] else 0.0 for i in range(0, 2 * n, 2)]
        return None


def _text(tag: str, value: object) -> str:
    if isinstance(value, bytes):
        if tag.startswith("XP"):
            return clean(value.decode("utf-16-le", "replace"))
        if tag == "UserComment":
            return clean(value[8:].decode("utf-8", "replace"))
        return clean(value)
    if isinstance(value, list) and all(isinstance(v, float) for v in value):
        return ", ".join(f"{v:g}" for v in value)
    return clean(value)


def _degrees(parts: object, ref: str) -> float | None:
    if not isinstance(parts, list) or len(parts) != 3:
        return None
    d, m, s = (float(p) for p in parts)
    value = d + m / 60 + s / 3600
    return -value if ref in ("S", "W") else value


def parse_exif(data: bytes, prefix: str = "exif") -> dict[str, str]:
    """Named EXIF fields (IFD0, Exif IFD, GPS IFD) of a TIFF-structured block."""
    out: dict[str, str] = {}
    try:
        tiff = _Tiff(data)
        queue = [(tiff.unpack("I", 4)[0], TAGS)]
        seen: set[int] = set()
        gps: dict[str, object] = {}
        while queue:
            offset, names = queue.pop()
            if offset in seen or offset + 2 > len(data):
                continue
            seen.add(offset)
            for tag, kind, n, at in tiff.entries(offset):
                if tag in (EXIF_IFD, GPS_IFD):
                    queue.append((tiff.unpack("I", at)[0], GPS_TAGS if tag == GPS_IFD else TAGS))
                    continue
                name = names.get(tag)
                if name is None:
                    continue
                value = tiff.value(kind, n, at)
                if names is GPS_TAGS:
                    gps[name] = value
                out[f"{prefix}:{name}"] = _text(name, value)
        lat = _degrees(gps.get("GPSLatitude"), str(gps.get("GPSLatitudeRef", "")))
        lon = _degrees(gps.get("GPSLongitude"), str(gps.get("GPSLongitudeRef", "")))
        if lat is not None and lon is not None:
            out[f"{prefix}:GPSPosition"] = f"{lat:.6f},{lon:.6f}"
    except (struct.error, ValueError, ZeroDivisionError):
        out[f"{prefix}:unreadable"] = "<EXIF block that could not be read completely>"
    return out


def jpeg_segments(f: BinaryIO, size: int) -> list[tuple[int, int, int]]:
    """(marker, offset, total length) of each segment before the image data."""
    out = []
    offset = 2
    while offset + 4 <= size:
        header = read_at(f, offset, 4)
        if header[0] != 0xFF:
            break
        marker = header[1]
        if marker == 0xFF:
            offset += 1
            continue
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            offset += 2
            continue
        length = struct.unpack_from(">H", header, 2)[0]
        out.append((marker, offset, 2 + length))
        if marker == 0xDA:
            break
        offset += 2 + length
    return out


def read_jpeg(f: BinaryIO, size: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for marker, offset, length in jpeg_segments(f, size):
        if marker == 0xE1:
            body = read_at(f, offset + 4, min(length - 4, MAX_SEGMENT))
            if body.startswith(b"Exif\x00\x00"):
                out.update(parse_exif(body[6:]))
            elif body.startswith(b"http://ns.adobe.com/xap/1.0/"):
                out["xmp:packet"] = clean(body.split(b"\x00", 1)[-1].decode("utf-8", "replace"))
        elif marker == 0xED:
            out["iptc:block"] = f"<IPTC/Photoshop metadata, {length - 4} bytes>"
        elif marker == 0xFE:
            out["jpeg:comment"] = clean(read_at(f, offset + 4, min(length - 4, 4096))
                                        .decode("utf-8", "replace"))
    return out


def png_chunks(f: BinaryIO, size: int) -> list[tuple[bytes, int, int]]:
    """(type, offset, total length) of each PNG chunk."""
    out = []
    offset = 8
    while offset + 12 <= size:
        length, kind = struct.unpack(">I4s", read_at(f, offset, 8))
        out.append((kind, offset, 12 + length))
        offset += 12 + length
        if kind == b"IEND":
            break
    return out


def read_png(f: BinaryIO, size: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, offset, length in png_chunks(f, size):
        if kind not in (b"tEXt", b"zTXt", b"iTXt", b"eXIf"):
            continue
        body = read_at(f, offset + 8, min(length - 12, MAX_SEGMENT))
        if kind == b"eXIf":
            out.update(parse_exif(body))
            continue
        key, _, rest = body.partition(b"\x00")
        text = rest
        if kind == b"zTXt":
            text = _inflate(rest[1:])
        elif kind == b"iTXt":
            compressed = rest[:1] == b"\x01"
            parts = rest[2:].split(b"\x00", 2)
            text = parts[2] if len(parts) == 3 else b""
            if compressed:
                text = _inflate(text)
        out[f"png:{key.decode('latin-1')}"] = clean(text.decode("utf-8", "replace"))
    return out


def _inflate(data: bytes) -> bytes:
    """Decompress at most 64 KiB: a text chunk is no place for a decompression bomb."""
    try:
        return zlib.decompressobj().decompress(data, 1 << 16)
    except zlib.error:
        return b"<compressed text that could not be read>"


def riff_chunks(f: BinaryIO, size: int) -> list[tuple[bytes, int, int]]:
    """(id, offset, total length incl. padding) of each top-level RIFF chunk."""
    out = []
    offset = 12
    while offset + 8 <= size:
        kind, length = struct.unpack("<4sI", read_at(f, offset, 8))
        total = 8 + length + (length & 1)
        out.append((kind, offset, total))
        offset += total
    return out


def read_webp(f: BinaryIO, size: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, offset, length in riff_chunks(f, size):
        if kind == b"EXIF":
            body = read_at(f, offset + 8, min(length - 8, MAX_SEGMENT))
            out.update(parse_exif(body[6:] if body.startswith(b"Exif\x00\x00") else body))
        elif kind == b"XMP ":
            out["xmp:packet"] = clean(read_at(f, offset + 8, min(length - 8, 4096))
                                      .decode("utf-8", "replace"))
    return out
