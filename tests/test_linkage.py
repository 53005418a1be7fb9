"""Duplicate witnesses end to end, on real vaults: the linkage key travels in the
coordinator's key file, the field fingerprints identities as they are saved (and cannot read
them back), packets carry the fingerprints and never names, the coordinator lists likely
duplicates without names and keeps people's verdicts, and the sealed prior-interview index
warns the field."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, trusting, unlock
from testimony_recorder.recorder.age.small import MAGIC
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.linkage import capture, duplicates, names, orgkey, prior_index
from testimony_recorder.recorder.linkage.errors import (
    BadPriorIndex,
    CoordinatorOnly,
    LinkageKeyNotForThisDevice,
    UnknownWitness,
)
from testimony_recorder.recorder.model.witness import Identity
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.store import witnesses
from testimony_recorder.recorder.vault import Vault

from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, TESTIMONY_ONLY, add_interview, enrol, make_vault

SAME_PERSON = (("Mohammad Ali Hassan al-Jubouri", "1985"),
               ("\u0645\u062d\u0645\u062f \u0639\u0644\u064a \u062d\u0633\u0646 "
                "\u0627\u0644\u062c\u0628\u0648\u0631\u064a", "about 1986"))
OTHER = ("Zainab Omar Khalid", "1990")


@pytest.mark.parametrize(("a", "b"), [
    ("Mohammad", "\u0645\u062d\u0645\u062f"), ("Muhammad", "Mohammed"),
    ("Abdul Rahman", "\u0639\u0628\u062f \u0627\u0644\u0631\u062d\u0645\u0646"),
    ("Abd al-Rahman", "Abdurrahman"), ("Fatimah", "\u0641\u0627\u0637\u0645\u0629"),
    ("\u015e\u00earko", "\u0634\u06ce\u0631\u06a9\u06c6"), ("Cemal", "Jamal"),
    ("Xalid", "Khaled"), ("Karwan Hama", "Karwan Muhammad"),
])
def test_spellings_of_one_name_share_a_skeleton(a: str, b: str) -> None:
    assert names.parts(a) == names.parts(b)


def give_key(pair: Pair) -> trust.Contact:
    """The coordinator's key file made for the field device, trusted there."""
    sealed_key = orgkey.for_device(pair.coord, pair.from_field)
    theirs = key_bundle.own_bundle(pair.coord, linkage_key=sealed_key)
    return trusting.trust_key_file(pair.field, theirs.dumps(), theirs.fingerprint)


def witness_of(vault: Vault, interview_id: str) -> str:
    return str(vault.conn.execute("SELECT witness_id FROM interview WHERE id = ?",
                                  (interview_id,)).fetchone()[0])


def interview_with(vault: Vault, name: str, born: str, area: str = "SY-HL") -> str:
    interview_id = add_interview(vault, FULL_OWN)
    witness = witnesses.get_witness(vault.conn, witness_of(vault, interview_id))
    witness.origin_area = area
    witnesses.update_witness(vault, witness)
    witnesses.set_identity(vault, witness.id, Identity(full_name=name, date_of_birth=born))
    return interview_id


def code_of(vault: Vault, interview_id: str) -> str:
    return witnesses.get_witness(vault.conn, witness_of(vault, interview_id)).code


def test_key_file_for_another_device_is_refused(pair: Pair, tmp_path: Path) -> None:
    other = make_vault(tmp_path, "other")
    try:
        meant_for_other = orgkey.for_device(pair.coord, enrol(pair.coord, other))
        theirs = key_bundle.own_bundle(pair.coord, linkage_key=meant_for_other)
        with pytest.raises(LinkageKeyNotForThisDevice):
            trusting.trust_key_file(pair.field, theirs.dumps(), theirs.fingerprint)
        assert orgkey.key(pair.field) is None
    finally:
        other.close()


@pytest.fixture
def strangers(tmp_path: Path) -> Iterator[Pair]:
    """A field laptop that has no key file of its coordinator yet (the coordinator knows it):
    `to_coord` is set when `give_key` trusts one."""
    field = make_vault(tmp_path, "field")
    coord = make_vault(tmp_path, "coord", "coordinator")
    yield Pair(field, coord, tmp_path, None, enrol(coord, field))  # type: ignore[arg-type]
    field.close()
    coord.close()


