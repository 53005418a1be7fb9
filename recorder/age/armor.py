"""ASCII armor: strict PEM (RFC 7468, section 3) with label "AGE ENCRYPTED FILE".

Armor is malleable unless parsed strictly, so the reader accepts exactly one form per
file: 64-column lines of canonical padded base64, LF or CRLF line ends, no headers, no
blank lines, and whitespace only before BEGIN and after END (MAX_OUTER_WHITESPACE bytes
at most, so a hostile file cannot keep the reader spinning). Both directions stream.
"""

from __future__ import annotations

import binascii
from typing import TYPE_CHECKING

from .errors import ArmorError
from .source import ByteSink, ByteSource, write_all

if TYPE_CHECKING:
    from typing_extensions import Buffer

__all__ = ["BEGIN", "END", "MAX_OUTER_WHITESPACE", "ArmorReader", "ArmorWriter", "looks_armored"]

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
MAX_OUTER_WHITESPACE = 64 * 1024
_WHITESPACE = b" \t\r\n"
_MAX_LINE = 80  # longest legal line: BEGIN plus CRLF
_BYTES_PER_LINE = COLUMNS // 4 * 3
_LF_LINE = COLUMNS + 1
_EMIT_PIECE = 1024 * _BYTES_PER_LINE  # 48 KiB in, 65 KiB out
_READ_BLOCK = 64 * 1024


def looks_armored(head: bytes) -> bool:
    """Whether the first bytes of a file start an armored file (used for autodetection)."""
    return head.lstrip(_WHITESPACE).startswith(b"-----BEGIN ")


