"""The whole journey through the `testimony` command, as two people would run it: enrol each
other by fingerprint, export, verify, import, receipt, purge; and nothing in plain text left
in the vaults, the packet folder or the temp folder."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from testimony_recorder.recorder import unlock

from .cli_helpers import run_cli
from .conftest import PASSPHRASE, example_bundle_data
from .packet_helpers import FULL_OWN, give_consent
from .plaintext_scan import assert_absent, secrets_of


def ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout


def test_field_to_archive_through_the_command_line(tmp_path: Path) -> None:
    field, coord, tmp, out = (tmp_path / n for n in ("field", "coord", "tmp", "out"))
    tmp.mkdir()
    out.mkdir()

    def run(vault: Path, *args: str, stdin: str | None = None):
        return run_cli(vault, *args, stdin=stdin, tmpdir=tmp)

    ok(run(field, "init", "--owner", "Interviewer 7", "--weak-kdf-for-tests"))
    ok(run(coord, "init", "--owner", "Coordinator", "--role", "coordinator",
           "--weak-kdf-for-tests"))
    said = ok(run(coord, "keys", "export", "-o", str(out / "coord.key"), "--organisation",
                  "Fictional Documentation Centre"))
    coord_fp = said.split("Fingerprint: ")[1].split()[0]
    field_fp = ok(run(field, "keys", "fingerprint")).strip()
    ok(run(field, "keys", "export", "-o", str(out / "field.key")))

    wrong = run(field, "keys", "trust", str(out / "coord.key"), "--fingerprint", field_fp)
    assert wrong.returncode == 1 and "swapped" in wrong.stderr
    ok(run(field, "keys", "trust", str(out / "coord.key"), "--fingerprint", coord_fp.lower()))
    ok(run(coord, "keys", "trust", str(out / "field.key"), "--fingerprint", field_fp))
    listed = json.loads(ok(run(field, "keys", "list", "--json")))
    assert listed["contacts"][0]["organisation"] == "Fictional Documentation Centre"

    data = example_bundle_data()
    iid = ok(run(field, "interview", "add", "--json", "-", stdin=json.dumps(data))).strip()
    with unlock.unlock(field, PASSPHRASE) as vault:
        give_consent(vault, iid, FULL_OWN)
    ok(run(field, "interview", "finalize", iid))

    preview = ok(run(field, "export", "--to", coord_fp[:9], "-o", str(out / "x"),
                     "--dry-run"))
    assert f"include  {iid}" in preview and not (out / "x").exists()
    sealed = json.loads(ok(run(field, "export", "--to", coord_fp, "-o",
                               str(out / "packet.tpk"), "--json")))
    assert sealed["interviews"] == 1 and sealed["files"] == [str(out / "packet.tpk")]
    nothing = run(field, "export", "--to", coord_fp, "-o", str(out / "p2.tpk"))
    assert nothing.returncode == 1 and "Nothing to export" in nothing.stderr

    report = json.loads(ok(run(coord, "verify", str(out / "packet.tpk"), "--json")))
    assert report["sender"] == field_fp and report["outcome"] == "verified"
    assert "signature good" in ok(run(coord, "verify", str(out / "packet.tpk")))
    imported = json.loads(ok(run(coord, "import", str(out / "packet.tpk"), "--json")))
    assert imported["results"][0]["outcome"] == "imported"
    again = ok(run(coord, "import", str(out / "packet.tpk")))
    assert "already had" in again

    (out / "junk.tpk").write_bytes(b"age-encryption.org/v1\n-> X25519 abc\n")
    bad = run(coord, "import", str(out / "junk.tpk"), str(out / "packet.tpk"))
    assert bad.returncode == 1 and "junk.tpk" in bad.stderr and "Traceback" not in bad.stderr
    refused = json.loads(run(coord, "import", str(out / "junk.tpk"), "--json").stdout)
    refusal = refused["results"][0]
    assert refusal["outcome"] == "rejected"
    assert refusal["rejection"]["params"]["where"].endswith("junk.tpk")
    assert "junk.tpk" in refusal["rejection"]["message"]

    ok(run(coord, "receipt", "write", "--for", field_fp, "-o", str(out / "r.receipt")))
    assert f"delivered {iid}" in ok(run(field, "receipt", "import", str(out / "r.receipt")))
    assert iid in ok(run(field, "receipt", "list"))
    dry = ok(run(field, "purge", "--delivered", "--dry-run"))
    assert f"Would purge {iid}" in dry
    refused = run(field, "purge", "--delivered")
    assert refused.returncode != 0 and "--yes" in refused.stderr
    assert f"Purged {iid}" in ok(run(field, "purge", "--delivered", "--yes"))
    shown = run(field, "interview", "show", iid)
    assert shown.returncode == 1 and "No interview" in shown.stderr

    warned = run(coord, "keys", "export-identity", "-o", str(out / "id.txt"), "--yes")
    assert "SECRET KEY" in ok(warned) or "SECRET KEY" in warned.stderr
    plain = subprocess.run(["age", "-d", "-i", str(out / "id.txt"), str(out / "packet.tpk")],
                           capture_output=True, check=True).stdout
    listed_tar = subprocess.run(["tar", "-t"], input=plain, capture_output=True,
                                check=True).stdout.decode().split()
    assert listed_tar[:3] == ["manifest.json", "manifest.sig", f"records/{iid}.json"]
    (out / "id.txt").unlink()  # the one file that is meant to hold a secret

    ok(run(coord, "keys", "revoke", field_fp, "--reason", "laptop lost"))
    assert "REVOKED" in ok(run(coord, "keys", "list"))
    assert_absent(secrets_of(data), field, coord, tmp, out)
