"""Importing a folder or a memory stick in one go, as a Qt-free flow the app and the command
line both drive.

    flow = BatchImport(vault, [Path("/media/stick")])   # finds the packets (READY)
    report = flow.run(progress=..., cancel=...)         # imports them (DONE or CANCELLED)

Each packet is imported whole or not at all (recorder.packets.importer); a bad packet is
reported and the batch goes on. Cancel stops at once: the packet being read is rolled back,
what was imported before it commits, and the rest are not started.

Packets commit in groups: one transaction holds the packets imported in about a second (or
GROUP_BYTES of them), each packet a savepoint inside it, so the disk waits of a durable
commit (the media files' fsyncs, their folder's, the database's) are paid once a group rather
than once a packet, which on a slow stick or laptop disk is most of an import's time. The
report is stored in the vault as it goes (recorder.archive.batch_store): each group's results
commit with the group, so a batch cut short by a kill or a power cut leaves what it had
committed and a report saying so. Nothing is reported imported before its group commits, and
running the same batch again imports nothing twice (packets already held are recognised by
id and manifest hash and reported as already had): a kill costs at most one group's work.
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
from ..packets import importer, media_io, state
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


#: How long a group of packets may take, and how many bytes of packets it may hold, before
#: it commits.
GROUP_SECONDS = 1.0
GROUP_BYTES = 64 << 20


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
        #: Bytes of packets read so far.
        self._done = 0
        #: Packets whose group failed to commit: their results are stored when the batch ends.
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
        packets = self.found.packets
        n = 0
        while n < len(packets) and self.step == Step.RUNNING:
            n = self._import_group(n, progress, stopped)
        if self.step == Step.RUNNING:
            self.step = Step.DONE
        self.report.state = self.step.value
        self.report.finished_at = clock.now()
        senders = sorted({r.sender for r in self.report.results if r.sender})
        self.report.summarise(devices.gaps(self.vault.conn, senders))
        batch_store.finish(self.vault, self.report,
                           [(p, self.report.results[p]) for p in self._unsaved])
        return self.report

    def _import_group(self, first: int, progress: BatchProgressFn | None,
                      stopped: CancelFn) -> int:
        """Import packets from `first` on in one transaction, until the group is full, the
        batch is cancelled or the packets run out; return where the next group starts."""
        packets, offset = self.found.packets, len(self.found.problems)
        started, size, n = time.monotonic(), 0, first
        positions: list[int] = []
        sweep = False
        try:
            with self.vault.transaction():
                while n < len(packets):
                    if stopped():
                        self.step = Step.CANCELLED
                        break
                    source = packets[n]

                    def tick(done: int, total: int, n: int = n, name: str = source.name,
                             base: int = self._done) -> None:
                        if progress is not None:
                            progress(BatchProgress(n + 1, len(packets), name, done, total,
                                                   base + done, self.found.total_size))

                    positions.append(offset + n)
                    outcome, needs_sweep = self._import_one(source, offset + n, tick, stopped)
                    sweep |= needs_sweep
                    tick(source.size, source.size)  # done with it, whatever the outcome
                    self._done += source.size
                    size += source.size
                    n += 1
                    if outcome == CANCELLED:
                        self.step = Step.CANCELLED
                        break
                    if time.monotonic() - started >= GROUP_SECONDS or size >= GROUP_BYTES:
                        break
                batch_store.save_results(self.vault.conn, self.report,
                                         [(p, self.report.results[p]) for p in positions])
        except RecorderError as exc:  # the commit failed (a full disk): none of the group holds
            sweep = True
            self._unsaved += positions  # their results did not commit either: stored at the end
            for p in positions:
                result = self.report.results[p]
                if result.outcome == IMPORTED:
                    self.report.results[p] = PacketResult(result.name, result.files,
                                                          result.size, REJECTED,
                                                          rejection=Problem.of(exc))
        finally:
            if sweep:
                media_io.sweep(self.vault)
        return n

    def _import_one(self, source: PacketSource, position: int,
                    tick: Callable[[int, int], None], stopped: CancelFn) -> tuple[str, bool]:
        """Import one packet inside the group's transaction; return its outcome, and whether
        the media folder may hold files no row names once the group ends."""
        handler = importer.ImportHandler(self.vault, self._keys)
        started = time.monotonic()
        result = self.report.results[position]
        committed = False
        try:
            report = importer.import_packet(self.vault, source.files[0], progress=tick,
                                            cancel=stopped, handler=handler)
        except RecorderError as exc:  # Cancelled too
            if isinstance(exc, Cancelled):
                result.outcome = CANCELLED
            else:
                result.outcome, result.rejection = REJECTED, Problem.of(exc)
                if isinstance(exc, BadSignature):
                    result.signature = SIGNATURE_BAD
        else:
            committed = True
            if report.already_imported:
                result.outcome = ALREADY_HAD
            else:
                self._fill(result, report)
        self._opened(result, handler, started)
        return result.outcome, handler.needs_sweep(committed)

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
