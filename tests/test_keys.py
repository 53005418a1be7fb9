"""Device keys, public key files, fingerprints and trust."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, unlock
from testimony_recorder.recorder.age import HybridIdentity, X25519Identity, parse_identity_file
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.keys import device, fingerprint, trust
from testimony_recorder.recorder.keys.errors import (
    AmbiguousContact,
    BadKeyFile,
    FingerprintMismatch,
    KeyRevoked,
    NoWitnessKey,
    OwnKey,
    PrivateKeyElsewhere,
    UnknownBody,
    UnknownContact,
)

from .packet_helpers import enrol, make_vault, reopen


@pytest.fixture
def pair(tmp_path: Path):
    field = make_vault(tmp_path, "field")
    coord = make_vault(tmp_path, "coord", "coordinator")
    yield field, coord
    field.close()
    coord.close()


def test_device_keys_are_made_with_the_vault(pair) -> None:
    field, coord = pair
    fk, ck = device.load(field), device.load(coord)
    assert isinstance(fk.age, X25519Identity) and isinstance(fk.age_pq, HybridIdentity)
    assert fk.witness_recipients == () and fk.witness_identities == ()
    assert len(ck.witness_recipients) == 2 and len(ck.witness_identities) == 2
    assert ck.age_recipients[0].startswith("age1") and ck.age_recipients[1].startswith("age1pq1")
    actions = [e.action for e in custody.entries(field.conn)]
    assert actions[:2] == ["vault_created", "device_keys_created"]
    assert custody.verify(field.conn).ok


def test_keys_survive_reopening_and_are_stored_wrapped(pair) -> None:
    field, _ = pair
    before = device.load(field)
    secret_text = before.age.to_string().encode()
    stored = b"".join(bytes(r[0]) for r in field.conn.execute(
        "SELECT secret FROM device_key WHERE secret IS NOT NULL"))
    assert secret_text not in stored
    assert before.signing.private_bytes_raw() not in stored
    field = reopen(field)
    after = device.load(field)
    assert after.fingerprint == before.fingerprint
    field.close()


def test_fingerprint_is_six_groups_and_reads_tolerantly() -> None:
    fp = fingerprint.compute(bytes(32), ["age1x"], [])
    groups = fp.split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)
    sloppy = fp.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert fingerprint.normalise(sloppy) == fp
    assert fingerprint.normalise(fp[:-1]) is None
    assert fingerprint.normalise(fp[:-1] + "U") is None


def test_fingerprint_covers_every_key() -> None:
    base = fingerprint.compute(bytes(32), ["age1a"], [])
    assert fingerprint.compute(bytes(31) + b"\x01", ["age1a"], []) != base
    assert fingerprint.compute(bytes(32), ["age1b"], []) != base
    assert fingerprint.compute(bytes(32), ["age1a"], ["age1c"]) != base


def test_key_file_round_trip_and_self_signature(pair) -> None:
    _, coord = pair
    made = key_bundle.own_bundle(coord, organisation="Fictional Documentation Centre")
    parsed = key_bundle.parse(made.dumps())
    assert parsed.fingerprint == made.fingerprint == device.load(coord).fingerprint
    assert parsed.role == "coordinator" and parsed.identity_recipients
    assert parsed.x25519() is not None and parsed.hybrid(identity=True) is not None


@pytest.mark.parametrize("change", [
    lambda d: d.update(name="Someone Else"),
    lambda d: d.update(organisation="Other"),
    lambda d: d.update(role="interviewer"),
    lambda d: d.update(fingerprint="AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"),
    lambda d: d.update(extra=1),
    lambda d: d.pop("signature"),
    lambda d: d.update(version=2),
    lambda d: d.update(signing_key="not base64!"),
    lambda d: d.update(age_recipients=["age1notarecipient"]),
    lambda d: d.update(age_recipients=[]),
    lambda d: d.update(created_at="yesterday"),
])
def test_altered_key_files_are_refused(pair, change) -> None:
    _, coord = pair
    data = key_bundle.own_bundle(coord).to_json()
    change(data)
    with pytest.raises(BadKeyFile):
        key_bundle.parse(json.dumps(data).encode())


def test_swapped_keys_in_a_key_file_are_refused(pair) -> None:
    field, coord = pair
    data = key_bundle.own_bundle(coord).to_json()
    data["age_recipients"] = key_bundle.own_bundle(field).to_json()["age_recipients"]
    with pytest.raises(BadKeyFile):
        key_bundle.parse(json.dumps(data).encode())


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe", b"[]", b"{}", b"[" * 100_000,
                                 b" " * (key_bundle.MAX_FILE_SIZE + 1)])
def test_garbage_is_not_a_key_file(raw: bytes) -> None:
    with pytest.raises(BadKeyFile):
        key_bundle.parse(raw)


def test_trust_requires_the_fingerprint_read_out(pair) -> None:
    field, coord = pair
    theirs = key_bundle.own_bundle(coord)
    before = field.conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    wrong = fingerprint.compute(bytes(32), ["age1x"], [])
    with pytest.raises(FingerprintMismatch):
        trust.trust(field, theirs.dumps(), wrong)
    with pytest.raises(FingerprintMismatch):
        trust.trust(field, theirs.dumps(), "")
    assert field.conn.execute("SELECT count(*) FROM contact").fetchone()[0] == before
    contact = trust.trust(field, theirs.dumps(), theirs.fingerprint.lower().replace("-", " "))
    assert contact.fingerprint == theirs.fingerprint and contact.body == "own_organisation"
    assert contact.usable and contact.role == "coordinator"
    assert [c.fingerprint for c in trust.contacts(field.conn)] == [theirs.fingerprint]
    assert "key_trusted" in [e.action for e in custody.entries(field.conn)]


def test_trusting_again_updates_and_own_key_is_refused(pair) -> None:
    field, coord = pair
    enrol(field, coord)
    again = enrol(field, coord, body="iiim")
    assert again.body == "iiim" and len(trust.contacts(field.conn)) == 1
    own = key_bundle.own_bundle(field)
    with pytest.raises(OwnKey):
        trust.trust(field, own.dumps(), own.fingerprint)
    with pytest.raises(UnknownBody):
        enrol(field, coord, body="Not A Body!")
    with pytest.raises(UnknownBody):
        enrol(field, coord, body="unheard_of_court")


def test_revoked_keys_stay_revoked(pair) -> None:
    field, coord = pair
    contact = enrol(field, coord)
    revoked = trust.revoke(field, contact.fingerprint[:9], "laptop lost")
    assert revoked.revoked_at is not None and not revoked.usable
    assert revoked.revoked_reason == "laptop lost"
    with pytest.raises(KeyRevoked):
        enrol(field, coord)
    assert trust.contacts(field.conn, include_revoked=False) == []


def test_resolving_contacts(pair, tmp_path: Path) -> None:
    field, coord = pair
    other = make_vault(tmp_path, "other", "coordinator")
    a, b = enrol(field, coord), enrol(field, other)
    assert trust.resolve(field.conn, a.fingerprint).fingerprint == a.fingerprint
    assert trust.resolve(field.conn, b.fingerprint[:14].lower()).fingerprint == b.fingerprint
    with pytest.raises(UnknownContact):
        trust.resolve(field.conn, "ZZZZ-ZZZZ")
    with pytest.raises(UnknownContact):
        trust.resolve(field.conn, "AB")
    common = ""
    for x, y in zip(a.fingerprint, b.fingerprint, strict=True):
        if x != y:
            break
        common += x
    if len(common.replace("-", "")) >= 4:
        with pytest.raises(AmbiguousContact):
            trust.resolve(field.conn, common)
    other.close()


def test_identity_file_is_standard_and_witness_key_can_leave(pair) -> None:
    field, coord = pair
    text = device.identity_text(coord)
    (identity,) = parse_identity_file(text)
    assert identity.recipient().to_string() == device.load(coord).age_recipients[0]
    both = parse_identity_file(device.identity_text(coord, include_pq=True))
    assert [type(i) for i in both] == [X25519Identity, HybridIdentity]
    witness = parse_identity_file(device.identity_text(coord, witness=True))
    assert witness[0].recipient().to_string() == device.load(coord).witness_recipients[0]
    with pytest.raises(NoWitnessKey):
        device.identity_text(field, witness=True)
    fp_before = device.load(coord).fingerprint
    device.forget_witness_key(coord)
    assert device.load(coord).witness_identities == ()
    assert device.load(coord).fingerprint == fp_before
    with pytest.raises(PrivateKeyElsewhere):
        device.identity_text(coord, witness=True)


@pytest.mark.parametrize("version", [1, 2])
def test_vaults_from_before_keys_get_them_on_unlock(tmp_path: Path, version: int) -> None:

    from .conftest import PASSPHRASE
    from .test_migrations import build_vault_at

    build_vault_at(tmp_path / "old", version)
    with unlock.unlock(tmp_path / "old", PASSPHRASE) as vault:
        keys = device.load(vault)
        assert keys.fingerprint == key_bundle.own_bundle(vault).fingerprint
        assert "device_keys_created" in [e.action for e in custody.entries(vault.conn)]
        assert custody.verify(vault.conn).ok
    with unlock.unlock(tmp_path / "old", PASSPHRASE) as vault:
        assert device.load(vault).fingerprint == keys.fingerprint  # made once
