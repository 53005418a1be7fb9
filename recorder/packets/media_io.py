"""The one place packets touch the encrypted media store (recorder.media).

Exports read originals and redacted derivatives through it, imports ingest media members
into it (hash checked, failing closed), and purges and consent withdrawals destroy media
through it. Plaintext media only ever exists in memory blocks on the way between the store's
encrypted files and the packet's age stream.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from ..age.chunks import (
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    TAG_SIZE,
    cipher,
    encrypted_size,
    open_chunk,
    open_chunks,
)
from ..age.source import ByteSource
from ..errors import MediaDamaged, RecorderError
from ..fsutil import SyncLater
from ..media import blob, ingest, redact, store
from ..model.attachment import Attachment
from ..store import rows

if TYPE_CHECKING:
    from ..vault import Vault

BLOCK_CHUNKS = 32  # 2 MiB of plaintext per block


def has_bytes(vault: Vault, attachment: Attachment) -> bool:
    """Whether the store holds this attachment's bytes (a record may arrive without them)."""
    row = store.blob_row(vault.conn, attachment.id)
    return row is not None and row.state == store.COMPLETE


def open_original(vault: Vault, attachment_id: str) -> BinaryIO:
    """A reader of the attachment's exact bytes (decrypted on the fly, never on disk)."""
    return store.open_attachment(vault, attachment_id)


def read_blocks(vault: Vault, attachment_id: str) -> Iterator[bytes | bytearray]:
    """The attachment's exact bytes, front to back, in blocks of up to 2 MiB (see
    stored_blocks)."""
    return stored_blocks(vault, attachment_id).blocks


@dataclass(frozen=True)
class StoredBlocks:
    """An attachment's bytes as the store gives them, and whether they are proven."""

    blocks: Iterator[bytes | bytearray]
    #: The SHA-256 of these bytes, when the store proves it without hashing them again: a
    #: file stored whole opens only if every chunk authenticates under the file's own key, so
    #: it holds exactly the bytes it was encrypted from, and BlobWriter measured their hash
    #: while encrypting them (schema 11). None for files stored before that and for
    #: recordings (their WAV header is made on reading): the caller hashes those itself.
    sha256: str | None


def stored_blocks(vault: Vault, attachment_id: str) -> StoredBlocks:
    """The attachment's exact bytes, front to back, in blocks of up to 2 MiB.

    For files stored whole, the store's ciphertext is read in bulk and its chunks are
    opened by several threads at once (each one authenticated, the last one as final),
    which is what makes a 1 GiB export fast; recordings (stored as raw PCM behind a
    synthesized header) go through the store's own reader. The database is read here, at
    once; the returned iterator only reads the file, so it may run on another thread.
    """
    row = store.blob_row(vault.conn, attachment_id)
    if row is None or row.state != store.COMPLETE or row.layout != store.FILE:
        return StoredBlocks(_reader_blocks(store.open_attachment(vault, attachment_id)), None)
    key = store.file_key(vault, row)
    return StoredBlocks(_open_blocks(vault.media_path / row.blob_name, cipher(key), row.size,
                                     attachment_id), row.sha256)


def _reader_blocks(fh: BinaryIO) -> Iterator[bytes | bytearray]:
    with fh:
        while block := fh.read(BLOCK_CHUNKS * CHUNK_SIZE):
            yield block


