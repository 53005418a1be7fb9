"""The age v1 text header: strict parsing, canonical serialisation and the header MAC.

Hostile-input limits (documented caps, checked while reading, before any crypto):
MAX_HEADER_SIZE bytes of header text and MAX_STANZAS recipient stanzas. Real headers are
tiny (one X25519 stanza is about 110 bytes, a post-quantum one about 1,600), so the caps
only ever stop crafted files, and they stop them after reading at most 1 MiB.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import b64
from .errors import HeaderError, HeaderMacError
from .primitives import hkdf_sha256
from .source import ByteSource
from .stanza import Stanza

__all__ = [
    "MAX_HEADER_SIZE",
    "MAX_STANZAS",
    "Header",
    "read_header",
    "serialise_header",
]

MAX_HEADER_SIZE = 1 << 20
MAX_STANZAS = 64
VERSION_LINE = b"age-encryption.org/v1\n"
BODY_COLUMNS = 64
_MAC_SIZE = 32
_READ_BLOCK = 16 * 1024
_VCHAR = bytes(range(0x21, 0x7F))


@dataclass(frozen=True)
class Header:
    """A parsed header; mac_input is the exact bytes the MAC covers, as read."""

    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes

    def verify_mac(self, file_key: bytes) -> None:
        """Raise HeaderMacError unless the MAC matches under this file key."""
        expected = header_mac(file_key, self.mac_input)
        if not hmac.compare_digest(expected, self.mac):
            raise HeaderMacError("The header MAC does not match: the header was altered.")


def header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    key = hkdf_sha256(file_key, b"", b"header")
    return hmac.new(key, mac_input, hashlib.sha256).digest()


class _LineReader:
    """Reads LF-terminated lines in blocks, never buffering more than the header cap."""

    def __init__(self, src: ByteSource) -> None:
        self._src = src
        self._buf = bytearray()
        self._pos = 0
        self._scanned = 0

    def line(self) -> bytes:
        """The next line including its LF; HeaderError at end of file or over the cap."""
        while True:
            end = self._buf.find(b"\n", self._scanned)
            if end >= 0:
                if end >= MAX_HEADER_SIZE:
                    raise HeaderError("The header is larger than the 1 MiB limit.")
                line = bytes(self._buf[self._pos : end + 1])
                self._pos = self._scanned = end + 1
                return line
            self._scanned = len(self._buf)
            if self._scanned >= MAX_HEADER_SIZE:
                raise HeaderError("The header is larger than the 1 MiB limit.")
            data = self._src.read(_READ_BLOCK)
            if not data:
                raise HeaderError("The file ends inside the header.")
            self._buf += data

    @property
    def position(self) -> int:
        """How many header bytes have been returned so far."""
        return self._pos

    def consumed(self, end: int) -> bytes:
        """The header bytes before offset end."""
        return bytes(self._buf[:end])

    def leftover(self) -> bytes:
        """Bytes read ahead past the header: the start of the payload."""
        return bytes(self._buf[self._pos :])


def read_header(src: ByteSource) -> tuple[Header, bytes]:
    """Parse a header from src; return it with the payload bytes read ahead."""
    lines = _LineReader(src)
    if lines.line() != VERSION_LINE:
        raise HeaderError("Not an age v1 file, or an unsupported version.")
    stanzas: list[Stanza] = []
    while True:
        start = lines.position
        line = lines.line()
        if line.startswith(b"---"):
            mac = _parse_mac_line(line)
            break
        if len(stanzas) == MAX_STANZAS:
            raise HeaderError(f"The header has more than {MAX_STANZAS} recipient stanzas.")
        stanzas.append(Stanza(_parse_arg_line(line), _read_body(lines)))
    if not stanzas:
        raise HeaderError("The header has no recipient stanza.")
    mac_input = lines.consumed(start) + b"---"
    return Header(tuple(stanzas), mac, mac_input), lines.leftover()


def _parse_arg_line(line: bytes) -> tuple[str, ...]:
    if not line.startswith(b"-> "):
        raise HeaderError("Unexpected line in the header.")
    args = line[3:-1].split(b" ")
    for arg in args:
        # Empty arguments (double or trailing spaces) and non-VCHAR bytes (CR, UTF-8,
        # controls) are rejected so that each header has a single serialisation.
        if not arg or arg.translate(None, _VCHAR):
            raise HeaderError("Invalid stanza argument in the header.")
    return tuple(arg.decode("ascii") for arg in args)


def _read_body(lines: _LineReader) -> bytes:
    parts = []
    while True:
        text = lines.line()[:-1]
        if len(text) > BODY_COLUMNS:
            raise HeaderError("A stanza body line is longer than 64 columns.")
        parts.append(text)
        if len(text) < BODY_COLUMNS:
            return b64.decode(b"".join(parts))


def _parse_mac_line(line: bytes) -> bytes:
    if not line.startswith(b"--- "):
        raise HeaderError("Malformed header MAC line.")
    mac = b64.decode(line[4:-1])
    if len(mac) != _MAC_SIZE:
        raise HeaderError("Malformed header MAC line.")
    return mac


def serialise_stanza(stanza: Stanza) -> bytes:
    """The canonical text of one stanza: arguments, then the body wrapped at 64 columns."""
    text = b64.encode(stanza.body)
    rows = [text[i : i + BODY_COLUMNS] for i in range(0, len(text), BODY_COLUMNS)]
    if not rows or len(rows[-1]) == BODY_COLUMNS:
        rows.append(b"")  # the body always ends with a short (maybe empty) line
    arg_line = b"-> " + " ".join(stanza.args).encode("ascii")
    return b"\n".join([arg_line, *rows]) + b"\n"


def mac_input_for(stanzas: Iterable[Stanza]) -> bytes:
    """Header bytes up to and including the '---' the MAC covers."""
    return VERSION_LINE + b"".join(serialise_stanza(s) for s in stanzas) + b"---"


def serialise_header(stanzas: Sequence[Stanza], file_key: bytes) -> bytes:
    """A complete header, MAC line included, for the given stanzas."""
    if not stanzas:
        raise ValueError("A header needs at least one recipient stanza.")
    mac_input = mac_input_for(stanzas)
    return mac_input + b" " + b64.encode(header_mac(file_key, mac_input)) + b"\n"
