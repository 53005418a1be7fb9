"""Consent records in the vault: given, amended, withdrawn; never changed, never deleted.

Each record names the exact text the witness was shown (by its hash; the text itself is kept
in `consent_text`), every answer, how the witness confirmed and the proof of it, who attested
and when. A change of mind is a new record superseding the one in force, so the history stays
whole and visible; the custody log gets an entry with the record's content hash each time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from .. import canonical, clock
from ..database import Connection
from ..errors import NotFound
from ..model import codec, new_id
from ..model.consent import METHODS, Answer, Consent, Interpreter
from ..store import rows
from ..store.changes import recorded
from ..store.interviews import get_interview
from ..vault import Vault
from . import artefacts, items, policy
from .artefacts import FileArtefact, StoredArtefact
from .errors import ConsentChainBroken, ConsentInvalid, ConsentWithdrawn, NoConsentRecord
from .signature import Signature, render_png
from .text import ShownText, from_document

MAX_DETAIL = 1000

#: What may prove each confirmation method (attachment kinds).
PROOF_KINDS = {"signature": ("image",), "mark": ("image",), "verbal": ("audio",),
               "paper": ("image", "document")}

Proof = Signature | FileArtefact | StoredArtefact


@dataclass(frozen=True)
class ConsentDraft:
    """Everything gathered before a consent is stored (by witness mode or a paper entry)."""

    interview_id: str
    text: ShownText
    answers: tuple[Answer, ...]
    method: str
    proof: Proof | None
    attested_by: str
    given_at: str
    interpreter: Interpreter | None = None
    #: The record in force that this one replaces (None for the first consent).
    supersedes: str | None = None


# -- reading -----------------------------------------------------------------------------------

def history(conn: Connection, interview_id: str) -> list[Consent]:
    """Every record of the interview, oldest first."""
    return rows.select(conn, Consent, "consent", "interview_id = ?", (interview_id,),
                       order="created_at, rowid")


def current(conn: Connection, interview_id: str) -> Consent | None:
    """The record in force, or None when consent was never recorded."""
    return policy.effective(history(conn, interview_id))


def get(conn: Connection, consent_id: str) -> Consent:
    consent = rows.get(conn, Consent, "consent", consent_id)
    if consent is None:
        raise NotFound("consent record", consent_id)
    return consent


def shown_text(conn: Connection, hash_hex: str) -> ShownText | None:
    """The exact text a record's hash names, when this vault holds it."""
    row = conn.execute("SELECT body FROM consent_text WHERE text_hash = ?",
                       (hash_hex,)).fetchone()
    return None if row is None else from_document(json.loads(row[0]))


def has_text(conn: Connection, hash_hex: str) -> bool:
    return conn.execute("SELECT 1 FROM consent_text WHERE text_hash = ?",
                        (hash_hex,)).fetchone() is not None


def save_text(vault: Vault, shown: ShownText) -> str:
    """Keep the shown text (once per distinct text); return its hash."""
    vault.conn.execute(
        "INSERT OR IGNORE INTO consent_text (text_hash, template_id, template_version,"
        " language, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (shown.hash, shown.template, shown.template_version, shown.language,
         shown.canonical_bytes.decode("utf-8"), clock.now()))
    return shown.hash


# -- checks ------------------------------------------------------------------------------------

def check_answers(shown: ShownText, answers: Sequence[Answer]) -> None:
    """Every question the witness had to be asked is answered, nothing else, once each."""
    ids = [a.item for a in answers]
    if len(set(ids)) != len(ids):
        raise ConsentInvalid("an item is answered twice")
    unknown = [i for i in ids if i not in shown.item_ids]
    if unknown:
        raise ConsentInvalid(f"'{unknown[0]}' is not an item of the text shown")
    given = {a.item: a.answer == "yes" for a in answers}
    expected = items.applicable(shown.item_ids, given)
    missing = [i for i in expected if i not in given]
    if missing:
        raise ConsentInvalid(f"'{missing[0]}' was not answered")
    extra = [i for i in ids if i not in expected]
    if extra:
        raise ConsentInvalid(f"'{extra[0]}' cannot be answered after the answer to "
                             f"'{items.requirement(extra[0])}'")
    for a in answers:
        if a.detail and (a.answer != "yes" or not shown.item(a.item).detail):
            raise ConsentInvalid(f"'{a.item}' takes no detail")
        if len(a.detail) > MAX_DETAIL:
            raise ConsentInvalid(f"the detail of '{a.item}' is too long")


