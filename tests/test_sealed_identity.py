"""Identities sealed at the moment they are saved: after that the field laptop cannot read
them, whoever unlocks it; the coordinator opens them only with the witness-identity key."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, database, unlock
from testimony_recorder.recorder.age import NoIdentityMatchError, decrypt
from testimony_recorder.recorder.errors import IdentitySealed, NoWitnessKeyEnrolled
from testimony_recorder.recorder.keys import device
from testimony_recorder.recorder.model.witness import IdDocument, Identity
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.store import bundles, sealed_identity, witnesses
from testimony_recorder.recorder.store.witnesses import IdentityState
from testimony_recorder.recorder.vault import Vault

from .conftest import PASSPHRASE
from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, add_interview, enrol, make_vault

CANARY = Identity(full_name="Canary Qxzvbn Wjytrk", other_names=["Umm Canary"],
                  date_of_birth="1979-04-02",
                  id_documents=[IdDocument("passport", "CANARY-7731904", "Canary office")],
                  phone="+000 7731 904", address="Canary lane 7")


def readable_anywhere(vault: Vault, needles: list[str]) -> list[str]:
    """Every canary string found in any column of any table, with the vault open."""
    found = []
    tables = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in vault.conn.execute(f"SELECT * FROM \"{table}\""):  # noqa: S608 - test
            for value in row:
                text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
                found += [f"{table}: {n}" for n in needles if n in text]
    return found


def witness_of(vault: Vault, interview_id: str) -> str:
    return bundles.export(vault, interview_id).witness.id


def test_identity_is_unreadable_in_the_field_once_saved(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    wid = witness_of(pair.field, iid)
    status = witnesses.set_identity(pair.field, wid, CANARY)
    assert status.state == IdentityState.SEALED and not status.can_open
    assert status.filled == ("full_name", "other_names", "date_of_birth", "id_documents",
                             "phone", "address")
    # with the vault open (the passphrase forced out of the interviewer): nothing readable
    assert readable_anywhere(pair.field, CANARY.strings()) == []
    with pytest.raises(IdentitySealed):
        witnesses.reveal_identity(pair.field, wid)
    with pytest.raises(IdentitySealed):
        bundles.export(pair.field, iid, include_identity=True)
    keys = device.load(pair.field)
    sealed = pair.field.conn.execute("SELECT sealed FROM witness_identity WHERE witness_id = ?",
                                     (wid,)).fetchone()[0]
    with pytest.raises(NoIdentityMatchError):
        decrypt(io.BytesIO(bytes(sealed)), keys.identities())
    # and nothing on disk either
    for path in pair.field.path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(s.encode() in data for s in CANARY.strings()), path


def test_coordinator_opens_it_only_with_the_witness_key(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    witnesses.set_identity(pair.field, witness_of(pair.field, iid), CANARY)
    assert importer.import_packet(pair.coord, pair.export()).imported
    wid = witness_of(pair.coord, iid)
    row = pair.coord.conn.execute("SELECT sealed FROM witness_identity WHERE witness_id = ?",
                                  (wid,)).fetchone()
    with pytest.raises(NoIdentityMatchError):  # the archive's content key does not open it
        decrypt(io.BytesIO(bytes(row[0])), device.load(pair.coord).identities())
    assert witnesses.identity_status(pair.coord, wid).can_open
    assert witnesses.reveal_identity(pair.coord, wid) == CANARY
    assert custody.entries(pair.coord.conn, None)[-1].action == "identity_revealed"
    device.forget_witness_key(pair.coord)  # handed to protection staff
    assert not witnesses.identity_status(pair.coord, wid).can_open
    with pytest.raises(IdentitySealed):
        witnesses.reveal_identity(pair.coord, wid)


def test_entering_again_supersedes_and_is_logged(pair: Pair) -> None:
    iid = add_interview(pair.field, FULL_OWN)
    wid = witness_of(pair.field, iid)
    witnesses.set_identity(pair.field, wid, CANARY)
    corrected = Identity(full_name="Corrected Name", phone="+000 1")
    status = witnesses.set_identity(pair.field, wid, corrected)
    assert status.filled == ("full_name", "phone")
    actions = [e.action for e in custody.entries(pair.field.conn, None)
               if e.entity_id == wid and e.action.startswith("identity")]
    assert actions[-1] == "identity_replaced"
    assert all(e.content_hash is None for e in custody.entries(pair.field.conn, None)
               if e.entity_id == wid and e.action.startswith("identity"))
    assert importer.import_packet(pair.coord, pair.export()).imported
    assert witnesses.reveal_identity(pair.coord, witness_of(pair.coord, iid)) == corrected


def test_without_a_key_it_stays_readable_and_is_sealed_once_one_is_enrolled(
        tmp_path: Path) -> None:
    field = make_vault(tmp_path, "field")
    coord = make_vault(tmp_path, "coord", "coordinator")
    try:
        iid = add_interview(field, FULL_OWN)
        wid = witness_of(field, iid)
        status = witnesses.set_identity(field, wid, CANARY)
        assert status.state == IdentityState.OPEN and not status.can_seal
        with pytest.raises(NoWitnessKeyEnrolled):
            witnesses.seal_open_identities(field)
        assert witnesses.reveal_identity(field, wid) == CANARY
        enrol(field, coord)
        assert witnesses.identity_status(field, wid).can_seal
        assert witnesses.open_identity_count(field.conn) == 1
        assert witnesses.seal_open_identities(field) == 1
        assert witnesses.identity_status(field, wid).state == IdentityState.SEALED
        assert readable_anywhere(field, CANARY.strings()) == []
        assert custody.verify(field.conn).ok
    finally:
        field.close()
        coord.close()


def test_the_photo_stays_known_as_the_identity_photo(pair: Pair) -> None:
    from testimony_recorder.recorder.packets import state

    iid = add_interview(pair.field, FULL_OWN)
    wid = witness_of(pair.field, iid)
    attachment = "9f0e9a52-6f0b-4c55-8f43-6b6f0f1c2d3e"
    witnesses.set_identity(pair.field, wid, Identity(full_name="x",
                                                     photo_attachment_id=attachment))
    assert state.identity_photo(pair.field.conn, wid) == attachment
    assert "photo_attachment_id" in witnesses.identity_status(pair.field, wid).filled


def test_post_quantum_and_x25519_forms_are_both_kept(pair: Pair) -> None:
    keys = sealed_identity.sealing_keys(pair.field)
    assert keys is not None and keys.x25519 and keys.hybrid
    iid = add_interview(pair.field, FULL_OWN)
    witnesses.set_identity(pair.field, witness_of(pair.field, iid), CANARY)
    row = pair.field.conn.execute("SELECT sealed, sealed_pq FROM witness_identity").fetchone()
    assert b"-> X25519 " in bytes(row[0])[:400]
    assert b"-> mlkem768x25519 " in bytes(row[1])[:400]


def test_upgrade_keeps_the_photo_of_an_older_identity(tmp_path: Path) -> None:
    from .migration_data import NOW, W
    from .test_migrations import build_vault_at

    def identity_row(conn: database.Connection) -> None:
        data = json.dumps({"full_name": "Old", "photo_attachment_id": "a" * 8})
        conn.execute("INSERT INTO witness_identity (witness_id, data, sealed, sealed_to,"
                      " updated_at) VALUES (?, ?, NULL, NULL, ?)", (W, data, NOW))

    build_vault_at(tmp_path / "v", 4, identity_row)
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as vault:
        from testimony_recorder.recorder.packets import state

        assert state.identity_photo(vault.conn, W) == "a" * 8
        status = witnesses.identity_status(vault, W)
        assert status.state == IdentityState.OPEN and status.filled == (
            "full_name", "photo_attachment_id")
