"""Interviewer -> coordinator: what arrives is exactly what consent allows, hashes equal,
custody continuous, identities sealed away from analysts."""

from __future__ import annotations

import hashlib
import io
import json

import pytest

from testimony_recorder.recorder import canonical, custody
from testimony_recorder.recorder.age import NoIdentityMatchError, decrypt
from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.errors import IdentitySealed
from testimony_recorder.recorder.keys import device
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.model import codec
from testimony_recorder.recorder.packets import importer, records, writer
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.packets.errors import NothingToExport
from testimony_recorder.recorder.search.query import search
from testimony_recorder.recorder.store import (
    bundles,
    listing,
    sealed_identity,
    testimonies,
    witnesses,
)

from .conftest import example_bundle_data
from .packet_craft import manifest_of, plaintext, split
from .packet_fixtures import Pair
from .packet_helpers import (
    FULL_OWN,
    TESTIMONY_ONLY,
    add_interview,
    enrol,
    make_vault,
)


def _finalized_dict(vault, interview_id):
    bundle = records.finalized_bundle(vault, interview_id)
    data = codec.to_dict(bundle)
    data.pop("identity")
    for key in ("interview", "witness"):
        data[key].pop("updated_at")
    return data


def test_round_trip_gives_exactly_what_consent_allows(pair: Pair) -> None:
    full = add_interview(pair.field, FULL_OWN)
    limited = add_interview(pair.field, TESTIMONY_ONLY)
    none = add_interview(pair.field, None)
    draft = add_interview(pair.field, FULL_OWN, finalize=False)
    path = pair.export()
    members = split(plaintext(pair.coord, path))
    names = [n for n, _ in members]
    proof = consent_store.current(pair.field.conn, full).artefact_id  # the signature image
    assert names == ["manifest.json", "manifest.sig", f"records/{full}.json",
                     f"consent/{full}.json", f"identities/{full}.age", f"media/{proof}",
                     f"records/{limited}.json", f"consent/{limited}.json", "custody.jsonl"]
    manifest = manifest_of(members)
    left = {m["attachment_id"]: m for m in manifest["interviews"][1]["media"]}
    limited_proof = consent_store.current(pair.field.conn, limited).artefact_id
    assert left[limited_proof]["form"] == "left_out"  # a signature may carry the name
    assert [x["interview_id"] for x in manifest["left_out"]] == [none]
    assert draft not in json.dumps(manifest)
    for name, data in members[2:]:
        entry = next(m for m in manifest["members"] if m["name"] == name)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()

    report = importer.import_packet(pair.coord, path)
    assert report.imported and [i.outcome for i in report.interviews] == ["new", "new"]
    assert _finalized_dict(pair.coord, full) == _finalized_dict(pair.field, full)
    at_coord, in_field = _finalized_dict(pair.coord, limited), _finalized_dict(pair.field, limited)
    assert at_coord.pop("attachments") == [] and in_field.pop("attachments")
    assert at_coord == in_field
    assert pair.coord.conn.execute("SELECT count(*) FROM interview").fetchone()[0] == 2
    # identities: sealed for the full consent, absent for the limited one
    w_full = bundles.export(pair.coord, full).witness.id
    w_limited = bundles.export(pair.coord, limited).witness.id
    row = pair.coord.conn.execute("SELECT data, sealed, sealed_to FROM witness_identity"
                                  " WHERE witness_id = ?", (w_full,)).fetchone()
    assert row["data"] is None and row["sealed"] and row["sealed_to"]
    # it opens only with the witness-identity key: gone from the vault, it stays sealed
    assert witnesses.reveal_identity(pair.coord, w_full) is not None
    device.forget_witness_key(pair.coord)
    with pytest.raises(IdentitySealed):
        witnesses.reveal_identity(pair.coord, w_full)
    assert not witnesses.has_identity(pair.coord.conn, w_limited)


