"""The one place packets touch the encrypted media store (recorder.media).

Exports read originals and redacted derivatives through it, imports ingest media members
into it (hash checked, failing closed), and purges and consent withdrawals destroy media
through it. Plaintext media only ever exists in memory blocks on the way between the store's
encrypted files and the packet's age stream.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from ..errors import RecorderError
from ..media import ingest, redact, store
from ..model.attachment import Attachment
from ..store import rows

if TYPE_CHECKING:
    from ..vault import Vault


def has_bytes(vault: Vault, attachment: Attachment) -> bool:
    """Whether the store holds this attachment's bytes (a record may arrive without them)."""
    row = store.blob_row(vault.conn, attachment.id)
    return row is not None and row.state == store.COMPLETE


def open_original(vault: Vault, attachment_id: str) -> BinaryIO:
    """A reader of the attachment's exact bytes (decrypted on the fly, never on disk)."""
    return store.open_attachment(vault, attachment_id)


def redacted_copy(vault: Vault, attachment: Attachment) -> tuple[Attachment | None, str]:
    """The redacted derivative (made now if there is none yet), or None and why not."""
    found = redact.derivative_of(vault.conn, attachment.id)
    if found is not None:
        return found, ""
    try:
        return redact.make_redacted(vault, attachment.id), ""
    except RecorderError as exc:
        return None, exc.message


def ingest_member(vault: Vault, attachment: Attachment, src: BinaryIO) -> Attachment:
    """Store a media member under the sender's attachment id; the store verifies the hash
    (HashMismatch, nothing kept) and inspects the content like any new file. The sender's
    own metadata notes (such as what a photo shows) are kept on top of the inspection's."""
    made = ingest.ingest_stream(
        vault, attachment.interview_id, src, filename=attachment.filename,
        attachment_id=attachment.id, created_at=attachment.created_at,
        derived_from=attachment.derived_from, expected_sha256=attachment.sha256,
        media_type=attachment.media_type, kind=attachment.kind, action="attachment_imported")
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


__all__ = ["Attachment", "forget", "has_bytes", "ingest_member", "open_original",
           "redacted_copy", "sweep"]
