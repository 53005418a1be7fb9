"""Writing files out of the vault (packets, receipts, key files, attachments) to a place that
cannot take them: a full stick, a folder, a path below a file. Each says which disk or path
and what to do, exits 1, and never reports the vault's disk or an "internal error"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testimony_recorder.recorder.packets import importer

from .cli_helpers import run_cli
from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, add_interview
from .small_disk import small_disk


@pytest.fixture
def closed_pair(pair: Pair) -> Pair:
    """An interview ready to export, a packet imported and waiting for a receipt; both vaults
    closed so the command line can open them."""
    add_interview(pair.field, FULL_OWN)
    importer.import_packet(pair.coord, pair.export("first.tpk"))
    add_interview(pair.field, FULL_OWN)
    pair.field.close()
    pair.coord.close()
    return pair


def commands(pair: Pair, out: Path) -> dict[str, tuple[Path, list[str]]]:
    """Each command that writes a file, with the vault it opens, writing to `out`."""
    to_coord, from_field = pair.to_coord.fingerprint, pair.from_field.fingerprint
    return {
        "export": (pair.field.path, ["export", "--to", to_coord, "-o", str(out)]),
        "receipt write": (pair.coord.path, ["receipt", "write", "--for", from_field, "-o",
                                            str(out)]),
        "keys export": (pair.field.path, ["keys", "export", "-o", str(out)]),
    }


def failed_cleanly(done, *expected: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "internal error" not in done.stderr
    for text in expected:
        assert text in done.stderr, done.stderr


def test_a_full_stick_is_named_not_the_vault_disk(closed_pair: Pair) -> None:
    with small_disk(closed_pair.tmp / "stick") as stick:
        for name, (vault, args) in commands(closed_pair, stick / "out.file").items():
            done = run_cli(vault, *args)
            failed_cleanly(done, f"The disk holding {stick} is full")
            assert "vault.db" not in done.stderr, name
            assert sorted(p.name for p in stick.iterdir()) == [".filler"], name


@pytest.mark.parametrize("target", ["folder", "below a file"])
def test_output_that_is_a_folder_or_below_a_file(closed_pair: Pair, target: str) -> None:
    folder = closed_pair.tmp / "out"
    folder.mkdir()
    (folder / "plain.txt").write_text("x")
    out = folder if target == "folder" else folder / "plain.txt" / "key.json"
    expected = ("it is a folder" if target == "folder"
                else "a part of the path is a file, not a folder")
    for name, (vault, args) in commands(closed_pair, out).items():
        if name == "export" and target == "folder":
            continue  # a folder given to export gets a packet with a neutral name: not an error
        done = run_cli(vault, *args)
        failed_cleanly(done, str(out))
        if name != "receipt write" or target != "folder":  # an existing name: "choose another"
            assert expected in done.stderr, (name, done.stderr)
    assert sorted(p.name for p in folder.iterdir()) == ["plain.txt"]


def test_attachment_export_onto_a_folder(tmp_path: Path) -> None:
    from .cli_helpers import init_vault
    from .conftest import example_bundle_data, shared_path

    vault = tmp_path / "vault"
    init_vault(vault)
    interview = run_cli(vault, "interview", "add", "--json", "-",
                        stdin=json.dumps(example_bundle_data())).stdout.strip()
    attached = run_cli(vault, "attach", interview, str(shared_path("media", "document.pdf")))
    assert attached.returncode == 0, attached.stderr
    listed = json.loads(run_cli(vault, "attachments", "list", interview, "--json").stdout)
    folder = tmp_path / "here"
    folder.mkdir()
    attachment = listed["attachments"][0]["id"]
    done = run_cli(vault, "attachment", "export", attachment, "-o", str(folder), "--force")
    assert done.returncode == 2 and "it is a folder" in done.stderr, done.stderr