def test_identity_is_sealed_to_the_witness_key_not_the_content_key(pair: Pair) -> None:
    full = add_interview(pair.field, FULL_OWN)
    path = pair.export()
    members = dict(split(plaintext(pair.coord, path)))
    sealed = members[f"identities/{full}.age"]
    keys = device.load(pair.coord)
    with pytest.raises(NoIdentityMatchError):
        decrypt(io.BytesIO(sealed), keys.identities())
    opened = decrypt(io.BytesIO(sealed), list(keys.witness_identities)).read()
    witness_id, identity = sealed_identity.parse_payload(opened)
    expected = bundle_mod.parse(example_bundle_data()).identity  # sealed at entry in the field
    assert identity == expected
    assert witness_id == bundles.export(pair.field, full).witness.id
    # nothing identifying anywhere else in the packet
    rest = b"".join(d for n, d in members.items() if not n.startswith("identities/"))
    assert expected is not None
    for text in expected.strings():
        # A short number (the birth year) stands by chance somewhere in the packet's hex ids
        # and hashes; as a value of the records it would be quoted or follow a key.
        needles = [text] if len(text) >= 6 else [f'"{text}"', f": {text}", f":{text}"]
        for needle in needles:
            assert needle.encode() not in rest


def test_outside_body_gets_only_its_share_and_no_list_of_the_rest(pair: Pair, tmp_path) -> None:
    icc = make_vault(tmp_path, "icc", "coordinator")
    to_icc = enrol(pair.field, icc, body="icc")
    enrol(icc, pair.field)
    allowed = add_interview(pair.field, (*TESTIMONY_ONLY, items.share_testimony("icc")))
    add_interview(pair.field, FULL_OWN)  # the witness did not agree to share with icc
    plan = plan_mod.build(pair.field, [to_icc])
    assert [c.interview_id for c in plan.included] == [allowed]
    assert not plan.included[0].identity.included
    result = writer.seal(pair.field, plan, tmp_path / "icc.tpk")
    manifest = manifest_of(split(plaintext(icc, result.paths[0])))
    assert manifest["left_out"] == [] and manifest["counts"]["left_out"] == 0
    assert manifest["recipients"][0]["body"] == "icc"
    report = importer.import_packet(icc, result.paths[0])
    assert [i.interview_id for i in report.interviews] == [allowed]
    icc.close()


