"""Importing a folder or a memory stick in one go, as a Qt-free flow the app and the command
line both drive.

    flow = BatchImport(vault, [Path("/media/stick")])   # finds the packets (READY)
    report = flow.run(progress=..., cancel=...)         # imports them (DONE or CANCELLED)

Each packet is imported whole or not at all (recorder.packets.importer, one transaction each);
a bad packet is reported and the batch goes on. Cancel stops at once: the packet being read
is rolled back and the rest are not started. The report is stored in the vault as it goes
(recorder.archive.batch_store): each imported packet's result commits with the packet, so a
batch cut short by a kill or a power cut leaves what it had committed and a report saying so;
running the same batch again imports nothing twice (packets already held are recognised by
id and manifest hash and reported as already had).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from .. import clock
from ..errors import Cancelled, RecorderError
from ..keys.keyring import Keyring
from ..model import new_id
from ..packets import importer, state
from ..packets.errors import BadSignature
from ..packets.notices import CustodyRewritten
from ..packets.progress import CancelFn
from ..packets.report import Report
from . import batch_store, devices
from .batch_report import (
    ALREADY_HAD,
    CANCELLED,
    HISTORY_REWRITTEN,
    IMPORTED,
    REJECTED,
    SEQUENCE_GAP,
    SIGNATURE_BAD,
    SIGNATURE_GOOD,
    BatchReport,
    PacketResult,
)
from .discover import Found, PacketSource, Problem, discover
from .errors import BatchNotReady

if TYPE_CHECKING:
    from ..vault import Vault


class Step(StrEnum):
    READY = "ready"
    RUNNING = "running"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class BatchProgress:
    """Where the batch is: the packet being read (counting from 1) and bytes read so far."""

    packet: int
    packets: int
    name: str
    packet_done: int
    packet_total: int
    done: int
    total: int


BatchProgressFn = Callable[[BatchProgress], None]
_OUTDATED = "older than the version held: ignored"


class BatchImport:
    def __init__(self, vault: Vault, paths: Sequence[Path]) -> None:
        self.vault = vault
        self.found: Found = discover(paths)
        self.step = Step.READY
        self.report = BatchReport(new_id(), clock.now())
        for name, problem in self.found.problems:
            self.report.results.append(PacketResult(name, [str(problem.params.get("path", ""))],
                                                    0, REJECTED, rejection=problem))
        self.report.results += [PacketResult(p.name, [str(f) for f in p.files], p.size)
                                for p in self.found.packets]
        self._stop = threading.Event()
        #: Keys decoded once for the whole batch (recorder.keys.keyring).
        self._keys = Keyring(vault)
        #: Results of packets that changed nothing, stored with the next commit.
        self._unsaved: list[int] = []

    def cancel(self) -> None:
        """Ask the running batch to stop (safe from any thread)."""
        self._stop.set()

    def run(self, progress: BatchProgressFn | None = None,
            cancel: CancelFn | None = None) -> BatchReport:
        """Import every packet found; return the report (also stored in the vault)."""
        if self.step != Step.READY:
            raise BatchNotReady(self.step.value)
        self.step = Step.RUNNING

        def stopped() -> bool:
            return self._stop.is_set() or (cancel is not None and cancel())

        batch_store.begin(self.vault, self.report)
        offset = len(self.found.problems)
        done_before = 0
        total = self.found.total_size
        for n, source in enumerate(self.found.packets):
            if stopped():
                break

            def tick(done: int, size: int, n: int = n, name: str = source.name,
                     base: int = done_before) -> None:
                if progress is not None:
                    progress(BatchProgress(n + 1, len(self.found.packets), name, done, size,
                                           base + done, total))

            outcome = self._import_one(source, offset + n, tick, stopped)
            tick(source.size, source.size)  # done with it, whatever the outcome
            done_before += source.size
            if outcome == CANCELLED:
                break
        cancelled = stopped() or any(r.outcome == CANCELLED for r in self.report.results)
        self.step = Step.CANCELLED if cancelled else Step.DONE
        self.report.state = self.step.value
        self.report.finished_at = clock.now()
        senders = sorted({r.sender for r in self.report.results if r.sender})
        self.report.summarise(devices.gaps(self.vault.conn, senders))
        batch_store.finish(self.vault, self.report, self._pending())
        return self.report

    def _pending(self) -> list[tuple[int, PacketResult]]:
        return [(n, self.report.results[n]) for n in self._unsaved]

    def _import_one(self, source: PacketSource, position: int,
                    tick: Callable[[int, int], None], stopped: CancelFn) -> str:
        """Import one packet; its result is stored in its transaction if it was imported."""
        handler = importer.ImportHandler(self.vault, self._keys)
        started = time.monotonic()
        result = self.report.results[position]

        def before_commit(report: Report) -> None:
            self._fill(result, report)
            self._opened(result, handler, started)
            batch_store.save_results(self.vault.conn, self.report,
                                     [*self._pending(), (position, result)])

        try:
            report = importer.import_packet(self.vault, source.files[0], progress=tick,
                                            cancel=stopped, handler=handler,
                                            before_commit=before_commit)
        except RecorderError as exc:  # Cancelled too
            # Whatever before_commit filled in did not commit: start the result afresh.
            result = self.report.results[position] = PacketResult(result.name, result.files,
                                                                  result.size)
            if isinstance(exc, Cancelled):
                result.outcome = CANCELLED
            else:
                result.outcome, result.rejection = REJECTED, Problem.of(exc)
                if isinstance(exc, BadSignature):
                    result.signature = SIGNATURE_BAD
        else:
            if report.already_imported:
                result.outcome = ALREADY_HAD
            else:
                self._unsaved = []  # stored with this packet
        if result.outcome != IMPORTED:
            self._opened(result, handler, started)
            self._unsaved.append(position)
        return result.outcome

    @staticmethod
    def _opened(result: PacketResult, handler: importer.ImportHandler, started: float) -> None:
        """What the signed manifest said, once the signature checked out."""
        if handler.opened is not None:
            opened = handler.opened
            result.signature = SIGNATURE_GOOD
            result.packet_id = opened.manifest.packet_id
            result.sender, result.sender_name = opened.sender.fingerprint, opened.sender.name
            result.sequence, result.created_at = opened.me.sequence, opened.manifest.created_at
        result.seconds = round(time.monotonic() - started, 3)

    def _fill(self, result: PacketResult, report: Report) -> None:
        result.outcome = IMPORTED
        for item in report.interviews:
            outcome = "outdated" if item.outcome == _OUTDATED else item.outcome
            result.records[outcome] = result.records.get(outcome, 0) + 1
            result.interviews.append({"interview_id": item.interview_id, "outcome": outcome})
        for change in report.consent_changes:
            result.consent_changes.append({
                "interview_id": change["interview_id"], "kind": change["kind"],
                "effects": consent_effects(change.get("outcome", ""))})
        held = state.sender_sequences(self.vault.conn, report.sender)
        for first, last in state.missing_ranges(held):
            if last < report.sequence:
                result.warnings.append({"code": SEQUENCE_GAP, "first": first, "last": last})
        if isinstance(report.custody, CustodyRewritten):
            result.warnings.append({"code": HISTORY_REWRITTEN})


def consent_effects(outcome: str) -> list[str]:
    """The importer's account of a consent change, as codes."""
    codes = []
    for part in filter(None, (p.strip() for p in outcome.split(","))):
        if part.startswith("attachment ") and part.endswith(" destroyed"):
            codes.append("attachment_destroyed")
        elif part.startswith("not held here"):
            codes.append("not_held")
        else:
            codes.append(part.replace(" ", "_"))
    return codes or ["recorded"]
