"""A consent given on a paper form, entered afterwards: the entry (docs/consent.md) and the
scan of the signed form. The command line's `consent record` and the desktop app's "Record a
paper consent" both come here."""

from __future__ import annotations

from pathlib import Path

from .. import file_input
from ..model.consent import Consent
from ..vault import Vault
from . import entry, store
from .artefacts import MAX_ARTEFACT, FileArtefact


def read_scan(path: Path) -> FileArtefact:
    return FileArtefact(file_input.read_bytes(path, MAX_ARTEFACT), path.name)


def read_entry(path: Path) -> entry.Entry:
    return entry.parse(file_input.read_json(path), where=str(path))


def record(vault: Vault, interview_id: str, parsed: entry.Entry,
           scan: FileArtefact) -> Consent:
    """Check the entry against the template it names and record it, with its scan as proof."""
    return store.record(vault, entry.draft(vault, interview_id, parsed, scan))