def test_field_seals_fingerprints_and_coordinator_finds_the_pair(strangers: Pair) -> None:
    pair = strangers
    # Saved before any key came: readable here until sealed, and not fingerprinted yet.
    early = interview_with(pair.field, *SAME_PERSON[0])
    pair.to_coord = give_key(pair)  # the witness-identity and linkage keys arrive together
    assert pair.field.conn.execute("SELECT count(*) FROM witness_fingerprint").fetchone()[0] == 1
    assert witnesses.seal_open_identities(pair.field) == 1  # fingerprinted again as it is sealed
    second = interview_with(pair.field, *SAME_PERSON[1])
    interview_with(pair.field, *OTHER)
    rows = pair.field.conn.execute("SELECT data, sealed_to FROM witness_fingerprint").fetchall()
    assert len(rows) == 3  # the early identity was fingerprinted when the key arrived
    for row in rows:
        assert bytes(row["data"]).startswith(MAGIC)
        assert row["sealed_to"] == pair.to_coord.fingerprint
    assert capture.readable(pair.field.conn) == {}  # the laptop cannot read them back

    packet = pair.export()
    report = importer.import_packet(pair.coord, packet)
    assert report.imported and not report.warnings
    found = duplicates.find(pair.coord)
    assert [{c.a_code, c.b_code} for c in found] == [
        {code_of(pair.field, early), code_of(pair.field, second)}]
    listed = found[0].to_json()
    assert set(listed["agree"]) >= {"names", "first_name", "birth_year", "governorate"}
    assert "Mohammad" not in json.dumps(listed) and "Jubouri" not in json.dumps(listed)

    marked = duplicates.mark(pair.coord, found[0].a_code.lower(), found[0].b_code, "same")
    assert marked is not None and marked.verdict == "same"
    last = pair.coord.conn.execute("SELECT action, detail FROM custody_log ORDER BY seq DESC"
                                   " LIMIT 1").fetchone()
    assert last["action"] == "duplicate_marked" and '"same"' in last["detail"]
    assert custody.verify(pair.coord.conn).ok
    shown = duplicates.reveal_pair(pair.coord, found[0].a_code, found[0].b_code)
    assert {i.full_name for i in shown.values() if i} == {n for n, _ in SAME_PERSON}
    with pytest.raises(UnknownWitness):
        duplicates.mark(pair.coord, "W-NONE-NONE", found[0].b_code, "different")


def test_fingerprints_go_only_to_the_issuing_coordinator(pair: Pair) -> None:
    give_key(pair)
    interview_id = interview_with(pair.field, *OTHER)
    witness_id = witness_of(pair.field, interview_id)
    assert capture.sealed_for(pair.field.conn, witness_id, {"SOME-OTHER-KEY"}) is None
    assert capture.sealed_for(pair.field.conn, witness_id, {pair.to_coord.fingerprint})


def test_prior_index_warns_the_field_and_holds_no_names(pair: Pair, tmp_path: Path) -> None:
    give_key(pair)
    interview_with(pair.field, *SAME_PERSON[0])
    # Its identity may not leave, but its fingerprints go to the issuing coordinator (two
    # index entries for the example's three-part name).
    add_interview(pair.field, TESTIMONY_ONLY)
    importer.import_packet(pair.coord, pair.export())
    index = tmp_path / "prior.age"
    assert prior_index.write(pair.coord, pair.from_field.fingerprint, index) == 3 + 2
    assert b"Jubouri" not in index.read_bytes()

    assert prior_index.check(pair.field, "Muhammad Ali Hasan", "1986").answer is \
        prior_index.Answer.NO_INDEX
    prior_index.import_index(pair.field, index)
    stored = bytes(pair.field.conn.execute("SELECT entries FROM prior_index").fetchone()[0])
    assert len(stored) == prior_index.PAD * 12  # five real entries among decoys
    may = prior_index.Answer.MAY_HAVE_BEEN_INTERVIEWED
    assert prior_index.check(pair.field, "Muhammad Ali Hasan", "1986", "SY-HL").answer is may
    assert prior_index.check(pair.field, "\u0645\u062d\u0645\u062f \u0639\u0644\u064a",
                             "1985", "SY-HL").answer is may
    assert prior_index.check(pair.field, *OTHER, "SY-HL").answer is \
        prior_index.Answer.NOT_FOUND
    assert prior_index.check(pair.field, "Mohammad", "1985").answer is \
        prior_index.Answer.NOT_ENOUGH


