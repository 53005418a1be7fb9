"""The round trip with real media: audio, a photo of the witness, a photo of a place and a
PDF. What arrives is exactly what consent allows (originals, redacted copies or nothing),
byte for byte, and no plaintext media touches the disk on the way."""

from __future__ import annotations

import hashlib
import json
import os

import pytest

from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.media import ingest, store
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.store import rows

from .conftest import shared_path
from .media_helpers import leaks, windows
from .packet_craft import manifest_of, plaintext, split
from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, TESTIMONY_ONLY, add_interview, give_consent

FILES = {"audio": "statement_ar.wav", "witness_photo": "photo_gps.jpg",
         "place_photo": "photo_gps.jpg", "document": "document.pdf"}


def _with_media(pair: Pair, yes: tuple[str, ...]) -> tuple[str, dict[str, Attachment]]:
    iid = add_interview(pair.field, None, finalize=False)
    added = {}
    for role, name in FILES.items():
        att = ingest.ingest_file(pair.field, iid, shared_path("media", name))
        if role == "witness_photo":
            att.metadata = {**att.metadata, "subject": "witness"}
            with pair.field.transaction():
                rows.update(pair.field.conn, "attachment", att)
        added[role] = att
    give_consent(pair.field, iid, yes)
    from testimony_recorder.recorder.store import testimonies

    testimonies.finalize(pair.field, iid)
    return iid, added


def _read(vault, attachment_id: str) -> bytes:
    with store.open_attachment(vault, attachment_id) as fh:
        return fh.read()


def test_full_consent_sends_every_original_byte_for_byte(pair: Pair) -> None:
    iid, added = _with_media(pair, FULL_OWN)
    path = pair.export()
    members = dict(split(plaintext(pair.coord, path)))
    for att in added.values():
        assert hashlib.sha256(members[f"media/{att.id}"]).hexdigest() == att.sha256
    report = importer.import_packet(pair.coord, path)
    proof = consent_store.current(pair.field.conn, iid).artefact_id  # the signature image
    assert report.interviews[0].media == {**{a.id: "original" for a in added.values()},
                                          proof: "original"}
    for att in added.values():
        got = store.get_attachment(pair.coord.conn, att.id)
        assert got.sha256 == att.sha256 and got.size == att.size
        assert _read(pair.coord, att.id) == _read(pair.field, att.id)
    photo = store.get_attachment(pair.coord.conn, added["witness_photo"].id)
    assert photo.metadata["subject"] == "witness"
    assert f"identities/{iid}.age" in members


def test_limited_consent_sends_only_redacted_copies_of_what_it_allows(pair: Pair) -> None:
    iid, added = _with_media(pair, TESTIMONY_ONLY)
    plan = plan_mod.build(pair.field, [pair.to_coord])
    forms = {m.attachment.id: (m.form, m.rule) for m in plan.included[0].media}
    assert forms[added["audio"].id] == ("left_out", "consent: no audio_recording")
    assert forms[added["witness_photo"].id] == ("left_out", "consent: no photo_video")
    assert forms[added["place_photo"].id][0] == "redacted"
    assert forms[added["document"].id][0] == "redacted"
    path = pair.export()
    members = split(plaintext(pair.coord, path))
    manifest = manifest_of(members)
    media = {m["attachment_id"]: m for m in manifest["interviews"][0]["media"]}
    assert media[added["audio"].id]["member"] is None
    assert media[added["place_photo"].id]["form"] == "redacted"
    sent_ids = {m["sent_id"] for m in media.values() if m["sent_id"]}
    assert added["place_photo"].id not in sent_ids  # the original never goes
    everything = b"".join(d for _, d in members)
    audio = shared_path("media", "statement_ar.wav").read_bytes()
    for window in windows(audio[1024:], 16):  # the witness's voice did not go
        if len(set(window)) > 8:
            assert window not in everything
    assert b"Fictional Witness Name" not in everything  # the photo's identifying tags
    assert added["place_photo"].flags and not any(
        f.value.encode() in everything for f in added["place_photo"].flags if len(f.value) > 5)
    assert f"identities/{iid}.age" not in dict(members)

    importer.import_packet(pair.coord, path)
    held = rows.select(pair.coord.conn, Attachment, "attachment", "interview_id = ?", (iid,))
    assert sorted(a.id for a in held) == sorted(sent_ids)
    for att in held:
        assert not att.flags, att.flags  # nothing identifying survived
        derived = store.get_attachment(pair.field.conn, att.id)
        assert att.sha256 == derived.sha256
        assert _read(pair.coord, att.id) == _read(pair.field, att.id)
        assert att.metadata["redacted_copy"] == "true" and att.derived_from is None


