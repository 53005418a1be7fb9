"""Packets and the real `age` and `tar` tools, both ways: an archive can read packets without
this app, and this app reads packets whose age layer (or tar stream) other tools made."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.keys import device
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.store import sealed_identity

from .packet_craft import plaintext, split
from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, TESTIMONY_ONLY, add_interview, enrol, make_vault


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"the {name} binary is required (apt-get install age tar)")
    return path


def age_decrypt(identity: Path, packet: Path) -> bytes:
    done = subprocess.run([tool("age"), "-d", "-i", str(identity), str(packet)],
                          capture_output=True, check=True)
    return done.stdout


def write_identity(vault, path: Path, **kwargs: bool) -> Path:
    path.write_text(device.identity_text(vault, **kwargs))
    path.chmod(0o600)
    return path


def test_age_and_tar_list_and_extract_a_packet(pair: Pair, packet: Path) -> None:
    identity = write_identity(pair.coord, pair.tmp / "coordinator-identity.txt")
    plain = age_decrypt(identity, packet)
    listed = subprocess.run([tool("tar"), "-t"], input=plain, capture_output=True,
                            check=True).stdout.decode().split()
    out = pair.tmp / "out"
    out.mkdir()
    subprocess.run([tool("tar"), "-x", "-C", str(out)], input=plain, check=True)
    manifest = json.loads((out / "manifest.json").read_bytes())
    assert listed == ["manifest.json", "manifest.sig", *[m["name"] for m in manifest["members"]]]
    for member in manifest["members"]:
        data = (out / member["name"]).read_bytes()
        assert len(data) == member["size"]
        assert hashlib.sha256(data).hexdigest() == member["sha256"]
    # the signature checks with nothing but the sender's public key file
    sender = key_bundle.own_bundle(pair.field)
    Ed25519PublicKey.from_public_bytes(sender.signing_key).verify(
        (out / "manifest.sig").read_bytes(), (out / "manifest.json").read_bytes())


def test_protection_staff_open_identities_with_age(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    packet = pair.export()
    plain = age_decrypt(write_identity(pair.coord, pair.tmp / "c.txt"), packet)
    out = pair.tmp / "out"
    out.mkdir()
    subprocess.run([tool("tar"), "-x", "-C", str(out)], input=plain, check=True)
    sealed = out / "identities" / f"{iid}.age"
    content_key = write_identity(pair.coord, pair.tmp / "content.txt")
    refused = subprocess.run([tool("age"), "-d", "-i", str(content_key), str(sealed)],
                             capture_output=True, check=False)
    assert refused.returncode != 0  # the content key does not open identities
    witness_key = write_identity(pair.coord, pair.tmp / "witness.txt", witness=True)
    opened = age_decrypt(witness_key, sealed)
    _, identity = sealed_identity.parse_payload(opened)
    assert identity.full_name == "Fictional Example Person"


def test_we_read_a_packet_whose_age_layer_age_made(pair: Pair, tmp_path: Path) -> None:
    add_interview(pair.field, FULL_OWN)
    add_interview(pair.field, TESTIMONY_ONLY)
    packet = pair.export()
    plain = age_decrypt(write_identity(pair.coord, tmp_path / "c.txt"), packet)
    recipient = device.load(pair.coord).age_recipients[0]
    for name, extra in (("bin.tpk", []), ("armored.tpk", ["-a"])):
        resealed = tmp_path / name
        subprocess.run([tool("age"), "-e", "-r", recipient, *extra, "-o", str(resealed)],
                       input=plain, check=True)
        assert importer.verify_packet(pair.coord, resealed).members == len(
            subprocess.run([tool("tar"), "-t"], input=plain, capture_output=True,
                           check=True).stdout.split())
    report = importer.import_packet(pair.coord, tmp_path / "bin.tpk")
    assert report.imported and len(report.interviews) == 2


def test_we_read_a_packet_gnu_tar_repacked(pair: Pair, tmp_path: Path) -> None:
    add_interview(pair.field, FULL_OWN)
    packet = pair.export()
    plain = age_decrypt(write_identity(pair.coord, tmp_path / "c.txt"), packet)
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run([tool("tar"), "-x", "-C", str(out)], input=plain, check=True)
    names = subprocess.run([tool("tar"), "-t"], input=plain, capture_output=True,
                           check=True).stdout.decode().split()
    for fmt in ("ustar", "gnu"):
        repacked = subprocess.run([tool("tar"), f"--format={fmt}", "-c", "-C", str(out),
                                   *names], capture_output=True, check=True).stdout
        assert len(repacked) % 10240 == 0  # GNU tar's record padding
        resealed = tmp_path / f"{fmt}.tpk"
        recipient = device.load(pair.coord).age_recipients[0]
        subprocess.run([tool("age"), "-e", "-r", recipient, "-o", str(resealed)],
                       input=repacked, check=True)
        assert importer.verify_packet(pair.coord, resealed).packet_id
    assert importer.import_packet(pair.coord, tmp_path / "gnu.tpk").imported


def test_post_quantum_packets_round_trip(pair: Pair, tmp_path: Path) -> None:
    from testimony_recorder.recorder.packets import plan as plan_mod
    from testimony_recorder.recorder.packets import writer

    iid = add_interview(pair.field, FULL_OWN)
    plan = plan_mod.build(pair.field, [pair.to_coord], post_quantum=True)
    result = writer.seal(pair.field, plan, tmp_path / "pq.tpk")
    head = result.paths[0].read_bytes()[:2000]
    assert b"-> mlkem768x25519 " in head and b"-> X25519 " not in head
    report = importer.import_packet(pair.coord, result.paths[0])
    assert report.encryption == "mlkem768x25519"
    assert [i.interview_id for i in report.interviews] == [iid]
    # the sealed identity is post-quantum too
    members = dict(split(plaintext(pair.coord, result.paths[0])))
    assert b"-> mlkem768x25519 " in members[f"identities/{iid}.age"][:2000]


def test_old_age_cannot_be_tricked_into_a_mixed_packet(pair: Pair, tmp_path: Path) -> None:
    from testimony_recorder.recorder.packets import plan as plan_mod
    from testimony_recorder.recorder.packets.errors import RecipientUnusable

    other = make_vault(tmp_path, "old")
    contact = enrol(pair.field, other)
    # simulate a contact without a post-quantum key: trust only its X25519 recipient
    data = json.loads(contact.bundle.dumps())
    assert len(data["age_recipients"]) == 2
    plan_mod.build(pair.field, [pair.to_coord, contact])  # X25519 works for both
    bundle = contact.bundle
    no_pq = type(bundle)(**{**bundle.__dict__, "age_recipients": bundle.age_recipients[:1]})
    fake = type(contact)(**{**contact.__dict__, "bundle": no_pq})
    with pytest.raises(RecipientUnusable):
        plan_mod.build(pair.field, [pair.to_coord, fake], post_quantum=True)
    other.close()
