"""STREAM building blocks: sizes, nonces, and sealing/opening runs of chunks.

Chunks hold CHUNK_SIZE plaintext bytes plus a TAG_SIZE tag; the nonce is an 11-byte
big-endian chunk counter followed by 0x01 for the final chunk, 0x00 before. The final
flag is what makes truncation at a chunk boundary detectable.
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .parallel import split_run

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
KEY_SIZE = 32
BATCH_CHUNKS = 64  # bulk work is done 4 MiB at a time
_CHUNKS_PER_THREAD = 4  # below this, one thread is faster than handing work over
PARALLEL_MIN_CHUNKS = 2 * _CHUNKS_PER_THREAD
_MAX_COUNTER = (1 << 88) - 1


def chunk_nonce(counter: int, final: bool) -> bytes:
    """The 12-byte nonce of chunk number counter."""
    if not 0 <= counter <= _MAX_COUNTER:
        raise OverflowError("STREAM chunk counter out of range.")
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def cipher(key: bytes) -> ChaCha20Poly1305:
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


def open_chunk(
    aead: ChaCha20Poly1305, counter: int, final: bool, chunk: memoryview, out: memoryview
) -> bool:
    """Decrypt chunk into out (exactly its plaintext size). On failure out is wiped,
    because decrypt_into leaves unverified plaintext behind."""
    try:
        aead.decrypt_into(chunk_nonce(counter, final), chunk, None, out)
    except InvalidTag:
        out[:] = bytes(len(out))
        return False
    return True


def seal_chunks(
    aead: ChaCha20Poly1305, first: int, plaintexts: Sequence[memoryview], out: memoryview
) -> None:
    """Encrypt full non-final chunks numbered from first, back to back into out."""

    def work(start: int, stop: int) -> int:
        for i in range(start, stop):
            target = out[i * ENCRYPTED_CHUNK_SIZE : (i + 1) * ENCRYPTED_CHUNK_SIZE]
            aead.encrypt_into(chunk_nonce(first + i, False), plaintexts[i], None, target)
        return stop

    split_run(work, len(plaintexts), _CHUNKS_PER_THREAD)


def open_chunks(
    aead: ChaCha20Poly1305, first: int, count: int, data: memoryview, out: memoryview
) -> int:
    """Decrypt count full non-final chunks from data into out; return how many leading
    chunks verified. Anything decrypted past that point is wiped from out."""

    def work(start: int, stop: int) -> int:
        for i in range(start, stop):
            chunk = data[i * ENCRYPTED_CHUNK_SIZE : (i + 1) * ENCRYPTED_CHUNK_SIZE]
            target = out[i * CHUNK_SIZE : (i + 1) * CHUNK_SIZE]
            if not open_chunk(aead, first + i, False, chunk, target):
                return i
        return stop

    good = split_run(work, count, _CHUNKS_PER_THREAD)
    if good < count:
        out[good * CHUNK_SIZE : count * CHUNK_SIZE] = bytes((count - good) * CHUNK_SIZE)
    return good
