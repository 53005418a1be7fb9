"""Is the file whole? Structural checks that catch a file cut off while being copied.

Each check walks the container's own length fields (RIFF chunks, MP4 boxes, Ogg pages, MPEG
frames, PNG chunks, JPEG segments) through a seekable reader, so it costs little memory
whatever the size. A failure raises TruncatedMedia or UnreadableMedia naming the file.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from typing import BinaryIO

from ..errors import TruncatedMedia, UnreadableMedia
from .sniff import _id3_size, adts_frame_length, mpeg_frame_length

BLOCK = 1 << 20


def read_at(f: BinaryIO, offset: int, size: int) -> bytes:
    f.seek(offset)
    return f.read(size)


def check(fmt: str, f: BinaryIO, size: int, name: str) -> None:
    """Raise if the file of format `fmt` (from sniff) is truncated or malformed."""
    checks: dict[str, Callable[[BinaryIO, int, str], None]] = {
        "wav": _riff, "webp": _riff, "mp3": _mp3, "aac": _aac, "flac": _flac,
        "ogg-opus": _ogg, "ogg-vorbis": _ogg, "mp4": _mp4, "jpeg": _jpeg, "png": _png,
        "pdf": _pdf,
    }
    checker = checks.get(fmt)
    if checker is not None:
        checker(f, size, name)


def _riff(f: BinaryIO, size: int, name: str) -> None:
    head = read_at(f, 0, 12)
    declared = struct.unpack_from("<I", head, 4)[0] + 8
    if declared > size:
        raise TruncatedMedia(name, f"the header announces {declared} bytes but there are {size}")
    offset, seen = 12, set()
    while offset + 8 <= min(declared, size):
        chunk_id, length = struct.unpack("<4sI", read_at(f, offset, 8))
        if offset + 8 + length > size:
            raise TruncatedMedia(name, f"the '{chunk_id.decode('latin-1')}' chunk is cut off")
        seen.add(chunk_id)
        offset += 8 + length + (length & 1)
    if head[8:12] == b"WAVE" and not {b"fmt ", b"data"} <= seen:
        raise UnreadableMedia(name, "it has no audio format or audio data chunk")


def _mp3(f: BinaryIO, size: int, name: str) -> None:
    start = _id3_size(read_at(f, 0, 10))
    end = size
    if size >= 128 and read_at(f, size - 128, 3) == b"TAG":
        end -= 128
    frames, offset = _walk_frames(f, start, end, mpeg_frame_length, 4)
    if frames == 0:
        raise UnreadableMedia(name, "it holds no MPEG audio frames")
    if offset > end:
        raise TruncatedMedia(name, "its last audio frame is cut off")
    expected = _xing_frames(read_at(f, start, 200))
    if expected is not None and frames < expected:
        raise TruncatedMedia(name, f"it holds {frames} of its {expected + 1} audio frames")


def _xing_frames(first_frame: bytes) -> int | None:
    """Frame count from a Xing/Info header in the first frame (it counts the frames after it)."""
    for tag in (b"Xing", b"Info"):
        at = first_frame.find(tag)
        if at >= 0 and len(first_frame) >= at + 12:
            flags = struct.unpack_from(">I", first_frame, at + 4)[0]
            if flags & 1:
                return int(struct.unpack_from(">I", first_frame, at + 8)[0])
    return None


def _walk_frames(f: BinaryIO, start: int, end: int, frame_len: Callable[[bytes], int],
                 header_size: int) -> tuple[int, int]:
    """Count frames from start; return (frames, offset just past the last frame).

    Bytes that are not a frame header are skipped one by one (resync), as decoders do; an
    APEv2 or Lyrics tag before the end simply stops the walk.
    """
    frames = 0
    offset = start
    buf = b""
    buf_at = start
    while offset < end:
        if offset + header_size > buf_at + len(buf):
            buf_at = offset
            buf = read_at(f, offset, min(BLOCK, end - offset))
            if len(buf) < header_size:
                break
        rel = offset - buf_at
        length = frame_len(buf[rel : rel + header_size])
        if length:
            frames += 1
            offset += length
            continue
        if buf[rel : rel + 8] in (b"APETAGEX", b"LYRICSBE"):
            return frames, offset
        offset += 1
    return frames, offset


def _aac(f: BinaryIO, size: int, name: str) -> None:
    start = _id3_size(read_at(f, 0, 10))
    frames, offset = _walk_frames(f, start, size, adts_frame_length, 7)
    if frames == 0:
        raise UnreadableMedia(name, "it holds no AAC audio frames")
    if offset > size:
        raise TruncatedMedia(name, "its last audio frame is cut off")


def _flac(f: BinaryIO, size: int, name: str) -> None:
    offset = _id3_size(read_at(f, 0, 10)) + 4
    while True:
        header = read_at(f, offset, 4)
        if len(header) < 4:
            raise TruncatedMedia(name, "it ends inside its metadata")
        length = int.from_bytes(header[1:4], "big")
        offset += 4 + length
        if header[0] & 0x80:
            break
    if offset >= size:
        raise TruncatedMedia(name, "it has no audio frames after its metadata")
    if read_at(f, offset, 2)[:1] != b"\xff":
        raise UnreadableMedia(name, "its audio does not start with a FLAC frame")


def _ogg(f: BinaryIO, size: int, name: str) -> None:
    offset, last_flags = 0, 0
    while offset < size:
        header = read_at(f, offset, 27)
        if len(header) < 27:
            raise TruncatedMedia(name, "it ends inside an Ogg page header")
        if header[:4] != b"OggS":
            raise UnreadableMedia(name, f"no Ogg page at byte {offset}")
        segments = header[26]
        table = read_at(f, offset + 27, segments)
        if len(table) < segments:
            raise TruncatedMedia(name, "it ends inside an Ogg page header")
        offset += 27 + segments + sum(table)
        last_flags = header[5]
    if offset > size:
        raise TruncatedMedia(name, "its last Ogg page is cut off")
    if not last_flags & 0x04:
        raise TruncatedMedia(name, "its last Ogg page is not marked as the end of the stream")


def mp4_boxes(f: BinaryIO, start: int, end: int) -> list[tuple[bytes, int, int, int]]:
    """(type, offset, header size, total size) of the boxes in [start, end); a box running past
    `end` is returned as is, for the caller to judge."""
    boxes = []
    offset = start
    while offset + 8 <= end:
        header = read_at(f, offset, 16)
        size, kind = struct.unpack_from(">I4s", header)
        header_size = 8
        if size == 1:
            if len(header) < 16:
                size = end - offset + 1  # cut inside the large-size field: reported as overrun
            else:
                size = struct.unpack_from(">Q", header, 8)[0]
                header_size = 16
        elif size == 0:
            size = end - offset
        if size < header_size:
            raise ValueError(f"box at {offset} has an impossible size")
        boxes.append((kind, offset, header_size, size))
        offset += size
    return boxes


def _mp4(f: BinaryIO, size: int, name: str) -> None:
    try:
        boxes = mp4_boxes(f, 0, size)
    except ValueError as exc:
        raise UnreadableMedia(name, str(exc)) from None
    for kind, offset, _, length in boxes:
        if offset + length > size:
            raise TruncatedMedia(name, f"its '{kind.decode('latin-1')}' box is cut off")
    kinds = {b[0] for b in boxes}
    if b"moov" not in kinds:
        raise TruncatedMedia(name, "it has no index ('moov' box); the recording was not finished")
    if b"mdat" not in kinds:
        raise UnreadableMedia(name, "it holds no media data")


def _jpeg(f: BinaryIO, size: int, name: str) -> None:
    offset = 2
    while True:
        header = read_at(f, offset, 4)
        if len(header) < 4:
            raise TruncatedMedia(name, "it ends before the image data")
        if header[0] != 0xFF:
            raise UnreadableMedia(name, f"no JPEG segment at byte {offset}")
        marker = header[1]
        if marker == 0xFF:  # fill byte
            offset += 1
            continue
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            offset += 2
            continue
        length = struct.unpack_from(">H", header, 2)[0]
        offset += 2 + length
        if offset > size:
            raise TruncatedMedia(name, "a JPEG segment is cut off")
        if marker == 0xDA:  # start of scan: entropy-coded data follows, then the end marker
            break
    if _rfind(f, b"\xff\xd9", offset, size) < 0:
        raise TruncatedMedia(name, "the image data has no end marker")


def _rfind(f: BinaryIO, needle: bytes, start: int, end: int) -> int:
    """Last offset of `needle` in [start, end), reading backwards in blocks; -1 if absent."""
    pos = end
    while pos > start:
        lo = max(start, pos - BLOCK)
        block = read_at(f, lo, pos - lo + len(needle) - 1)
        at = block.rfind(needle)
        if at >= 0:
            return lo + at
        pos = lo
    return -1


def _png(f: BinaryIO, size: int, name: str) -> None:
    offset = 8
    while offset < size:
        header = read_at(f, offset, 8)
        if len(header) < 8:
            raise TruncatedMedia(name, "it ends inside a PNG chunk header")
        length, kind = struct.unpack(">I4s", header)
        offset += 12 + length
        if offset > size:
            raise TruncatedMedia(name, f"its '{kind.decode('latin-1')}' chunk is cut off")
        if kind == b"IEND":
            return
    raise TruncatedMedia(name, "it has no end chunk")


def _pdf(f: BinaryIO, size: int, name: str) -> None:
    tail = read_at(f, max(0, size - 2048), 2048)
    if b"%%EOF" not in tail:
        raise TruncatedMedia(name, "the PDF has no end-of-file marker")
