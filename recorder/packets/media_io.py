"""The one place packets touch the encrypted media store (recorder.media).

Exports read originals and redacted derivatives through it, imports ingest media members
into it (hash checked, failing closed), and purges destroy media through it. Keeping these
calls here keeps the rest of the packet code independent of how the store works.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, BinaryIO

from ..errors import RecorderError

if TYPE_CHECKING:
    from ..model.attachment import Attachment
    from ..vault import Vault


class MediaStoreMissing(RecorderError):
    code = "media_store_missing"

    def __init__(self) -> None:
        super().__init__("This build has no media store; packets with media cannot be made "
                         "or imported.")


def _module(name: str) -> ModuleType:
    try:
        return importlib.import_module(f"recorder.media.{name}")
    except ImportError:
        raise MediaStoreMissing() from None


def available() -> bool:
    try:
        _module("store")
    except MediaStoreMissing:
        return False
    return True


def has_bytes(vault: Vault, attachment: Attachment) -> bool:
    """Whether the store holds this attachment's bytes (a record may arrive without them)."""
    if not available():
        return False
    store = _module("store")
    exists = getattr(store, "has_blob", None)
    if exists is None:
        return True
    return bool(exists(vault, attachment.id))


def open_original(vault: Vault, attachment_id: str) -> BinaryIO:
    """A reader of the attachment's exact bytes (decrypted on the fly, never on disk)."""
    reader: BinaryIO = _module("store").open_attachment(vault, attachment_id)
    return reader


def derivative(vault: Vault, attachment_id: str) -> Attachment | None:
    found: Attachment | None = _module("redact").derivative_of(vault.conn, attachment_id)
    return found


def make_redacted(vault: Vault, attachment_id: str) -> Attachment:
    made: Attachment = _module("redact").make_redacted(vault, attachment_id)
    return made


def can_redact(attachment: Attachment) -> bool:
    """Whether the store knows how to make a redacted copy of this kind of file."""
    if not available():
        return False
    check = getattr(_module("redact"), "can_redact", None)
    return True if check is None else bool(check(attachment))


def ingest(vault: Vault, attachment: Attachment, src: BinaryIO) -> Attachment:
    """Store a media member under the attachment's own id; the store verifies the hash."""
    made: Attachment = _module("ingest").ingest_stream(
        vault, attachment.interview_id, src, filename=attachment.filename,
        attachment_id=attachment.id, created_at=attachment.created_at,
        derived_from=attachment.derived_from, expected_sha256=attachment.sha256,
        media_type=attachment.media_type, kind=attachment.kind)
    return made


def discard(vault: Vault, attachment_ids: list[str]) -> None:
    """Remove blobs written by an import that was then rolled back (their rows are gone)."""
    if not attachment_ids or not available():
        return
    store = _module("store")
    remove = getattr(store, "discard_orphans", None)
    if remove is not None:
        remove(vault, attachment_ids)


def destroy(vault: Vault, attachment_id: str) -> None:
    """Destroy an attachment's key and bytes (purge); its row is deleted by the caller."""
    if not available():
        return
    _module("store").destroy(vault, attachment_id)
