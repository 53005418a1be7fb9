"""Batch import reports kept in the vault, and saved as JSON on request.

A batch is one row of import_batch (when it ran, its state, its summary) and one row of
import_batch_result per packet, in the order found. The packet rows are all written when the
batch starts (as not started); each imported packet's row is rewritten inside the packet's
own transaction, so the report never says a packet was imported that is not, nor the other
way round. The rows of packets that changed nothing (already had, rejected) wait for the next
import's transaction or the batch's end: a power cut may leave them saying "not started",
which running the batch again puts right, at no risk to anything imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import canonical
from ..database import Connection
from ..fsutil import atomic_write
from .batch_report import BatchReport, PacketResult
from .errors import UnknownBatch

if TYPE_CHECKING:
    from ..vault import Vault


def _text(data: dict[str, Any]) -> str:
    return canonical.dumps(data).decode("utf-8")


def _header(report: BatchReport) -> tuple[str, str, str | None, str, str]:
    return (report.id, report.started_at, report.finished_at, report.state,
            _text(report.header_json()))


def begin(vault: Vault, report: BatchReport) -> None:
    """Store a new batch with every packet it found, in one transaction."""
    with vault.transaction():
        vault.conn.execute("INSERT INTO import_batch (id, started_at, finished_at, state, report)"
                           " VALUES (?, ?, ?, ?, ?)", _header(report))
        save_results(vault.conn, report, enumerate(report.results))


def save_results(conn: Connection, report: BatchReport,
                 results: Iterable[tuple[int, PacketResult]]) -> None:
    """Store packets' results (position in the report, result), in the caller's transaction."""
    conn.executemany("INSERT OR REPLACE INTO import_batch_result (batch_id, position, result)"
                     " VALUES (?, ?, ?)",
                     [(report.id, n, _text(r.to_json())) for n, r in results])


def finish(vault: Vault, report: BatchReport,
           results: Iterable[tuple[int, PacketResult]] = ()) -> None:
    """Store the batch's end (state, summary) and the results still to be stored."""
    with vault.transaction():
        _id, _started, finished_at, state, data = _header(report)
        vault.conn.execute("UPDATE import_batch SET finished_at = ?, state = ?, report = ?"
                           " WHERE id = ?", (finished_at, state, data, report.id))
        save_results(vault.conn, report, results)


def _load(conn: Connection, header: Any) -> BatchReport:
    data = json.loads(header["report"])
    data["results"] = [json.loads(r[0]) for r in conn.execute(
        "SELECT result FROM import_batch_result WHERE batch_id = ? ORDER BY position",
        (header["id"],))]
    return BatchReport.from_json(data)


def reports(conn: Connection, limit: int = 100) -> list[BatchReport]:
    """Stored reports, newest first (one still 'running' was cut short)."""
    rows = conn.execute("SELECT id, report FROM import_batch ORDER BY started_at DESC, id"
                        " LIMIT ?", (limit,)).fetchall()
    return [_load(conn, r) for r in rows]


def get(conn: Connection, batch_id: str) -> BatchReport:
    row = conn.execute("SELECT id, report FROM import_batch WHERE id = ?",
                       (batch_id,)).fetchone()
    if row is None:
        raise UnknownBatch(batch_id)
    return _load(conn, row)


def write_json(report: BatchReport, path: Path) -> None:
    """Save the report as a JSON file (atomically: a complete file or none)."""
    data = json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, data.encode("utf-8"))
