"""STREAM decryption: sequential (any source) and random access (seekable files)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, BinaryIO

from .chunks import (
    BATCH_CHUNKS,
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    TAG_SIZE,
    cipher,
    encrypted_size,
    open_chunk,
    open_chunks,
    plaintext_size,
)
from .errors import PayloadError
from .source import ByteSource, PrefixedReader

if TYPE_CHECKING:
    from typing_extensions import Buffer  # typing only: collections.abc.Buffer in 3.12

__all__ = ["StreamDecryptor", "StreamReader"]


class StreamDecryptor:
    """Sequential decryption with bounded memory, for sources that cannot seek.

    decrypt_next() releases one verified chunk, decrypt_many() a parallel batch of
    chunks. A chunk that verifies but reveals a defect of the stream as a whole (data
    after a final chunk, a full chunk at end of file that is not final) is released,
    and the error is raised on the next call: the behaviour the age testkit pins down.
    Errors are sticky.
    """

    def __init__(self, key: bytes, src: ByteSource) -> None:
        self._aead = cipher(key)
        self._src = src if isinstance(src, PrefixedReader) else PrefixedReader(b"", src)
        # One byte more than a chunk: whether anything follows decides what a chunk may be.
        self._in = bytearray(ENCRYPTED_CHUNK_SIZE + 1)
        self._in_len = 0
        self._counter = 0
        self._finished = False
        self._deferred: PayloadError | None = None

    @property
    def finished(self) -> bool:
        """True once the final chunk was verified and released."""
        return self._finished

    def _fill(self, want: int) -> None:
        if len(self._in) < want:
            self._in.extend(bytes(want - len(self._in)))
        view = memoryview(self._in)
        while self._in_len < want:
            got = self._src.readinto(view[self._in_len : want])
            if not got:
                return
            self._in_len += got

    def _consume(self, chunks: int) -> None:
        used = chunks * ENCRYPTED_CHUNK_SIZE
        rest = self._in_len - used
        self._in[:rest] = self._in[used : self._in_len]
        self._in_len = rest
        self._counter += chunks

    def _check(self) -> bool:
        """Raise a deferred error; False once the stream is finished."""
        if self._deferred is not None:
            raise self._deferred
        return not self._finished

    def decrypt_many(self, out: memoryview) -> int:
        """Decrypt as many whole chunks as fit in out (in parallel); 0 at the end."""
        if not self._check():
            return 0
        room = min(len(out) // CHUNK_SIZE, BATCH_CHUNKS)
        self._fill(room * ENCRYPTED_CHUNK_SIZE + 1)
        # Only chunks with data after them are surely non-final; the last one goes through
        # decrypt_next, which knows the end-of-stream rules.
        count = min(room, (self._in_len - 1) // ENCRYPTED_CHUNK_SIZE)
        if count < 2:
            return self.decrypt_next(out)
        data = memoryview(self._in)[: count * ENCRYPTED_CHUNK_SIZE]
        good = open_chunks(self._aead, self._counter, count, data, out)
        del data
        self._consume(good)
        if good == 0:
            return self.decrypt_next(out)
        return good * CHUNK_SIZE

    def decrypt_next(self, out: memoryview) -> int:
        """Decrypt the next chunk into out (room for CHUNK_SIZE); 0 at the end."""
        if not self._check():
            return 0
        self._fill(ENCRYPTED_CHUNK_SIZE + 1)
        size = min(self._in_len, ENCRYPTED_CHUNK_SIZE)
        if size < TAG_SIZE:
            empty = size == 0 and self._counter == 0
            raise self._fail("The payload has no chunks." if empty else "The payload is truncated.")
        chunk = memoryview(self._in)[:size]
        target = out[: size - TAG_SIZE]
        if self._in_len > ENCRYPTED_CHUNK_SIZE:
            return self._open_followed(chunk, target)
        if size == ENCRYPTED_CHUNK_SIZE:
            return self._open_full_at_end(chunk, target)
        if size == TAG_SIZE and self._counter > 0:
            raise self._fail("The final chunk is empty.")
        if not open_chunk(self._aead, self._counter, True, chunk, target):
            raise self._fail(f"Chunk {self._counter} failed to authenticate.")
        self._finished = True
        return len(target)

    def _open_followed(self, chunk: memoryview, target: memoryview) -> int:
        """A full chunk with more data after it: normally a non-final chunk."""
        if open_chunk(self._aead, self._counter, False, chunk, target):
            self._consume(1)
            return len(target)
        if open_chunk(self._aead, self._counter, True, chunk, target):
            self._fail("Trailing data after the end of the payload.")
            return len(target)
        raise self._fail(f"Chunk {self._counter} failed to authenticate.")

    def _open_full_at_end(self, chunk: memoryview, target: memoryview) -> int:
        """A full chunk at end of file: final, or the stream was cut at a chunk boundary."""
        if open_chunk(self._aead, self._counter, True, chunk, target):
            self._finished = True
            return len(target)
        if open_chunk(self._aead, self._counter, False, chunk, target):
            self._fail("The payload is truncated: no final chunk.")
            return len(target)
        raise self._fail(f"Chunk {self._counter} failed to authenticate.")

    def _fail(self, message: str) -> PayloadError:
        self._deferred = error = PayloadError(message)
        return error


class StreamReader(io.RawIOBase):
    """Random access to a complete stream in a seekable file; decrypts only needed chunks.

    The stream starts at src's position when constructed. size is its plaintext size
    when the caller knows it (then the stream spans encrypted_size(size) bytes and may
    be followed by other data), else the stream runs to the end of the file. The last
    chunk is verified as final up front, so .size can be trusted and truncation is
    caught before any read. The caller keeps ownership of src (close() leaves it open).
    """

    def __init__(self, key: bytes, src: BinaryIO, size: int | None = None) -> None:
        super().__init__()
        self._aead = cipher(key)
        self._src = src
        self._base = src.tell()
        available = src.seek(0, io.SEEK_END) - self._base
        try:
            if size is None:
                self._size = plaintext_size(available)
            else:
                self._size = size
                if encrypted_size(size) > available:
                    raise ValueError
        except ValueError:
            raise PayloadError("The stream is truncated or has trailing data.") from None
        self._encrypted = encrypted_size(self._size)
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
        bases = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}
        if whence not in bases:
            raise ValueError("Invalid whence.")
        if bases[whence] + offset < 0:
            raise ValueError("Negative seek position.")
        self._pos = bases[whence] + offset
        return self._pos

    def _decrypt_chunk(self, index: int, out: memoryview) -> int:
        """Read and verify chunk index into out; return its plaintext length."""
        offset = index * ENCRYPTED_CHUNK_SIZE
        length = min(ENCRYPTED_CHUNK_SIZE, self._encrypted - offset)
        self._src.seek(self._base + offset)
        data = self._src.read(length)
        if len(data) != length:
            raise PayloadError("The stream file changed while reading.")
        target = out[: length - TAG_SIZE]
        if not open_chunk(self._aead, index, index == self._last, memoryview(data), target):
            raise PayloadError(f"Chunk {index} failed to authenticate.")
        return len(target)

    def _load(self, index: int) -> None:
        if index != self._cache_index:
            self._cache_index = -1
            self._cache_len = self._decrypt_chunk(index, memoryview(self._cache))
            self._cache_index = index

    def readinto(self, buf: Buffer) -> int:
        view = memoryview(buf).cast("B")
        done = 0
        while done < len(view) and self._pos < self._size:
            index, offset = divmod(self._pos, CHUNK_SIZE)
            room = view[done:]
            if offset == 0 and index != self._last and len(room) >= CHUNK_SIZE:
                got = self._decrypt_chunk(index, room)  # a whole chunk: skip the cache
            else:
                self._load(index)
                got = min(len(room), self._cache_len - offset)
                room[:got] = memoryview(self._cache)[offset : offset + got]
            done += got
            self._pos += got
        return done

    def read(self, size: int | None = -1) -> bytes:
        left = max(0, self._size - self._pos)
        buf = bytearray(left if size is None or size < 0 else min(size, left))
        got = self.readinto(buf)
        del buf[got:]
        return bytes(buf)

    def close(self) -> None:
        """Forget decrypted data; the underlying file stays open."""
        self._cache[:] = bytes(CHUNK_SIZE)
        self._cache_index = -1
        super().close()
