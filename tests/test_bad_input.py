"""Input that once ended in "internal error" (exit 70): JSON nested 100,000 deep, integers of
thousands of digits, a lone surrogate in a narrative, a passphrase file that is not UTF-8.
Each is refused with a message that says what is wrong and what to do; nothing is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from testimony_recorder.recorder import strict_json
from testimony_recorder.recorder.errors import InvalidRecord
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.store import bundles
from testimony_recorder.recorder.vault import Vault

from .cli_helpers import init_vault, run_cli
from .conftest import example_bundle_data


def narrative_with(text: str) -> str:
    """The example interview as JSON text, its narrative ending in `text` (raw JSON)."""
    data = example_bundle_data()
    data["testimonies"][0]["narrative"] = "MARKER"
    return json.dumps(data).replace('"MARKER"', f'"{text}"')


BAD_JSON = {
    "nested 100,000 deep": "[" * 100_000 + "]" * 100_000,
    "an integer of 5,000 digits": '{"n": ' + "7" * 5000 + "}",
    "a lone surrogate in the narrative": narrative_with("before \\ud800 after"),
    "a number too large for a float": '{"n": 1e999}',
}


@pytest.mark.parametrize("name", list(BAD_JSON))
def test_bad_json_gets_a_clear_message(tmp_path: Path, name: str) -> None:
    vault = tmp_path / "vault"
    init_vault(vault)
    source = tmp_path / "interview.json"
    source.write_text(BAD_JSON[name], "utf-8")
    done = run_cli(vault, "interview", "add", "--json", str(source))
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "internal error" not in done.stderr
    assert f"{source}: not valid JSON" in done.stderr and "fix the file" in done.stderr
    listed = run_cli(vault, "interview", "list")
    assert "(0 of 0)" in listed.stdout


def test_lone_surrogate_is_refused_by_the_record_codec(vault: Vault) -> None:
    """The same rule for records built in code (a form, a file name from the disk)."""
    data = example_bundle_data()
    data["testimonies"][0]["narrative"] = "before \ud800 after"
    with pytest.raises(InvalidRecord, match="lone surrogate"):
        bundles.add(vault, bundle_mod.parse(data))


def test_valid_escapes_still_read() -> None:
    assert strict_json.loads(b'"\\ud83d\\ude00 \\u0627"') == "\U0001f600 \u0627"
    assert strict_json.loads(b"[" * 500 + b"]" * 500)  # deep, but within reason


def test_passphrase_file_that_is_not_utf8(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    init_vault(vault)
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes("correct horse battery staple".encode("utf-16"))
    done = run_cli(vault, "--passphrase-file", str(secret), "interview", "list")
    assert done.returncode == 2, done.stderr
    assert "internal error" not in done.stderr
    assert f"{secret} is not UTF-8 text. Save it as UTF-8" in done.stderr
