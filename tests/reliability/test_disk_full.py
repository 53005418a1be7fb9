"""Disk full: the workflow with the vaults, then the output, on a small disk (a tmpfs) that is
full. Every step fails with a message naming that disk (never the other one, never "damaged",
never "internal error"), and once there is room again the vaults are exactly as they were."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from ..conftest import SHARED
from ..small_disk import fill, free, leave, small_disk
from .tally import count
from .workflow import Workspace, canary_interview, consent, prepare


def failed_naming(done: subprocess.CompletedProcess[str], disk: Path, step: str) -> None:
    assert done.returncode == 1, (step, done.returncode, done.stderr)
    named = re.search(rf"The disk holding {re.escape(str(disk))}(/\S*)? is full", done.stderr)
    assert named, (step, done.stderr)
    assert "internal error" not in done.stderr and "damaged" not in done.stderr, step


def snapshot(ws: Workspace) -> list[str]:
    """What each vault holds, as the command line lists it, and its custody chain's head."""
    return [ws.run(vault, *args).stdout for vault in (ws.field, ws.coordinator)
            for args in (["interview", "list", "--json"], ["audit", "verify"])]


def test_vaults_on_a_full_disk(tmp_path: Path) -> None:
    ws = Workspace.make(tmp_path)
    ws.vaults = tmp_path / "disk"
    with small_disk(ws.vaults, "32m", full=False) as disk:
        done = prepare(ws)
        photo = SHARED / "media" / "photo_gps.jpg"
        ws.run(ws.field, "attach", done, str(photo))
        ws.run(ws.field, "interview", "finalize", done)
        draft = ws.run(ws.field, "interview", "add", "--json", "-",
                       stdin=json.dumps(canary_interview())).stdout.strip()
        to_coord = ws.run(ws.coordinator, "keys", "fingerprint").stdout.strip()
        outbox = tmp_path / "outbox"
        outbox.mkdir()
        ws.run(ws.field, "export", "--to", to_coord, "-o", str(outbox / "p.tpk"))
        before = snapshot(ws)
        fill(disk)
        steps = {
            "interview add": ws.run(ws.field, "interview", "add", "--json", "-", check=False,
                                    stdin=json.dumps(canary_interview())),
            "attach": ws.run(ws.field, "attach", draft, str(photo), check=False),
            "consent record": consent(ws, draft, check=False),
            "finalize": ws.run(ws.field, "interview", "finalize", draft, check=False),
            "export": ws.run(ws.field, "export", "--to", to_coord, "--all", "-o",
                             str(outbox / "q.tpk"), check=False),
            "import": ws.run(ws.coordinator, "import", str(outbox / "p.tpk"), check=False),
            "search": ws.run(ws.field, "search", "Quartzfeather", check=False),
        }
        for step, result in steps.items():
            failed_naming(result, disk, step)
        leave(disk, 1 << 20)  # room to open a vault, not to store a large file
        big = ws.run(ws.field, "attach", draft, *(str(SHARED / "media" / name) for name in
                                                   ("consent_en.wav", "statement_ar.wav")),
                     check=False)  # 1.7 MB together
        failed_naming(big, disk, "attach, nearly full")
        free(disk)
        assert snapshot(ws) == before
        assert sorted(p.name for p in outbox.iterdir()) == ["p.tpk"]
    count("disk full", vault_steps_refused=len(steps) + 1, vaults_intact_after=2)


def test_output_on_a_full_disk(tmp_path: Path) -> None:
    ws = Workspace.make(tmp_path)
    interview = prepare(ws)
    ws.run(ws.field, "attach", interview, str(SHARED / "media" / "photo_gps.jpg"))
    ws.run(ws.field, "interview", "finalize", interview)
    to_coord = ws.run(ws.coordinator, "keys", "fingerprint").stdout.strip()
    from_field = ws.run(ws.field, "keys", "fingerprint").stdout.strip()
    first = tmp_path / "first.tpk"
    ws.run(ws.field, "export", "--to", to_coord, "-o", str(first))
    ws.run(ws.coordinator, "import", str(first))
    attachment = json.loads(ws.run(ws.field, "attachments", "list", interview, "--json")
                            .stdout)["attachments"][0]["id"]
    before = snapshot(ws)
    with small_disk(tmp_path / "stick") as stick:
        steps = {
            "export": ws.run(ws.field, "export", "--to", to_coord, "--all", "-o",
                             str(stick / "p.tpk"), check=False),
            "receipt write": ws.run(ws.coordinator, "receipt", "write", "--for", from_field,
                                    "-o", str(stick / "r.age"), check=False),
            "keys export": ws.run(ws.field, "keys", "export", "-o", str(stick / "k.json"),
                                  check=False),
            "attachment export": ws.run(ws.field, "attachment", "export", attachment, "-o",
                                        str(stick / "a.jpg"), check=False),
        }
        for step, result in steps.items():
            failed_naming(result, stick, step)
        assert sorted(p.name for p in stick.iterdir()) == [".filler"]
    assert snapshot(ws) == before
    count("disk full", output_steps_refused=len(steps))
