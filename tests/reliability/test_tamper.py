"""Tamper: every byte of the age header and a dense sample of the body flipped, truncations,
appends, swapped and missing volumes, replays, other and revoked senders, and packets re-signed
by the trusted sender with altered contents. Each is refused with its own error code, nothing
is written, and `verify` and `import` give the same answer in every case.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.media import ingest
from testimony_recorder.recorder.packets import importer, writer
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.store import testimonies

from ..conftest import shared_path
from ..packet_craft import Members, join, manifest_of, plaintext, seal, signed, split, write
from ..packet_fixtures import Pair
from ..packet_helpers import (
    FULL_OWN,
    TESTIMONY_ONLY,
    add_interview,
    custody_len,
    enrol,
    make_vault,
    table_counts,
)
from .tally import count, scaled

#: What the age header may say when one of its bytes changes: its magic (not a packet), a
#: recipient stanza (no key opens it), its MAC or nonce (altered), its end (cut short).
HEADER_CODES = {"not_a_packet", "wrong_recipient", "tampered_packet", "truncated_packet"}


class Judge:
    """Runs verify and import on each case and keeps the score."""

    def __init__(self, pair: Pair) -> None:
        self.pair = pair
        self.cases = 0
        self.state = self._state()

    def _state(self) -> tuple[Any, ...]:
        coord = self.pair.coord
        return (table_counts(coord), custody_len(coord), sorted(coord.media_path.iterdir()))

    def outcome(self, check: Callable[..., Any], path: Path) -> str:
        try:
            report = check(self.pair.coord, path)
        except RecorderError as exc:
            return exc.code
        return "already imported" if report.already_imported else "accepted"

    def refused(self, path: Path, expected: set[str] | str) -> str:
        """Both refuse with the same code, one of `expected`; nothing was written."""
        allowed = {expected} if isinstance(expected, str) else expected
        verified = self.outcome(importer.verify_packet, path)
        imported = self.outcome(importer.import_packet, path)
        assert verified == imported, (path.name, verified, imported)
        assert imported in allowed, (path.name, imported)
        self.cases += 1
        return imported

    def nothing_written(self) -> None:
        assert self._state() == self.state


@pytest.fixture
def target(pair: Pair) -> tuple[Pair, Path, Members]:
    """A packet with every member kind: records, consent, a sealed identity, media, custody."""
    full = add_interview(pair.field, FULL_OWN, finalize=False)
    ingest.ingest_file(pair.field, full, shared_path("media", "photo_gps.jpg"))
    testimonies.finalize(pair.field, full)
    add_interview(pair.field, TESTIMONY_ONLY)
    packet = pair.export("target.tpk")
    return pair, packet, split(plaintext(pair.coord, packet))


def _header_length(data: bytes) -> int:
    end = data.find(b"\n--- ")
    return data.find(b"\n", end + 5) + 1


def test_flipped_bytes_truncations_and_appends(target: tuple[Pair, Path, Members]) -> None:
    pair, packet, _ = target
    judge = Judge(pair)
    data = packet.read_bytes()
    header = _header_length(data)
    body = range(header + 16, len(data), max(1, (len(data) - header) // scaled(400)))
    flipped = pair.tmp / "flipped.tpk"
    for offset in [*range(header + 16), *body, len(data) - 1]:
        altered = bytearray(data)
        altered[offset] ^= 1 << (offset % 8)
        flipped.write_bytes(altered)
        judge.refused(flipped, HEADER_CODES if offset < header else "tampered_packet")
    flips = judge.cases
    cut = pair.tmp / "cut.tpk"
    for length in sorted({*range(0, len(data), max(1, len(data) // scaled(150))), 1, 21, 22,
                          header, header + 15, header + 16, len(data) - 1}):
        cut.write_bytes(data[:length])
        judge.refused(cut, "truncated_packet" if length else {"truncated_packet",
                                                              "not_a_packet"})
    cuts = judge.cases - flips
    longer = pair.tmp / "longer.tpk"
    for extra in (b"\x00", b"x" * 16, bytes(65536 + 16), data):
        longer.write_bytes(data + extra)
        # Bytes that break the grid of whole age chunks look exactly like a cut final chunk.
        whole = len(extra) % (65536 + 16) == 0
        judge.refused(longer, "tampered_packet" if whole else {"tampered_packet",
                                                               "truncated_packet"})
    judge.nothing_written()
    count("tamper", header_bytes_flipped=header + 16, body_bytes_flipped=flips - header - 16,
          truncations=cuts, appends=4, all_refused_verify_import_agree=judge.cases)


def test_swapped_and_missing_volumes(pair: Pair) -> None:
    for name in ("statement_ar.wav", "consent_en.wav", "statement_ar.flac"):
        interview = add_interview(pair.field, FULL_OWN, finalize=False)
        ingest.ingest_file(pair.field, interview, shared_path("media", name))
        testimonies.finalize(pair.field, interview)
    plan = plan_mod.build(pair.field, [pair.to_coord])
    paths = writer.seal(pair.field, plan, pair.tmp / "big.tpk", volume_size=1 << 20).paths
    assert len(paths) >= 3
    judge = Judge(pair)
    first, second = paths[0].read_bytes(), paths[1].read_bytes()
    paths[0].write_bytes(second)
    paths[1].write_bytes(first)
    judge.refused(paths[0], "tampered_packet")  # swapped
    paths[0].write_bytes(first)
    paths[1].unlink()
    judge.refused(paths[0], "missing_volume")  # a gap
    paths[1].write_bytes(second)
    last = paths[-1].read_bytes()
    paths[-1].unlink()
    judge.refused(paths[0], "missing_volume")  # the last one missing
    paths[-1].write_bytes(last[:-1])
    judge.refused(paths[0], "truncated_packet")  # the last one cut
    paths[-1].write_bytes(last)
    paths[1].write_bytes(first)
    judge.refused(paths[0], "tampered_packet")  # a volume repeated in place of another
    judge.nothing_written()
    count("tamper", volume_cases=judge.cases)


def _resigned(pair: Pair, members: Members, edit: Callable[[Members, dict[str, Any]], None],
              name: str) -> Path:
    members = list(members)
    manifest = manifest_of(members)
    edit(members, manifest)
    return write(pair.tmp / name, seal(pair.coord, join(signed(pair.field, manifest, members))))


def _record(index: int, change: Callable[[dict[str, Any]], None]) -> Callable[..., None]:
    def edit(members: Members, manifest: dict[str, Any]) -> None:
        names = [i for i, (n, _) in enumerate(members) if n.startswith("records/")]
        name, raw = members[names[index]]
        record = json.loads(raw)
        change(record)
        members[names[index]] = (name, json.dumps(record).encode())
    return edit


def _member(prefix: str, change: Callable[[bytes], bytes]) -> Callable[..., None]:
    def edit(members: Members, manifest: dict[str, Any]) -> None:
        i = next(i for i, (n, _) in enumerate(members) if n.startswith(prefix))
        members[i] = (members[i][0], change(members[i][1]))
    return edit


def _custody(members: Members, manifest: dict[str, Any]) -> None:
    lines = members[-1][1].decode().splitlines()
    entry = json.loads(lines[-1])
    entry["actor"] = "someone else"
    lines[-1] = json.dumps(entry, separators=(",", ":"), sort_keys=True)
    members[-1] = (members[-1][0], ("\n".join(lines) + "\n").encode())


def _consent_answers(record: dict[str, Any]) -> None:
    record["consents"][0]["answers"] = [{"item": "participation", "answer": "yes",
                                         "detail": ""}]


RESIGNED: dict[str, tuple[Callable[..., None], str]] = {
    "identity in the clear": (_record(0, lambda r: r.update(identity={"full_name": "X"})),
                              "malformed_member"),
    "draft testimony": (_record(0, lambda r: r["testimonies"][0].update(status="draft")),
                        "malformed_member"),
    "lone surrogate": (_record(1, lambda r: r["testimonies"][0].update(narrative="a\ud800")),
                       "malformed_member"),
    "another interview's id": (
        _record(1, lambda r: r["interview"].update(id="00000000-0000-4000-8000-000000000000")),
        "malformed_member"),
    "beyond consent": (_record(0, _consent_answers), "consent_mismatch"),
    "unknown field": (_record(1, lambda r: r.update(extra=1)), "malformed_member"),
    "identity not sealed": (_member("identities/", lambda b: b"{}"), "malformed_member"),
    "media swapped": (_member("media/", lambda b: b[::-1]), "tampered_packet"),
    "consent history altered": (_member("consent/", lambda b: b.replace(b'"yes"', b'"no"', 1)),
                                "malformed_member"),
    "custody entry altered": (_custody, "tampered_packet"),
    "counts altered": (lambda m, man: man["counts"].update(interviews=5), "malformed_member"),
    "not addressed to us": (
        lambda m, man: man["recipients"][0].update(fingerprint="AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"),
        "wrong_recipient"),
}


def test_resigned_by_the_trusted_sender_with_altered_contents(
        target: tuple[Pair, Path, Members]) -> None:
    pair, _, members = target
    judge = Judge(pair)
    codes = {}
    for name, (edit, expected) in RESIGNED.items():
        codes[name] = judge.refused(_resigned(pair, members, edit, "resigned.tpk"), expected)
    judge.nothing_written()
    count("tamper", resigned_altered=judge.cases)


def test_replays_other_and_revoked_senders(target: tuple[Pair, Path, Members],
                                           tmp_path: Path) -> None:
    pair, packet, members = target
    importer.import_packet(pair.coord, packet)
    judge = Judge(pair)
    assert judge.refused(packet, "already imported")  # the same packet again: a no-op
    later = _resigned(pair, members, lambda m, man: man.update(
        created_at="2030-01-01T00:00:00.000Z"), "replay.tpk")
    judge.refused(later, "replayed_packet")  # same id, other contents
    reused = _resigned(pair, members, lambda m, man: man.update(
        packet_id="11111111-1111-4111-8111-111111111111"), "seq.tpk")
    judge.refused(reused, "replayed_packet")  # a sequence number used before
    altered = _resigned(pair, members, _record(1, lambda r: r["testimonies"][0].update(
        narrative="Told differently.")), "altered.tpk")
    judge.refused(altered, "replayed_packet")

    stranger = make_vault(tmp_path, "stranger")
    enrol(stranger, pair.coord)
    add_interview(stranger, FULL_OWN)
    contact = trust.contacts(stranger.conn)[0]
    foreign = writer.seal(stranger, plan_mod.build(stranger, [contact]),
                          tmp_path / "stranger.tpk").paths[0]
    judge.refused(foreign, "unknown_sender")
    other = make_vault(tmp_path, "other", "coordinator")
    enrol(pair.field, other)
    to_other = trust.contacts(pair.field.conn)[-1]
    add_interview(pair.field, FULL_OWN)
    elsewhere = writer.seal(pair.field, plan_mod.build(pair.field, [to_other]),
                            tmp_path / "elsewhere.tpk").paths[0]
    judge.refused(elsewhere, "wrong_recipient")
    trust.revoke(pair.coord, pair.from_field.fingerprint)
    judge.state = judge._state()  # the revocation itself is a (logged) change
    judge.refused(pair.export("after.tpk"), "revoked_sender")
    judge.nothing_written()
    stranger.close()
    other.close()
    count("tamper", replays_and_senders=judge.cases)
