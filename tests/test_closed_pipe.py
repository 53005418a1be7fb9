"""`testimony import ... | head`: the reader of the output goes away. That must change neither
what the command does nor what it says: every packet is imported, the exit status is the one
the import earned, and nothing claims that work was undone."""

from __future__ import annotations

import os
import subprocess

from testimony_recorder.recorder import unlock
from testimony_recorder.recorder.packets import state

from .cli_helpers import cli_env
from .conftest import CLI, PASSPHRASE, REPO
from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, add_interview


def run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written
    try:
        return subprocess.run([*CLI, *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, cwd=REPO, env=cli_env(), timeout=120, check=False)
    finally:
        os.close(write_end)


def test_import_into_a_closed_pipe_imports_and_says_nothing_wrong(pair: Pair) -> None:
    packets = []
    for n in range(3):
        add_interview(pair.field, FULL_OWN)
        packets.append(str(pair.export(f"p{n}.tpk")))
    coord = pair.coord.path
    pair.coord.close()
    done = run_into_closed_pipe("--vault", str(coord), "import", *packets)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    with unlock.unlock(coord, PASSPHRASE) as vault:
        assert state.sender_sequences(vault.conn, pair.from_field.fingerprint) == [1, 2, 3]


def test_a_failing_command_keeps_its_own_message(pair: Pair) -> None:
    coord = pair.coord.path
    pair.coord.close()
    done = run_into_closed_pipe("--vault", str(coord), "import", str(pair.tmp / "none.tpk"))
    assert done.returncode == 1
    assert "none.tpk: no such file" in done.stderr and "internal error" not in done.stderr
