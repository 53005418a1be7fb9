"""Recovering a STREAM whose writer never reached close() (crash, power cut)."""

from __future__ import annotations

from typing import BinaryIO

from .chunks import (
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    chunk_nonce,
    cipher,
    open_chunk,
)
from .errors import PayloadError
from .source import write_all
from .stream_reader import StreamReader

__all__ = ["recover_chunks", "reseal"]


def recover_chunks(key: bytes, src: BinaryIO) -> int:
    """How many leading chunks, from src's position, verify as non-final chunks.

    An interrupted recording holds whole non-final chunks, maybe a torn one, and no
    final chunk; this counts what can be kept. src is left at an unspecified position.
    """
    aead = cipher(key)
    out = memoryview(bytearray(CHUNK_SIZE))
    count = 0
    while True:
        data = src.read(ENCRYPTED_CHUNK_SIZE)
        if len(data) != ENCRYPTED_CHUNK_SIZE:
            return count
        if not open_chunk(aead, count, False, memoryview(data), out):
            return count
        count += 1


def _is_complete(key: bytes, f: BinaryIO) -> bool:
    try:
        StreamReader(key, f).close()
    except PayloadError:
        return False
    return True


def reseal(key: bytes, f: BinaryIO) -> int:
    """Make an unfinished stream (from f's position) valid again; return its plaintext size.

    Keeps the leading non-final chunks, truncates the rest, and re-encrypts the last kept
    chunk as final under its own counter. Security: that (counter, final) nonce was never
    used with this key, since a writer only gives the final flag to the counter after its
    last non-final chunk, so no nonce is reused. Raises ValueError if the stream is
    already complete, PayloadError if no chunk is recoverable. f must be open for reading
    and writing; the caller fsyncs.
    """
    base = f.tell()
    if _is_complete(key, f):
        raise ValueError("The stream is already complete.")
    f.seek(base)
    count = recover_chunks(key, f)
    if count == 0:
        raise PayloadError("No chunk of the stream could be recovered.")
    aead = cipher(key)
    last_offset = base + (count - 1) * ENCRYPTED_CHUNK_SIZE
    # Truncate first: if we crash before the rewrite, a rerun finds the same chunks.
    f.truncate(base + count * ENCRYPTED_CHUNK_SIZE)
    f.seek(last_offset)
    plain = bytearray(CHUNK_SIZE)
    chunk = memoryview(f.read(ENCRYPTED_CHUNK_SIZE))
    if not open_chunk(aead, count - 1, False, chunk, memoryview(plain)):
        raise PayloadError("The stream changed during recovery.")
    sealed = aead.encrypt(chunk_nonce(count - 1, True), plain, None)
    plain[:] = bytes(CHUNK_SIZE)
    f.seek(last_offset)
    write_all(f, memoryview(sealed))
    f.flush()
    return count * CHUNK_SIZE
