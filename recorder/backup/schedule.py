"""When the last backup was made, and whether it is time to remind about the next one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from .. import clock
from ..vault import Vault


@dataclass(frozen=True)
class BackupStatus:
    #: When the last backup was made, and whether it was full or incremental (None: never).
    last_at: str | None
    last_kind: str | None
    #: The last backup (or, with none, the vault itself) is older than the reminder allows.
    due: bool


def status(vault: Vault, reminder_days: int, now: datetime | None = None) -> BackupStatus:
    row = vault.conn.execute("SELECT made_at, kind FROM backup_made"
                             " ORDER BY made_at DESC LIMIT 1").fetchone()
    since = row["made_at"] if row else vault.meta("created_at")
    now = now or datetime.now(UTC)
    due = bool(reminder_days > 0 and since
               and now - clock.parse(since) > timedelta(days=reminder_days))
    return BackupStatus(row["made_at"] if row else None, row["kind"] if row else None, due)
