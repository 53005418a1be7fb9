"""Crash anywhere: kill -9 at random moments during add, edit, finalize, ingest, record, export
and import, hundreds of times. After each kill: the vault opens, its custody chain verifies
(what `testimony audit verify` runs), everything whose call had returned is there, no packet
recorded as sent is missing from disk, and no temp file outlives the next run that writes
where it lies.

A fork server (fork_server.py) imports the app once and forks a child per run; runs use the
cheap test KDF. TESTIMONY_RELIABILITY_SCALE multiplies the number of runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from testimony_recorder.recorder import custody, unlock
from testimony_recorder.recorder.media import store
from testimony_recorder.recorder.packets import media_io, writer
from testimony_recorder.recorder.store import interviews, testimonies
from testimony_recorder.recorder.vault import Vault

from ..conftest import PASSPHRASE, REPO, shared_path
from ..packet_craft import manifest_of, plaintext, split
from ..packet_helpers import FULL_OWN, add_interview, enrol, make_vault
from ..pulse import has_sine_source
from .tally import count, scaled

#: Runs per operation (at scale 1: 205 kills in all) and how long after the loop starts the
#: kill may come, in seconds (long enough to land inside several calls of the operation).
RUNS = {"add": 35, "edit": 30, "finalize": 30, "ingest": 30, "record": 20, "export": 30,
        "import": 30}
WINDOW = {"add": 0.4, "edit": 0.3, "finalize": 0.5, "ingest": 0.6, "record": 2.5,
          "export": 0.8, "import": 0.6}
MEDIA = ("photo_gps.jpg", "document.pdf", "statement_ar.mp3", "consent_en.wav")
POOL = 24  # packets made for the import runs; the archive starts afresh when it runs low


class ForkServer:
    def __init__(self, tmpdir: Path) -> None:
        env = {**os.environ, "TMPDIR": str(tmpdir)}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.fork_server"], cwd=REPO, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def ask(self, **request: Any) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    tmpdir = tmp_path_factory.mktemp("crash-tmp")
    forks = ForkServer(tmpdir)
    yield forks
    forks.close()
    assert list(tmpdir.iterdir()) == []  # nothing of any run left in the temp folder


@dataclass
class Target:
    """One operation's vault and what its runs need."""

    op: str
    vault: Path
    base: Path
    request: dict[str, Any] = field(default_factory=dict)
    coordinator: Path | None = None
    template: Path | None = None
    on_disk: dict[str, str] = field(default_factory=dict)  # packet file -> packet id


def setup(op: str, base: Path) -> Target:
    vault = make_vault(base, "vault", "coordinator" if op == "import" else "interviewer")
    target = Target(op, vault.path, base)
    if op in ("edit", "ingest", "record"):
        target.request["interview"] = add_interview(vault, FULL_OWN, finalize=False)
    if op == "ingest":
        target.request["files"] = [str(shared_path("media", name)) for name in MEDIA]
    if op == "export":
        coordinator = make_vault(base, "coordinator", "coordinator")
        enrol(vault, coordinator)
        enrol(coordinator, vault)
        target.coordinator = coordinator.path
        coordinator.close()
        target.request["outbox"] = str(base / "outbox")
        (base / "outbox").mkdir()
    if op == "import":
        target.request["pool"] = _packet_pool(vault, base)
        vault.close()
        target.template = base / "template"
        shutil.copytree(target.vault, target.template)
    vault.close()
    return target


def _packet_pool(coordinator: Vault, base: Path) -> list[tuple[str, str]]:
    field_vault = make_vault(base, "field")
    to_coord = enrol(field_vault, coordinator)
    enrol(coordinator, field_vault)
    pool = []
    for n in range(POOL):
        interview = add_interview(field_vault, FULL_OWN, finalize=n % 3 != 0)
        if n % 3 == 0:
            from testimony_recorder.recorder.media import ingest

            ingest.ingest_file(field_vault, interview, shared_path("media", "photo_gps.jpg"))
            testimonies.finalize(field_vault, interview)
        result = writer.export(field_vault, [to_coord.fingerprint], base / f"pool{n:02d}.tpk")
        pool.append((result.packet_id, str(result.paths[0])))
    field_vault.close()
    return pool


def leftovers(target: Target) -> set[Path]:
    """Temp files a killed writer may leave: packet temps, partial media, a half-made vault."""
    found = set(target.vault.glob(".vault.db.creating*"))
    found |= {p for p in (target.vault / "media").iterdir() if p.name.startswith(".")}
    if "outbox" in target.request:
        found |= set(Path(target.request["outbox"]).glob(".*.tmp"))
    return found


