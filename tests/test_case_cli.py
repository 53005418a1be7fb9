"""`testimony stats` and `testimony case-export` run as a person or a script would."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from .case_fixtures import IIIM, NAMES, build_world
from .cli_helpers import run_cli


def test_stats_and_case_export_commands(tmp_path: Path, qapp: QGuiApplication) -> None:
    world = build_world(tmp_path)
    coord, codes, investigator = world.coord.path, world.codes, world.investigator_fp
    world.close()

    def ok(*args: str) -> str:
        done = run_cli(coord, *args, tmpdir=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        return done.stdout

    stats = json.loads(ok("stats", "--json"))
    assert (stats["testimonies"], stats["incidents"], stats["victims"]) == (4, 8, 4)
    tables = {t["name"]: t for t in stats["tables"]}
    assert {r["key"]: r["counts"] for r in tables["violations"]["rows"]} == {
        "arbitrary_arrest": [8, 4], "torture": [4, 4]}
    assert tables["victim_gender"]["rows"] == [{"key": "female", "text": "female",
                                                "counts": [4]}]
    assert json.loads(ok("stats", "--json", "--shareable-with", IIIM))["testimonies"] == 3
    assert json.loads(ok("stats", "--json", "--until", "2012"))["testimonies"] == 0
    text = ok("stats", "--csv", str(tmp_path / "tables"), "--language", "ar")
    assert "4 testimonies" in text
    with open(tmp_path / "tables" / "months.csv", encoding="utf-8-sig") as fh:
        months = list(csv.reader(fh))
    assert months[0] == ["month", "label", "incidents"] and months[1][0] == "2013-04"

    preview = json.loads(ok("case-export", "-o", str(tmp_path / "never"), "--for", IIIM,
                            "--dry-run", "--json"))
    assert {e["witness_code"] for e in preview["included"]} == {codes[x] for x in "ABD"}
    assert not (tmp_path / "never").exists()
    dry = ok("case-export", "-o", str(tmp_path / "never"), "--for", IIIM, "--dry-run",
             "--identities")
    assert f"{codes['C']}  stays" in dry and "identity: goes" in dry

    out = tmp_path / "case"
    done = run_cli(coord, "case-export", "-o", str(out), "--for", IIIM, "--identities",
                   "--language", "ar", "--violation", "torture", tmpdir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "PLAINTEXT" in done.stderr and "sha256sum -c SHA256SUMS" in done.stdout
    assert subprocess.run(["sha256sum", "-c", "SHA256SUMS", "--quiet"], cwd=out,
                          check=False).returncode == 0
    records = json.loads((out / "records.json").read_text("utf-8"))
    assert records["filter"] == {"violations": ["torture"]} and records["language"] == "ar"
    assert NAMES["A"] in (out / "records.json").read_text("utf-8")

    refused = run_cli(coord, "case-export", "-o", str(tmp_path / "x.age"), "--for", IIIM,
                      "--format", "age", tmpdir=tmp_path)
    assert refused.returncode == 1 and "--to FP" in refused.stderr
    assert not (tmp_path / "x.age").exists()
    sealed = tmp_path / "case.age"
    done = run_cli(coord, "case-export", "-o", str(sealed), "--for", IIIM, "--format", "age",
                   "--to", investigator, "--until", "2013-12", tmpdir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "no plaintext was written" in done.stdout and "PLAINTEXT" not in done.stderr
    assert sealed.read_bytes().startswith(b"age-encryption.org/v1")
    wrong = run_cli(coord, "case-export", "-o", str(tmp_path / "y"), "--for", "nobody",
                    tmpdir=tmp_path)
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