def _open_blocks(path: Path, aead: ChaCha20Poly1305, size: int,
                 ref: str) -> Iterator[bytes | bytearray]:
    """The file is opened at the first block, so an iterator dropped unread holds nothing."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        raise MediaDamaged(ref, "its encrypted file is missing") from None
    try:
        yield from _opened(fd, aead, size, ref)
    finally:
        os.close(fd)


def _opened(fd: int, aead: ChaCha20Poly1305, size: int,
            ref: str) -> Iterator[bytes | bytearray]:
    encrypted = encrypted_size(size)
    if os.fstat(fd).st_size != blob.HEADER_SIZE + encrypted or \
            os.pread(fd, blob.HEADER_SIZE, 0) != blob.MAGIC:
        raise MediaDamaged(ref, "its encrypted file has the wrong size or header")
    chunks = max(1, -(-size // CHUNK_SIZE))
    data = bytearray(BLOCK_CHUNKS * ENCRYPTED_CHUNK_SIZE)
    counter = 0
    while counter < chunks:
        count = min(BLOCK_CHUNKS, chunks - counter)
        final = counter + count == chunks
        whole = count - 1 if final else count  # the final chunk is opened on its own
        start = blob.HEADER_SIZE + counter * ENCRYPTED_CHUNK_SIZE
        length = min(count * ENCRYPTED_CHUNK_SIZE, encrypted - counter * ENCRYPTED_CHUNK_SIZE)
        view = memoryview(data)[:length]
        if os.preadv(fd, [view], start) != length:
            raise MediaDamaged(ref, "the file changed while it was read")
        plain = bytearray(length - count * TAG_SIZE)
        out = memoryview(plain)
        if open_chunks(aead, counter, whole, view, out) != whole:
            raise MediaDamaged(ref, "a chunk failed to authenticate")
        if final and not open_chunk(aead, counter + whole, True,
                                    view[whole * ENCRYPTED_CHUNK_SIZE :],
                                    out[whole * CHUNK_SIZE :]):
            raise MediaDamaged(ref, "its last chunk failed to authenticate")
        counter += count
        yield plain  # a fresh buffer each time: handed on without copying


def redacted_copy(vault: Vault, attachment: Attachment) -> tuple[Attachment | None, str]:
    """The redacted derivative (made now if there is none yet), or None and why not."""
    found = redact.derivative_of(vault.conn, attachment.id)
    if found is not None:
        return found, ""
    try:
        return redact.make_redacted(vault, attachment.id), ""
    except RecorderError as exc:
        return None, exc.message


def ingest_member(vault: Vault, attachment: Attachment, src: ByteSource,
                  sync_later: SyncLater) -> Attachment:
    """Store a media member under the sender's attachment id; the store verifies the hash
    (HashMismatch, nothing kept) and inspects the content like any new file. The sender's
    own metadata notes (such as what a photo shows) are kept on top of the inspection's.
    The file's fsyncs are left to `sync_later`, flushed before the packet's commit."""
    made = ingest.ingest_stream(
        vault, attachment.interview_id, src, filename=attachment.filename,
        attachment_id=attachment.id, created_at=attachment.created_at,
        derived_from=attachment.derived_from, expected_sha256=attachment.sha256,
        media_type=attachment.media_type, kind=attachment.kind, action="attachment_imported",
        sync_later=sync_later)
    merged = {**made.metadata, **attachment.metadata}
    if merged != made.metadata:
        made.metadata = merged
        rows.update(vault.conn, "attachment", made)
    return made


def forget(vault: Vault, attachment_ids: list[str]) -> None:
    """Delete attachments' rows and wrapped keys (derivatives before their originals), inside
    the caller's transaction. Without its key a file is noise; `sweep` removes the files once
    the transaction committed."""
    conn = vault.conn
    for attachment_id in attachment_ids:
        for child in store.derivatives(conn, attachment_id):
            forget(vault, [child])
        conn.execute("DELETE FROM media_marker WHERE attachment_id = ?", (attachment_id,))
        conn.execute("DELETE FROM media_blob WHERE id = ?", (attachment_id,))
        conn.execute("DELETE FROM attachment WHERE id = ?", (attachment_id,))


def sweep(vault: Vault) -> None:
    """Remove encrypted files no row refers to any more (after a purge, a withdrawal, or an
    import that was rolled back)."""
    store.sweep(vault)


__all__ = [
    "Attachment",
    "StoredBlocks",
    "forget",
    "has_bytes",
    "ingest_member",
    "open_original",
    "read_blocks",
    "redacted_copy",
    "stored_blocks",
    "sweep",
]
