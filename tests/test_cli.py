"""The `testimony` command, run for real: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_helpers import init_vault, run_cli
from .conftest import CLI, REPO

EXAMPLE = str(REPO / "docs" / "examples" / "interview.json")


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    init_vault(path)
    return path


def no_traceback(done) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout


def test_init_prints_recovery_key_and_warns_about_weak_kdf(tmp_path: Path) -> None:
    done = run_cli(tmp_path / "v", "init", "--owner", "Interviewer 7", "--weak-kdf-for-tests")
    assert done.returncode == 0
    assert "Recovery key" in done.stdout
    assert "weak key derivation" in done.stderr


def test_init_refuses_existing_vault(cli_vault: Path) -> None:
    done = run_cli(cli_vault, "init", "--owner", "x", "--weak-kdf-for-tests")
    assert done.returncode == 1
    assert "already exists" in done.stderr and "untouched" in done.stderr
    no_traceback(done)


def test_add_list_show_finalize_search(cli_vault: Path) -> None:
    added = run_cli(cli_vault, "interview", "add", "--json", EXAMPLE)
    assert added.returncode == 0, added.stderr
    interview_id = added.stdout.strip()
    listed = json.loads(run_cli(cli_vault, "interview", "list", "--json").stdout)
    assert listed["total"] == 1 and listed["interviews"][0]["id"] == interview_id
    shown = json.loads(run_cli(cli_vault, "interview", "show", interview_id[:8], "--json").stdout)
    assert shown["identity"] is None
    assert "checkpoint" in shown["testimonies"][0]["narrative"]
    with_identity = json.loads(run_cli(cli_vault, "interview", "show", interview_id, "--json",
                                       "--identity").stdout)
    assert with_identity["identity"]["full_name"] == "Fictional Example Person"
    done = run_cli(cli_vault, "interview", "finalize", interview_id)
    assert done.returncode == 0 and "sha256" in done.stdout
    # What the app lists before asking is said here too (recorder.store.readiness).
    assert "finalizing although no consent is recorded" in done.stderr
    again = run_cli(cli_vault, "interview", "finalize", interview_id)
    assert again.returncode == 1 and "finalized" in again.stderr
    hits = json.loads(run_cli(cli_vault, "search", "interrogator", "--json").stdout)
    assert hits and hits[0]["interview_id"] == interview_id
    assert run_cli(cli_vault, "audit", "verify").returncode == 0


def test_add_from_stdin(cli_vault: Path) -> None:
    done = run_cli(cli_vault, "interview", "add", "--json", "-",
                   stdin=json.dumps({"testimonies": [{"narrative": "typed on stdin"}]}))
    assert done.returncode == 0, done.stderr
    assert "typed on stdin" in run_cli(cli_vault, "interview", "show",
                                        done.stdout.strip()).stdout


@pytest.mark.parametrize("args, stdin, message", [
    (["interview", "add", "--json", "/no/such/file.json"], None, "Cannot read /no/such/file"),
    (["interview", "add", "--json", "-"], "{broken", "not valid JSON"),
    (["interview", "add", "--json", "-"], '{"interview": {"place": 5}}', "expected text"),
    (["interview", "show", "ffffffff"], None, "No interview matches"),
    (["interview", "show", "ab"], None, "No interview matches"),
])
def test_errors_are_one_clear_line(cli_vault: Path, args: list[str], stdin: str | None,
                                   message: str) -> None:
    done = run_cli(cli_vault, *args, stdin=stdin)
    assert done.returncode in (1, 2)  # 2 when the command line itself was wrong
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    no_traceback(done)


def test_wrong_passphrase(cli_vault: Path) -> None:
    done = run_cli(cli_vault, "interview", "list", TESTIMONY_PASSPHRASE="wrong")
    assert done.returncode == 1 and "Wrong passphrase" in done.stderr
    no_traceback(done)


def test_no_passphrase_without_terminal(cli_vault: Path) -> None:
    done = run_cli(cli_vault, "interview", "list", TESTIMONY_PASSPHRASE="")
    assert done.returncode == 2 and "TESTIMONY_PASSPHRASE" in done.stderr


def test_passphrase_file(cli_vault: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    done = run_cli(cli_vault, "--passphrase-file", str(secret), "interview", "list",
                   TESTIMONY_PASSPHRASE="")
    assert done.returncode == 0, done.stderr


def test_passwd_and_recovery(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    recovery = init_vault(path)
    done = run_cli(path, "passwd", TESTIMONY_NEW_PASSPHRASE="second lantern olive harbour")
    assert done.returncode == 0, done.stderr
    assert run_cli(path, "interview", "list").returncode == 1  # old passphrase gone
    done = run_cli(path, "recovery", TESTIMONY_RECOVERY_KEY=recovery,
                   TESTIMONY_NEW_PASSPHRASE="third pebble saffron quiet")
    assert done.returncode == 0, done.stderr
    ok = run_cli(path, "interview", "list", TESTIMONY_PASSPHRASE="third pebble saffron quiet")
    assert ok.returncode == 0
    bad = run_cli(path, "recovery", TESTIMONY_RECOVERY_KEY="AAAA-BBBB",
                  TESTIMONY_NEW_PASSPHRASE="fourth marble cedar window")
    assert bad.returncode == 1 and "typing mistake" in bad.stderr


def test_guessable_new_passphrase_refused_with_reasons(cli_vault: Path) -> None:
    done = run_cli(cli_vault, "passwd", TESTIMONY_NEW_PASSPHRASE="short")
    assert done.returncode == 2 and "at least 8" in done.stderr
    done = run_cli(cli_vault, "passwd", TESTIMONY_NEW_PASSPHRASE="Password123!")
    assert done.returncode == 2 and "commonly used password" in done.stderr
    assert run_cli(cli_vault, "interview", "list").returncode == 0  # nothing was changed


def test_wipe(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    recovery = init_vault(path)
    refused = run_cli(path, "wipe")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = run_cli(path, "wipe", "--yes")
    assert done.returncode == 0 and "Wiped" in done.stdout
    assert run_cli(path, "interview", "list").returncode == 1
    assert run_cli(path, "recovery", TESTIMONY_RECOVERY_KEY=recovery,
                   TESTIMONY_NEW_PASSPHRASE="whatever copper meadow lantern").returncode == 1


def test_vault_from_environment(tmp_path: Path) -> None:
    path = tmp_path / "env-vault"
    init_vault(path)
    import subprocess

    from .cli_helpers import cli_env

    done = subprocess.run([*CLI, "interview", "list"],
                          capture_output=True, text=True, cwd=REPO, check=False,
                          env=cli_env(TESTIMONY_VAULT=str(path)))
    assert done.returncode == 0 and "(0 of 0)" in done.stdout
