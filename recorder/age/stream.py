"""STREAM: the chunked ChaCha20-Poly1305 construction of age payloads.

Free of age-header concerns so the encrypted media store can use it with its own
32-byte keys. Chunks hold CHUNK_SIZE plaintext bytes plus a TAG_SIZE tag; the nonce is
an 11-byte big-endian chunk counter followed by 0x01 for the final chunk, 0x00 before.
The final flag is what makes truncation at a chunk boundary detectable.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from types import TracebackType
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .errors import PayloadError
from .source import ByteSource, PrefixedReader

__all__ = [
    "CHUNK_SIZE",
    "ENCRYPTED_CHUNK_SIZE",
    "KEY_SIZE",
    "TAG_SIZE",
    "StreamDecryptor",
    "StreamReader",
    "StreamWriter",
    "chunk_nonce",
    "encrypted_size",
    "plaintext_size",
    "recover_chunks",
    "reseal",
]

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
KEY_SIZE = 32
_MAX_COUNTER = (1 << 88) - 1


def chunk_nonce(counter: int, final: bool) -> bytes:
    """The 12-byte nonce of chunk number counter."""
    if not 0 <= counter <= _MAX_COUNTER:
        raise OverflowError("STREAM chunk counter out of range.")
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _cipher(key: bytes) -> ChaCha20Poly1305:
    if len(key) != KEY_SIZE:
        raise ValueError("A STREAM key is 32 bytes.")
    return ChaCha20Poly1305(key)


def encrypted_size(size: int) -> int:
    """Ciphertext length for size plaintext bytes (an empty stream is one 16-byte chunk)."""
    if size < 0:
        raise ValueError("A size cannot be negative.")
    chunks = max(1, -(-size // CHUNK_SIZE))
    return size + chunks * TAG_SIZE


def plaintext_size(size: int) -> int:
    """Plaintext length of a size-byte stream; ValueError if no stream has that length."""
    if size < TAG_SIZE:
        raise ValueError("Too short to be a STREAM ciphertext.")
    chunks = -(-size // ENCRYPTED_CHUNK_SIZE)
    plain = size - chunks * TAG_SIZE
    if encrypted_size(plain) != size:
        raise ValueError("No STREAM ciphertext has this length.")
    return plain


def _write_all(dst: BinaryIO, data: memoryview) -> None:
    """Write everything: raw files may accept only part of a buffer."""
    while data:
        written = dst.write(data)
        if written is None:  # file-likes that do not report a count wrote it all
            return
        data = data[written:]


class StreamWriter:
    """Encrypts written bytes chunk by chunk; close() seals the final chunk.

    A full chunk is held back until more data arrives, because only then is it known
    not to be the final one. on_chunk(counter) runs after each chunk reaches dst, so a
    recorder can fsync and lose at most one chunk on a power cut. Leaving a with-block
    through an exception does not seal the stream: a truncated stream must read as
    truncated, never as a shorter complete one. dst is never closed here.
    """

    def __init__(
        self, key: bytes, dst: BinaryIO, on_chunk: Callable[[int], None] | None = None
    ) -> None:
        self._aead = _cipher(key)
        self._dst = dst
        self._on_chunk = on_chunk
        self._pending = bytearray(CHUNK_SIZE)
        self._pending_len = 0
        self._out = bytearray(ENCRYPTED_CHUNK_SIZE)
        self._counter = 0
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("Write to a closed STREAM writer.")
        view = memoryview(data).cast("B")
        total = len(view)
        while view:
            if self._pending_len == CHUNK_SIZE:
                self._seal(memoryview(self._pending), final=False)
                self._pending_len = 0
            if self._pending_len == 0 and len(view) > CHUNK_SIZE:
                # Whole chunks go straight from the caller's buffer: no copy.
                self._seal(view[:CHUNK_SIZE], final=False)
                view = view[CHUNK_SIZE:]
                continue
            take = min(CHUNK_SIZE - self._pending_len, len(view))
            self._pending[self._pending_len : self._pending_len + take] = view[:take]
            self._pending_len += take
            view = view[take:]
        return total

    def _seal(self, plaintext: memoryview, final: bool) -> None:
        out = memoryview(self._out)[: len(plaintext) + TAG_SIZE]
        self._aead.encrypt_into(chunk_nonce(self._counter, final), plaintext, None, out)
        _write_all(self._dst, out)
        if self._on_chunk is not None:
            self._on_chunk(self._counter)
        self._counter += 1

    def flush(self) -> None:
        self._dst.flush()

    def close(self) -> None:
        """Write the final chunk (possibly short; empty only for an empty stream)."""
        if self._closed:
            return
        self._seal(memoryview(self._pending)[: self._pending_len], final=True)
        self._abandon()

    def abort(self) -> None:
        """Stop without sealing; what was written stays a detectably unfinished stream."""
        self._abandon()

    def _abandon(self) -> None:
        self._closed = True
        self._pending[:] = bytes(CHUNK_SIZE)  # do not keep plaintext around

    def __enter__(self) -> StreamWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def _open(aead: ChaCha20Poly1305, counter: int, final: bool, chunk: memoryview,
          out: memoryview) -> bool:
    """Decrypt chunk into out; on failure wipe out, since decrypt_into leaves unverified
    plaintext there."""
    try:
        aead.decrypt_into(chunk_nonce(counter, final), chunk, None, out)
    except InvalidTag:
        out[:] = bytes(len(out))
        return False
    return True


class StreamDecryptor:
    """Sequential decryption with bounded memory, for sources that cannot seek.

    decrypt_next() releases one verified chunk at a time. A chunk that verifies but
    reveals a defect of the stream as a whole (data after a final chunk, a full chunk
    at end of file that is not final) is released, and the error is raised on the next
    call, which is the behaviour the age testkit pins down.
    """

    def __init__(self, key: bytes, src: ByteSource) -> None:
        self._aead = _cipher(key)
        self._src = src if isinstance(src, PrefixedReader) else PrefixedReader(b"", src)
        self._in = bytearray(ENCRYPTED_CHUNK_SIZE + 1)  # +1 byte: is there more after it?
        self._in_len = 0
        self._counter = 0
        self._finished = False
        self._deferred: PayloadError | None = None

    @property
    def finished(self) -> bool:
        """True once the final chunk was verified and released."""
        return self._finished

    def _fill(self) -> None:
        view = memoryview(self._in)
        while self._in_len < len(self._in):
            got = self._src.readinto(view[self._in_len :])
            if not got:
                return
            self._in_len += got

    def decrypt_next(self, out: memoryview) -> int:
        """Decrypt the next chunk into out (room for CHUNK_SIZE); 0 at the end."""
        if self._deferred is not None:
            raise self._deferred
        if self._finished:
            return 0
        self._fill()
        size = min(self._in_len, ENCRYPTED_CHUNK_SIZE)
        more = self._in_len > ENCRYPTED_CHUNK_SIZE
        if size < TAG_SIZE:
            raise self._fail("The payload has no chunks." if size == 0 and self._counter == 0
                             else "The payload is truncated.")
        chunk = memoryview(self._in)[:size]
        target = out[: size - TAG_SIZE]
        if more:
            return self._open_followed(chunk, target)
        if size == ENCRYPTED_CHUNK_SIZE:
            return self._open_full_at_end(chunk, target)
        if size == TAG_SIZE and self._counter > 0:
            raise self._fail("The final chunk is empty.")
        if not _open(self._aead, self._counter, True, chunk, target):
            raise self._fail(f"Chunk {self._counter} failed to authenticate.")
        self._finished = True
        return len(target)

    def _open_followed(self, chunk: memoryview, target: memoryview) -> int:
        """A full chunk with more data after it: normally a non-final chunk."""
        if _open(self._aead, self._counter, False, chunk, target):
            self._in[0] = self._in[ENCRYPTED_CHUNK_SIZE]
            self._in_len = 1
            self._counter += 1
            return len(target)
        if _open(self._aead, self._counter, True, chunk, target):
            self._deferred = self._fail("Trailing data after the end of the payload.")
            return len(target)
        raise self._fail(f"Chunk {self._counter} failed to authenticate.")

    def _open_full_at_end(self, chunk: memoryview, target: memoryview) -> int:
        """A full chunk at end of file: final, or the stream was cut at a chunk boundary."""
        if _open(self._aead, self._counter, True, chunk, target):
            self._finished = True
            return len(target)
        if _open(self._aead, self._counter, False, chunk, target):
            self._deferred = self._fail("The payload is truncated: no final chunk.")
            return len(target)
        raise self._fail(f"Chunk {self._counter} failed to authenticate.")

    def _fail(self, message: str) -> PayloadError:
        self._deferred = error = PayloadError(message)
        return error


class StreamReader(io.RawIOBase):
    """Random access to a complete stream in a seekable file; decrypts only needed chunks.

    The stream starts at src's position when constructed and runs for size encrypted
    bytes (default: to end of file). The last chunk is verified as final up front, so
    .size (the plaintext length) can be trusted and truncation is caught before any read.
    """

    def __init__(self, key: bytes, src: BinaryIO, size: int | None = None) -> None:
        super().__init__()
        self._aead = _cipher(key)
        self._src = src
        self._base = src.tell()
        if size is None:
            size = src.seek(0, io.SEEK_END) - self._base
        try:
            self._size = plaintext_size(size)
        except ValueError:
            raise PayloadError("The stream is truncated or has trailing data.") from None
        self._encrypted = size
        self._last = max(0, -(-self._size // CHUNK_SIZE) - 1)
        self._pos = 0
        self._cache = bytearray(CHUNK_SIZE)
        self._cache_index = -1
        self._cache_len = 0
        self._load(self._last)

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}.get(whence)
        if base is None:
            raise ValueError("Invalid whence.")
        if base + offset < 0:
            raise ValueError("Negative seek position.")
        self._pos = base + offset
        return self._pos

    def _chunk_len(self, index: int) -> int:
        return min(ENCRYPTED_CHUNK_SIZE, self._encrypted - index * ENCRYPTED_CHUNK_SIZE)

    def _decrypt_chunk(self, index: int, out: memoryview) -> int:
        """Read and verify chunk index into out; return its plaintext length."""
        length = self._chunk_len(index)
        self._src.seek(self._base + index * ENCRYPTED_CHUNK_SIZE)
        data = self._src.read(length)
        if len(data) != length:
            raise PayloadError("The stream file changed while reading.")
        target = out[: length - TAG_SIZE]
        if not _open(self._aead, index, index == self._last, memoryview(data), target):
            raise PayloadError(f"Chunk {index} failed to authenticate.")
        return len(target)

    def _load(self, index: int) -> None:
        if index != self._cache_index:
            self._cache_index = -1
            self._cache_len = self._decrypt_chunk(index, memoryview(self._cache))
            self._cache_index = index

    def readinto(self, buf: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buf).cast("B")
        done = 0
        while done < len(view) and self._pos < self._size:
            index, offset = divmod(self._pos, CHUNK_SIZE)
            room = view[done:]
            if offset == 0 and index != self._last and len(room) >= CHUNK_SIZE:
                got = self._decrypt_chunk(index, room)  # whole chunk: skip the cache
            else:
                self._load(index)
                got = min(len(room), self._cache_len - offset)
                room[:got] = memoryview(self._cache)[offset : offset + got]
            done += got
            self._pos += got
        return done

    def read(self, size: int | None = -1) -> bytes:
        if size is None or size < 0:
            size = max(0, self._size - self._pos)
        buf = bytearray(min(size, max(0, self._size - self._pos)))
        got = self.readinto(buf)
        del buf[got:]
        return bytes(buf)

    def close(self) -> None:
        """Forget decrypted data; the underlying file stays open (the caller owns it)."""
        self._cache[:] = bytes(CHUNK_SIZE)
        self._cache_index = -1
        super().close()


def recover_chunks(key: bytes, src: BinaryIO) -> int:
    """How many leading chunks (from src's position) verify as non-final chunks.

    A recording cut by a crash has whole non-final chunks, maybe a torn one, and no
    final chunk; this counts what can be kept. src is left at an unspecified position.
    """
    aead = _cipher(key)
    out = memoryview(bytearray(CHUNK_SIZE))
    count = 0
    while True:
        data = src.read(ENCRYPTED_CHUNK_SIZE)
        if len(data) != ENCRYPTED_CHUNK_SIZE:
            return count
        if not _open(aead, count, False, memoryview(data), out):
            return count
        count += 1


def reseal(key: bytes, f: BinaryIO) -> int:
    """Make an unfinished stream (from f's position) valid again; return its plaintext size.

    Keeps the leading non-final chunks, truncates the rest, and re-encrypts the last
    kept chunk as final under its own counter. That nonce (counter, final) was never
    used: a final chunk only ever gets the counter after the last non-final one.
    Raises ValueError if the stream is already complete, PayloadError if nothing is
    recoverable. f must be opened for reading and writing; the caller fsyncs.
    """
    base = f.tell()
    count = recover_chunks(key, f)
    f.seek(base)
    try:
        StreamReader(key, f)
    except PayloadError:
        pass
    else:
        raise ValueError("The stream is already complete.")
    if count == 0:
        raise PayloadError("No chunk of the stream could be recovered.")
    aead = _cipher(key)
    last = count - 1
    # Truncate first: if we crash before the rewrite, a rerun finds the same chunks.
    f.truncate(base + count * ENCRYPTED_CHUNK_SIZE)
    f.seek(base + last * ENCRYPTED_CHUNK_SIZE)
    plain = bytearray(CHUNK_SIZE)
    if not _open(aead, last, False, memoryview(f.read(ENCRYPTED_CHUNK_SIZE)), memoryview(plain)):
        raise PayloadError("The stream changed during recovery.")
    sealed = aead.encrypt(chunk_nonce(last, True), bytes(plain), None)
    plain[:] = bytes(CHUNK_SIZE)
    f.seek(base + last * ENCRYPTED_CHUNK_SIZE)
    _write_all(f, memoryview(sealed))
    f.flush()
    return count * CHUNK_SIZE
