"""Attachments in the vault: their rows, their encrypted files, reading and deleting them.

`media_blob` holds how an attachment is stored (random file name, wrapped key, layout); the
`attachment` row holds the interchange record. Deleting an attachment deletes its wrapped key
(with SQLCipher's secure_delete the page is zeroed) and then its file: without the key the
ciphertext is noise even if the file survives on flash.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .. import clock
from ..errors import AmbiguousReference, AttachmentInUse, MediaDamaged, NotFound
from ..fsutil import fsync_dir, private_dir
from ..model.attachment import Attachment
from ..store import rows
from ..store.changes import recorded
from . import blob, wav

if TYPE_CHECKING:
    from ..database import Connection
    from ..vault import Vault

FILE = "file"  # the blob holds the attachment's exact bytes
PCM = "pcm"  # the blob holds raw PCM; a WAV header is synthesized on read
RECORDING = "recording"
COMPLETE = "complete"


@dataclass(frozen=True)
class BlobRow:
    id: str
    interview_id: str
    blob_name: str
    wrapped_key: bytes
    key_nonce: bytes
    layout: str
    state: str
    size: int
    sample_rate: int | None
    channels: int | None
    sample_width: int | None
    created_at: str
    #: SHA-256 of the bytes the file was encrypted from (FILE layout, schema 11 on), or None.
    sha256: str | None = None

    @property
    def pcm_format(self) -> wav.PcmFormat:
        if not (self.sample_rate and self.channels and self.sample_width):
            raise MediaDamaged(self.id, "its audio format is not recorded")
        return wav.PcmFormat(self.sample_rate, self.channels, self.sample_width)


def media_dir(vault: Vault) -> Path:
    return private_dir(vault.media_path)


def insert_blob(vault: Vault, *, blob_id: str, interview_id: str, blob_name: str, key: bytes,
                layout: str, state: str, size: int, pcm: wav.PcmFormat | None = None,
                sha256: str | None = None) -> None:
    """Record where a blob lives and its key, wrapped (call inside a transaction); `sha256`
    is the hash BlobWriter measured of the bytes it encrypted."""
    wrapped, nonce = blob.wrap_key(vault.subkey(blob.WRAP_PURPOSE), key, blob_id, blob_name)
    vault.conn.execute(
        "INSERT INTO media_blob (id, interview_id, blob_name, wrapped_key, key_nonce, layout,"
        " state, size, sample_rate, channels, sample_width, created_at, sha256)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (blob_id, interview_id, blob_name, wrapped, nonce, layout, state, size,
         pcm.sample_rate if pcm else None, pcm.channels if pcm else None,
         pcm.sample_width if pcm else None, clock.now(), sha256),
    )


def _blob(row: Any) -> BlobRow:
    return BlobRow(row["id"], row["interview_id"], row["blob_name"], bytes(row["wrapped_key"]),
                   bytes(row["key_nonce"]), row["layout"], row["state"], int(row["size"]),
                   row["sample_rate"], row["channels"], row["sample_width"], row["created_at"],
                   row["sha256"])


def blob_row(conn: Connection, blob_id: str) -> BlobRow | None:
    row = conn.execute("SELECT * FROM media_blob WHERE id = ?", (blob_id,)).fetchone()
    return None if row is None else _blob(row)


def blob_rows(conn: Connection, state: str) -> list[BlobRow]:
    return [_blob(r) for r in conn.execute(
        "SELECT * FROM media_blob WHERE state = ? ORDER BY created_at", (state,))]


def file_key(vault: Vault, row: BlobRow) -> bytes:
    return blob.unwrap_key(vault.subkey(blob.WRAP_PURPOSE), row.wrapped_key, row.key_nonce,
                           row.id, row.blob_name)


def open_blob(vault: Vault, row: BlobRow) -> BinaryIO:
    """The plaintext the blob presents: exact file bytes, or a WAV file for a recording."""
    prefix = wav.header(row.pcm_format, row.size) if row.layout == PCM else b""
    return blob.open_blob_file(vault.media_path / row.blob_name, file_key(vault, row), row.id,
                               prefix)


# -- attachments ------------------------------------------------------------------------------


def get_attachment(conn: Connection, attachment_id: str) -> Attachment:
    found = rows.get(conn, Attachment, "attachment", attachment_id)
    if found is None:
        raise NotFound("attachment", attachment_id)
    return found


def resolve(conn: Connection, ref: str) -> str:
    """An attachment id from its full id or a unique prefix of at least 4 characters."""
    ref = ref.strip().lower()
    if len(ref) < 4:
        raise NotFound("attachment", ref)
    like = ref.replace("%", "").replace("_", "") + "%"
    found = [r[0] for r in conn.execute("SELECT id FROM attachment WHERE id LIKE ? LIMIT 2",
                                        (like,))]
    if not found:
        raise NotFound("attachment", ref)
    if len(found) > 1:
        raise AmbiguousReference("attachment", ref)
    return str(found[0])


def list_attachments(conn: Connection, interview_id: str) -> list[Attachment]:
    return rows.select(conn, Attachment, "attachment", "interview_id = ?", (interview_id,),
                       order="created_at, id")


def open_attachment(vault: Vault, attachment_id: str) -> BinaryIO:
    """A seekable reader of the attachment's exact original bytes, decrypted as read."""
    get_attachment(vault.conn, attachment_id)
    row = blob_row(vault.conn, attachment_id)
    if row is None or row.state != COMPLETE:
        raise MediaDamaged(attachment_id, "its stored file is not registered")
    return open_blob(vault, row)


