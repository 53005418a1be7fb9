"""Consent records in a real vault: immutable, in one line of history, logged in custody."""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace

import pytest

from testimony_recorder.recorder import canonical, custody
from testimony_recorder.recorder.consent import artefacts, store
from testimony_recorder.recorder.consent.artefacts import FileArtefact
from testimony_recorder.recorder.consent.errors import (
    ArtefactRejected,
    ConsentChainBroken,
    ConsentInvalid,
    ConsentWithdrawn,
    NoConsentRecord,
)
from testimony_recorder.recorder.consent.signature import render_png
from testimony_recorder.recorder.database import IntegrityError
from testimony_recorder.recorder.errors import AttachmentInUse, NotFound
from testimony_recorder.recorder.media.store import delete_attachment
from testimony_recorder.recorder.model import codec
from testimony_recorder.recorder.vault import Vault

from .conftest import PASSPHRASE
from .consent_support import answers_for, draft, new_interview, signature


@pytest.fixture
def interview(vault: Vault) -> str:
    return new_interview(vault)


def test_record_keeps_text_answers_method_proof_and_attestation(vault: Vault,
                                                                interview: str) -> None:
    d = draft(vault, interview, {"audio_recording": False}, language="ar")
    c = store.record(vault, d)
    assert c.kind == "given" and c.supersedes is None
    assert c.template_id == "standard" and c.template_version == 1 and c.language == "ar"
    assert c.text_hash == d.text.hash
    assert c.answers == list(d.answers)
    assert c.method == "signature" and c.attested_by == "Test Interviewer"
    assert c.given_at == "2024-03-01T09:40:00.000Z" and c.created_at > c.given_at
    assert store.shown_text(vault.conn, c.text_hash) == d.text
    attachment, png = artefacts.read_artefact(vault, c.artefact_id)
    assert png == render_png(signature()) and attachment.media_type == "image/png"
    assert store.history(vault.conn, interview) == [c]
    assert store.current(vault.conn, interview) == c


def test_signature_png_is_a_real_image_of_the_strokes() -> None:
    png = render_png(signature())
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    raw = zlib.decompress(png[png.index(b"IDAT") + 4:png.index(b"IEND") - 8])
    assert len(raw) == height * (width + 1)
    ink = sum(1 for b in raw if b == 0) - height  # minus the filter byte of each row
    assert ink > 1000
    assert render_png(signature()) == png  # same strokes, same bytes


def test_records_cannot_be_changed_or_deleted(vault: Vault, interview: str) -> None:
    c = store.record(vault, draft(vault, interview))
    for sql in ("UPDATE consent SET answers = '[]' WHERE id = ?",
                "DELETE FROM consent WHERE id = ?"):
        with pytest.raises(IntegrityError):
            vault.conn.execute(sql, (c.id,))
    with pytest.raises(IntegrityError):
        vault.conn.execute("DELETE FROM consent_text WHERE text_hash = ?", (c.text_hash,))
    with pytest.raises(IntegrityError):
        vault.conn.execute("UPDATE consent_text SET body = '{}'")
    with pytest.raises(AttachmentInUse):  # the proof cannot be deleted either
        delete_attachment(vault, c.artefact_id)
    assert store.current(vault.conn, interview) == c


def test_custody_entries_carry_the_record_hash(vault: Vault, interview: str) -> None:
    c = store.record(vault, draft(vault, interview))
    w = store.withdraw(vault, interview, ["public_reports"])
    entries = [e for e in custody.entries(vault.conn, interview) if e.entity_type == "consent"]
    assert [e.action for e in entries] == ["consent_given", "consent_amended"]
    assert entries[0].content_hash == canonical.digest(codec.to_dict(c))
    assert entries[1].content_hash == canonical.digest(codec.to_dict(w))
    assert entries[0].detail["text_hash"] == c.text_hash
    assert entries[1].detail["withdrawn_items"] == ["public_reports"]
    assert custody.verify(vault.conn).ok


def test_amendment_supersedes_the_record_in_force(vault: Vault, interview: str) -> None:
    first = store.record(vault, draft(vault, interview, {"photo_video": False}))
    second = store.record(vault, draft(vault, interview, {}, supersedes=first.id))
    assert second.kind == "amended" and second.supersedes == first.id
    assert store.history(vault.conn, interview) == [first, second]
    assert store.current(vault.conn, interview) == second
    assert store.changed_items(first, second) == [("photo_video", "no", "yes")]


def test_a_second_first_record_or_a_fork_is_refused(vault: Vault, interview: str) -> None:
    first = store.record(vault, draft(vault, interview))
    with pytest.raises(ConsentChainBroken):
        store.record(vault, draft(vault, interview))
    store.record(vault, draft(vault, interview, supersedes=first.id))
    with pytest.raises(ConsentChainBroken):  # someone else amended meanwhile
        store.record(vault, draft(vault, interview, supersedes=first.id))
    with pytest.raises(ConsentChainBroken):
        store.record(vault, draft(vault, new_interview(vault), supersedes=first.id))


