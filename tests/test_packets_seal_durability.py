"""A packet is recorded as sent only once its file is durable under its name.

The seal used to commit the vault's record (sequence number, deliveries, custody) before
renaming the packet into place, so a kill at that moment left the vault saying "sent" for a
packet that never landed. These tests kill, or fail, the seal exactly there.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from testimony_recorder.recorder import unlock
from testimony_recorder.recorder.errors import DiskFull
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.packets import writer
from testimony_recorder.recorder.vault import Vault

from .conftest import PASSPHRASE, REPO
from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, add_interview

#: Seal in a child process that is killed the moment the packet's files are about to be
#: renamed into place, i.e. after everything is written and before anything is committed.
KILLED_SEAL = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from testimony_recorder.recorder.keys import trust
    from testimony_recorder.recorder import unlock
    from testimony_recorder.recorder.packets import plan, volumes, writer

    def killed(self):
        os.kill(os.getpid(), signal.SIGKILL)

    volumes.VolumeWriter.commit = killed
    vault = unlock.unlock(Path(sys.argv[1]), sys.argv[2]).vault
    contact = trust.resolve(vault.conn, sys.argv[3])
    writer.seal(vault, plan.build(vault, [contact], plan.Scope()), Path(sys.argv[4]))
""")


def sent_packets(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT packet_id FROM packet_sent")]


def hidden_temps(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(".") and
                  p.name.endswith(".tmp"))


def test_kill_before_rename_records_nothing_and_next_export_sweeps(pair: Pair) -> None:
    add_interview(pair.field, FULL_OWN)
    out_dir = pair.tmp / "stick"
    out_dir.mkdir()
    field_path = pair.field.path
    pair.field.close()
    child = subprocess.run(
        [sys.executable, "-c", KILLED_SEAL, str(field_path), PASSPHRASE,
         pair.to_coord.fingerprint, str(out_dir / "a.tpk")], cwd=REPO, capture_output=True,
        text=True, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert not (out_dir / "a.tpk").exists()
    assert len(hidden_temps(out_dir)) == 1  # the killed seal's ciphertext
    pair.field = unlock.unlock(field_path, PASSPHRASE).vault
    assert sent_packets(pair.field) == []  # nothing recorded as sent
    path = pair.export("stick/b.tpk")
    assert hidden_temps(out_dir) == []  # swept by the next export into that folder
    assert [path] == sorted(out_dir.iterdir())
    seq = [r[0] for r in pair.field.conn.execute("SELECT sequence FROM packet_sent_to")]
    assert seq == [1]  # no sequence gap for the coordinator


def test_failed_commit_removes_the_packet(pair: Pair, monkeypatch: pytest.MonkeyPatch) -> None:
    """The vault refuses the record (here: the disk fills at the last moment): the packet
    that had already landed is removed again, so there is no packet the vault doesn't know."""
    add_interview(pair.field, FULL_OWN)
    landed: list[bool] = []

    def full_disk(vault: Vault, *args: object) -> None:
        landed.append((pair.tmp / "p.tpk").exists())
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer, "_record", full_disk)
    plan = plan_mod.build(pair.field, [pair.to_coord], plan_mod.Scope())
    with pytest.raises(DiskFull):
        writer.seal(pair.field, plan, pair.tmp / "p.tpk")
    assert landed == [True]  # the file was durable in place before the record
    assert not (pair.tmp / "p.tpk").exists()
    assert hidden_temps(pair.tmp) == []
    assert sent_packets(pair.field) == []


def test_live_writer_temp_is_not_swept(tmp_path: Path) -> None:
    """Two exports into one folder at once: the sweep leaves the other's open file alone."""
    from testimony_recorder.recorder.fsutil import open_temp, sweep_temps

    tmp, fd = open_temp(tmp_path / "x.tpk")
    try:
        assert sweep_temps(tmp_path) == 0
        assert tmp.exists()
    finally:
        os.close(fd)
    assert sweep_temps(tmp_path) == 1
    assert not tmp.exists()
