"""Whole interviews in and out of the vault as interchange bundles.

Adding a bundle keeps the ids and timestamps it carries (so the same interview keeps its identity
from the interviewer's vault to the coordinator's archive) and fills in whatever is missing.
It is one transaction: the interview arrives whole or not at all.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import canonical, clock, vocabulary
from ..database import IntegrityError
from ..errors import InvalidRecord
from ..model import codec, new_id
from ..model.attachment import Attachment
from ..model.bundle import Bundle
from ..model.consent import Consent
from ..model.incident import Incident
from ..model.person import CommandLink, Involvement, Person
from ..model.testimony import FINALIZED
from ..vault import Vault
from . import interviews, parts, rows, testimonies, witnesses
from .changes import recorded


def _fill_ids(bundle: Bundle) -> Bundle:
    """Give new records ids and timestamps, and point every part at this interview.

    A bundle without an interview id is a new interview (a form, a template): the ids in it only
    link its parts together, so they are replaced by fresh ones and the same file can be added
    twice. A bundle with an interview id keeps every id (it is the same interview elsewhere).
    """
    now = clock.now()
    b = replace(bundle)
    if not b.interview.id:
        _renumber(b)
    records: list[Any] = [b.witness, b.interview, *b.testimonies, *b.incidents, *b.persons,
                          *b.consents, *b.attachments]
    for record in records:
        if hasattr(record, "created_at") and not record.created_at:
            record.created_at = now
        if hasattr(record, "updated_at") and not record.updated_at:
            record.updated_at = now
    owned: list[Any] = [*b.testimonies, *b.incidents, *b.persons, *b.consents, *b.attachments]
    for record in owned:
        if record.interview_id and record.interview_id != b.interview.id:
            raise InvalidRecord(type(record).__name__.lower(), "belongs to another interview")
        record.interview_id = b.interview.id
    for record in [*owned, *b.involvements, *b.command_links]:
        record.id = record.id or new_id()
    return b


def _renumber(b: Bundle) -> None:
    b.interview.id = new_id()
    fresh: dict[str, str] = {}

    def ref(old: str | None) -> str | None:
        if not old:
            return old
        return fresh.setdefault(old, new_id())

    every: list[Any] = [*b.testimonies, *b.incidents, *b.persons, *b.involvements,
                        *b.command_links, *b.consents, *b.attachments]
    for record in every:
        record.id = ref(record.id) or ""
        record.interview_id = "" if hasattr(record, "interview_id") else None
    for t in b.testimonies:
        t.supersedes = ref(t.supersedes)
    for v in b.involvements:
        v.incident_id, v.person_id = ref(v.incident_id) or "", ref(v.person_id) or ""
    for c in b.command_links:
        c.superior_id, c.subordinate_id = ref(c.superior_id) or "", ref(c.subordinate_id) or ""
    for consent in b.consents:
        consent.supersedes, consent.artefact_id = ref(consent.supersedes), ref(consent.artefact_id)
    for a in b.attachments:
        a.derived_from = ref(a.derived_from)
    if b.identity is not None:
        b.identity.photo_attachment_id = ref(b.identity.photo_attachment_id)


def add(vault: Vault, bundle: Bundle, *, learn_violation_types: bool = False,
        action: str = "interview_added", detail: dict[str, Any] | None = None) -> str:
    """Store a new interview from a bundle; return its id.

    `learn_violation_types` accepts violation codes this vault does not know yet (a packet
    from a device with its own vocabulary) by adding them; otherwise they are an error.
    """
    b = _fill_ids(bundle)
    try:
        with vault.transaction():
            _add(vault, b, learn_violation_types, action, detail)
    except IntegrityError:
        raise InvalidRecord("interview", "a record in it is already in this vault "
                            "(same id) or refers to one that is missing") from None
    return b.interview.id


def _add(vault: Vault, b: Bundle, learn_violation_types: bool, action: str,
         detail: dict[str, Any] | None) -> None:
    conn = vault.conn
    if conn.execute("SELECT 1 FROM interview WHERE id = ?", (b.interview.id,)).fetchone():
        raise InvalidRecord("interview", f"{b.interview.id} is already in this vault")
    _add_witness(vault, b)
    b.interview.witness_id = b.witness.id
    rows.insert(conn, "interview", b.interview)
    _add_testimonies(vault, b)
    _check_violations(vault, b, learn=learn_violation_types)
    for part_list in (b.incidents, b.persons):
        for part in part_list:
            rows.insert(conn, parts.TABLES[type(part)], part)
    for link_list in (b.involvements, b.command_links):
        for link in link_list:
            parts.interview_of(conn, link)  # checks both ends are in this interview
            rows.insert(conn, parts.TABLES[type(link)], link)
    for consent in b.consents:
        rows.insert(conn, "consent", consent)
    for attachment in b.attachments:
        rows.insert(conn, "attachment", attachment)
    recorded(vault, action, "interview", b.interview.id, b.interview.id,
             content_hash=canonical.digest(_without_identity(b)), detail=detail)


def _add_witness(vault: Vault, b: Bundle) -> None:
    existing = None
    if b.witness.id:
        existing = vault.conn.execute("SELECT id FROM witness WHERE id = ?",
                                      (b.witness.id,)).fetchone()
    elif b.witness.code:  # a person's file naming a witness already in this vault
        found = witnesses.find_by_code(vault.conn, b.witness.code)
        if found is not None:
            b.witness = found
            existing = found.id
    if existing is None:
        b.witness = witnesses.create_witness(vault, b.witness)
    if b.identity is not None:
        witnesses.set_identity(vault, b.witness.id, b.identity)


def _add_testimonies(vault: Vault, b: Bundle) -> None:
    ordered = sorted(b.testimonies, key=lambda t: t.version)
    for i, testimony in enumerate(ordered):
        if testimony.version != i + 1:
            raise InvalidRecord("testimonies", "versions must be numbered 1, 2, 3...")
        if testimony.status == FINALIZED:
            expected = testimony.compute_hash()
            if testimony.content_hash not in (None, expected):
                raise InvalidRecord(f"testimony {testimony.version}",
                                    "content does not match its finalization hash")
            testimony.content_hash = expected
            testimony.finalized_at = testimony.finalized_at or clock.now()
        elif i != len(ordered) - 1:
            raise InvalidRecord(f"testimony {testimony.version}",
                                "only the latest version may be a draft")
        rows.insert(vault.conn, "testimony", testimony, is_current=int(i == len(ordered) - 1))


def _check_violations(vault: Vault, b: Bundle, *, learn: bool) -> None:
    known = {t.code for t in vocabulary.violation_terms(vault.conn)}
    for incident in b.incidents:
        for code in incident.violations:
            if code in known:
                continue
            if not learn:
                raise InvalidRecord("incident.violations", f"unknown violation type '{code}'")
            parts.add_violation_type(vault, code, code)
            known.add(code)


def _without_identity(b: Bundle) -> dict[str, Any]:
    data = dict(codec.to_dict(b))
    data.pop("identity", None)
    return data


def export(vault: Vault, interview_id: str, *, include_identity: bool = False) -> Bundle:
    """Everything about one interview. Including the identity is a deliberate, logged act."""
    conn = vault.conn
    interview = interviews.get_interview(conn, interview_id)
    witness = witnesses.get_witness(conn, interview.witness_id)
    identity = None
    if include_identity:
        identity = witnesses.reveal_identity(vault, witness.id, purpose="exported")
    return Bundle(
        witness=witness,
        identity=identity,
        interview=interview,
        testimonies=testimonies.versions(conn, interview_id),
        incidents=parts.list_for(conn, Incident, interview_id),
        persons=parts.list_for(conn, Person, interview_id),
        involvements=parts.list_for(conn, Involvement, interview_id),
        command_links=parts.list_for(conn, CommandLink, interview_id),
        consents=rows.select(conn, Consent, "consent", "interview_id = ?", (interview_id,),
                             order="created_at"),
        attachments=rows.select(conn, Attachment, "attachment", "interview_id = ?",
                                (interview_id,), order="created_at"),
    )