def test_no_plaintext_media_on_disk_during_export_and_import(pair: Pair) -> None:
    _with_media(pair, FULL_OWN)
    path = pair.export()
    importer.import_packet(pair.coord, path)
    needles = []
    for name in set(FILES.values()):
        needles += [w for w in windows(shared_path("media", name).read_bytes(), 16)
                    if len(set(w)) > 8]
    assert leaks([pair.tmp], needles) == []


def test_withdrawing_audio_consent_destroys_the_archive_copy(pair: Pair) -> None:
    iid, added = _with_media(pair, FULL_OWN)
    importer.import_packet(pair.coord, pair.export("p1.tpk"))
    audio = added["audio"].id
    blob = store.blob_row(pair.coord.conn, audio)
    assert blob is not None
    consent_store.withdraw(pair.field, iid, [items.AUDIO_RECORDING])
    plan = plan_mod.build(pair.field, [pair.to_coord])
    assert [c.interview_id for c in plan.included] == [iid]
    report = importer.import_packet(pair.coord, pair.export("p2.tpk"))
    assert report.interviews[0].outcome == "updated"
    assert store.blob_row(pair.coord.conn, audio) is None
    assert not (pair.coord.media_path / blob.blob_name).exists()
    events = [json.loads(r[0]) if r[0] else None for r in pair.coord.conn.execute(
        "SELECT detail FROM custody_log WHERE action = 'attachment_destroyed'")]
    assert events and events[0]["reason"] == "consent"


def test_a_rolled_back_import_leaves_no_media_file(pair: Pair) -> None:
    _with_media(pair, FULL_OWN)
    path = pair.export()
    members = split(plaintext(pair.coord, path))
    from .packet_craft import join, seal, write

    cut = join(members[:-1])  # drop the custody excerpt: refused after the media went in
    bad = write(pair.tmp / "bad.tpk", seal(pair.coord, cut))
    before = sorted(p.name for p in pair.coord.media_path.iterdir())
    from testimony_recorder.recorder.packets.errors import PacketError

    try:
        importer.import_packet(pair.coord, bad)
    except PacketError:
        pass
    else:
        raise AssertionError("the packet should have been refused")
    assert sorted(p.name for p in pair.coord.media_path.iterdir()) == before
    assert pair.coord.conn.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0


def test_a_batch_keeps_the_media_of_the_packets_it_imported_and_no_other(pair: Pair) -> None:
    """In a batch, packets commit together: a packet refused after its media went in is rolled
    back inside the group, and once the group commits the media folder holds exactly the files
    its rows name, each reading back as sent."""
    from testimony_recorder.recorder.archive import batch
    from testimony_recorder.recorder.archive.batch_report import IMPORTED, REJECTED

    from .packet_craft import join, seal, write

    _iid, added = _with_media(pair, FULL_OWN)
    stick = pair.tmp / "stick"
    stick.mkdir()
    good = pair.export()
    members = split(plaintext(pair.coord, good))
    write(stick / "01-cut.tpk", seal(pair.coord, join(members[:-1])))  # refused at its end
    good.rename(stick / "02-good.tpk")
    report = batch.BatchImport(pair.coord, [stick]).run()
    assert [r.outcome for r in report.results] == [REJECTED, IMPORTED]
    named = {r[0] for r in pair.coord.conn.execute("SELECT blob_name FROM media_blob")}
    assert {p.name for p in pair.coord.media_path.iterdir()} == named
    for attachment in added.values():
        original = _read(pair.field, attachment.id)
        assert _read(pair.coord, attachment.id) == original


