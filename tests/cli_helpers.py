"""Running the real `testimony` command in a subprocess, as a person or a script would."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .conftest import CLI, PASSPHRASE, REPO


def cli_env(tmpdir: Path | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TESTIMONY_")}
    env["TESTIMONY_PASSPHRASE"] = PASSPHRASE
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    env.update(extra)
    return env


def run_cli(vault: Path, *args: str, stdin: str | None = None, tmpdir: Path | None = None,
            **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "--vault", str(vault), *args],
        input=stdin, capture_output=True, text=True, cwd=REPO, env=cli_env(tmpdir, **env),
        timeout=120, check=False,
    )


def init_vault(vault: Path, tmpdir: Path | None = None) -> str:
    """Create a vault through the command line; return the recovery key it printed."""
    done = run_cli(vault, "init", "--owner", "Interviewer 7", "--weak-kdf-for-tests",
                   tmpdir=tmpdir)
    assert done.returncode == 0, done.stderr
    lines = [line.strip() for line in done.stdout.splitlines()]
    return next(line for line in lines if line.count("-") == 7)
