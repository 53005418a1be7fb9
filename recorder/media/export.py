"""Writing an attachment out of the vault as a plaintext file: a deliberate act, logged.

This is the one place where media bytes leave the encrypted store on purpose (the person chose
a file to write, after a warning). The copy is streamed through the decrypting reader into an
atomic file: the target appears whole or not at all, and a cancel or a full disk leaves nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Cancelled
from ..fsutil import atomic_writer
from ..model.attachment import Attachment
from . import store
from .ingest import Cancel, Progress

if TYPE_CHECKING:
    from ..vault import Vault

BLOCK = 1 << 20


def export_plaintext(vault: Vault, attachment_id: str, out: Path, *,
                     progress: Progress | None = None,
                     cancel: Cancel | None = None) -> Attachment:
    """Write the attachment's exact bytes to `out` UNENCRYPTED; custody records it."""
    attachment = store.get_attachment(vault.conn, attachment_id)
    # atomic_writer turns a full disk or an unwritable target into DiskFull or CannotWrite.
    with store.open_attachment(vault, attachment.id) as src, atomic_writer(out) as dst:
        done = 0
        while block := src.read(BLOCK):
            if cancel is not None and cancel():
                raise Cancelled(f"Exporting {attachment.filename}")
            dst.write(block)
            done += len(block)
            if progress is not None:
                progress(done, attachment.size)
    with vault.transaction():
        vault.log("attachment_exported", "attachment", attachment.id,
                  interview_id=attachment.interview_id, content_hash=attachment.sha256,
                  detail={"redacted": bool(attachment.derived_from)})
    return attachment