def test_prior_index_refuses_what_is_not_for_it(pair: Pair, tmp_path: Path) -> None:
    give_key(pair)
    index = tmp_path / "prior.age"
    prior_index.write(pair.coord, pair.from_field.fingerprint, index)
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(index.read_bytes()[:-40] + bytes(40))
    with pytest.raises(BadPriorIndex):
        prior_index.import_index(pair.field, damaged)
    with pytest.raises(BadPriorIndex):
        prior_index.import_index(pair.coord, index)


def test_command_line_lists_and_marks_without_names(pair: Pair) -> None:
    from .cli_helpers import run_cli

    give_key(pair)
    first = interview_with(pair.field, *SAME_PERSON[0])
    second = interview_with(pair.field, *SAME_PERSON[1])
    importer.import_packet(pair.coord, pair.export())
    codes = {code_of(pair.field, first), code_of(pair.field, second)}
    path = pair.coord.path
    pair.coord.close()
    listed = run_cli(path, "duplicates", "--json")
    assert listed.returncode == 0, listed.stderr
    assert "Jubouri" not in listed.stdout and "Mohammad" not in listed.stdout
    pairs = json.loads(listed.stdout)["pairs"]
    assert [{p["a"], p["b"]} for p in pairs] == [codes]
    a, b = sorted(codes)
    marked = run_cli(path, "duplicates", "mark", a, b, "different")
    assert marked.returncode == 0, marked.stderr
    assert "different people" in marked.stdout
    text = run_cli(path, "duplicates")
    assert "may be the same person" in text.stdout and "[marked different]" in text.stdout
    wrong = run_cli(path, "duplicates", "mark", a, a, "same")
    assert wrong.returncode == 1 and "two different witnesses" in wrong.stderr
    pair.coord = unlock.unlock(path, "correct horse battery staple").vault


def test_identities_sealed_before_the_linkage_key_are_fingerprinted_at_the_coordinator(
        pair: Pair) -> None:
    """The laptop trusted a coordinator key file made before the linkage key existed: it
    sealed identities at entry but could send no fingerprints. The coordinator computes them
    from the sealed identities with the witness-identity key it holds, without showing a name."""
    assert orgkey.key(pair.field) is None
    first = interview_with(pair.field, *SAME_PERSON[0])
    second = interview_with(pair.field, *SAME_PERSON[1])
    interview_with(pair.field, *OTHER)
    assert pair.field.conn.execute("SELECT count(*) FROM witness_fingerprint").fetchone()[0] == 0
    assert importer.import_packet(pair.coord, pair.export()).imported
    assert duplicates.find(pair.coord) == []
    assert duplicates.sealed_without_fingerprints(pair.coord.conn) == 3

    from .cli_helpers import run_cli

    path = pair.coord.path
    pair.coord.close()
    listed = run_cli(path, "duplicates")
    assert "3 witness(es) cannot be compared yet" in listed.stderr
    done = run_cli(path, "duplicates", "fingerprint")
    assert done.returncode == 0 and "Fingerprinted 3 witness(es)" in done.stdout, done.stderr
    assert "Jubouri" not in done.stdout + done.stderr
    assert json.loads(run_cli(path, "duplicates", "--json").stdout)["not_compared"] == 0
    pair.coord = unlock.unlock(path, "correct horse battery staple").vault
    assert duplicates.sealed_without_fingerprints(pair.coord.conn) == 0
    found = duplicates.find(pair.coord)
    assert [{c.a_code, c.b_code} for c in found] == [
        {code_of(pair.field, first), code_of(pair.field, second)}]
    last = pair.coord.conn.execute("SELECT action, detail FROM custody_log ORDER BY seq DESC"
                                   " LIMIT 1").fetchone()
    assert last["action"] == "fingerprints_computed"
    assert json.loads(last["detail"])["witnesses"] == 3
    assert "Jubouri" not in last["detail"]
    assert custody.verify(pair.coord.conn).ok
    assert duplicates.fingerprint_sealed(pair.coord) == 0  # nothing left to do


def test_only_a_coordinator_fingerprints_sealed_identities(pair: Pair) -> None:
    with pytest.raises(CoordinatorOnly):
        duplicates.fingerprint_sealed(pair.field)
