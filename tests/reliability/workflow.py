"""A whole field-to-archive workflow through the `testimony` command, as people would run it:
two vaults that trust each other by fingerprint, an interview with a witness identity,
consent, media and a microphone recording, finalized, searched, sealed into a packet,
imported by the coordinator and searched there, receipted back. Every file the app writes or
could write lands under one folder (HOME, the XDG folders, TMPDIR are all pointed there),
so the no-plaintext test can scan all of it, and each command can run under a wrapper
(strace, for the no-network test).

The interview carries canary strings in English and Arabic in its identity, narrative,
persons and places; media are real files whose bytes are searched for afterwards.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..conftest import CLI, PASSPHRASE, REPO, SHARED, example_bundle_data
from ..pulse import has_sine_source

EN = "Zebulon Quartzfeather"
#: Arabic canaries, written with escapes because Python sources stay ASCII.
AR_NAME = "\u0632\u0645\u0631\u062f \u0627\u0644\u0643\u0646\u0627\u0631\u064a"
AR_TEXT = ("\u0627\u0644\u062d\u0627\u062c\u0632 \u0627\u0644\u0628\u0631\u062a\u0642\u0627"
           "\u0644\u064a \u0627\u0644\u0643\u0646\u0627\u0631\u064a")
CANARIES = [EN, f"{EN} narrative", "Canaryville-9731", "CANARY-ID-4471", AR_NAME, AR_TEXT]
MEDIA = ("photo_gps.jpg", "statement_ar.mp3")


def canary_interview() -> dict[str, Any]:
    data = example_bundle_data()
    identity = data["identity"]
    identity["full_name"] = EN
    identity["other_names"] = [AR_NAME]
    identity["address"] = "Canaryville-9731"
    identity["id_documents"][0]["number"] = "CANARY-ID-4471"
    data["testimonies"][0]["narrative"] += f" {EN} narrative. {AR_TEXT}."
    data["persons"][0]["name"] = AR_NAME
    data["interview"]["place"] = "Canaryville-9731"
    return data


@dataclass
class Workspace:
    """Folders of one workflow run: `root` holds everything the app may write; `inputs`
    (outside it) the plaintext we give it and the plaintext it gives back on request."""

    root: Path
    inputs: Path
    wrap: Sequence[str] = ()
    #: Where the two vault folders go (default: `root`).
    vaults: Path | None = None
    logs: list[Path] = field(default_factory=list)
    ran: list[str] = field(default_factory=list)

    @classmethod
    def make(cls, base: Path, wrap: Sequence[str] = ()) -> Workspace:
        root, inputs = base / "root", base / "inputs"
        for folder in (root / "home" / ".config", root / "home" / ".cache",
                       root / "home" / ".local" / "share", root / "tmp", inputs):
            folder.mkdir(parents=True, mode=0o700)
        return cls(root, inputs, wrap)

    @property
    def field(self) -> Path:
        return (self.vaults or self.root) / "field"

    @property
    def coordinator(self) -> Path:
        return (self.vaults or self.root) / "coordinator"

    def env(self) -> dict[str, str]:
        home = self.root / "home"
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("TESTIMONY_", "XDG_")) or k == "XDG_RUNTIME_DIR"}
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_CACHE_HOME=str(home / ".cache"),
                   XDG_DATA_HOME=str(home / ".local" / "share"), TMPDIR=str(self.root / "tmp"),
                   TESTIMONY_PASSPHRASE=PASSPHRASE)
        return env

    def run(self, vault: Path, *args: str, stdin: str | None = None,
            check: bool = True) -> subprocess.CompletedProcess[str]:
        prefix: list[str] = []
        if self.wrap:
            log = self.inputs / f"trace{len(self.logs):02d}"
            self.logs.append(log)
            prefix = [*self.wrap, "-o", str(log)]
        done = subprocess.run([*prefix, *CLI, "--vault", str(vault), *args], input=stdin,
                              capture_output=True, text=True, cwd=REPO, env=self.env(),
                              timeout=180, check=False)
        self.ran.append(" ".join(args[:2]))
        if check:
            assert done.returncode == 0, (args, done.stderr)
        return done


def prepare(ws: Workspace) -> str:
    """Two vaults that trust each other, and an interview with consent; return its id."""
    ws.run(ws.field, "init", "--owner", "Interviewer 7", "--weak-kdf-for-tests")
    ws.run(ws.coordinator, "init", "--owner", "Coordinator", "--role", "coordinator",
           "--weak-kdf-for-tests")
    _enrol(ws, ws.field, ws.coordinator)
    _enrol(ws, ws.coordinator, ws.field)
    interview = ws.run(ws.field, "interview", "add", "--json", "-",
                       stdin=json.dumps(canary_interview())).stdout.strip()
    consent(ws, interview)
    return interview


def run_workflow(ws: Workspace) -> dict[str, Any]:
    """Run every step; return what the checks need (ids, the media given and received)."""
    interview = prepare(ws)
    media = [ws.inputs / name for name in MEDIA]
    for source in media:
        shutil.copyfile(SHARED / "media" / source.name, source)
    ws.run(ws.field, "attach", interview, *map(str, media))
    if has_sine_source():
        recorded = json.loads(ws.run(ws.field, "record", interview, "--seconds", "1.5",
                                     "--json").stdout)
        back = ws.inputs / "recording.wav"
        ws.run(ws.field, "attachment", "export", recorded["id"], "-o", str(back))
        media.append(back)  # the recording, as the app gives it back on request
    ws.run(ws.field, "interview", "finalize", interview)
    for query in ("Quartzfeather", AR_TEXT.split()[1]):
        assert interview in ws.run(ws.field, "search", query, "--json").stdout
    to_coord = ws.run(ws.coordinator, "keys", "fingerprint").stdout.strip()
    outbox = ws.root / "outbox"
    outbox.mkdir()
    ws.run(ws.field, "export", "--to", to_coord, "-o", str(outbox))
    packets = sorted(outbox.glob("*.tpk"))
    ws.run(ws.coordinator, "verify", str(packets[0]))
    ws.run(ws.coordinator, "import", str(packets[0]))
    for query in ("Quartzfeather", AR_TEXT.split()[1]):
        assert interview in ws.run(ws.coordinator, "search", query, "--json").stdout
    from_field = ws.run(ws.field, "keys", "fingerprint").stdout.strip()
    receipt = outbox / "receipt.age"
    ws.run(ws.coordinator, "receipt", "write", "--for", from_field, "-o", str(receipt))
    ws.run(ws.field, "receipt", "import", str(receipt))
    for vault in (ws.field, ws.coordinator):
        ws.run(vault, "audit", "verify")
    return {"interview": interview, "media": media, "packets": packets}


def _enrol(ws: Workspace, holder: Path, other: Path) -> None:
    key = ws.root / f"{other.name}.key.json"
    ws.run(other, "keys", "export", "-o", str(key))
    fingerprint = ws.run(other, "keys", "fingerprint").stdout.strip()
    ws.run(holder, "keys", "trust", str(key), "--fingerprint", fingerprint)


def consent(ws: Workspace, interview: str, *,
            check: bool = True) -> subprocess.CompletedProcess[str]:
    """A paper consent to everything the workflow does (the example form, answers changed)."""
    entry = json.loads((REPO / "docs" / "examples" / "consent.json").read_text("utf-8"))
    for answer in entry["answers"]:
        if answer["item"] in ("audio_recording", "photo_video"):
            answer["answer"] = "yes"
    shutil.copyfile(REPO / "docs" / "examples" / "consent-scan.png",
                    ws.inputs / "consent-scan.png")
    path = ws.inputs / "consent.json"
    path.write_text(json.dumps(entry), "utf-8")
    return ws.run(ws.field, "consent", "record", interview, "--json", str(path), check=check)


def windows(media: bytes, size: int = 64, step: int = 32) -> set[bytes]:
    """Windows of the media at every `step` bytes: any copy of size + step - 1 bytes or more
    holds one. Windows of few distinct bytes (silence, padding) are left out: they occur in
    any file and say nothing."""
    return {w for i in range(0, len(media) - size + 1, step)
            if len(set(w := media[i : i + size])) >= 16}


def found_windows(blob: bytes, wanted: set[bytes], size: int = 64) -> int:
    view = memoryview(blob)
    return sum(1 for i in range(len(blob) - size + 1) if bytes(view[i : i + size]) in wanted)


def strace_calls(logs: list[Path]) -> list[str]:
    """The socket and connect calls in strace logs (one line each, as strace printed it)."""
    calls = []
    for log in logs:
        for line in log.read_text(errors="replace").splitlines():
            if re.search(r"\b(socket|connect)\(", line):
                calls.append(line)
    return calls
