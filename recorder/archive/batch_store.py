"""Batch import reports kept in the vault (table import_batch), and saved as JSON on request."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from .. import canonical
from ..database import Connection
from ..fsutil import atomic_write
from .batch_report import BatchReport
from .errors import UnknownBatch

if TYPE_CHECKING:
    from ..vault import Vault


def save(vault: Vault, report: BatchReport) -> None:
    """Store (or update) the report, durably, in its own small transaction."""
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO import_batch (id, started_at, finished_at, state, report)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " finished_at = excluded.finished_at, state = excluded.state,"
            " report = excluded.report",
            (report.id, report.started_at, report.finished_at, report.state,
             canonical.dumps(report.to_json()).decode("utf-8")))


def reports(conn: Connection, limit: int = 100) -> list[BatchReport]:
    """Stored reports, newest first (one still 'running' was cut short)."""
    rows = conn.execute("SELECT report FROM import_batch ORDER BY started_at DESC, id"
                        " LIMIT ?", (limit,))
    return [BatchReport.from_json(json.loads(r[0])) for r in rows]


def get(conn: Connection, batch_id: str) -> BatchReport:
    row = conn.execute("SELECT report FROM import_batch WHERE id = ?", (batch_id,)).fetchone()
    if row is None:
        raise UnknownBatch(batch_id)
    return BatchReport.from_json(json.loads(row[0]))


def write_json(report: BatchReport, path: Path) -> None:
    """Save the report as a JSON file (atomically: a complete file or none)."""
    data = json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, data.encode("utf-8"))
