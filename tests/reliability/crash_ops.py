"""What a crash run does until it is killed: one operation, again and again, writing one line
to the run's log only after each call has returned (so the test knows what must survive).

Each line is one os.write to a file opened O_APPEND: a kill leaves whole lines only.
"""

from __future__ import annotations

import os
import random
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from testimony_recorder.recorder import unlock
from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.media import ingest
from testimony_recorder.recorder.model import testimony as testimony_mod
from testimony_recorder.recorder.model.bundle import Bundle
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.store import bundles, testimonies
from testimony_recorder.recorder.vault import Vault

from ..conftest import PASSPHRASE
from ..packet_helpers import FULL_OWN, add_interview, export_packet


class Log:
    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def line(self, *words: str) -> None:
        os.write(self._fd, (" ".join(words) + "\n").encode())


def _add(vault: Vault, log: Log, rng: random.Random, request: dict[str, Any]) -> None:
    text = f"crash narrative {rng.random()} " * rng.randint(1, 200)
    log.line(bundles.add(vault, Bundle(testimonies=[testimony_mod.Testimony(narrative=text)])))


def _edit(vault: Vault, log: Log, rng: random.Random, request: dict[str, Any]) -> None:
    tag = f"edit-{request['run']}-{rng.getrandbits(48):012x}"
    testimonies.save(vault, request["interview"], f"{tag} " * rng.randint(1, 300))
    log.line(tag)


def _finalize(vault: Vault, log: Log, rng: random.Random, request: dict[str, Any]) -> None:
    interview_id = add_interview(vault, FULL_OWN, finalize=False)
    testimonies.finalize(vault, interview_id)
    log.line(interview_id)


def _ingest(vault: Vault, log: Log, rng: random.Random, request: dict[str, Any]) -> None:
    source = Path(rng.choice(request["files"]))
    attachment = ingest.ingest_file(vault, request["interview"], source)
    log.line(attachment.id, attachment.sha256)


def _record(vault: Vault, log: Log, rng: random.Random, request: dict[str, Any]) -> None:
    from testimony_recorder.recorder.audio.headless import record
    from testimony_recorder.ui.audio.microphone import command_line_microphone

    attachment = record(vault, request["interview"], rng.uniform(0.3, 1.5),
                        command_line_microphone(None))
    log.line(attachment.id)


def _export(vault: Vault, log: Log, rng: random.Random, request: dict[str, Any]) -> None:
    add_interview(vault, FULL_OWN)
    out = Path(request["outbox"]) / f"{request['run']}-{rng.getrandbits(32):08x}.tpk"
    result = export_packet(vault, [request["to"]], out)
    log.line(result.packet_id, str(result.paths[0]))


def _import(vault: Vault, log: Log, rng: random.Random, request: dict[str, Any]) -> None:
    received = {r[0] for r in vault.conn.execute("SELECT packet_id FROM packet_received")}
    for packet_id, path in request["pool"]:
        if packet_id not in received:
            importer.import_packet(vault, Path(path))
            log.line(packet_id)
            return
    signal.pause()  # every packet is in: wait for the kill (the test starts afresh next run)


OPS: dict[str, Callable[[Vault, Log, random.Random, dict[str, Any]], None]] = {
    "add": _add, "edit": _edit, "finalize": _finalize, "ingest": _ingest, "record": _record,
    "export": _export, "import": _import,
}


def run(request: dict[str, Any]) -> None:
    log = Log(request["log"])
    rng = random.Random(request["seed"])
    vault = unlock.unlock(Path(request["vault"]), PASSPHRASE).vault
    if request["op"] == "export":
        request["to"] = trust.contacts(vault.conn)[0].fingerprint
    op = OPS[request["op"]]
    log.line("start")
    while True:
        op(vault, log, rng, request)