class _Lines:
    """Bounded line splitting over a byte source."""

    def __init__(self, src: ByteSource) -> None:
        self._src = src
        self._buf = b""
        self._pos = 0
        self.eof = False

    def _more(self) -> bool:
        data = b"" if self.eof else self._src.read(_READ_BLOCK)
        if not data:
            self.eof = True
            return False
        self._buf = self._buf[self._pos :] + data
        self._pos = 0
        return True

    def skip_whitespace(self) -> None:
        skipped = 0
        while True:
            rest = self._buf[self._pos :]
            stripped = rest.lstrip(_WHITESPACE)
            skipped += len(rest) - len(stripped)
            self._pos += len(rest) - len(stripped)
            if skipped > MAX_OUTER_WHITESPACE:
                raise ArmorError("Too much whitespace around the armored file.")
            if stripped or not self._more():
                return

    def full_lines(self, limit: int) -> bytes | None:
        """Up to limit buffered lines that are exactly 64 columns plus LF, or None.

        The common case, checked with a few C-level operations instead of a Python
        loop per line; anything else (CRLF, padding, the last line) goes line by line.
        """
        count = min(limit, (len(self._buf) - self._pos) // _LF_LINE)
        if count == 0:
            return None
        block = self._buf[self._pos : self._pos + count * _LF_LINE]
        newlines = b"\n" * count
        if block[COLUMNS::_LF_LINE] != newlines or block.count(b"\n") != count or b"=" in block:
            return None
        self._pos += len(block)
        return block

    def line(self) -> tuple[bytes, bool]:
        """The next line without its LF or CRLF, and whether it had a line end."""
        while True:
            end = self._buf.find(b"\n", self._pos, self._pos + _MAX_LINE)
            if end >= 0:
                line = self._buf[self._pos : end]
                self._pos = end + 1
                return line.removesuffix(b"\r"), True
            if len(self._buf) - self._pos >= _MAX_LINE:
                raise ArmorError("An armor line is too long.")
            if not self._more():
                line = self._buf[self._pos :]
                self._pos = len(self._buf)
                return line, False


class ArmorReader:
    """Decodes an armored age file as it is read; ArmorError on any deviation."""

    def __init__(self, src: ByteSource) -> None:
        self._lines = _Lines(src)
        self._started = False
        self._expect_end = False
        self._done = False
        self._out = bytearray()
        self._error: ArmorError | None = None

    def read(self, size: int = -1, /) -> bytes:
        if self._error is not None:
            raise self._error  # sticky: never decode past a defect
        try:
            while not self._done and (size < 0 or len(self._out) < size):
                self._step()
        except ArmorError as exc:
            self._error = exc
            self._out.clear()
            raise
        if size < 0 or size >= len(self._out):
            data = bytes(self._out)
            self._out.clear()
        else:
            data = bytes(self._out[:size])
            del self._out[:size]
        return data

    def readinto(self, buf: memoryview) -> int:
        data = self.read(len(buf))
        buf[: len(data)] = data
        return len(data)

    def _step(self) -> None:
        if not self._started:
            self._lines.skip_whitespace()
            line, _ = self._lines.line()
            if line != BEGIN:
                raise ArmorError("The armor does not start with the age BEGIN line.")
            self._started = True
            return
        if not self._expect_end and (block := self._lines.full_lines(1024)) is not None:
            self._out += _decode_full_lines(block)
            return
        for _ in range(16):  # a few lines the slow way, then try the fast path again
            line, had_eol = self._lines.line()
            if line == END:
                self._finish()
                return
            if not had_eol or self._expect_end:
                raise ArmorError("The armor has no valid END line.")
            self._out += _decode_line(line)
            self._expect_end = len(line) < COLUMNS or line.endswith(b"=")

    def _finish(self) -> None:
        self._lines.skip_whitespace()
        if not self._lines.eof or self._lines.line()[0]:
            raise ArmorError("Unexpected data after the armored file.")
        self._done = True


def _decode_full_lines(block: bytes) -> bytes:
    """Decode 64-column, unpadded lines (always canonical: no leftover bits)."""
    try:
        return binascii.a2b_base64(block.replace(b"\n", b""), strict_mode=True)
    except binascii.Error:
        raise ArmorError("Invalid base64 in the armor.") from None


def _decode_line(line: bytes) -> bytes:
    if not line or len(line) > COLUMNS or len(line) % 4:
        raise ArmorError("An armor line has an invalid length.")
    try:
        data = binascii.a2b_base64(line, strict_mode=True)
    except binascii.Error:
        raise ArmorError("Invalid base64 in the armor.") from None
    if binascii.b2a_base64(data, newline=False) != line:
        raise ArmorError("Non-canonical base64 in the armor.")
    return data


def _armor_lines(data: memoryview) -> bytes:
    """Base64 of data as LF-terminated 64-column lines (callers pass small pieces, so the
    text stays in cache while it is split)."""
    text = binascii.b2a_base64(data, newline=False)
    rows = [text[i : i + COLUMNS] for i in range(0, len(text), COLUMNS)]
    return b"\n".join(rows) + b"\n" if rows else b""


class ArmorWriter:
    """Encodes written bytes as armor into dst; close() writes the END line, not closing dst."""

    def __init__(self, dst: ByteSink) -> None:
        self._dst = dst
        self._pending = bytearray()
        self._closed = False
        write_all(dst, memoryview(BEGIN + b"\n"))

    def write(self, data: Buffer) -> int:
        if self._closed:
            raise ValueError("Write to a closed armor writer.")
        self._pending += data
        whole = len(self._pending) - len(self._pending) % _BYTES_PER_LINE
        if whole >= _EMIT_PIECE:
            with memoryview(self._pending) as view:
                self._emit(view[:whole])
            del self._pending[:whole]
        return memoryview(data).nbytes

    def _emit(self, data: bytes | bytearray | memoryview) -> None:
        view = memoryview(data)
        for start in range(0, len(view), _EMIT_PIECE):
            if lines := _armor_lines(view[start : start + _EMIT_PIECE]):
                write_all(self._dst, memoryview(lines))

    def flush(self) -> None:
        self._dst.flush()

    def close(self) -> None:
        if self._closed:
            return
        self._emit(self._pending)
        self._pending.clear()
        write_all(self._dst, memoryview(END + b"\n"))
        self._closed = True