def _proof_file(method: str, proof: Proof) -> FileArtefact | StoredArtefact:
    if isinstance(proof, Signature):
        if method not in ("signature", "mark"):
            raise ConsentInvalid(f"a drawing cannot prove the method '{method}'")
        if proof.is_empty:
            raise ConsentInvalid("the signature pad is empty")
        try:
            return FileArtefact(render_png(proof), f"consent-{method}.png", "image/png")
        except ValueError as exc:
            raise ConsentInvalid(f"the drawing cannot be kept ({exc})") from None
    return proof


def _created_after(previous: Consent | None) -> str:
    """Now, but strictly later than the record before, so the order can never be ambiguous."""
    now = clock.now()
    if previous is not None and now <= previous.created_at:
        later = clock.parse(previous.created_at) + timedelta(milliseconds=1)
        now = later.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return now


def _check_chain(previous: Consent | None, supersedes: str | None, interview_id: str) -> None:
    if previous is None and supersedes is not None:
        raise ConsentChainBroken(f"{supersedes} is not a consent record of this interview")
    if previous is not None and supersedes != previous.id:
        raise ConsentChainBroken(
            f"interview {interview_id} already has consent record {previous.id}; a new "
            "record must replace that one (it may have changed since this form was opened)")


def _insert(vault: Vault, consent: Consent, detail: dict[str, object]) -> None:
    rows.insert(vault.conn, "consent", consent)
    recorded(vault, f"consent_{consent.kind}", "consent", consent.id, consent.interview_id,
             content_hash=canonical.digest(codec.to_dict(consent)),
             detail={"kind": consent.kind, "supersedes": consent.supersedes,
                     "template": consent.template_id, "version": consent.template_version,
                     "language": consent.language, "text_hash": consent.text_hash,
                     "method": consent.method, **detail},
             reindex=False)


# -- writing -----------------------------------------------------------------------------------

def record(vault: Vault, draft: ConsentDraft) -> Consent:
    """Store a consent (the first one, or an amendment of the one in force)."""
    get_interview(vault.conn, draft.interview_id)
    ordered = sorted(draft.answers, key=lambda a: draft.text.item_ids.index(a.item)
                     if a.item in draft.text.item_ids else -1)
    check_answers(draft.text, ordered)
    if draft.method not in METHODS:
        raise ConsentInvalid(f"unknown confirmation method '{draft.method}'")
    if draft.proof is None:
        raise ConsentInvalid(f"a {draft.method} consent needs its proof attached")
    if not draft.attested_by.strip():
        raise ConsentInvalid("the interviewer's attestation is missing")
    proof = _proof_file(draft.method, draft.proof)
    kinds = PROOF_KINDS[draft.method]
    prepared = None if isinstance(proof, StoredArtefact) else artefacts.prepare(
        vault, draft.interview_id, proof, what=draft.method, kinds=kinds)
    committed = False
    try:
        with vault.transaction():
            previous = current(vault.conn, draft.interview_id)
            _check_chain(previous, draft.supersedes, draft.interview_id)
            digest = save_text(vault, draft.text)
            if prepared is None:
                assert isinstance(proof, StoredArtefact)  # noqa: S101 - by construction
                artefact_id = artefacts.check_stored(vault, draft.interview_id, proof,
                                                     kinds=kinds).id
            else:
                artefact_id = artefacts.commit(vault, prepared).id
                committed = True
            consent = _given(draft, ordered, previous, digest, artefact_id)
            codec.from_dict(Consent, codec.to_dict(consent), "consent")  # fields in bounds
            _insert(vault, consent, {"answers": _counts(ordered)})
    except BaseException:
        if prepared is not None:
            artefacts.abandon(prepared, committed)
        raise
    return consent


