"""Killing the app while the testimony editor holds typed text: what was typed more than a
few seconds before is in the vault, and the next unlock offers the interview back."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from testimony_recorder.recorder import custody, kdf, unlock
from testimony_recorder.recorder.store import editing, testimonies

from .conftest import PASSPHRASE, REPO

#: The editor saves at most 3 s after a change; one more second for the save to land.
SAVE_WINDOW = 4.0


def test_kill_while_typing(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    unlock.create(path, PASSPHRASE, owner="Interviewer 7",
                  kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)[0].close()
    proc = subprocess.Popen([sys.executable, "-m", "tests.apps.typing_app", str(path),
                             PASSPHRASE], cwd=REPO, stdout=subprocess.PIPE, text=True)
    typed_at: dict[int, float] = {}
    interview_id = ""
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline().split()
        if line and line[0] == "ready":
            interview_id = line[1]
        elif line and line[0] == "typed":
            typed_at[int(line[1])] = time.monotonic()
            if len(typed_at) == 40:  # about 8 s of typing
                break
    proc.kill()
    killed = time.monotonic()
    proc.wait()
    assert interview_id and len(typed_at) == 40

    with unlock.unlock(path, PASSPHRASE) as vault:
        narrative = testimonies.current(vault.conn, interview_id).narrative
        assert custody.verify(vault.conn).ok
        assert editing.interrupted(vault) == interview_id
    safe = [n for n, at in typed_at.items() if killed - at > SAVE_WINDOW]
    assert safe, "the test must have typed long enough"
    for n in safe:
        assert f"w{n:04d}" in narrative
