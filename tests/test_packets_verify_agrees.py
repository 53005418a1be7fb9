"""`verify` runs every check `import` runs: packets re-signed by a trusted sender that only
storing would refuse (a finalized narrative in other words than the archive holds, a narrative
the database cannot store) are refused by both, with the same error, and nothing is kept."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.packets.errors import MalformedMember, PacketError, TamperedPacket

from .packet_craft import join, manifest_of, plaintext, seal, signed, split, write
from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, add_interview, custody_len, table_counts


def resigned_with_narrative(pair: Pair, packet: Path, narrative: str, out: str) -> Path:
    """`packet` with its first record's narrative replaced, re-signed by the real sender."""
    members = split(plaintext(pair.coord, packet))
    index = next(i for i, (n, _) in enumerate(members) if n.startswith("records/"))
    record: dict[str, Any] = json.loads(members[index][1])
    record["testimonies"][0]["narrative"] = narrative
    members[index] = (members[index][0], json.dumps(record).encode())  # escapes surrogates
    resigned = signed(pair.field, manifest_of(members), members)
    return write(pair.tmp / out, seal(pair.coord, join(resigned)))


def both_refuse(pair: Pair, path: Path, error: type[PacketError], text: str) -> None:
    before, log = table_counts(pair.coord), custody_len(pair.coord)
    media = sorted(pair.coord.media_path.iterdir())
    for check in (importer.verify_packet, importer.import_packet):
        with pytest.raises(error, match=text):
            check(pair.coord, path)
    assert table_counts(pair.coord) == before and custody_len(pair.coord) == log
    assert sorted(pair.coord.media_path.iterdir()) == media


def test_a_finalized_narrative_changed_after_it_was_imported(pair: Pair) -> None:
    add_interview(pair.field, FULL_OWN)
    importer.import_packet(pair.coord, pair.export("p1.tpk"))
    again = pair.export("p2.tpk", plan_mod.Scope(plan_mod.ALL))
    altered = resigned_with_narrative(pair, again, "Another story entirely.", "altered.tpk")
    both_refuse(pair, altered, TamperedPacket, "finalized testimony version 1 was altered")


def test_a_narrative_holding_a_lone_surrogate(pair: Pair) -> None:
    add_interview(pair.field, FULL_OWN)
    packet = pair.export("p1.tpk")
    altered = resigned_with_narrative(pair, packet, "before \ud800 after", "surrogate.tpk")
    both_refuse(pair, altered, MalformedMember, "lone surrogate")


def test_verify_of_a_good_packet_keeps_nothing_and_says_verified(pair: Pair) -> None:
    add_interview(pair.field, FULL_OWN)
    packet = pair.export("p1.tpk")
    before, log = table_counts(pair.coord), custody_len(pair.coord)
    report = importer.verify_packet(pair.coord, packet)
    assert not report.imported and report.outcome == "verified"
    assert "Verified; nothing was imported." in report.to_text()
    assert {i.outcome for i in report.interviews} == {"checked"}
    assert table_counts(pair.coord) == before and custody_len(pair.coord) == log
    assert [p for p in pair.coord.media_path.iterdir()] == []
    assert importer.import_packet(pair.coord, packet).imported