def _given(draft: ConsentDraft, answers: list[Answer], previous: Consent | None, digest: str,
           artefact_id: str) -> Consent:
    return Consent(
        id=new_id(), interview_id=draft.interview_id,
        kind="given" if previous is None else "amended", supersedes=draft.supersedes,
        template_id=draft.text.template, template_version=draft.text.template_version,
        language=draft.text.language, text_hash=digest, answers=answers,
        method=draft.method, artefact_id=artefact_id, interpreter=draft.interpreter,
        attested_by=draft.attested_by.strip(), given_at=draft.given_at,
        created_at=_created_after(previous))


def _counts(answers: Iterable[Answer]) -> dict[str, int]:
    listed = [a.answer for a in answers]
    return {"yes": listed.count("yes"), "no": listed.count("no")}


def _dependents(answered: Sequence[str], withdrawn: set[str]) -> set[str]:
    """`withdrawn` plus every answered item that needs one of them (transitively)."""
    out = set(withdrawn)
    changed = True
    while changed:
        changed = False
        for item in answered:
            if item not in out and items.requirement(item) in out:
                out.add(item)
                changed = True
    return out


def withdraw(vault: Vault, interview_id: str, item_ids: Sequence[str] | None = None, *,
             method: str = "verbal", proof: FileArtefact | None = None,
             attested_by: str | None = None, given_at: str | None = None) -> Consent:
    """The witness takes back all consent (`item_ids` None) or some items of it.

    Withdrawing must never be blocked by paperwork: the proof is optional. Withdrawing an item
    also withdraws what depends on it (no sharing a name with a body that may no longer have
    the testimony).
    """
    get_interview(vault.conn, interview_id)
    if method not in METHODS:
        raise ConsentInvalid(f"unknown method '{method}'")
    prepared = None if proof is None else artefacts.prepare(
        vault, interview_id, proof, what=method, kinds=PROOF_KINDS[method])
    committed = False
    try:
        with vault.transaction():
            previous = current(vault.conn, interview_id)
            if previous is None:
                raise NoConsentRecord(interview_id)
            if previous.kind == "withdrawn":
                raise ConsentWithdrawn(interview_id)
            answers, withdrawn = _withdrawn_answers(previous, item_ids)
            artefact_id = None
            if prepared is not None:
                artefact_id = artefacts.commit(vault, prepared).id
                committed = True
            consent = Consent(
                id=new_id(), interview_id=interview_id,
                kind="withdrawn" if item_ids is None else "amended", supersedes=previous.id,
                template_id=previous.template_id, template_version=previous.template_version,
                language=previous.language, text_hash=previous.text_hash, answers=answers,
                method=method, artefact_id=artefact_id, interpreter=None,
                attested_by=(attested_by or vault.owner).strip()[:200],
                given_at=given_at or clock.now(), created_at=_created_after(previous))
            codec.from_dict(Consent, codec.to_dict(consent), "consent")
            _insert(vault, consent, {"withdrawn_items": withdrawn})
    except BaseException:
        if prepared is not None:
            artefacts.abandon(prepared, committed)
        raise
    return consent


def _withdrawn_answers(previous: Consent, item_ids: Sequence[str] | None
                       ) -> tuple[list[Answer], list[str]]:
    """The answers after withdrawing `item_ids` (all when None), and what turned to no."""
    answered = [a.item for a in previous.answers]
    if item_ids is None:
        withdrawn = {a.item for a in previous.answers if a.answer == "yes"}
    else:
        for item in item_ids:
            if not previous.answer(item):
                raise ConsentInvalid(f"'{item}' was not agreed to, so it cannot be withdrawn")
        withdrawn = _dependents(answered, set(item_ids))
    answers = [Answer(a.item, "no", "") if a.item in withdrawn else a for a in previous.answers]
    return answers, sorted(i for i in withdrawn if previous.answer(i))


def changed_items(before: Consent | None, after: Consent) -> list[tuple[str, str, str]]:
    """(item, old answer, new answer) for each item whose answer differs: for history views."""
    old = {a.item: a.answer for a in before.answers} if before else {}
    new = {a.item: a.answer for a in after.answers}
    out = []
    for item in list(dict.fromkeys([*old, *new])):
        if old.get(item, "-") != new.get(item, "-"):
            out.append((item, old.get(item, "-"), new.get(item, "-")))
    return out
