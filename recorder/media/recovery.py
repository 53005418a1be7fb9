"""After a crash: finish interrupted recordings and clear away what no row refers to.

An interrupted recording's file holds whole non-final STREAM chunks (each fsynced when sealed),
perhaps a torn one, and no final chunk. Recovery keeps the chunks that authenticate, re-encrypts
the last of them as the final chunk (its (counter, final) nonce was never used: the recording
never got that far), writes that as a new file, and records it in one transaction: new file
name, rewrapped key, attachment row, SHA-256, custody entry "recording_recovered". Until that
commit the old file and row stay as they were, so recovery can be interrupted and rerun.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from ..age.errors import PayloadError
from ..age.stream import CHUNK_SIZE, ENCRYPTED_CHUNK_SIZE, StreamReader, chunk_nonce
from ..errors import DiskFull, RecorderError
from ..fsutil import PRIVATE_FILE_MODE, fsync_dir, is_disk_full
from ..model.attachment import Attachment
from ..store.changes import recorded
from ..vault import Vault
from . import blob, store
from .finished import finish_row


def _complete_size(key: bytes, path: os.PathLike[str]) -> int | None:
    """Plaintext size if the file is already a complete stream (stopped, but not recorded)."""
    with open(path, "rb") as f:
        if f.read(blob.HEADER_SIZE) != blob.MAGIC:
            return None
        try:
            return StreamReader(key, f).size
        except PayloadError:
            return None


def _drop(vault: Vault, row: store.BlobRow, reason: str) -> None:
    with vault.transaction():
        vault.conn.execute("DELETE FROM media_marker WHERE attachment_id = ?", (row.id,))
        vault.conn.execute("DELETE FROM media_blob WHERE id = ?", (row.id,))
        recorded(vault, "recording_lost", "attachment", row.id, row.interview_id,
                 detail={"reason": reason}, reindex=False)
    with contextlib.suppress(FileNotFoundError):
        (vault.media_path / row.blob_name).unlink()


def _reseal(key: bytes, src: io.BufferedReader, dst: io.FileIO) -> int:
    """Copy the leading chunks that authenticate, the last one re-sealed as final; return the
    number of plaintext bytes kept (0 if none)."""
    aead = ChaCha20Poly1305(key)
    plain = bytearray(CHUNK_SIZE)
    previous: bytes | None = None
    counter = 0
    while True:
        chunk = src.read(ENCRYPTED_CHUNK_SIZE)
        if len(chunk) != ENCRYPTED_CHUNK_SIZE:
            break
        try:
            aead.decrypt_into(chunk_nonce(counter, False), chunk, None, memoryview(plain))
        except InvalidTag:
            break
        if previous is not None:
            dst.write(previous)
        previous = chunk
        counter += 1
    if previous is None:
        return 0
    last = counter - 1
    aead.decrypt_into(chunk_nonce(last, False), previous, None, memoryview(plain))
    dst.write(aead.encrypt(chunk_nonce(last, True), bytes(plain), None))
    plain[:] = bytes(CHUNK_SIZE)
    return counter * CHUNK_SIZE


def recover_row(vault: Vault, row: store.BlobRow) -> Attachment | None:
    """Finish one interrupted recording; None if nothing of it could be kept."""
    key = store.file_key(vault, row)
    old = vault.media_path / row.blob_name
    if not old.exists():
        _drop(vault, row, "its file is missing")
        return None
    size = _complete_size(key, old)
    if size is not None:  # stopped cleanly, but the final transaction did not commit
        with vault.transaction():
            return finish_row(vault, row, size=size, action="recording_recovered")
    new_name = blob.new_blob_name()
    partial = vault.media_path / f".{new_name}{blob.PARTIAL_SUFFIX}"
    final = vault.media_path / new_name
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with io.FileIO(fd, "wb") as dst, open(old, "rb") as src:
            dst.write(blob.MAGIC)
            src.seek(blob.HEADER_SIZE)
            kept = _reseal(key, src, dst)
            os.fsync(dst.fileno())
        if kept == 0:
            partial.unlink()
            _drop(vault, row, "no audio had been saved yet")
            return None
        wrapped, nonce = blob.wrap_key(vault.subkey(blob.WRAP_PURPOSE), key, row.id, new_name)
        with vault.transaction():
            vault.conn.execute(
                "UPDATE media_blob SET blob_name = ?, wrapped_key = ?, key_nonce = ? WHERE id = ?",
                (new_name, wrapped, nonce, row.id))
            os.replace(partial, final)
            moved = dataclasses.replace(row, blob_name=new_name, wrapped_key=wrapped,
                                        key_nonce=nonce)
            try:
                attachment = finish_row(vault, moved, size=kept, action="recording_recovered",
                                        detail={"interrupted": True})
            except BaseException:
                os.replace(final, partial)
                raise
        fsync_dir(vault.media_path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if is_disk_full(exc):
            raise DiskFull(vault.media_path) from None
        raise
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    with contextlib.suppress(FileNotFoundError):
        old.unlink()
    fsync_dir(vault.media_path)
    return attachment


def recover_interrupted(vault: Vault) -> list[Attachment]:
    """Recover every recording left unfinished by a crash; return what was recovered.

    A recording that cannot be recovered now (a full disk, say) is left as it is and tried
    again at the next unlock.
    """
    recovered = []
    for row in store.blob_rows(vault.conn, store.RECORDING):
        try:
            attachment = recover_row(vault, row)
        except (RecorderError, OSError):
            continue
        if attachment is not None:
            recovered.append(attachment)
    return recovered


def on_unlock(vault: Vault) -> list[Attachment]:
    """What the vault runs when it is unlocked: recover recordings, then sweep orphans."""
    try:
        recovered = recover_interrupted(vault)
        store.sweep(vault)
    except (RecorderError, OSError):
        return []  # never block unlocking; everything is retried next time
    return recovered


def recovered_seconds(attachment: Attachment) -> float:
    return float(attachment.metadata.get("info:duration", "0"))


