"""Receipts from the coordinator, and purging delivered material from the laptop."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from testimony_recorder.recorder import canonical, custody
from testimony_recorder.recorder.age import encrypt, parse_recipient
from testimony_recorder.recorder.database import IntegrityError
from testimony_recorder.recorder.keys import device
from testimony_recorder.recorder.media import ingest, store
from testimony_recorder.recorder.packets import importer, purge, receipts
from testimony_recorder.recorder.packets.errors import BadReceipt, NothingToReceipt, PurgeOutdated
from testimony_recorder.recorder.store import testimonies

from .conftest import shared_path
from .packet_fixtures import Pair
from .packet_helpers import (
    FULL_OWN,
    TESTIMONY_ONLY,
    add_interview,
    enrol,
    give_consent,
    make_vault,
)


def _deliver(pair: Pair, name: str = "p.tpk") -> Path:
    path = pair.export(name)
    importer.import_packet(pair.coord, path)
    out = pair.tmp / f"{name}.receipt"
    receipts.make_receipt(pair.coord, pair.from_field.fingerprint, out)
    return out


def test_receipt_marks_interviews_delivered(pair: Pair) -> None:
    a = add_interview(pair.field, FULL_OWN)
    b = add_interview(pair.field, TESTIMONY_ONLY)
    receipt = _deliver(pair)
    assert receipt.read_bytes().startswith(b"age-encryption.org/v1\n")
    with pytest.raises(NothingToReceipt):
        receipts.make_receipt(pair.coord, pair.from_field.fingerprint, pair.tmp / "again")
    result = receipts.import_receipt(pair.field, receipt)
    assert sorted(result.delivered) == sorted([a, b]) and not result.already_imported
    assert sorted(d["interview_id"] for d in receipts.delivered_interviews(pair.field)) == \
        sorted([a, b])
    again = receipts.import_receipt(pair.field, receipt)
    assert again.already_imported
    actions = [e.action for e in custody.entries(pair.field.conn)]
    assert actions.count("receipt_imported") == 1
    assert "receipt_issued" in [e.action for e in custody.entries(pair.coord.conn)]


def _forge(pair: Pair, body: dict, signer, to) -> Path:
    signature = signer.sign(canonical.dumps(body))
    import base64

    doc = canonical.dumps({"receipt": body, "signature": base64.b64encode(signature).decode()})
    out = io.BytesIO()
    with encrypt(out, [parse_recipient(device.load(to).age_recipients[0])]) as w:
        w.write(doc)
    path = pair.tmp / "forged.receipt"
    path.write_bytes(out.getvalue())
    return path


def test_receipts_that_are_not_genuine_are_refused(pair: Pair, tmp_path: Path) -> None:
    add_interview(pair.field, FULL_OWN)
    genuine = _deliver(pair)
    from testimony_recorder.recorder.age import decrypt

    document = json.loads(decrypt(io.BytesIO(genuine.read_bytes()),
                                  device.load(pair.field).identities()).read())
    body = document["receipt"]
    stranger = make_vault(tmp_path, "stranger", "coordinator")
    cases = {
        "signed by a key this vault does not trust": (
            {**body, "coordinator": device.load(stranger).fingerprint}, device.load(stranger)),
        "its signature does not verify": (body, device.load(stranger)),
        "it names a packet": ({**body, "packets": [{**body["packets"][0],
                                                     "manifest_sha256": "0" * 64}]},
                              device.load(pair.coord)),
        "acknowledges an interview record": (
            {**body, "packets": [{**body["packets"][0], "interviews": [
                {**body["packets"][0]["interviews"][0], "record_sha256": "1" * 64}]}]},
            device.load(pair.coord)),
        "another device": ({**body, "interviewer": device.load(stranger).fingerprint},
                           device.load(pair.coord)),
    }
    for expected, (forged_body, signer) in cases.items():
        path = _forge(pair, forged_body, signer, pair.field)
        with pytest.raises(BadReceipt) as info:
            receipts.import_receipt(pair.field, path)
        assert expected in info.value.message, info.value.message
    path = _forge(pair, body, device.load(pair.coord), stranger)
    with pytest.raises(BadReceipt, match="not addressed to this vault"):
        receipts.import_receipt(pair.field, path)
    damaged = bytearray(genuine.read_bytes())
    damaged[-3] ^= 1
    path.write_bytes(damaged)
    with pytest.raises(BadReceipt, match="damaged"):
        receipts.import_receipt(pair.field, path)
    assert receipts.delivered_interviews(pair.field) == []
    stranger.close()


def test_purge_destroys_delivered_material_and_keeps_a_tombstone(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    att = ingest.ingest_file(pair.field, iid, shared_path("media", "document.pdf"))
    testimonies.start_correction(pair.field, iid)  # a later version, finalized before export
    testimonies.save(pair.field, iid, "Second fictional version.")
    testimonies.finalize(pair.field, iid)
    kept = add_interview(pair.field, FULL_OWN, finalize=False)  # never delivered
    receipts.import_receipt(pair.field, _deliver(pair))
    blob = store.blob_row(pair.field.conn, att.id)
    assert blob is not None
    shown = purge.plan(pair.field)
    assert [c.interview_id for c in shown.purgeable] == [iid]
    assert pair.field.conn.execute("SELECT count(*) FROM interview").fetchone()[0] == 2
    assert purge.purge(pair.field, shown) == shown.purgeable
    conn = pair.field.conn
    assert conn.execute("SELECT 1 FROM interview WHERE id = ?", (iid,)).fetchone() is None
    assert conn.execute("SELECT count(*) FROM testimony WHERE interview_id = ?",
                        (iid,)).fetchone()[0] == 0
    assert store.blob_row(conn, att.id) is None
    assert not (pair.field.media_path / blob.blob_name).exists()
    assert conn.execute("SELECT 1 FROM interview WHERE id = ?", (kept,)).fetchone()
    tomb = conn.execute("SELECT * FROM purged_interview WHERE interview_id = ?",
                        (iid,)).fetchone()
    assert tomb["record_sha256"] and tomb["receipt_id"]
    assert att.sha256 in tomb["detail"]
    assert custody.verify(conn).ok
    assert "interview_purged" in [e.action for e in custody.entries(conn, iid)]
    assert conn.execute("SELECT count(*) FROM purge_in_progress").fetchone()[0] == 0
    assert purge.plan(pair.field).purgeable == ()
    with pytest.raises(PurgeOutdated):  # the same list again: that interview is gone
        purge.purge(pair.field, shown)


def test_finalized_testimony_still_cannot_be_deleted_outside_a_purge(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    with pytest.raises(IntegrityError), pair.field.transaction():
        pair.field.conn.execute("DELETE FROM testimony WHERE interview_id = ?", (iid,))


def test_purge_keeps_what_changed_or_was_never_delivered(pair: Pair) -> None:
    changed = add_interview(pair.field, FULL_OWN)
    partial = add_interview(pair.field, TESTIMONY_ONLY)  # identity never delivered
    consent_later = add_interview(pair.field, FULL_OWN)
    receipts.import_receipt(pair.field, _deliver(pair))
    testimonies.start_correction(pair.field, changed)
    give_consent(pair.field, consent_later, TESTIMONY_ONLY)
    shown = purge.plan(pair.field)
    reasons = {c.interview_id: c.reason for c in shown.skipped}
    assert "draft" in reasons[changed] or "changed" in reasons[changed]
    assert "never delivered" in reasons[partial]
    assert "changed" in reasons[consent_later]
    assert shown.purgeable == ()
    forced = purge.plan(pair.field, include_undelivered=True)
    assert [c.interview_id for c in forced.purgeable] == [partial]
    assert purge.purge(pair.field, forced) == forced.purgeable


def test_purge_destroys_exactly_what_was_shown_or_nothing(pair: Pair) -> None:
    """The list shown for confirmation is what a purge acts on: a change to any of it since
    stops the purge before anything is destroyed, and what became purgeable after it was shown
    is left alone."""
    first = add_interview(pair.field, FULL_OWN)
    second = add_interview(pair.field, FULL_OWN)
    receipts.import_receipt(pair.field, _deliver(pair))
    shown = purge.plan(pair.field)
    assert {c.interview_id for c in shown.purgeable} == {first, second}

    testimonies.start_correction(pair.field, second)  # after the list was shown
    with pytest.raises(PurgeOutdated) as refused:
        purge.purge(pair.field, shown)
    assert refused.value.code == "purge_outdated"
    count = pair.field.conn.execute("SELECT count(*) FROM interview").fetchone()[0]
    assert count == 2  # not even the unchanged one: all that was shown, or nothing
    assert pair.field.conn.execute("SELECT count(*) FROM purged_interview").fetchone()[0] == 0

    testimonies.save(pair.field, second, "A later fictional version.")
    testimonies.finalize(pair.field, second)
    shown = purge.plan(pair.field)
    assert [c.interview_id for c in shown.purgeable] == [first]
    receipts.import_receipt(pair.field, _deliver(pair, "p2.tpk"))  # now second may go too
    assert purge.purge(pair.field, shown) == shown.purgeable
    conn = pair.field.conn
    assert conn.execute("SELECT 1 FROM interview WHERE id = ?", (first,)).fetchone() is None
    assert conn.execute("SELECT 1 FROM interview WHERE id = ?", (second,)).fetchone()
    assert [c.interview_id for c in purge.plan(pair.field).purgeable] == [second]


def test_receipt_for_a_packet_to_two_recipients(pair: Pair, tmp_path: Path) -> None:
    from testimony_recorder.recorder.packets import plan as plan_mod
    from testimony_recorder.recorder.packets import writer

    second = make_vault(tmp_path, "second", "coordinator")
    to_second = enrol(pair.field, second)
    enrol(second, pair.field)
    iid = add_interview(pair.field, FULL_OWN)
    plan = plan_mod.build(pair.field, [pair.to_coord, to_second])
    result = writer.seal(pair.field, plan, tmp_path / "both.tpk")
    importer.import_packet(second, result.paths[0])
    importer.import_packet(pair.coord, result.paths[0])
    out = tmp_path / "second.receipt"
    from testimony_recorder.recorder.keys import trust

    receipts.make_receipt(second, trust.contacts(second.conn)[0].fingerprint, out)
    assert receipts.import_receipt(pair.field, out).delivered == [iid]
    second.close()


def test_lost_packets_are_sent_again_until_acknowledged(pair: Pair) -> None:
    from testimony_recorder.recorder.packets import plan as plan_mod

    delivered = add_interview(pair.field, FULL_OWN)
    receipts.import_receipt(pair.field, _deliver(pair, "p1.tpk"))
    lost = add_interview(pair.field, FULL_OWN)
    pair.export("p2.tpk").unlink()  # the stick was lost on the way
    again = plan_mod.build(pair.field, [pair.to_coord], plan_mod.Scope(plan_mod.UNACKNOWLEDGED))
    assert [c.interview_id for c in again.included] == [lost]
    assert delivered not in [c.interview_id for c in again.included]


def test_the_list_shows_and_filters_delivery(pair: Pair) -> None:
    from testimony_recorder.recorder.store import listing

    delivered = add_interview(pair.field, FULL_OWN)
    receipts.import_receipt(pair.field, _deliver(pair, "first.tpk"))
    sent = add_interview(pair.field, FULL_OWN)
    pair.export("second.tpk")
    kept = add_interview(pair.field, FULL_OWN, finalize=False)
    state = {r.id: r.delivery for r in listing.page(pair.field.conn)}
    assert state == {delivered: "delivered", sent: "sent", kept: "not_sent"}
    for value, expected in (("delivered", delivered), ("sent", sent), ("not_sent", kept)):
        rows = listing.page(pair.field.conn, listing.ListFilter(delivery=value))
        assert [r.id for r in rows] == [expected]
