"""Where the proof of a consent lives: the drawn signature, the recorded verbal consent, the
scan of a paper form. Each is an attachment of the interview, encrypted like all evidence.

Everything goes through `store_artefact` and `read_artefact`, so the storage behind them can
change in one place. (Until the media store lands, the bytes sit in the encrypted database, in
`consent_artefact`, beside a regular attachment record.)
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .. import canonical, clock
from ..database import Connection
from ..errors import NotFound
from ..model import codec, new_id
from ..model.attachment import Attachment
from ..store import rows
from ..vault import Vault
from .errors import ArtefactRejected

MAX_ARTEFACT = 64 * 1024 * 1024

#: Leading bytes of the file types accepted as proof, with their media type and kind.
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", "image"),
    (b"\xff\xd8\xff", 0, "image/jpeg", "image"),
    (b"%PDF-", 0, "application/pdf", "document"),
    (b"II*\x00", 0, "image/tiff", "image"),
    (b"MM\x00*", 0, "image/tiff", "image"),
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
    """The artefact's real type, or ArtefactRejected naming what is wrong with it."""
    if not artefact.data:
        raise ArtefactRejected(what, "the file is empty")
    if len(artefact.data) > MAX_ARTEFACT:
        raise ArtefactRejected(what, f"larger than {MAX_ARTEFACT // (1024 * 1024)} MiB")
    found = sniff(artefact.data)
    if found is None or found[1] not in kinds:
        allowed = " or ".join(kinds)
        raise ArtefactRejected(what, f"its content is not a supported {allowed} file")
    return found


def store_artefact(vault: Vault, interview_id: str, artefact: FileArtefact, *,
                   what: str, kinds: tuple[str, ...]) -> Attachment:
    """Keep `artefact` as an attachment of the interview (inside the caller's transaction)."""
    media_type, kind = check(artefact, what, kinds)
    attachment = Attachment(
        id=new_id(), interview_id=interview_id, kind=kind,
        filename=artefact.filename[-255:] or f"consent-{what}", media_type=media_type,
        size=len(artefact.data), sha256=hashlib.sha256(artefact.data).hexdigest(),
        metadata={"role": f"consent {what}"}, created_at=clock.now())
    with vault.transaction():
        rows.insert(vault.conn, "attachment", attachment)
        vault.conn.execute("INSERT INTO consent_artefact (attachment_id, data) VALUES (?, ?)",
                           (attachment.id, artefact.data))
        vault.log("attachment_added", "attachment", attachment.id, interview_id=interview_id,
                  content_hash=attachment.sha256,
                  detail={"role": f"consent {what}", "record": canonical.digest(
                      codec.to_dict(attachment))})
    return attachment


def read_artefact(conn: Connection, attachment_id: str) -> tuple[Attachment, bytes]:
    """The attachment record and its bytes, checked against the recorded hash."""
    attachment = rows.get(conn, Attachment, "attachment", attachment_id)
    row = conn.execute("SELECT data FROM consent_artefact WHERE attachment_id = ?",
                       (attachment_id,)).fetchone()
    if attachment is None or row is None:
        raise NotFound("consent artefact", attachment_id)
    data = bytes(row[0])
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise ArtefactRejected("stored artefact", "its bytes no longer match their hash")
    return attachment, data
