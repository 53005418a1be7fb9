"""One testimony as the case export writes it: its finalized record, the identity where
consent lets it go, the files sent and their names, and where it came from.

File names inside an export are made here and only here, from the witness's pseudonymous code
and record ids (never from a name or a file name that came in a packet), in ASCII, so that
`sha256sum -c`, zip tools and every file system read them alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from ..archive import identity as archive_identity
from ..archive.provenance import Provenance, archive_custody, provenance
from ..custody import Entry
from ..model.attachment import Attachment
from ..model.bundle import Bundle
from ..model.witness import Identity
from ..packets import records
from ..packets.choose import MediaChoice
from .errors import CaseChanged
from .plan import TestimonyChoice, fingerprint

if TYPE_CHECKING:
    from ..archive.identity import WitnessKey
    from ..vault import Vault

MEDIA_DIR = "media"
REPORTS_DIR = "reports"
_SUFFIX = re.compile(r"^\.[A-Za-z0-9]{1,8}$")


@dataclass
class ExportedFile:
    #: Path inside the export (POSIX), e.g. media/W-7K3M-QX2P_1a2b3c4d.jpg.
    name: str
    choice: MediaChoice
    #: The record of what was sent: the original, or the redacted copy as recipients see it.
    sent: Attachment
    #: SHA-256 computed from the bytes as they were written (equal to the record's).
    sha256: str = ""
    checked_at: str = ""


@dataclass
class CaseItem:
    choice: TestimonyChoice
    #: Finalized versions only, with exactly the attachments sent (identity: below).
    bundle: Bundle
    identity: Identity | None
    files: list[ExportedFile]
    report_name: str
    provenance: Provenance | None
    #: This archive's custody entries about the interview and its witness.
    custody: list[Entry]

    @property
    def code(self) -> str:
        return self.choice.witness_code


def media_name(code: str, attachment: Attachment) -> str:
    suffix = PurePosixPath(attachment.filename).suffix
    ext = suffix.lower() if _SUFFIX.match(suffix) else ""
    return f"{MEDIA_DIR}/{_safe(code)}_{attachment.id[:8]}{ext}"


def report_name(code: str) -> str:
    return f"{REPORTS_DIR}/{_safe(code)}.pdf"


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)[:40] or "testimony"


def _sent(choice: MediaChoice) -> Attachment:
    """The attachment record as the recipient receives it."""
    assert choice.send is not None  # noqa: S101 - only sent choices are named
    if choice.send.derived_from is not None:
        return records.sent_derivative(choice.send, choice.attachment)
    return choice.send


def gather(vault: Vault, choice: TestimonyChoice, key: WitnessKey | None) -> CaseItem:
    """Read one planned testimony for writing; CaseChanged if it is not what was previewed.
    An identity that goes is opened with the witness-identity key; the writer logs that
    reveal with the export itself, once the export is in place."""
    if fingerprint(vault, choice.interview_id) != choice.fingerprint:
        raise CaseChanged(choice.witness_code)
    bundle = records.finalized_bundle(vault, choice.interview_id)
    if bundle is None:
        raise CaseChanged(choice.witness_code)
    files = [ExportedFile(media_name(choice.witness_code, m.send), m, _sent(m))
             for m in choice.sent_media if m.send is not None]
    person = None
    if choice.identity.included:
        person = archive_identity.open_identity(vault, key, choice.interview_id)[1]
    return CaseItem(
        choice, replace(bundle, identity=None, attachments=[f.sent for f in files]), person,
        files, report_name(choice.witness_code),
        provenance(vault.conn, choice.interview_id, choice.witness_id),
        archive_custody(vault.conn, choice.interview_id, choice.witness_id))

