"""After a full add / edit / search / finalize cycle through the command line, no narrative,
name or identity string is in any file under the vault folder or the temp folder."""

from __future__ import annotations

import json
from pathlib import Path

from .cli_helpers import init_vault, run_cli
from .conftest import example_bundle_data, shared_path


def secrets_of(data: dict) -> list[str]:
    identity = data["identity"]
    strings = [identity["full_name"], *identity["other_names"], identity["phone"],
               identity["address"], identity["id_documents"][0]["number"]]
    narrative = data["testimonies"][0]["narrative"]
    strings += [narrative[i:i + 40] for i in range(0, len(narrative) - 40, 40)]
    strings += [p["name"] for p in data["persons"]]
    strings.append(data["incidents"][1]["description"][:40])
    return strings


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def assert_absent(needles: list[str], *folders: Path) -> None:
    encoded = [(n, n.encode(enc)) for n in needles for enc in ("utf-8", "utf-16-le")]
    for path in files_under(*folders):
        blob = path.read_bytes()
        for needle, raw in encoded:
            assert raw not in blob, f"{needle[:30]!r} found in {path}"


def test_full_cycle_leaves_no_plaintext(tmp_path: Path) -> None:
    vault, tmpdir = tmp_path / "vault", tmp_path / "tmp"
    tmpdir.mkdir()
    data = example_bundle_data()
    arabic = shared_path("corpus", "fictional_ar.txt").read_text("utf-8").split("\n\n")[2]
    data["testimonies"][0]["narrative"] += "\n" + arabic
    init_vault(vault, tmpdir)
    added = run_cli(vault, "interview", "add", "--json", "-", stdin=json.dumps(data),
                    tmpdir=tmpdir)
    assert added.returncode == 0, added.stderr
    interview_id = added.stdout.strip()
    for query in ("interrogator", "checkpoint", "Abu Fictional", arabic.split()[1]):
        assert run_cli(vault, "search", query, tmpdir=tmpdir).returncode == 0
    assert run_cli(vault, "interview", "show", interview_id, "--identity",
                   tmpdir=tmpdir).returncode == 0
    assert run_cli(vault, "interview", "finalize", interview_id, tmpdir=tmpdir).returncode == 0
    assert run_cli(vault, "audit", "verify", tmpdir=tmpdir).returncode == 0
    needles = [*secrets_of(data), arabic[:30], arabic[-30:]]
    assert files_under(vault)  # the scan has something to scan
    assert_absent(needles, vault, tmpdir)
