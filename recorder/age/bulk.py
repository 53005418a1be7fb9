"""Parallel encryption of a regular file's remaining contents (pull model).

Pushing a caller's buffer through several cores costs memory bandwidth, which is the
bottleneck on small machines. Here each thread reads its own batches of chunks with
pread into buffers that stay in its core's cache, and encrypts them; sealed batches are
written strictly in order by whichever thread completes the next one, so a thread that
is descheduled does not stall the others. At most AHEAD batches wait to be written.
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

__all__ = ["AHEAD", "BATCH", "file_extent", "seal_file"]

BATCH = 4  # chunks per task: 256 KiB in and out, small enough to stay in a core's cache
AHEAD = 16  # sealed batches allowed to wait for their turn: 4 MiB

Emit = Callable[[memoryview, int], None]


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
    """Raised in a thread that stops because another one failed."""


class _InOrder:
    """Receives sealed batches in any order and emits them in batch order."""

    def __init__(self, emit: Emit) -> None:
        self._emit = emit
        self._cond = threading.Condition()
        self._ready: dict[int, tuple[memoryview, int]] = {}
        self._next = 0
        self._writing = False
        self._spare: list[memoryview] = []
        self.error: BaseException | None = None

    def buffer(self, batch: int) -> memoryview:
        """An output buffer, once batch is close enough to the write position."""
        with self._cond:
            self._cond.wait_for(lambda: batch - self._next < AHEAD or self.error is not None)
            if self.error is not None:
                raise _Cancelled
            if self._spare:
                return self._spare.pop()
        return memoryview(bytearray(BATCH * ENCRYPTED_CHUNK_SIZE))

    def put(self, batch: int, out: memoryview, chunks: int) -> None:
        """Hand over a sealed batch; the caller writes whatever is now in order."""
        with self._cond:
            self._ready[batch] = (out, chunks)
            if self._writing:
                return  # the thread that is writing will pick it up
            self._writing = True
        while True:
            with self._cond:
                item = self._ready.pop(self._next, None)
                if item is None or self.error is not None:
                    self._writing = False
                    return
            self._emit(item[0][: item[1] * ENCRYPTED_CHUNK_SIZE], item[1])
            with self._cond:
                self._next += 1
                self._spare.append(item[0])
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
    emit: Emit,
) -> None:
    """Encrypt count full non-final chunks read from extent; emit(ciphertext, chunks)
    receives consecutive batches, in order, one call at a time."""
    fd, position, _ = extent
    batches = -(-count // BATCH)
    claim = itertools.count()  # next() on it is atomic under the GIL
    in_order = _InOrder(emit)

    def seal_batch(batch: int, plain: memoryview) -> None:
        first = batch * BATCH
        n = min(BATCH, count - first)
        out = in_order.buffer(batch)
        _pread_exact(fd, plain[: n * CHUNK_SIZE], position + first * CHUNK_SIZE)
        for i in range(n):
            nonce = chunk_nonce(first_counter + first + i, False)
            source = plain[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE]
            target = out[i * ENCRYPTED_CHUNK_SIZE : (i + 1) * ENCRYPTED_CHUNK_SIZE]
            aead.encrypt_into(nonce, source, None, target)
        in_order.put(batch, out, n)

    def worker(_start: int, stop: int) -> int:
        plain = bytearray(BATCH * CHUNK_SIZE)
        try:
            while (batch := next(claim)) < batches:
                seal_batch(batch, memoryview(plain))
        except BaseException as exc:
            in_order.fail(exc)
            raise
        finally:
            plain[:] = bytes(len(plain))  # no plaintext left in memory
        return stop

    with contextlib.suppress(_Cancelled):  # the real error is in in_order.error
        split_run(worker, min(WORKERS, batches))
    if in_order.error is not None:
        raise in_order.error
