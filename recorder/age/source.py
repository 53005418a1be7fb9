"""Tiny byte-source helpers shared by the header parser, the armor and the STREAM reader."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # typing only: no runtime dependency on typing_extensions
    from typing_extensions import Buffer


class ByteSource(Protocol):
    """The part of a binary file object the readers need."""

    def read(self, size: int = -1, /) -> bytes: ...


class ByteSink(Protocol):
    """The part of a binary file object the writers need."""

    def write(self, data: Buffer, /) -> int | None: ...

    def flush(self) -> None: ...


def write_all(dst: ByteSink, data: memoryview) -> None:
    """Write everything: raw files may accept only part of a buffer."""
    while data:
        written = dst.write(data)
        if written is None:  # file-likes that do not report a count wrote it all
            return
        data = data[written:]


class PrefixedReader:
    """Serves bytes already read ahead (a peeked prefix, header leftovers) before the source.

    Reading ahead in blocks is what keeps header parsing fast; this hands the surplus on
    so nothing is read twice and the source never needs to be seekable.
    """

    def __init__(self, prefix: bytes, src: ByteSource) -> None:
        self._prefix = memoryview(prefix)
        self._src = src

    def read(self, size: int = -1, /) -> bytes:
        if self._prefix:
            if size < 0:
                return bytes(self._prefix) + _read_all(self._src)
            head = bytes(self._prefix[:size])
            self._prefix = self._prefix[size:]
            return head
        return self._src.read(size)

    def readinto(self, buf: memoryview) -> int:
        """Fill buf from the prefix, then straight from the source when it supports it."""
        if self._prefix:
            n = min(len(buf), len(self._prefix))
            buf[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        readinto = getattr(self._src, "readinto", None)
        if readinto is not None:
            got = readinto(buf)
            return 0 if got is None else int(got)
        data = self._src.read(len(buf))
        buf[: len(data)] = data
        return len(data)


def _read_all(src: ByteSource) -> bytes:
    parts = []
    while data := src.read(1 << 16):
        parts.append(data)
    return b"".join(parts)


def read_exact(src: ByteSource, size: int) -> bytes:
    """Read size bytes, fewer only at end of file."""
    parts = []
    left = size
    while left:
        data = src.read(left)
        if not data:
            break
        parts.append(data)
        left -= len(data)
    return b"".join(parts)