def test_media_that_differs_from_its_record_stops_the_export(pair: Pair) -> None:
    from testimony_recorder.recorder.errors import MediaDamaged
    from testimony_recorder.recorder.packets import writer
    from testimony_recorder.recorder.packets.errors import MediaChanged

    _, added = _with_media(pair, FULL_OWN)
    doc = added["document"]
    with pair.field.transaction():  # a record that no longer matches the stored bytes
        pair.field.conn.execute("UPDATE attachment SET sha256 = ? WHERE id = ?",
                                ("0" * 64, doc.id))
    plan = plan_mod.build(pair.field, [pair.to_coord])
    open_files = len(os.listdir("/proc/self/fd"))
    with pytest.raises(MediaChanged):  # the hash the store keeps with the file differs
        writer.seal(pair.field, plan, pair.tmp / "x.tpk")
    assert not list(pair.tmp.glob("*x.tpk*"))
    assert len(os.listdir("/proc/self/fd")) == open_files  # the store's file was not left open
    with pair.field.transaction():  # a file stored before schema 11 kept no hash: re-hashed
        pair.field.conn.execute("UPDATE media_blob SET sha256 = NULL WHERE id = ?", (doc.id,))
    plan = plan_mod.build(pair.field, [pair.to_coord])
    with pytest.raises(MediaChanged):
        writer.seal(pair.field, plan, pair.tmp / "x.tpk")
    assert not list(pair.tmp.glob("*x.tpk*"))
    with pair.field.transaction():
        pair.field.conn.execute("UPDATE attachment SET sha256 = ? WHERE id = ?",
                                (doc.sha256, doc.id))
    blob = store.blob_row(pair.field.conn, added["audio"].id)
    assert blob is not None
    damaged = pair.field.media_path / blob.blob_name
    data = bytearray(damaged.read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(data)
    plan = plan_mod.build(pair.field, [pair.to_coord])
    with pytest.raises(MediaDamaged):
        writer.seal(pair.field, plan, pair.tmp / "y.tpk")
    assert not list(pair.tmp.glob("*y.tpk*"))


def test_a_file_stored_before_its_hash_was_kept_is_hashed_and_sent(pair: Pair) -> None:
    _, added = _with_media(pair, FULL_OWN)
    with pair.field.transaction():  # as schema 11's migration leaves files stored before
        pair.field.conn.execute("UPDATE media_blob SET sha256 = NULL")
    members = dict(split(plaintext(pair.coord, pair.export())))
    for att in added.values():
        assert hashlib.sha256(members[f"media/{att.id}"]).hexdigest() == att.sha256


def test_a_recording_made_in_the_app_arrives_as_the_same_wav(pair: Pair) -> None:
    import math
    import struct

    from testimony_recorder.recorder.media import recording
    from testimony_recorder.recorder.store import testimonies

    iid = add_interview(pair.field, None, finalize=False)
    sink = recording.RecordingSink()
    rid = sink.start(pair.field, iid)
    rate = sink.format.sample_rate
    samples = [int(8000 * math.sin(2 * math.pi * 440 * n / rate)) for n in range(rate * 2)]
    sink.write(struct.pack(f"<{len(samples)}h", *samples))
    recorded = sink.stop()
    give_consent(pair.field, iid, FULL_OWN)
    testimonies.finalize(pair.field, iid)
    importer.import_packet(pair.coord, pair.export())
    got = store.get_attachment(pair.coord.conn, rid)
    assert got.sha256 == recorded.sha256 and got.kind == "audio"
    assert _read(pair.coord, rid) == _read(pair.field, rid)