def test_answers_must_fit_the_text_shown(vault: Vault, interview: str) -> None:
    d = draft(vault, interview)
    with pytest.raises(ConsentInvalid, match="not answered"):
        store.record(vault, replace(d, answers=d.answers[:-1]))
    with pytest.raises(ConsentInvalid, match="twice"):
        store.record(vault, replace(d, answers=(*d.answers, d.answers[0])))
    bogus = replace(d.answers[0], item="share_testimony:nobody")
    with pytest.raises(ConsentInvalid, match="not an item"):
        store.record(vault, replace(d, answers=(*d.answers, bogus)))
    no_part = answers_for(d.text, {"participation": False})
    with pytest.raises(ConsentInvalid, match="cannot be answered"):
        store.record(vault, replace(d, answers=(*no_part, d.answers[1])))
    detail = replace(d.answers[0], detail="free text")
    with pytest.raises(ConsentInvalid, match="takes no detail"):
        store.record(vault, replace(d, answers=(detail, *d.answers[1:])))
    assert store.history(vault.conn, interview) == []


def test_proof_must_match_the_method(vault: Vault, interview: str) -> None:
    d = draft(vault, interview)
    with pytest.raises(ConsentInvalid):
        store.record(vault, replace(d, proof=None))
    with pytest.raises(ConsentInvalid, match="empty"):
        store.record(vault, replace(d, proof=signature().of([], 100, 50)))
    with pytest.raises(ArtefactRejected):
        store.record(vault, replace(d, method="verbal",
                                    proof=FileArtefact(b"%PDF-1.7 not audio", "x.mp3")))
    with pytest.raises(ArtefactRejected):
        store.record(vault, replace(d, method="paper", proof=FileArtefact(b"", "scan.pdf")))
    with pytest.raises(ConsentInvalid, match="attestation"):
        store.record(vault, replace(d, attested_by="  "))
    assert store.history(vault.conn, interview) == []
    assert vault.conn.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0
    assert [p.name for p in vault.media_path.iterdir()] == []  # no proof file left behind


def test_paper_consent_keeps_the_scan(vault: Vault, interview: str, shared) -> None:
    scan = (shared / "media" / "document.pdf").read_bytes()
    d = replace(draft(vault, interview), method="paper", proof=FileArtefact(scan, "form.pdf"))
    c = store.record(vault, d)
    attachment, data = artefacts.read_artefact(vault, c.artefact_id)
    assert data == scan and attachment.kind == "document"


def test_full_withdrawal(vault: Vault, interview: str) -> None:
    first = store.record(vault, draft(vault, interview))
    w = store.withdraw(vault, interview, attested_by="Coordinator by phone")
    assert w.kind == "withdrawn" and w.supersedes == first.id and w.artefact_id is None
    assert all(a.answer == "no" for a in w.answers)
    assert [a.item for a in w.answers] == [a.item for a in first.answers]
    assert w.text_hash == first.text_hash and w.attested_by == "Coordinator by phone"
    assert store.current(vault.conn, interview) == w
    with pytest.raises(ConsentWithdrawn):
        store.withdraw(vault, interview)


def test_partial_withdrawal_takes_dependents_along(vault: Vault, interview: str) -> None:
    store.record(vault, draft(vault, interview, {"share_testimony:iiim": False}))
    w = store.withdraw(vault, interview, ["share_testimony:icc"])
    answers = {a.item: a.answer for a in w.answers}
    assert w.kind == "amended"
    assert answers["share_testimony:icc"] == "no" and answers["share_identity:icc"] == "no"
    assert answers["share_testimony:national_units"] == "yes"
    with pytest.raises(ConsentInvalid, match="not agreed"):
        store.withdraw(vault, interview, ["share_testimony:iiim"])  # it was a no already


def test_withdrawing_participation_keeps_help_and_contact(vault: Vault, interview: str) -> None:
    store.record(vault, draft(vault, interview))
    w = store.withdraw(vault, interview, ["participation"])
    yes = {a.item for a in w.answers if a.answer == "yes"}
    assert yes == {"identity_with_organisation", "recontact", "referral"}


def test_nothing_to_withdraw_without_a_record(vault: Vault, interview: str) -> None:
    with pytest.raises(NoConsentRecord):
        store.withdraw(vault, interview)
    with pytest.raises(NotFound):
        store.withdraw(vault, "00000000-0000-4000-8000-000000000000")


def test_withdrawal_with_a_recorded_proof(vault: Vault, interview: str, shared) -> None:
    store.record(vault, draft(vault, interview))
    audio = (shared / "media" / "consent_en.wav").read_bytes()
    w = store.withdraw(vault, interview, method="verbal",
                       proof=FileArtefact(audio, "withdrawal.wav"))
    attachment, data = artefacts.read_artefact(vault, w.artefact_id)
    assert attachment.kind == "audio" and data == audio


def test_history_order_is_strict_even_within_a_millisecond(vault: Vault,
                                                           interview: str) -> None:
    store.record(vault, draft(vault, interview))
    for item in ("public_reports", "recontact", "referral"):
        store.withdraw(vault, interview, [item])
    times = [c.created_at for c in store.history(vault.conn, interview)]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert [c.supersedes for c in store.history(vault.conn, interview)][1:] == [
        c.id for c in store.history(vault.conn, interview)][:-1]


def test_passphrase_is_checked_without_reopening_the_vault(vault: Vault) -> None:
    """What leaving witness mode asks: the right passphrase, against the vault's own slot."""
    assert vault.check_passphrase(PASSPHRASE)
    assert not vault.check_passphrase(PASSPHRASE + " ")
    assert not vault.check_passphrase("")
    assert vault.is_open  # still the same, open vault
    vault.close()
    assert not vault.check_passphrase(PASSPHRASE)  # a locked vault lets nobody out