def one_run(server: ForkServer, target: Target, run: int, rng: random.Random) -> list[list[str]]:
    """Fork a run, kill it at a random moment after its loop started; return its log lines
    after 'start' (each one a call that returned)."""
    log, errors = target.base / f"run{run}.log", target.base / f"run{run}.err"
    pid = server.ask(do="run", op=target.op, vault=str(target.vault), log=str(log),
                     errors=str(errors), seed=rng.getrandbits(32), run=run, **target.request)
    deadline = time.monotonic() + 60
    while not (log.exists() and log.read_bytes().startswith(b"start")):
        assert time.monotonic() < deadline, errors.read_text() if errors.exists() else ""
        time.sleep(0.005)  # polling the child's first line: it may be slow to unlock
    time.sleep(rng.uniform(0, WINDOW[target.op]))  # the random moment of the kill
    os.kill(pid, signal.SIGKILL)
    status = server.ask(do="reap", pid=pid)
    text = errors.read_text() if errors.exists() else ""
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, text
    return [line.split() for line in log.read_text().splitlines()[1:]]


def check(target: Target, returned: list[list[str]]) -> None:
    """The vault opens and verifies, and holds everything whose call returned."""
    with unlock.unlock(target.vault, PASSPHRASE) as vault:
        conn = vault.conn
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert custody.verify(conn).ok
        if target.op in ("add", "finalize"):
            for (interview_id,) in returned:
                interviews.get_interview(conn, interview_id)
                if target.op == "finalize":
                    current = testimonies.current(conn, interview_id)
                    assert current is not None and current.is_final
        elif target.op == "edit":
            draft = testimonies.current(conn, target.request["interview"])
            assert draft is not None
            saved = {r.narrative.split(" ", 1)[0] for r in testimonies.revisions(conn, draft.id)}
            assert {tag for (tag,) in returned} <= saved
        elif target.op in ("ingest", "record"):
            for words in returned:
                attachment = store.get_attachment(conn, words[0])
                assert media_io.has_bytes(vault, attachment)
                if len(words) > 1:
                    assert attachment.sha256 == words[1]
            if returned:  # the last one read back whole
                last = store.get_attachment(conn, returned[-1][0])
                digest = hashlib.sha256()
                for block in media_io.read_blocks(vault, last.id):
                    digest.update(block)
                assert digest.hexdigest() == last.sha256
        elif target.op == "export":
            _check_sent(target, vault, returned)
        elif target.op == "import":
            received = {r[0] for r in conn.execute("SELECT packet_id FROM packet_received")}
            assert {packet_id for (packet_id,) in returned} <= received
        assert not [p for p in vault.media_path.iterdir() if p.name.startswith(".")]


def _check_sent(target: Target, vault: Vault, returned: list[list[str]]) -> None:
    for _packet_id, path in returned:
        assert Path(path).is_file()
    assert target.coordinator is not None
    with unlock.unlock(target.coordinator, PASSPHRASE) as coordinator:
        for path in Path(target.request["outbox"]).glob("*.tpk"):
            if str(path) not in target.on_disk:
                members = split(plaintext(coordinator, path))
                target.on_disk[str(path)] = manifest_of(members)["packet_id"]
    sent = {r[0] for r in vault.conn.execute("SELECT packet_id FROM packet_sent")}
    missing = sent - set(target.on_disk.values())
    assert not missing, f"recorded as sent, but not on disk: {missing}"
    assert {packet_id for packet_id, _ in returned} <= sent


def _fresh_archive_if_low(target: Target, imported: int) -> int:
    if target.op != "import" or imported < POOL // 2:
        return imported
    assert target.template is not None
    shutil.rmtree(target.vault)
    shutil.copytree(target.template, target.vault)
    return 0


@pytest.mark.slow
@pytest.mark.parametrize("op", list(RUNS))
def test_kill_anywhere(server: ForkServer, tmp_path: Path, op: str) -> None:
    if op == "record" and not has_sine_source():
        pytest.skip("no microphone: run through tests/run.py, which starts the test one")
    target = setup(op, tmp_path)
    rng = random.Random(f"crash-{op}")
    runs = scaled(RUNS[op])
    kept = imported = swept = 0
    earlier: set[Path] = set()
    for run in range(runs):
        returned = one_run(server, target, run, rng)
        now = leftovers(target)
        if returned or op != "export":
            stale = earlier & now
            assert not stale, f"temp files outlived the next run: {stale}"
            swept += len(earlier)
        earlier = {p for p in now if p.suffix == ".tmp"}  # media ones go with the check
        check(target, returned)
        kept += len(returned)
        imported = _fresh_archive_if_low(target, imported + len(returned))
    count("crash anywhere", kills=runs, returned_calls_checked=kept, temps_swept=swept)
    count("crash anywhere", **{f"kills during {op}": runs})
