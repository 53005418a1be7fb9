"""STREAM, the chunked ChaCha20-Poly1305 of age payloads, for reuse outside age files.

Free of age-header concerns: the encrypted media store calls it with its own 32-byte
keys. This module gathers the public pieces:

- sizes: CHUNK_SIZE, TAG_SIZE, encrypted_size(), plaintext_size();
- StreamWriter(key, dst, on_chunk=None): write()/close(), parallel for large writes;
- StreamReader(key, src, size=None): seekable random access to a complete stream
  starting at src's position (size: its plaintext size if known, else to end of file);
- StreamDecryptor(key, src): sequential, bounded-memory decryption of any source;
- recover_chunks(key, src) and reseal(key, f): salvage a stream never closed.
"""

from __future__ import annotations

from .chunks import (
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    KEY_SIZE,
    TAG_SIZE,
    chunk_nonce,
    encrypted_size,
    plaintext_size,
)
from .recovery import recover_chunks, reseal
from .stream_reader import StreamDecryptor, StreamReader
from .stream_writer import StreamWriter

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
