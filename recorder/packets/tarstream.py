"""A minimal, strict tar (POSIX ustar) writer and reader for packet contents (and, with their
own allow-list of names, for backups: recorder.backup).

Writing: only regular files with short generic names, mode 0600, owner 0, so the stream is
plain ustar every `tar` since 1988 lists and extracts. Reading is parsing hostile input:
only regular files, names from an allow-list (no absolute paths, no '..'), checksums
checked, sizes bounded by the caller, no links, devices, long-name or pax extensions, and
nothing but zero padding after the end marker. GNU tar's own output of the same files
(magic "ustar  ", records padded to 10 KiB) is accepted too, so an archivist may re-pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from .errors import MalformedMember, TruncatedPacket, UnsafePath

BLOCK = 512
END_OF_ARCHIVE = bytes(2 * BLOCK)
MAX_USTAR_SIZE = 8**11 - 1  # eleven octal digits
#: Zero padding allowed after the end marker: ours fills the last 64 KiB age chunk, GNU tar
#: pads to a 10 KiB record.
PAD_TO = 64 * 1024
_MAX_TRAILING = PAD_TO + 20 * BLOCK
_POSIX_MAGIC = b"ustar\x0000"
_GNU_MAGIC = b"ustar  \x00"
_REGULAR = (b"0", b"\x00")
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
NAME_PATTERN = re.compile(
    rf"^(manifest\.json|manifest\.sig|custody\.jsonl|records/{_UUID}\.json"
    rf"|identities/{_UUID}\.age|fingerprints/{_UUID}\.age|media/{_UUID}"
    rf"|consent/{_UUID}\.json)$")


class Readable(Protocol):
    def readinto(self, buf: memoryview, /) -> int: ...


def member_size(size: int) -> int:
    """Bytes one member takes in the stream: header plus data padded to whole blocks."""
    return BLOCK + -(-size // BLOCK) * BLOCK


def archive_size(sizes: list[int]) -> int:
    """The stream's full size, zero-padded to whole 64 KiB (one age chunk): every chunk of
    the age payload is then full, so a cut anywhere shows in the file's length, and the
    length says less about what is inside."""
    size = sum(member_size(s) for s in sizes) + len(END_OF_ARCHIVE)
    return size + -size % PAD_TO


def header(name: str, size: int, mtime: int, names: re.Pattern[str] = NAME_PATTERN) -> bytes:
    """The 512-byte ustar header of a regular file."""
    if not names.match(name):
        raise ValueError(f"not a packet member name: {name!r}")
    if not 0 <= size <= MAX_USTAR_SIZE:
        raise ValueError("member too large for ustar")
    block = bytearray(BLOCK)

    def put(offset: int, data: bytes) -> None:
        block[offset : offset + len(data)] = data

    put(0, name.encode("ascii"))
    put(100, b"0000600\x00")
    put(108, b"0000000\x00")
    put(116, b"0000000\x00")
    put(124, b"%011o\x00" % size)
    put(136, b"%011o\x00" % max(0, min(mtime, MAX_USTAR_SIZE)))
    put(148, b" " * 8)
    put(156, b"0")
    put(257, _POSIX_MAGIC)
    put(265, b"root")
    put(297, b"root")
    put(148, b"%06o\x00 " % sum(block))
    return bytes(block)


def padding(size: int) -> bytes:
    return bytes(-size % BLOCK)


@dataclass(frozen=True)
class MemberHeader:
    name: str
    size: int


def _octal(field: bytes, what: str) -> int:
    if field[:1] and field[0] & 0x80:
        raise MalformedMember("tar header", f"{what} in base-256 form")
    text = field.rstrip(b"\x00 ").lstrip(b" ")
    if not text or not re.fullmatch(rb"[0-7]+", text):
        raise MalformedMember("tar header", f"{what} is not an octal number")
    return int(text, 8)


def _name(block: bytes, posix: bool) -> str:
    raw = block[:100].split(b"\x00", 1)[0]
    prefix = block[345:500].split(b"\x00", 1)[0] if posix else b""
    if prefix:
        raw = prefix + b"/" + raw
    try:
        name = raw.decode("ascii")
    except UnicodeDecodeError:
        raise UnsafePath(raw.decode("ascii", "replace")) from None
    parts = name.split("/")
    if (not name or name.startswith("/") or ".." in parts or "\\" in name or ":" in name
            or any(ord(c) < 32 for c in name)):
        raise UnsafePath(name)
    return name


def parse_header(block: bytes, names: re.Pattern[str] = NAME_PATTERN) -> MemberHeader:
    """Check one non-zero header block; return the member's name and size."""
    magic = block[257:265]
    if magic not in (_POSIX_MAGIC, _GNU_MAGIC):
        raise MalformedMember("tar header", "not a ustar header")
    stored = _octal(block[148:156], "checksum")
    if stored != sum(block[:148]) + 8 * 32 + sum(block[156:]):
        raise MalformedMember("tar header", "checksum mismatch")
    name = _name(block, posix=magic == _POSIX_MAGIC)
    typeflag = block[156:157]
    if typeflag not in _REGULAR:
        raise MalformedMember(name, "not a regular file (a link, folder, device or extension)")
    if not names.match(name):
        raise MalformedMember(name, "not a name a packet may contain")
    return MemberHeader(name, _octal(block[124:136], "size"))


