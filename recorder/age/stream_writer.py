"""STREAM encryption to a file-like, one chunk at a time or in parallel batches."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from .bulk import file_extent, seal_file
from .chunks import (
    BATCH_CHUNKS,
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    PARALLEL_MIN_CHUNKS,
    TAG_SIZE,
    chunk_nonce,
    cipher,
    seal_chunks,
)
from .source import ByteSink, write_all

if TYPE_CHECKING:
    from typing_extensions import Buffer

__all__ = ["StreamWriter"]


class StreamWriter:
    """Encrypts written bytes chunk by chunk; close() seals the final chunk.

    A full chunk is held back until more data arrives, because only then is it known
    not to be the final one; so a chunk reaches dst as soon as the first byte after it
    is written, and on_chunk(counter) runs after each chunk is written (a recorder can
    fsync there and lose at most the chunk in progress on a power cut). Large writes
    are sealed in parallel batches. Leaving a with-block through an exception does not
    seal the stream: a truncated stream must read as truncated, never as a shorter
    complete one. dst is never closed here.
    """

    def __init__(
        self, key: bytes, dst: ByteSink, on_chunk: Callable[[int], None] | None = None
    ) -> None:
        self._aead = cipher(key)
        self._dst = dst
        self._on_chunk = on_chunk
        self._pending = bytearray(CHUNK_SIZE)
        self._pending_len = 0
        self._out = bytearray(ENCRYPTED_CHUNK_SIZE)  # grows to the largest batch written
        self._counter = 0
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer) -> int:
        if self._closed:
            raise ValueError("Write to a closed STREAM writer.")
        try:
            return self._write(memoryview(data).cast("B"))
        except BaseException:
            self._abandon()  # after a failed write the stream has a hole: never go on
            raise

    def _write(self, view: memoryview) -> int:
        total = len(view)
        if 0 < self._pending_len < CHUNK_SIZE:
            take = min(CHUNK_SIZE - self._pending_len, len(view))
            self._pending[self._pending_len : self._pending_len + take] = view[:take]
            self._pending_len += take
            view = view[take:]
        if not view:
            return total
        # Data follows, so a full pending chunk is not the final one. Of the new data,
        # every whole chunk but the last is sealed straight from the caller's buffer.
        jobs = [memoryview(self._pending)] if self._pending_len else []
        whole = (len(view) - 1) // CHUNK_SIZE
        jobs += [view[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE] for i in range(whole)]
        if len(jobs) < PARALLEL_MIN_CHUNKS:
            for job in jobs:
                self._seal_one(job, final=False)
        else:
            for start in range(0, len(jobs), BATCH_CHUNKS):
                self._seal_batch(jobs[start : start + BATCH_CHUNKS])
        rest = view[whole * CHUNK_SIZE :]
        self._pending[: len(rest)] = rest
        self._pending_len = len(rest)
        return total

    def write_from(self, src: BinaryIO) -> int:
        """Encrypt everything left in src; return the number of bytes consumed.

        From a regular file the chunks are read with pread and sealed by several threads
        (the fast path for whole files); any other source is read sequentially.
        """
        if self._closed:
            raise ValueError("Write to a closed STREAM writer.")
        total = 0
        extent = file_extent(src) if self._pending_len == 0 else None
        if extent is not None:
            remaining = extent[2] - extent[1]
            count = (remaining - 1) // CHUNK_SIZE  # all whole chunks but the last
            if count > 0:
                try:
                    seal_file(self._aead, self._counter, extent, count, self._emit)
                except BaseException:
                    self._abandon()
                    raise
                total = count * CHUNK_SIZE
                src.seek(extent[1] + total)
        while data := src.read(CHUNK_SIZE):
            total += self.write(data)
        return total

    def _emit(self, ciphertext: memoryview, chunks: int) -> None:
        write_all(self._dst, ciphertext)
        self._chunks_written(chunks)

    def _seal_batch(self, plaintexts: list[memoryview]) -> None:
        size = len(plaintexts) * ENCRYPTED_CHUNK_SIZE
        if len(self._out) < size:
            # Only as large as this batch: a whole one (4 MiB, zeroed by the allocator) cost a
            # small file more than encrypting it.
            self._out = bytearray(size)
        out = memoryview(self._out)[:size]
        seal_chunks(self._aead, self._counter, plaintexts, out)
        self._emit(out, len(plaintexts))

    def _chunks_written(self, count: int) -> None:
        for _ in range(count):
            if self._on_chunk is not None:
                self._on_chunk(self._counter)
            self._counter += 1

    def flush(self) -> None:
        self._dst.flush()

    def _seal_one(self, plaintext: memoryview, final: bool) -> None:
        out = memoryview(self._out)[: len(plaintext) + TAG_SIZE]
        self._aead.encrypt_into(chunk_nonce(self._counter, final), plaintext, None, out)
        self._emit(out, 1)

    def close(self) -> None:
        """Write the final chunk (possibly short; empty only for an empty stream)."""
        if self._closed:
            return
        try:
            self._seal_one(memoryview(self._pending)[: self._pending_len], final=True)
        finally:
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