def test_custody_is_continuous_from_laptop_to_archive(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    path = pair.export()
    importer.import_packet(pair.coord, path)
    sent = {r["seq"]: r for r in pair.coord.conn.execute(
        "SELECT * FROM sender_custody WHERE sender = ? ORDER BY seq",
        (pair.from_field.fingerprint,))}
    field_log = custody.entries(pair.field.conn)
    exported_at = next(e.seq for e in field_log if e.action == "interview_exported")
    assert list(sent) == list(range(1, exported_at))
    for entry in field_log[: exported_at - 1]:
        assert sent[entry.seq]["hash"] == entry.hash
        if entry.interview_id == iid:  # the interview's own history arrives in full
            assert json.loads(sent[entry.seq]["entry"])["action"] == entry.action
    actions = [e.action for e in custody.entries(pair.coord.conn, iid)]
    assert actions[0] == "interview_imported"
    imported = custody.entries(pair.coord.conn, iid)[0]
    assert imported.detail is not None and imported.detail["sender"] == \
        pair.from_field.fingerprint
    assert custody.verify(pair.coord.conn).ok and custody.verify(pair.field.conn).ok


def test_since_last_sends_only_what_changed_and_keeps_history(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    other = add_interview(pair.field, FULL_OWN)
    importer.import_packet(pair.coord, pair.export("p1.tpk"))
    with pytest.raises(NothingToExport):
        pair.export("p2.tpk")
    testimonies.start_correction(pair.field, iid)
    with pytest.raises(NothingToExport):  # a draft correction does not go
        pair.export("p2.tpk")
    testimonies.save(pair.field, iid, "Corrected fictional account.")
    testimonies.finalize(pair.field, iid)
    plan = plan_mod.build(pair.field, [pair.to_coord])
    assert [c.interview_id for c in plan.included] == [iid]
    report = importer.import_packet(pair.coord, pair.export("p2.tpk"))
    assert report.sequence == 2 and report.interviews[0].outcome == "updated"
    versions = testimonies.versions(pair.coord.conn, iid)
    assert [(t.version, t.is_final) for t in versions] == [(1, True), (2, True)]
    assert testimonies.current(pair.coord.conn, iid).narrative == "Corrected fictional account."
    assert _finalized_dict(pair.coord, iid) == _finalized_dict(pair.field, iid)
    assert other not in [i.interview_id for i in report.interviews]


def test_changed_records_are_archived_not_lost(pair: Pair) -> None:
    from testimony_recorder.recorder.model.incident import Incident
    from testimony_recorder.recorder.store import parts

    iid = add_interview(pair.field, FULL_OWN)
    importer.import_packet(pair.coord, pair.export("p1.tpk"))
    incident = parts.list_for(pair.field.conn, Incident, iid)[0]
    old_title = incident.title
    incident.title = "Renamed incident (fictional)"
    parts.update(pair.field, incident)
    gone = parts.list_for(pair.field.conn, Incident, iid)[1]
    parts.delete(pair.field, Incident, gone.id)
    report = importer.import_packet(pair.coord, pair.export("p2.tpk"))
    assert report.interviews[0].outcome == "updated"
    history = {(r["table_name"], r["record_id"]): json.loads(r["data"]) for r in
               pair.coord.conn.execute("SELECT * FROM record_history")}
    assert history[("incident", incident.id)]["title"] == old_title
    assert ("incident", gone.id) in history
    assert _finalized_dict(pair.coord, iid) == _finalized_dict(pair.field, iid)


def test_withdrawal_follows_the_delivery_and_the_archive_obeys(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN, narrative="Fictional words about a checkpoint.")
    importer.import_packet(pair.coord, pair.export("p1.tpk"))
    witness_id = bundles.export(pair.coord, iid).witness.id
    assert witnesses.has_identity(pair.coord.conn, witness_id)
    assert search(pair.coord.conn, "checkpoint")
    current = records.consent_history(pair.field.conn, iid)[-1]
    consent_store.withdraw(pair.field, iid)
    assert current.kind == "given"
    plan = plan_mod.build(pair.field, [pair.to_coord])
    assert plan.included == [] and [c.kind for c in plan.consent_changes] == ["withdrawn"]
    path = pair.export("p2.tpk")
    members = [n for n, _ in split(plaintext(pair.coord, path))]
    assert members == ["manifest.json", "manifest.sig", f"consent/{iid}.json", "custody.jsonl"]
    report = importer.import_packet(pair.coord, path)
    assert report.consent_changes[0]["outcome"] == "withdrawn, identity destroyed"
    assert not witnesses.has_identity(pair.coord.conn, witness_id)
    assert [c.kind for c in records.consent_history(pair.coord.conn, iid)] == \
        ["given", "withdrawn"]
    assert listing.count(pair.coord.conn) == 0
    assert search(pair.coord.conn, "checkpoint") == []
    assert testimonies.current(pair.coord.conn, iid) is not None  # kept as evidence
    with pytest.raises(NothingToExport):  # and the laptop sends nothing more about it
        pair.export("p3.tpk")


def test_sequence_numbers_and_previous_packet(pair: Pair) -> None:
    add_interview(pair.field, FULL_OWN)
    first = pair.export("p1.tpk")
    add_interview(pair.field, FULL_OWN)
    second = pair.export("p2.tpk")
    m1 = manifest_of(split(plaintext(pair.coord, first)))
    m2 = manifest_of(split(plaintext(pair.coord, second)))
    assert m1["recipients"][0]["sequence"] == 1
    assert m1["recipients"][0]["previous_packet_id"] is None
    assert m2["recipients"][0]["sequence"] == 2
    assert m2["recipients"][0]["previous_packet_id"] == m1["packet_id"]
    assert m2["custody"]["from_seq"] == m1["custody"]["head_seq"]
    assert m2["custody"]["from_hash"] == m1["custody"]["head_hash"]


def test_manifest_is_canonical_and_names_the_rules(pair: Pair) -> None:
    iid = add_interview(pair.field, TESTIMONY_ONLY)
    members = split(plaintext(pair.coord, pair.export()))
    raw = members[0][1]
    manifest = json.loads(raw)
    assert canonical.dumps(manifest) == raw
    entry = manifest["interviews"][0]
    assert entry["id"] == iid and entry["identity"] is None
    decision = entry["decisions"]["own_organisation"]
    assert decision["testimony"] and not decision["identity"]
    assert decision["rules"]["identity"] == items.IDENTITY_WITH_ORGANISATION
