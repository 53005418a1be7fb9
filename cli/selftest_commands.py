"""selftest: checks, in seconds, that this installation can do a whole interview's journey.

It is the first thing support asks a person to run, from an installed copy or the frozen
build, so every step says in plain words what it checked, how long it took, and what went
wrong. All of it happens in a throwaway folder in the temp folder (two vaults with cheap key
derivation, a fictional sample interview, a packet), deleted at the end, whatever happened:
the person's own vault and settings are never touched, and the output holds no testimony.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from types import FrameType
from typing import Any

from testimony_recorder.recorder import __version__, custody, demo, kdf, trusting, unlock
from testimony_recorder.recorder.consent import enforce
from testimony_recorder.recorder.errors import NoMicrophone, RecorderError
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.media import store
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.packets.export_flow import ExportFlow
from testimony_recorder.recorder.packets.plan import CHOSEN, Scope
from testimony_recorder.recorder.preferences import LANGUAGES
from testimony_recorder.recorder.search import query
from testimony_recorder.recorder.store import testimonies
from testimony_recorder.recorder.vault import Vault

from .context import emit_json, say

OK, FAILED, SKIPPED, NOT_RUN = "OK", "FAILED", "SKIPPED", "NOT RUN"
PASSPHRASE = "self-test passphrase"  # noqa: S105 - throwaway vaults, deleted at the end
RECORD_SECONDS = 1.0
SEARCH_WORD = "checkpoint"  # in the first sample interview's narrative
#: Shipped files the app cannot work without (each language's catalog is checked as well).
RESOURCES = ("vocabulary/vocabulary.json", "consent/bodies.json", "consent/en",
             "schema/interview.schema.json", "demo/interviews.json", "demo/archive.json")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("selftest",
                       help="check that this installation works, in a throwaway vault "
                            "(your own vault is not touched)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=selftest)


class Skip(Exception):
    """A step that cannot run on this computer (no microphone): said, but not a failure."""


@dataclass
class Outcome:
    step: str
    status: str
    seconds: float
    detail: str


class Trial:
    """The steps, in order, sharing what earlier steps made. Each returns a short detail."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.vaults_made: list[Vault] = []
        self.interview_id = ""
        self.packet = folder / "packet.tpk"

    @property
    def field(self) -> Vault:
        return self.vaults_made[0]

    @property
    def coordinator(self) -> Vault:
        return self.vaults_made[1]

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        return [("Find the app's files", self.files),
                ("Create encrypted vaults (interviewer, coordinator)", self.vaults),
                ("Write an interview and find it by search", self.interview),
                (f"Record {RECORD_SECONDS:g} second from the microphone", self.record),
                ("Load the audio player", self.player),
                ("Seal a packet for the coordinator", self.seal),
                ("Open the packet as the coordinator", self.open_packet)]

    def files(self) -> str:
        shipped = resources.files("testimony_recorder.recorder.resources")
        missing = [name for name in RESOURCES if not shipped.joinpath(name).is_dir()
                   and not shipped.joinpath(name).is_file()]
        catalogs = resources.files("testimony_recorder.ui.translations")
        missing += [f"testimony_{lang}.qm" for lang in LANGUAGES
                    if not catalogs.joinpath(f"testimony_{lang}.qm").is_file()]
        if missing:
            raise RuntimeError("missing from the installation: " + ", ".join(missing))
        return f"resources and {len(LANGUAGES)} languages"

    def vaults(self) -> str:
        # The interviewer's vault is closed and opened again with its passphrase: that is
        # the unlock every working day starts with.
        field, _ = unlock.create(self.folder / "interviewer", PASSPHRASE, owner="Self-test",
                                 kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
        field.close()
        self.vaults_made.append(unlock.unlock(self.folder / "interviewer", PASSPHRASE).vault)
        coordinator, _ = unlock.create(self.folder / "coordinator", PASSPHRASE,
                                       owner="Self-test coordinator", role="coordinator",
                                       kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
        self.vaults_made.append(coordinator)
        return "created, locked and unlocked"

    def interview(self) -> str:
        sample = demo.sample_bundles()[0]
        self.interview_id, _ = demo.add_sample(self.field, sample)
        found = query.search(self.field.conn, SEARCH_WORD)
        if [hit.interview_id for hit in found] != [self.interview_id]:
            raise RuntimeError("the interview was saved but search did not find it")
        return "a fictional sample interview with its consent"

    def record(self) -> str:
        # Qt is loaded only here, as for `testimony record`, whose path this is.
        from PySide6 import __version__ as qt_version

        from testimony_recorder.recorder.audio.headless import record
        from testimony_recorder.ui.audio.microphone import command_line_microphone

        enforce.require_audio(self.field.conn, self.interview_id)
        try:
            source = command_line_microphone(None)
            attachment = record(self.field, self.interview_id, RECORD_SECONDS, source)
        except NoMicrophone:
            raise Skip("no microphone found (plug one in to check recording)") from None
        seconds = attachment.metadata.get("info:duration", "?")
        return f"{seconds} s from '{source.name}' (Qt {qt_version})"

    def player(self) -> str:
        from testimony_recorder.ui.audio.player import playable_formats

        count = playable_formats()
        if not count:
            raise RuntimeError("Qt found no media back end: recordings could not be played")
        return f"{count} file formats can be played"

    def seal(self) -> str:
        for holder, other in ((self.field, self.coordinator), (self.coordinator, self.field)):
            theirs = key_bundle.own_bundle(other)
            trusting.trust_key_file(holder, theirs.dumps(), theirs.fingerprint)
        testimonies.finalize(self.field, self.interview_id)
        coordinator = key_bundle.own_bundle(self.coordinator).fingerprint
        flow = ExportFlow()  # the flow both front ends drive
        flow.choose_recipients(self.field, [coordinator])
        flow.choose_scope(self.field, Scope(CHOSEN, (self.interview_id,)))
        result = flow.seal(self.field, self.packet)
        if result.interviews != 1:
            raise RuntimeError("the interview was left out of the packet")
        return f"{result.size:,} bytes"

    def open_packet(self) -> str:
        importer.verify_packet(self.coordinator, self.packet)
        report = importer.import_packet(self.coordinator, self.packet)
        sent = len(store.list_attachments(self.field.conn, self.interview_id))
        arrived = len(store.list_attachments(self.coordinator.conn, self.interview_id))
        if not report.imported or arrived != sent:
            raise RuntimeError(f"imported {len(report.interviews)} interview(s) and "
                               f"{arrived} of {sent} media file(s)")
        audit = custody.verify(self.coordinator.conn)
        if not audit.ok:
            raise RuntimeError(f"the coordinator's custody log is broken: {audit.reason}")
        return f"signature good, 1 interview and {arrived} media file(s) imported"

    def close(self) -> None:
        for vault in self.vaults_made:
            vault.close()


def attempt(step: str, action: Callable[[], str]) -> Outcome:
    start = time.perf_counter()
    try:
        detail, status = action(), OK
    except Skip as exc:
        detail, status = str(exc), SKIPPED
    except RecorderError as exc:
        detail, status = exc.message, FAILED
    except Exception as exc:  # a self-test reports every failure, and goes on to clean up
        detail, status = f"{exc} ({type(exc).__name__})", FAILED
    return Outcome(step, status, time.perf_counter() - start, detail)


def run_trial(report: Callable[[Outcome], None]) -> list[Outcome]:
    """Every step, then the clean-up (also after a failure, or when stopped)."""
    folder = Path(tempfile.mkdtemp(prefix="testimony-selftest-"))
    trial = Trial(folder)
    outcomes: list[Outcome] = []
    previous = _stop_on_signals(folder)
    try:
        for step, action in trial.steps():
            if any(o.status == FAILED for o in outcomes):
                outcome = Outcome(step, NOT_RUN, 0.0, "a step above failed")
            else:
                outcome = attempt(step, action)
            outcomes.append(outcome)
            report(outcome)
    finally:
        def clean_up() -> str:
            trial.close()
            shutil.rmtree(folder)
            return "the throwaway folder is deleted"

        outcome = attempt("Clean up", clean_up)
        if outcome.status == FAILED:
            outcome.detail += f"; delete {folder} by hand (it holds only test data)"
        outcomes.append(outcome)
        report(outcome)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return outcomes


def _stop_on_signals(folder: Path) -> dict[int, Any]:
    """Ctrl+C or a request to terminate: delete the throwaway folder and stop at once; return
    the handlers to put back. Raising KeyboardInterrupt instead would not leave Qt's event
    loop while recording (PySide reports an exception raised in a slot and carries on)."""
    def stop(signum: int, frame: FrameType | None) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        sys.stdout.flush()
        print("testimony: self-test stopped; its throwaway folder is deleted.", file=sys.stderr,
              flush=True)
        os._exit(128 + signum)

    return {signum: signal.signal(signum, stop) for signum in (signal.SIGINT, signal.SIGTERM)}


def _line(outcome: Outcome) -> None:
    say(f"  {outcome.status:8} {outcome.step:52} {outcome.seconds:6.2f} s  {outcome.detail}")


def selftest(args: argparse.Namespace) -> int:
    build = "frozen build" if getattr(sys, "frozen", False) else "installed"
    started = time.perf_counter()
    if not args.json:
        say(f"Testimony Recorder {__version__} self-test ({build}; {platform.system()} "
            f"{platform.release()} {platform.machine()}, Python {platform.python_version()})")
        say("It works in a throwaway folder, deleted at the end; your own vault is not "
            "touched.")
    outcomes = run_trial(lambda o: None if args.json else _line(o))
    failed = [o for o in outcomes if o.status == FAILED]
    if args.json:
        emit_json({"version": __version__, "build": build, "passed": not failed,
                   "steps": [asdict(o) for o in outcomes]})
    elif failed:
        say(f"{len(failed)} step(s) FAILED. Please send all of the text above to your "
            "support contact: it holds no testimony, names or keys.")
    else:
        skipped = sum(o.status == SKIPPED for o in outcomes)
        say(f"All checks passed in {time.perf_counter() - started:.1f} s"
            + (f" ({skipped} skipped, see above)." if skipped else ".")
            + " This installation works.")
    return 1 if failed else 0
