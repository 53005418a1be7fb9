"""Getting packets there: volumes, sequence gaps, rewritten history, progress and cancel."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest

from testimony_recorder.recorder import canonical
from testimony_recorder.recorder.errors import Cancelled
from testimony_recorder.recorder.keys import device, trust
from testimony_recorder.recorder.packets import importer, volumes, writer
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.packets.errors import (
    BadVolumeSize,
    MissingVolume,
    OutputExists,
    TruncatedPacket,
)
from testimony_recorder.recorder.packets.notices import (
    CustodyRewritten,
    CustodyUnlinked,
    PacketMissing,
    PacketsMissing,
)

from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, add_interview, custody_len, table_counts

MIB = 1024 * 1024


def _long_narrative(seed: int, size: int) -> str:
    rng = random.Random(seed)
    words = ["checkpoint", "branch", "night", "road", "door", "guard", "fictional", "asked"]
    return " ".join(rng.choice(words) + str(rng.randrange(10**6)) for _ in range(size // 12))


def _big_packet(pair: Pair, size: int = 3 * MIB) -> list[Path]:
    for seed in range(3):
        add_interview(pair.field, FULL_OWN, narrative=_long_narrative(seed, size // 3))
    plan = plan_mod.build(pair.field, [pair.to_coord])
    return writer.seal(pair.field, plan, pair.tmp / "big.tpk", volume_size=MIB).paths


def test_volume_sizes() -> None:
    assert volumes.parse_size("4000M") == 4000 * MIB
    assert volumes.parse_size("4G") == 4 * 1024 * MIB
    assert volumes.parse_size("1 MiB") == MIB
    assert volumes.parse_size("2097152") == 2 * MIB
    for bad in ("", "1K", "lots", "-5M", "1.5G"):
        with pytest.raises(BadVolumeSize):
            volumes.parse_size(bad)


def test_suggested_names_reveal_nothing(tmp_path: Path) -> None:
    import re

    names = {volumes.neutral_name(tmp_path).name for _ in range(20)}
    assert len(names) == 20
    assert all(re.fullmatch(r"[0-9a-f]{12}\.tpk", n) for n in names)


def test_volumes_round_trip_and_rebuild_with_cat(pair: Pair) -> None:
    paths = _big_packet(pair)
    assert [p.name for p in paths] == [f"big.tpk.{i:03d}" for i in range(1, len(paths) + 1)]
    assert len(paths) >= 3
    assert all(p.stat().st_size == MIB for p in paths[:-1]) and paths[-1].stat().st_size <= MIB
    joined = pair.tmp / "joined.tpk"
    with open(joined, "wb") as out:
        for p in paths:
            out.write(p.read_bytes())
    identity = pair.tmp / "id.txt"
    identity.write_text(device.identity_text(pair.coord))
    plain = subprocess.run(["age", "-d", "-i", str(identity), str(joined)],
                           capture_output=True, check=True).stdout
    listed = subprocess.run(["tar", "-t"], input=plain, capture_output=True,
                            check=True).stdout.decode().split()
    assert listed[0] == "manifest.json"
    assert importer.verify_packet(pair.coord, pair.tmp / "big.tpk").members == len(listed)
    report = importer.import_packet(pair.coord, paths[0])
    assert report.imported and len(report.interviews) == 3


def test_missing_volumes_are_named(pair: Pair) -> None:
    paths = _big_packet(pair)
    before = table_counts(pair.coord)
    hidden = pair.tmp / "hidden"
    hidden.mkdir()
    shutil.move(paths[1], hidden / paths[1].name)
    with pytest.raises(MissingVolume) as info:
        importer.import_packet(pair.coord, paths[0])
    assert info.value.number == 2 and "Volume 002" in info.value.message
    shutil.move(hidden / paths[1].name, paths[1])
    shutil.move(paths[-1], hidden / paths[-1].name)
    with pytest.raises(MissingVolume) as info:
        importer.import_packet(pair.coord, pair.tmp / "big.tpk")
    assert info.value.number == len(paths)
    shutil.move(hidden / paths[-1].name, paths[-1])
    with open(paths[-1], "r+b") as fh:
        fh.truncate(paths[-1].stat().st_size - 7)
    with pytest.raises(TruncatedPacket):
        importer.import_packet(pair.coord, paths[0])
    assert table_counts(pair.coord) == before


def test_export_never_overwrites(pair: Pair, packet: Path) -> None:
    add_interview(pair.field, FULL_OWN)
    plan = plan_mod.build(pair.field, [pair.to_coord])
    with pytest.raises(OutputExists):
        writer.seal(pair.field, plan, packet)


def test_sequence_gaps_are_reported_and_filled(pair: Pair) -> None:
    sent = []
    for i in range(5):
        add_interview(pair.field, FULL_OWN)
        sent.append(pair.export(f"p{i + 1}.tpk"))
    first = importer.import_packet(pair.coord, sent[0])
    assert first.warnings == []
    fifth = importer.import_packet(pair.coord, sent[4])
    assert PacketsMissing(2, 4, "field owner", pair.from_field.fingerprint).params in [
        w.params for w in fifth.warnings if isinstance(w, PacketsMissing)]
    assert isinstance(fifth.custody, CustodyUnlinked)
    assert fifth.to_json()["custody"]["code"] == "custody_unlinked"
    assert "cannot be linked yet" in fifth.to_text()
    importer.import_packet(pair.coord, sent[2])
    third_gap = importer.verify_packet(pair.coord, sent[3])
    assert [w.params["sequence"] for w in third_gap.warnings
            if isinstance(w, PacketMissing)] == [2]
    assert "packet 2 from field owner" in third_gap.to_text()
    for path in (sent[1], sent[3]):
        importer.import_packet(pair.coord, path)
    from testimony_recorder.recorder.packets import state

    assert state.missing_ranges(state.sender_sequences(
        pair.coord.conn, pair.from_field.fingerprint)) == []


def _rewrite_history(vault, from_seq: int) -> None:
    """What someone holding the vault key could do: change an old entry, rebuild the chain."""
    conn = vault.conn
    conn.execute("DROP TRIGGER custody_no_update")
    prev = conn.execute("SELECT hash FROM custody_log WHERE seq = ?",
                        (from_seq - 1,)).fetchone()[0]
    from testimony_recorder.recorder.custody import Entry, _entry

    for row in conn.execute("SELECT * FROM custody_log WHERE seq >= ? ORDER BY seq",
                            (from_seq,)).fetchall():
        entry = _entry(row)
        actor = "someone else" if entry.seq == from_seq else entry.actor
        draft = Entry(entry.seq, entry.at, actor, entry.action, entry.entity_type,
                      entry.entity_id, entry.interview_id, entry.content_hash, entry.detail,
                      prev, "")
        new_hash = draft.computed_hash()
        conn.execute("UPDATE custody_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                     (actor, prev, new_hash, entry.seq))
        prev = new_hash


def test_rewritten_history_is_flagged(pair: Pair) -> None:
    add_interview(pair.field, FULL_OWN)
    report = importer.import_packet(pair.coord, pair.export("p1.tpk"))
    assert report.warnings == []
    _rewrite_history(pair.field, 3)
    from testimony_recorder.recorder import custody

    assert custody.verify(pair.field.conn).ok  # the rebuilt chain is consistent in itself
    add_interview(pair.field, FULL_OWN)
    report = importer.import_packet(pair.coord, pair.export("p2.tpk"))
    assert report.imported and isinstance(report.custody, CustodyRewritten)
    assert report.warnings == [report.custody]
    assert "REWRITTEN HISTORY" in report.to_text()
    contact = trust.find(pair.coord.conn, pair.from_field.fingerprint)
    assert contact is not None and contact.history_rewritten_at is not None
    actions = [r[0] for r in pair.coord.conn.execute("SELECT action FROM custody_log")]
    assert "sender_history_rewritten" in actions


def test_progress_reaches_the_total_and_cancel_leaves_nothing(pair: Pair) -> None:
    for seed in range(4):
        add_interview(pair.field, FULL_OWN, narrative=_long_narrative(seed, 3 * MIB // 2))
    plan = plan_mod.build(pair.field, [pair.to_coord])
    calls: list[tuple[int, int]] = []
    state_before = table_counts(pair.field), custody_len(pair.field)
    with pytest.raises(Cancelled):
        writer.seal(pair.field, plan, pair.tmp / "c.tpk", progress=lambda d, t: None,
                    cancel=lambda: True)
    assert (table_counts(pair.field), custody_len(pair.field)) == state_before
    assert list(pair.tmp.glob("*c.tpk*")) == []
    result = writer.seal(pair.field, plan, pair.tmp / "ok.tpk",
                         progress=lambda d, t: calls.append((d, t)))
    assert calls[-1][0] == calls[-1][1] and len(calls) > 1
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    seen: list[tuple[int, int]] = []
    coord_before = table_counts(pair.coord)
    with pytest.raises(Cancelled):
        importer.import_packet(pair.coord, result.paths[0], cancel=lambda: len(seen) > 0,
                               progress=lambda d, t: seen.append((d, t)))
    assert table_counts(pair.coord) == coord_before
    report = importer.import_packet(pair.coord, result.paths[0],
                                    progress=lambda d, t: seen.append((d, t)))
    assert report.imported


def test_manifest_stays_canonical_over_volumes(pair: Pair) -> None:
    paths = _big_packet(pair)
    from .packet_craft import plaintext, split

    joined = pair.tmp / "j.tpk"
    joined.write_bytes(b"".join(p.read_bytes() for p in paths))
    raw = split(plaintext(pair.coord, joined))[0][1]
    import json

    assert canonical.dumps(json.loads(raw)) == raw


def test_unwritable_destination_and_full_disk(pair: Pair, tmp_path: Path) -> None:
    from testimony_recorder.recorder.errors import CannotWrite, DiskFull

    for seed in range(3):
        add_interview(pair.field, FULL_OWN, narrative=_long_narrative(seed, MIB))
    plan = plan_mod.build(pair.field, [pair.to_coord])
    state_before = table_counts(pair.field), custody_len(pair.field)
    with pytest.raises(CannotWrite):
        writer.seal(pair.field, plan, tmp_path / "no such folder" / "p.tpk")
    stick = tmp_path / "stick"
    stick.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(stick)], check=True)
    try:
        with pytest.raises(DiskFull) as info:
            writer.seal(pair.field, plan, stick / "p.tpk")
        assert info.value.path == stick  # the stick's disk, not the vault's
        assert list(stick.iterdir()) == []  # no partial packet left on the stick
    finally:
        subprocess.run(["umount", str(stick)], check=True)
    assert (table_counts(pair.field), custody_len(pair.field)) == state_before
    result = writer.seal(pair.field, plan, tmp_path / "p.tpk")  # and it still works
    assert importer.import_packet(pair.coord, result.paths[0]).imported


def test_a_folder_or_missing_file_is_not_a_packet(pair: Pair) -> None:
    from testimony_recorder.recorder.errors import NotFound

    with pytest.raises(NotFound):
        importer.verify_packet(pair.coord, pair.tmp / "nothing-here.tpk")
    with pytest.raises(NotFound):
        importer.verify_packet(pair.coord, pair.tmp)


def test_a_late_packet_does_not_roll_an_interview_back(pair: Pair) -> None:
    from testimony_recorder.recorder.model.incident import Incident
    from testimony_recorder.recorder.store import parts, testimonies

    iid = add_interview(pair.field, FULL_OWN)
    first = pair.export("p1.tpk")
    incident = parts.list_for(pair.field.conn, Incident, iid)[0]
    incident.title = "Newer title (fictional)"
    parts.update(pair.field, incident)
    second = pair.export("p2.tpk")
    assert importer.import_packet(pair.coord, second).interviews[0].outcome == "new"
    late = importer.import_packet(pair.coord, first)
    assert late.imported and late.interviews[0].outcome.startswith("older")
    held = parts.list_for(pair.coord.conn, Incident, iid)
    assert incident.title in [i.title for i in held]
    assert pair.coord.conn.execute("SELECT count(*) FROM record_history").fetchone()[0] == 0
    assert testimonies.current(pair.coord.conn, iid) is not None
