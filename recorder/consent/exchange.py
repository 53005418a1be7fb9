"""Consent records moving between vaults: what a consent-change packet carries, and how the
coordinator's import applies it.

The packet layer (signing, sealing, transport) wraps `payload()` and calls `apply()` on the
other side; this module only decides what a change is and whether it fits the archive.
A payload is parsed as hostile input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .. import canonical
from ..database import Connection
from ..errors import InvalidRecord
from ..model import codec
from ..model.consent import Consent
from ..store import rows
from ..store.changes import recorded
from ..store.interviews import get_interview
from ..vault import Vault
from . import store
from .errors import ConsentChainBroken
from .text import ShownText, from_document

FORMAT = "testimony-recorder/consent-change"
VERSION = 1


def payload(conn: Connection, consent_id: str) -> dict[str, Any]:
    """One record and the text it answers, ready to be signed and sealed."""
    consent = store.get(conn, consent_id)
    shown = store.shown_text(conn, consent.text_hash)
    return {"format": FORMAT, "version": VERSION, "consent": codec.to_dict(consent),
            "text": None if shown is None else shown.document()}


def changes_since(conn: Connection, interview_id: str, after: str | None) -> list[str]:
    """Ids of the records made after record `after` (all of them when None), oldest first:
    what a coordinator who has seen `after` still needs."""
    ids = [c.id for c in store.history(conn, interview_id)]
    if after is None:
        return ids
    return ids[ids.index(after) + 1:] if after in ids else ids


def texts_for(conn: Connection, interview_id: str) -> list[dict[str, Any]]:
    """The text documents the interview's records answer (for a packet carrying the whole
    interview, so the archive can show exactly what each witness was shown)."""
    docs: dict[str, dict[str, Any]] = {}
    for consent in store.history(conn, interview_id):
        shown = store.shown_text(conn, consent.text_hash)
        if shown is not None:
            docs.setdefault(consent.text_hash, shown.document())
    return list(docs.values())


def add_texts(vault: Vault, texts: Iterable[ShownText]) -> int:
    """Keep received texts (already checked, each under its own hash); return how many were
    new."""
    added = 0
    with vault.transaction():
        for shown in texts:
            if not store.has_text(vault.conn, shown.hash):  # most packets repeat a text held
                store.save_text(vault, shown)
                added += 1
    return added


@dataclass(frozen=True)
class Change:
    """A received consent record, checked as hostile input, with the text it answers when
    the sender sent it (its hash checked against the record's)."""

    consent: Consent
    text: ShownText | None
    #: The record exactly as received, for comparing with the interview's own record.
    received: dict[str, Any]


def parse(data: Any, where: str = "consent change") -> Change:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InvalidRecord(where, "not a consent change")
    if data.get("version") != VERSION or set(data) != {"format", "version", "consent", "text"}:
        raise InvalidRecord(where, "unsupported version or unexpected fields")
    consent = codec.from_dict(Consent, data["consent"], f"{where}.consent")
    doc = data["text"]
    text = None if doc is None else from_document(doc, f"{where}.text")
    if text is not None and text.hash != consent.text_hash:
        raise InvalidRecord(f"{where}.text", "does not match the record's text hash")
    return Change(consent, text, data["consent"])


def apply(vault: Vault, change: Change, *, source: str = "") -> bool:
    """Add a received record (parsed by `parse`) to this archive; False when it is already
    here unchanged.

    The record must extend the history this archive holds: its predecessor must be here (the
    first record has none), and nothing else may already supersede that predecessor.
    """
    consent, text = change.consent, change.text
    conn = vault.conn
    get_interview(conn, consent.interview_id)
    with vault.transaction():
        existing = conn.execute("SELECT id FROM consent WHERE id = ?", (consent.id,)).fetchone()
        if existing is not None:
            if store.get(conn, consent.id) != consent:
                raise ConsentChainBroken(f"record {consent.id} differs from the copy held here")
            return False
        previous = store.current(conn, consent.interview_id)
        expected = None if previous is None else previous.id
        if consent.supersedes != expected:
            raise ConsentChainBroken(
                f"record {consent.id} replaces {consent.supersedes}, but the record in force "
                f"here is {expected}; import the earlier changes first")
        if previous is not None and consent.created_at <= previous.created_at:
            raise ConsentChainBroken(f"record {consent.id} is older than the one it replaces")
        if text is not None:
            conn.execute(
                "INSERT OR IGNORE INTO consent_text (text_hash, template_id, template_version,"
                " language, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (consent.text_hash, consent.template_id, consent.template_version,
                 consent.language, text.canonical_bytes.decode("utf-8"), consent.created_at))
        rows.insert(conn, "consent", consent)
        recorded(vault, "consent_received", "consent", consent.id, consent.interview_id,
                 content_hash=canonical.digest(codec.to_dict(consent)),
                 detail={"kind": consent.kind, "supersedes": consent.supersedes,
                         "source": source[:200]},
                 reindex=False)
    return True
