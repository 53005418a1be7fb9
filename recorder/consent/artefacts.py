"""Where the proof of a consent lives: the drawn signature, the recorded verbal consent, the
scan of a paper form. Each is an attachment of the interview, kept by the media store like all
evidence (encrypted file, per-file key, hash in the custody log).

Storing is split in two so the proof and its consent record commit together: `prepare`
encrypts the bytes into a hidden partial file outside any transaction, `commit` records it
inside the caller's, and `abandon` removes the file if that transaction fails.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from ..errors import NotFound
from ..media import ingest
from ..media import store as media_store
from ..model.attachment import Attachment
from ..vault import Vault
from .errors import ArtefactRejected

MAX_ARTEFACT = 64 * 1024 * 1024

#: Leading bytes of the file types accepted as proof, with their media type and kind (a quick
#: check with a consent-specific message; the media store then validates the whole file).
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", "image"),
    (b"\xff\xd8\xff", 0, "image/jpeg", "image"),
    (b"%PDF-", 0, "application/pdf", "document"),
    (b"RIFF", 0, "audio/wav", "audio"),  # checked further below (WAVE)
    (b"fLaC", 0, "audio/flac", "audio"),
    (b"OggS", 0, "audio/ogg", "audio"),
    (b"ID3", 0, "audio/mpeg", "audio"),
    (b"ftyp", 4, "audio/mp4", "audio"),
)


@dataclass(frozen=True)
class FileArtefact:
    """Bytes brought from elsewhere: a scan, a recording, a rendered signature."""

    data: bytes
    filename: str
    media_type: str = ""


@dataclass(frozen=True)
class StoredArtefact:
    """Proof already kept as an attachment of the interview: the recorder's take of the
    witness saying they agree (verbal consent) goes straight into the encrypted store."""

    attachment_id: str


def check_stored(vault: Vault, interview_id: str, proof: StoredArtefact, *,
                 kinds: tuple[str, ...]) -> Attachment:
    """The attachment, if it can prove this consent: this interview's, of the right kind, and
    not already the proof of another consent record."""
    try:
        attachment = media_store.get_attachment(vault.conn, proof.attachment_id)
    except NotFound:
        raise ArtefactRejected("recording", "it is not in this vault") from None
    if attachment.interview_id != interview_id:
        raise ArtefactRejected("recording", "it belongs to another interview")
    if attachment.kind not in kinds:
        raise ArtefactRejected("recording", f"it is {attachment.kind}, not {' or '.join(kinds)}")
    used = vault.conn.execute("SELECT id FROM consent WHERE artefact_id = ? LIMIT 1",
                              (attachment.id,)).fetchone()
    if used is not None:
        raise ArtefactRejected("recording", f"it already proves consent record {used[0]}")
    return attachment


def sniff(data: bytes) -> tuple[str, str] | None:
    """(media type, attachment kind) from the content itself, never from a file name."""
    for magic, offset, media_type, kind in _SIGNATURES:
        if data[offset:offset + len(magic)] == magic:
            if magic == b"RIFF" and data[8:12] != b"WAVE":
                return None
            return media_type, kind
    if len(data) > 2 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0:
        return "audio/mpeg", "audio"  # MPEG audio frame without an ID3 tag
    return None


def check(artefact: FileArtefact, what: str, kinds: tuple[str, ...]) -> tuple[str, str]:
    """The artefact's type, or ArtefactRejected naming what is wrong with it."""
    if not artefact.data:
        raise ArtefactRejected(what, "the file is empty")
    if len(artefact.data) > MAX_ARTEFACT:
        raise ArtefactRejected(what, f"larger than {MAX_ARTEFACT // (1024 * 1024)} MiB")
    found = sniff(artefact.data)
    if found is None or found[1] not in kinds:
        allowed = " or ".join(kinds)
        raise ArtefactRejected(what, f"its content is not a supported {allowed} file")
    return found


def prepare(vault: Vault, interview_id: str, artefact: FileArtefact, *, what: str,
            kinds: tuple[str, ...]) -> ingest.Prepared:
    """Encrypt the proof into the media store's partial file (nothing recorded yet)."""
    check(artefact, what, kinds)
    return ingest.prepare(vault, interview_id, io.BytesIO(artefact.data),
                          filename=artefact.filename or f"consent-{what}",
                          action="attachment_added")


def commit(vault: Vault, prepared: ingest.Prepared) -> Attachment:
    """Record the prepared proof (inside the caller's transaction)."""
    return ingest.commit(vault, [prepared])[0]


def abandon(prepared: ingest.Prepared, committed: bool) -> None:
    """The consent was not stored: remove the proof's file (its row went with the rollback)."""
    if committed:
        prepared.writer.unpublish()
    else:
        prepared.writer.discard()


def read_artefact(vault: Vault, attachment_id: str) -> tuple[Attachment, bytes]:
    """The attachment record and its exact bytes, checked against the recorded hash."""
    attachment = media_store.get_attachment(vault.conn, attachment_id)
    with media_store.open_attachment(vault, attachment_id) as reader:
        data = reader.read(MAX_ARTEFACT + 1)
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise ArtefactRejected("stored artefact", "its bytes do not match their hash")
    return attachment, data
