"""Parallel encryption of a regular file's remaining contents (pull model).

Pushing a caller's buffer through several cores costs memory bandwidth, which is the
bottleneck on small machines. Here each thread reads its own run of chunks with pread
into buffers that stay in its core's cache, encrypts them, and writes them in order.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import stat
import threading
from collections.abc import Callable
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .chunks import CHUNK_SIZE, ENCRYPTED_CHUNK_SIZE, chunk_nonce
from .parallel import WORKERS, split_run

__all__ = ["BATCH", "file_extent", "seal_file"]

BATCH = 4  # chunks per task: 256 KiB in and out, small enough to stay in a core's cache


def file_extent(src: BinaryIO) -> tuple[int, int, int] | None:
    """(fd, position, size) when src is a regular file that pread can serve, else None."""
    if not hasattr(os, "preadv"):
        return None
    try:
        fd = src.fileno()
        info = os.fstat(fd)
        position = src.tell()
    except (AttributeError, OSError, ValueError):
        return None
    return (fd, position, info.st_size) if stat.S_ISREG(info.st_mode) else None


class _Cancelled(Exception):
    """Raised in a thread whose batch can no longer be written because another failed."""


class _Turns:
    """Lets batches be written strictly in order, and stops everyone after a failure."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._next = 0
        self.error: BaseException | None = None

    def wait(self, index: int) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self._next == index or self.error is not None)
            if self.error is not None:
                raise _Cancelled

    def advance(self) -> None:
        with self._cond:
            self._next += 1
            self._cond.notify_all()

    def fail(self, error: BaseException) -> None:
        with self._cond:
            if self.error is None and not isinstance(error, _Cancelled):
                self.error = error
            self._cond.notify_all()


def _pread_exact(fd: int, view: memoryview, offset: int) -> None:
    while view:
        got = os.preadv(fd, [view], offset)
        if got <= 0:
            raise OSError("The file shrank while it was being encrypted.")
        view = view[got:]
        offset += got


def seal_file(
    aead: ChaCha20Poly1305,
    first_counter: int,
    extent: tuple[int, int, int],
    count: int,
    emit: Callable[[memoryview, int], None],
) -> None:
    """Encrypt count full non-final chunks read from extent; emit(ciphertext, chunks)
    is called with consecutive batches, in order, one thread at a time."""
    fd, position, _ = extent
    batches = -(-count // BATCH)
    claim = itertools.count()  # next() on it is atomic under the GIL
    turns = _Turns()

    def seal_batch(batch: int, plain: memoryview, out: memoryview) -> int:
        first = batch * BATCH
        n = min(BATCH, count - first)
        _pread_exact(fd, plain[: n * CHUNK_SIZE], position + first * CHUNK_SIZE)
        for i in range(n):
            nonce = chunk_nonce(first_counter + first + i, False)
            source = plain[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE]
            target = out[i * ENCRYPTED_CHUNK_SIZE : (i + 1) * ENCRYPTED_CHUNK_SIZE]
            aead.encrypt_into(nonce, source, None, target)
        return n

    def worker(_start: int, stop: int) -> int:
        plain = bytearray(BATCH * CHUNK_SIZE)
        out = memoryview(bytearray(BATCH * ENCRYPTED_CHUNK_SIZE))
        try:
            while (batch := next(claim)) < batches:
                n = seal_batch(batch, memoryview(plain), out)
                turns.wait(batch)
                try:
                    emit(out[: n * ENCRYPTED_CHUNK_SIZE], n)
                finally:
                    turns.advance()
        except BaseException as exc:
            turns.fail(exc)
            raise
        finally:
            plain[:] = bytes(len(plain))  # no plaintext left in memory
        return stop

    with contextlib.suppress(_Cancelled):  # the real error is in turns.error
        split_run(worker, min(WORKERS, batches))
    if turns.error is not None:
        raise turns.error
