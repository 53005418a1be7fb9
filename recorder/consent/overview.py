"""Everything a consent history screen shows, gathered in one call on the database's thread."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..database import Connection
from ..model.consent import Consent
from ..store.interviews import get_interview
from ..store.witnesses import get_witness
from . import enforce, store
from .text import current_texts


@dataclass(frozen=True)
class Overview:
    interview_id: str
    witness_code: str
    history: list[Consent]
    in_force: Consent | None
    audio_allowed: bool
    #: Item id -> title for the interviewer (their language where a template exists).
    titles: dict[str, str] = field(default_factory=dict)


def overview(conn: Connection, interview_id: str, language: str = "en") -> Overview:
    interview = get_interview(conn, interview_id)
    history = store.history(conn, interview_id)
    texts = current_texts(conn)
    titles: dict[str, str] = {}
    # Titles of items no longer asked (a body since switched off) come from the records' texts.
    for consent in history:
        shown = store.shown_text(conn, consent.text_hash)
        if shown is not None:
            titles.update({i.id: i.title for i in shown.items})
    for lang in ("en", language):
        if lang in texts:
            titles.update({i.id: i.title for i in texts[lang].items})
    return Overview(
        interview_id=interview_id,
        witness_code=get_witness(conn, interview.witness_id).code,
        history=history,
        in_force=store.current(conn, interview_id),
        audio_allowed=enforce.audio_allowed(conn, interview_id),
        titles=titles,
    )