def _zero(view: memoryview) -> bool:
    """Whether every byte is zero (compared in C: a Python loop over a chunk of padding
    cost more than the rest of reading a small packet)."""
    return view.tobytes() == bytes(len(view))


class TarReader:
    """Reads members one after another from a stream, never seeking and never buffering more
    than a block (the zero padding after the end, at most one age chunk, is checked in one
    read); the caller must consume each member before asking for the next."""

    def __init__(self, src: Readable, where: str, names: re.Pattern[str] = NAME_PATTERN) -> None:
        self._src = src
        self._where = where
        self._names = names
        self._left = 0
        self._pad = 0
        self._block = bytearray(BLOCK)
        self._ended = False

    def _fill(self, view: memoryview) -> int:
        got = 0
        while got < len(view):
            n = self._src.readinto(view[got:])
            if not n:
                break
            got += n
        return got

    def _exact(self, view: memoryview) -> None:
        if self._fill(view) != len(view):
            raise TruncatedPacket(self._where)

    def next(self) -> MemberHeader | None:
        """The next member's header, or None at the end of the archive."""
        if self._left:
            raise RuntimeError("previous member not consumed")
        view = memoryview(self._block)
        if self._pad:
            self._exact(view[: self._pad])
            if not _zero(view[: self._pad]):
                raise MalformedMember("tar stream", "non-zero padding")
            self._pad = 0
        self._exact(view)
        if _zero(view):
            self._finish()
            return None
        member = parse_header(bytes(self._block), self._names)
        self._left = member.size
        self._pad = -member.size % BLOCK
        return member

    def readinto(self, buf: memoryview) -> int:
        """Read from the current member (0 when it is consumed)."""
        if not self._left:
            return 0
        view = buf[: min(len(buf), self._left)]
        got = self._src.readinto(view)
        if not got:
            raise TruncatedPacket(self._where)
        self._left -= got
        return got

    @property
    def left(self) -> int:
        return self._left

    def _finish(self) -> None:
        """After the first zero block: a second one, then only zero padding to the end."""
        view = memoryview(self._block)
        self._exact(view)
        if not _zero(view):
            raise MalformedMember("tar stream", "broken end-of-archive marker")
        # The padding to a whole age chunk is read in one go, not a block at a time.
        view = memoryview(bytearray(_MAX_TRAILING + 1))
        trailing = 0
        while True:
            got = self._fill(view)
            if not got:
                break
            trailing += got
            if not _zero(view[:got]) or trailing > _MAX_TRAILING:
                raise MalformedMember("tar stream", "data after the end of the archive")
        self._ended = True

    @property
    def ended(self) -> bool:
        return self._ended
