"""The organisation's own recordings of the consent text, per language and part, for reading
aloud to witnesses who cannot read, or would rather listen.

A recording belongs to the words it reads: it is stored with the hash of that part's text and
is only offered while the text is unchanged (a reworded item needs a new recording). The audio
lives in the encrypted database, so it is protected like everything else and never needs a
temporary file to play.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from .. import canonical, clock
from ..database import Connection
from ..errors import NotFound
from ..vault import Vault
from .artefacts import FileArtefact, check
from .errors import ArtefactRejected
from .text import ShownText

MAX_RECORDING = 32 * 1024 * 1024
INTRODUCTION = "introduction"
CLOSING = "closing"


@dataclass(frozen=True)
class Recording:
    template: str
    language: str
    section: str
    text_hash: str
    media_type: str
    size: int
    sha256: str
    created_by: str
    created_at: str


def sections(shown: ShownText) -> list[str]:
    """The parts that can be read aloud, in the order witness mode shows them."""
    return [INTRODUCTION, *shown.item_ids, CLOSING]


def section_text(shown: ShownText, section: str) -> str:
    """The words a recording of `section` must say (also what speech synthesis reads)."""
    if section == INTRODUCTION:
        return "\n\n".join([shown.title, *shown.introduction])
    if section == CLOSING:
        return shown.closing
    item = shown.item(section)
    return "\n\n".join([item.title, item.question, item.explanation])


def section_hash(shown: ShownText, section: str) -> str:
    return canonical.digest({"language": shown.language, "text": section_text(shown, section)})


def _recording(r: Any) -> Recording:
    return Recording(r["template_id"], r["language"], r["section"], r["text_hash"],
                     r["media_type"], r["size"], r["sha256"], r["created_by"], r["created_at"])


def attach(vault: Vault, shown: ShownText, section: str, data: bytes,
           filename: str = "") -> Recording:
    """Keep (or replace) the recording of one part; the content must really be audio."""
    if section not in sections(shown):
        raise NotFound("consent text part", section)
    if len(data) > MAX_RECORDING:
        raise ArtefactRejected("recording", f"larger than {MAX_RECORDING // 2**20} MiB")
    media_type, _ = check(FileArtefact(data, filename), "recording", ("audio",))
    recording = Recording(shown.template, shown.language, section,
                          section_hash(shown, section), media_type, len(data),
                          hashlib.sha256(data).hexdigest(), vault.owner, clock.now())
    with vault.transaction():
        vault.conn.execute(
            "INSERT OR REPLACE INTO consent_audio (template_id, language, section, text_hash,"
            " media_type, size, sha256, data, created_by, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (recording.template, recording.language, section, recording.text_hash,
             media_type, recording.size, recording.sha256, data, recording.created_by,
             recording.created_at))
        vault.log("consent_audio_attached", "consent_audio",
                  f"{shown.template}/{shown.language}/{section}", content_hash=recording.sha256)
    return recording


def remove(vault: Vault, template: str, language: str, section: str) -> None:
    with vault.transaction():
        cur = vault.conn.execute(
            "DELETE FROM consent_audio WHERE template_id = ? AND language = ? AND section = ?",
            (template, language, section))
        if cur.rowcount:
            vault.log("consent_audio_removed", "consent_audio",
                      f"{template}/{language}/{section}")


def listing(conn: Connection, template: str, language: str) -> list[Recording]:
    """All recordings kept for one template and language (current or not)."""
    return [_recording(r) for r in conn.execute(
        "SELECT template_id, language, section, text_hash, media_type, size, sha256,"
        " created_by, created_at FROM consent_audio WHERE template_id = ? AND language = ?"
        " ORDER BY section", (template, language))]


def is_current(recording: Recording, shown: ShownText) -> bool:
    return (recording.section in sections(shown)
            and recording.text_hash == section_hash(shown, recording.section))


def audio(conn: Connection, shown: ShownText, section: str) -> tuple[Recording, bytes] | None:
    """The recording to play for `section`, only if it reads the text shown now."""
    row = conn.execute(
        "SELECT * FROM consent_audio WHERE template_id = ? AND language = ? AND section = ?",
        (shown.template, shown.language, section)).fetchone()
    if row is None:
        return None
    recording = _recording(row)
    if not is_current(recording, shown):
        return None
    data = bytes(row["data"])
    if hashlib.sha256(data).hexdigest() != recording.sha256:
        return None  # damaged: better silence than the wrong words
    return recording, data


def all_audio(conn: Connection, shown: ShownText) -> dict[str, tuple[str, bytes]]:
    """Every playable recording for `shown`, by part: loaded once when a language is chosen."""
    out = {}
    for section in sections(shown):
        found = audio(conn, shown, section)
        if found is not None:
            out[section] = (found[0].media_type, found[1])
    return out
