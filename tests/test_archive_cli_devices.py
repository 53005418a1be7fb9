"""`devices list|enrol|revoke` and `archive reveal` from the command line, run as a
coordinator would, against real vaults, packets and keys."""

from __future__ import annotations

import json
from pathlib import Path

from testimony_recorder.recorder import custody, unlock
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.keys import device as device_keys

from .archive_fixtures import build_office
from .cli_helpers import run_cli
from .conftest import PASSPHRASE
from .packet_helpers import make_vault


def _last_custody(path: Path) -> custody.Entry:
    with unlock.unlock(path, PASSPHRASE) as vault:
        return custody.entries(vault.conn)[-1]


def test_devices_enrol_list_and_revoke(tmp_path: Path) -> None:
    office = build_office(tmp_path)
    coord, a = office.coord.path, office.fields["a"]
    newcomer = make_vault(tmp_path, "field-d")
    theirs = key_bundle.own_bundle(newcomer)
    (tmp_path / "d.key").write_bytes(theirs.dumps())
    other = make_vault(tmp_path, "coord-2", "coordinator")
    (tmp_path / "coord-2.key").write_bytes(key_bundle.own_bundle(other).dumps())
    other.close()
    newcomer.close()
    office.close()

    wrong = run_cli(coord, "devices", "enrol", str(tmp_path / "d.key"), "--fingerprint",
                    a.fingerprint)
    assert wrong.returncode == 1 and "fingerprint" in wrong.stderr.lower()
    not_a_device = run_cli(coord, "devices", "enrol", str(tmp_path / "coord-2.key"),
                           "--fingerprint", "XXXX")
    assert not_a_device.returncode == 1 and "Traceback" not in not_a_device.stderr
    missing = run_cli(coord, "devices", "enrol", str(tmp_path / "nothing.key"),
                      "--fingerprint", theirs.fingerprint)
    assert missing.returncode == 1 and "cannot read" in missing.stderr
    done = run_cli(coord, "devices", "enrol", str(tmp_path / "d.key"), "--fingerprint",
                   theirs.fingerprint.lower().replace("-", " "))
    assert done.returncode == 0, done.stderr
    assert "Enrolled field-d owner" in done.stdout

    assert run_cli(coord, "import", str(office.stick)).returncode == 1  # one tampered copy
    listed = run_cli(coord, "devices", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    found = {d["fingerprint"]: d for d in json.loads(listed.stdout)["devices"]}
    assert set(found) == {*(f.fingerprint for f in office.fields.values()), theirs.fingerprint}
    assert (found[a.fingerprint]["packets"], found[a.fingerprint]["last_sequence"],
            found[a.fingerprint]["missing"], found[a.fingerprint]["revoked"]) == (
        2, 3, [[2, 2]], False)
    assert found[theirs.fingerprint]["packets"] == 0
    assert found[theirs.fingerprint]["first_packet_at"] is None
    text = run_cli(coord, "devices", "list").stdout
    assert "missing: 2" in text and "4 device(s)." in text

    unknown = run_cli(coord, "devices", "revoke", "ZZZZ-ZZZZ")
    assert unknown.returncode == 1 and "No enrolled device" in unknown.stderr
    revoked = run_cli(coord, "devices", "revoke", a.fingerprint[:9], "--reason", "laptop lost")
    assert revoked.returncode == 0, revoked.stderr
    assert "2 interview(s) imported from it stay" in revoked.stdout
    after = {d["fingerprint"]: d for d in json.loads(
        run_cli(coord, "devices", "list", "--json").stdout)["devices"]}
    assert after[a.fingerprint]["revoked"] and after[a.fingerprint]["revoked_reason"] == \
        "laptop lost"
    entry = _last_custody(coord)
    assert entry.action == "key_revoked" and entry.detail == {"reason": "laptop lost"}
    # Its packets are refused from now on; what came from it stays in the archive.
    again = run_cli(coord, "import", str(office.packets["a2"]), "--json")
    assert json.loads(again.stdout)["results"][0]["rejection"]["code"] == "revoked_sender"
    kept = json.loads(run_cli(coord, "archive", "list", "--json", "--device",
                              a.fingerprint).stdout)
    assert kept["total"] == 2


def test_archive_reveal_needs_a_reason_and_the_key(tmp_path: Path) -> None:
    office = build_office(tmp_path)
    coord, a = office.coord.path, office.fields["a"]
    key_file = tmp_path / "witness-key.txt"
    key_file.write_text(device_keys.identity_text(office.coord, witness=True), "ascii")
    (tmp_path / "device-key.txt").write_text(device_keys.identity_text(a.vault), "ascii")
    office.close()
    assert run_cli(coord, "import", str(office.stick)).returncode == 1
    interview = a.interviews[0]

    no_reason = run_cli(coord, "archive", "reveal", interview)
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    blank = run_cli(coord, "archive", "reveal", interview, "--reason", "  ")
    assert blank.returncode == 1 and "custody log" in blank.stderr
    shown = run_cli(coord, "archive", "reveal", interview[:8], "--reason", "protection visit")
    assert shown.returncode == 0, shown.stderr
    assert "Fictional Example Person" in shown.stdout
    entry = _last_custody(coord)
    assert entry.action == "identity_revealed" and entry.detail is not None
    assert (entry.detail["reason"], entry.detail["interview"], entry.detail["key"]) == (
        "protection visit", interview, "vault")
    assert "Fictional Example Person" not in json.dumps(entry.detail)

    assert run_cli(coord, "keys", "forget-witness-key", "--yes").returncode == 0
    closed = run_cli(coord, "archive", "reveal", interview, "--reason", "court order")
    assert closed.returncode == 1 and "witness-identity key" in closed.stderr
    wrong = run_cli(coord, "archive", "reveal", interview, "--reason", "court order",
                    "--identity-key", str(tmp_path / "device-key.txt"))
    assert wrong.returncode == 1 and "not this archive's witness-identity key" in wrong.stderr
    gone = run_cli(coord, "archive", "reveal", interview, "--reason", "court order",
                   "--identity-key", str(tmp_path / "no-such-file.txt"))
    assert gone.returncode == 2 and "Cannot read" in gone.stderr
    opened = run_cli(coord, "archive", "reveal", interview, "--reason", "court order",
                     "--identity-key", str(key_file), "--json")
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout)["full_name"] == "Fictional Example Person"
    entry = _last_custody(coord)
    assert entry.action == "identity_revealed" and entry.detail is not None
    assert (entry.detail["reason"], entry.detail["key"]) == ("court order", "file")
    with unlock.unlock(coord, PASSPHRASE) as vault:
        reveals = [e for e in custody.entries(vault.conn) if e.action == "identity_revealed"]
    assert len(reveals) == 2  # the refused attempts left no trace of an identity shown