def derivatives(conn: Connection, attachment_id: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM attachment WHERE derived_from = ? ORDER BY created_at", (attachment_id,))]


def delete_attachment(vault: Vault, attachment_id: str) -> None:
    """Delete an attachment, its derivatives, their keys and their files; logged in custody."""
    conn = vault.conn
    doomed: list[Attachment] = []
    pending = [attachment_id]
    while pending:
        current = get_attachment(conn, pending.pop())
        doomed.append(current)
        pending.extend(derivatives(conn, current.id))
    for item in doomed:
        used = conn.execute("SELECT id FROM consent WHERE artefact_id = ? LIMIT 1",
                            (item.id,)).fetchone()
        if used is not None:
            raise AttachmentInUse(item.id, f"consent record {used[0]}")
    names: list[str] = []
    with vault.transaction():
        for item in reversed(doomed):  # derivatives first: they reference the original
            row = blob_row(conn, item.id)
            if row is not None:
                names.append(row.blob_name)
            conn.execute("DELETE FROM media_marker WHERE attachment_id = ?", (item.id,))
            conn.execute("DELETE FROM media_blob WHERE id = ?", (item.id,))
            conn.execute("DELETE FROM attachment WHERE id = ?", (item.id,))
            recorded(vault, "attachment_deleted", "attachment", item.id, item.interview_id,
                     content_hash=item.sha256, detail={"key_destroyed": True}, reindex=False)
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            (vault.media_path / name).unlink()
    fsync_dir(vault.media_path)


def sweep(vault: Vault) -> int:
    """Remove files in the media folder that no row refers to (left by a crash); return count.

    Such files are ciphertext whose key was never committed (or was destroyed), so removing
    them loses nothing; it only gives the space back.
    """
    folder = vault.media_path
    if not folder.is_dir() or vault.is_decoy:
        return 0  # the decoy shares the folder with the real vault, whose files it cannot know
    known = {r[0] for r in vault.conn.execute("SELECT blob_name FROM media_blob")}
    removed = 0
    for entry in os.scandir(folder):
        if entry.name not in known and entry.is_file(follow_symlinks=False):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    if removed:
        fsync_dir(folder)
    return removed
