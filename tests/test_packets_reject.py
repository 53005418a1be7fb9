"""Every way a packet can be wrong is refused with its own error, and nothing is written."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.packets.errors import (
    BadSignature,
    ConsentMismatch,
    ForeignInterview,
    MalformedMember,
    NotAPacket,
    OversizeMember,
    PacketError,
    ReplayedPacket,
    RevokedSender,
    TamperedPacket,
    TruncatedPacket,
    UnknownSender,
    UnsafePath,
    UnsupportedPacket,
    WrongRecipient,
)

from .packet_craft import join, manifest_of, plaintext, raw_header, seal, signed, split, write
from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, add_interview, custody_len, enrol, make_vault, table_counts


@contextlib.contextmanager
def nothing_written(vault):
    before, log = table_counts(vault), custody_len(vault)
    yield
    assert table_counts(vault) == before
    assert custody_len(vault) == log


def refused(pair: Pair, path: Path, error: type[PacketError] | tuple) -> PacketError:
    with nothing_written(pair.coord):
        with pytest.raises(PacketError) as info:
            importer.verify_packet(pair.coord, path)
        assert isinstance(info.value, error), info.value
        with pytest.raises(PacketError) as info:
            importer.import_packet(pair.coord, path)
        assert isinstance(info.value, error), info.value
    return info.value


def _header_length(data: bytes) -> int:
    end = data.find(b"\n--- ")
    return data.find(b"\n", end + 5) + 1


def test_flipping_any_byte_is_detected(pair: Pair, packet: Path) -> None:
    data = packet.read_bytes()
    header = _header_length(data)
    offsets = sorted(set(range(header + 16)) | set(range(header + 16, len(data),
                                                           max(1, len(data) // 150)))
                     | {len(data) - 1})
    target = pair.tmp / "flipped.tpk"
    with nothing_written(pair.coord):
        for offset in offsets:
            altered = bytearray(data)
            altered[offset] ^= 0x01
            target.write_bytes(altered)
            with pytest.raises(PacketError) as info:
                importer.import_packet(pair.coord, target)
            if offset >= header:
                assert isinstance(info.value, TamperedPacket), (offset, info.value)
            else:
                assert isinstance(info.value, TamperedPacket | WrongRecipient | NotAPacket |
                                  TruncatedPacket), (offset, info.value)


def test_truncating_anywhere_is_detected(pair: Pair, packet: Path) -> None:
    data = packet.read_bytes()
    lengths = sorted(set(range(0, len(data), max(1, len(data) // 200)))
                     | {1, 10, 21, 22, _header_length(data), _header_length(data) + 15,
                        _header_length(data) + 16, len(data) - 1})
    target = pair.tmp / "cut.tpk"
    with nothing_written(pair.coord):
        for length in lengths:
            target.write_bytes(data[:length])
            with pytest.raises(TruncatedPacket):
                importer.import_packet(pair.coord, target)


def test_not_a_packet(pair: Pair) -> None:
    path = write(pair.tmp / "photo.jpg", b"\xff\xd8\xff\xe0" + bytes(1000))
    refused(pair, path, NotAPacket)


def test_wrong_recipient(pair: Pair, packet: Path, tmp_path: Path) -> None:
    other = make_vault(tmp_path, "other", "coordinator")
    enrol(other, pair.field)
    before = table_counts(other)
    with pytest.raises(WrongRecipient):
        importer.import_packet(other, packet)
    assert table_counts(other) == before
    other.close()


def test_unknown_and_revoked_sender(pair: Pair, packet: Path, tmp_path: Path) -> None:
    stranger = make_vault(tmp_path, "stranger")
    enrol(stranger, pair.coord)
    add_interview(stranger, FULL_OWN)
    contact = trust.contacts(stranger.conn)[0]
    from testimony_recorder.recorder.packets import plan, writer

    result = writer.seal(stranger, plan.build(stranger, [contact]), tmp_path / "s.tpk")
    error = refused(pair, result.paths[0], UnknownSender)
    assert "Enrol the sender first" in error.message
    stranger.close()
    trust.revoke(pair.coord, pair.from_field.fingerprint)
    refused(pair, packet, RevokedSender)


def test_forged_signature(pair: Pair, packet: Path, tmp_path: Path) -> None:
    members = split(plaintext(pair.coord, packet))
    impostor = make_vault(tmp_path, "impostor")
    forged = signed(impostor, manifest_of(members), members)  # right sender name, wrong key
    path = write(tmp_path / "forged.tpk", seal(pair.coord, join(forged)))
    refused(pair, path, BadSignature)
    impostor.close()
    altered = list(members)
    altered[0] = ("manifest.json", altered[0][1].replace(b'"version":1', b'"version":1 '))
    path = write(tmp_path / "altered.tpk", seal(pair.coord, join(altered)))
    refused(pair, path, BadSignature)


def test_member_that_does_not_match_the_manifest(pair: Pair, packet: Path) -> None:
    members = split(plaintext(pair.coord, packet))
    name, data = members[2]
    members[2] = (name, data.replace(b"checkpoint", b"checkpoinT"))
    path = write(pair.tmp / "swapped.tpk", seal(pair.coord, join(members)))
    refused(pair, path, TamperedPacket)


def test_missing_reordered_and_extra_members(pair: Pair, packet: Path) -> None:
    members = split(plaintext(pair.coord, packet))
    refused(pair, write(pair.tmp / "a.tpk", seal(pair.coord, join(members[:-1]))),
            TamperedPacket)
    swapped = [*members[:2], members[3], members[2], *members[4:]]
    refused(pair, write(pair.tmp / "b.tpk", seal(pair.coord, join(swapped))), TamperedPacket)
    extra = [*members, ("media/00000000-0000-4000-8000-000000000000", b"x")]
    refused(pair, write(pair.tmp / "c.tpk", seal(pair.coord, join(extra))), MalformedMember)
    trailing = join(members) + b"garbage"
    refused(pair, write(pair.tmp / "d.tpk", seal(pair.coord, trailing)), MalformedMember)
    cut = join(members, end=b"")
    refused(pair, write(pair.tmp / "e.tpk", seal(pair.coord, cut)), TruncatedPacket)


@pytest.mark.parametrize("name", [b"../../etc/passwd", b"/etc/passwd", b"records/../../x",
                                  b"records\\..\\x", b"C:evil", b"media/\x01x"])
def test_paths_that_try_to_escape(pair: Pair, packet: Path, name: bytes) -> None:
    members = split(plaintext(pair.coord, packet))
    data = b"x"
    plain = join([*members[:2], (name.decode("latin-1"), data)],
                 headers={2: raw_header(name, len(data))})
    refused(pair, write(pair.tmp / "escape.tpk", seal(pair.coord, plain)), UnsafePath)


def test_escape_through_the_ustar_prefix(pair: Pair, packet: Path) -> None:
    members = split(plaintext(pair.coord, packet))
    head = raw_header(b"passwd", 1, prefix=b"../../etc")
    plain = join([*members[:2], ("x", b"x")], headers={2: head})
    refused(pair, write(pair.tmp / "prefix.tpk", seal(pair.coord, plain)), UnsafePath)


@pytest.mark.parametrize("typeflag", [b"1", b"2", b"3", b"4", b"5", b"6", b"x", b"g", b"L"])
def test_links_devices_and_extensions(pair: Pair, packet: Path, typeflag: bytes) -> None:
    members = split(plaintext(pair.coord, packet))
    name, data = members[2]
    head = raw_header(name.encode(), len(data), typeflag=typeflag, linkname=b"/etc/shadow")
    plain = join(members, headers={2: head})
    refused(pair, write(pair.tmp / "link.tpk", seal(pair.coord, plain)), MalformedMember)


def test_bad_tar_checksum_and_magic(pair: Pair, packet: Path) -> None:
    members = split(plaintext(pair.coord, packet))
    head = bytearray(raw_header(members[2][0].encode(), len(members[2][1])))
    head[150] ^= 1
    plain = join(members, headers={2: bytes(head)})
    refused(pair, write(pair.tmp / "sum.tpk", seal(pair.coord, plain)), MalformedMember)
    head = raw_header(members[2][0].encode(), len(members[2][1]), magic=b"notustar")
    plain = join(members, headers={2: head})
    refused(pair, write(pair.tmp / "magic.tpk", seal(pair.coord, plain)), MalformedMember)


def test_oversize_members(pair: Pair, packet: Path) -> None:
    members = split(plaintext(pair.coord, packet))
    manifest = manifest_of(members)
    big = [*members[:2], (members[2][0], b" " * (64 * 1024 * 1024 + 1)), *members[3:]]
    path = write(pair.tmp / "big.tpk", seal(pair.coord, join(signed(pair.field, manifest,
                                                                     big))))
    refused(pair, path, OversizeMember)
    huge_manifest = b" " * (16 * 1024 * 1024 + 1)
    plain = join([("manifest.json", huge_manifest), *members[1:]])
    refused(pair, write(pair.tmp / "hm.tpk", seal(pair.coord, plain)), OversizeMember)


@pytest.mark.parametrize("edit", [
    lambda m: m.update(surprise=True),
    lambda m: m.update(packet_id="not-a-uuid"),
    lambda m: m["counts"].update(interviews=99),
    lambda m: m.update(recipients=[]),
    lambda m: m["custody"].update(entries=-1),
    lambda m: m["interviews"][0].update(record="records/x.json"),
    lambda m: m["members"].append(m["members"][0]),
    lambda m: m["members"][0].update(size=-5),
])
def test_malformed_manifests(pair: Pair, packet: Path, edit) -> None:
    members = split(plaintext(pair.coord, packet))
    manifest = manifest_of(members)
    edit(manifest)
    path = write(pair.tmp / "m.tpk", seal(pair.coord, join(signed(pair.field, manifest, members,
                                                                   fix_hashes=False))))
    refused(pair, path, MalformedMember)


def test_newer_format_version(pair: Pair, packet: Path) -> None:
    members = split(plaintext(pair.coord, packet))
    manifest = manifest_of(members)
    manifest["version"] = 2
    path = write(pair.tmp / "v2.tpk", seal(pair.coord, join(signed(pair.field, manifest,
                                                                    members))))
    refused(pair, path, UnsupportedPacket)


@pytest.mark.parametrize("edit", [
    lambda r: r.update(identity={"full_name": "In the clear"}),
    lambda r: r["testimonies"][0].update(status="draft"),
    lambda r: r["interview"].update(id="00000000-0000-4000-8000-000000000000"),
    lambda r: r.update(unknown=1),
    lambda r: r["testimonies"][0].update(narrative=1),
])
def test_malformed_records(pair: Pair, packet: Path, edit) -> None:
    members = split(plaintext(pair.coord, packet))
    record = json.loads(members[2][1])
    edit(record)
    members[2] = (members[2][0], json.dumps(record).encode())
    path = write(pair.tmp / "r.tpk", seal(pair.coord, join(signed(pair.field,
                                                                   manifest_of(members),
                                                                   members))))
    refused(pair, path, MalformedMember)


def test_record_beyond_consent(pair: Pair, packet: Path) -> None:
    members = split(plaintext(pair.coord, packet))
    manifest = manifest_of(members)
    index = next(i for i, (n, _) in enumerate(members) if n == manifest["interviews"][1]["record"])
    record = json.loads(members[index][1])
    record["consents"][0]["answers"] = [{"item": "participation", "answer": "yes",
                                         "detail": ""}]
    members[index] = (members[index][0], json.dumps(record).encode())
    path = write(pair.tmp / "c.tpk", seal(pair.coord, join(signed(pair.field, manifest,
                                                                   members))))
    refused(pair, path, ConsentMismatch)


def test_replayed_packet_id(pair: Pair, packet: Path) -> None:
    importer.import_packet(pair.coord, packet)
    members = split(plaintext(pair.coord, packet))
    manifest = manifest_of(members)
    manifest["created_at"] = "2030-01-01T00:00:00.000Z"
    path = write(pair.tmp / "replay.tpk", seal(pair.coord, join(signed(pair.field, manifest,
                                                                        members))))
    error = refused(pair, path, ReplayedPacket)
    assert "a different packet with this id" in error.message
    manifest["packet_id"] = "11111111-1111-4111-8111-111111111111"
    path = write(pair.tmp / "seq.tpk", seal(pair.coord, join(signed(pair.field, manifest,
                                                                     members))))
    error = refused(pair, path, ReplayedPacket)
    assert "sequence number 1" in error.message


def test_another_device_cannot_overwrite_an_interview(pair: Pair, packet: Path,
                                                      tmp_path: Path) -> None:
    importer.import_packet(pair.coord, packet)
    members = split(plaintext(pair.coord, packet))
    manifest = manifest_of(members)
    rogue = make_vault(tmp_path, "rogue")
    enrol(pair.coord, rogue)
    manifest["sender"]["fingerprint"] = trust.contacts(pair.coord.conn)[-1].fingerprint
    manifest["packet_id"] = "22222222-2222-4222-8222-222222222222"
    for c in trust.contacts(pair.coord.conn):
        if c.name == "rogue owner":
            manifest["sender"]["fingerprint"] = c.fingerprint
    path = write(tmp_path / "rogue.tpk", seal(pair.coord, join(signed(rogue, manifest,
                                                                       members))))
    refused(pair, path, ForeignInterview)
    rogue.close()


def test_the_same_packet_twice_changes_nothing(pair: Pair, packet: Path) -> None:
    first = importer.import_packet(pair.coord, packet)
    assert first.imported
    with nothing_written(pair.coord):
        again = importer.import_packet(pair.coord, packet)
    assert again.already_imported and again.outcome == "already imported"
    assert "nothing changed" in again.to_text()


def test_json_bombs_before_the_signature_check_are_bounded(pair: Pair, packet: Path) -> None:
    members = split(plaintext(pair.coord, packet))
    bomb = b"[" + b"{}," * 3_000_000 + b"{}]"
    path = write(pair.tmp / "bomb.tpk", seal(pair.coord, join([("manifest.json", bomb),
                                                                *members[1:]])))
    refused(pair, path, MalformedMember)
    deep = b"[" * 200_000 + b"]" * 200_000
    path = write(pair.tmp / "deep.tpk", seal(pair.coord, join([("manifest.json", deep),
                                                                *members[1:]])))
    refused(pair, path, MalformedMember)
