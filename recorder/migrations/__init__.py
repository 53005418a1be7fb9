"""Numbered schema migrations, applied together in one transaction.

If any step fails, the whole upgrade rolls back and the database stays exactly at its old
version (SQLite's DDL is transactional). Each migration is a module `mNNN_*.py` with a
`STATEMENTS` list; statements run one by one inside the transaction (never `executescript`,
which would commit half-way).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..database import Connection, DatabaseError
from ..errors import MigrationFailed, VaultTooNew
from . import (
    m001_initial,
    m002_media,
    m003_consent,
    m004_keys_packets,
    m005_archive,
    m006_linkage,
    m007_sealed_identity_backups,
    m008_person_attributes,
    m009_batch_results,
    m010_perpetrator_index,
    m011_hashes_and_links,
    m012_perpetrator_summaries,
    m013_perpetrator_records_on_read,
    m014_perpetrator_summary_index,
)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: Sequence[str]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", m001_initial.STATEMENTS),
    Migration(2, "media", m002_media.STATEMENTS),
    Migration(3, "consent", m003_consent.STATEMENTS),
    Migration(4, "keys and packets", m004_keys_packets.STATEMENTS),
    Migration(5, "archive", m005_archive.STATEMENTS),
    Migration(6, "duplicate witnesses", m006_linkage.STATEMENTS),
    Migration(7, "sealed identities and backups", m007_sealed_identity_backups.STATEMENTS),
    Migration(8, "person gender and age group, statistics facets",
              m008_person_attributes.STATEMENTS),
    Migration(9, "batch import results, date indexes", m009_batch_results.STATEMENTS),
    Migration(10, "perpetrator index and chain of command kept",
              m010_perpetrator_index.STATEMENTS),
    Migration(11, "stored files keep their hash, command links by subordinate",
              m011_hashes_and_links.STATEMENTS),
    Migration(12, "perpetrator index summaries", m012_perpetrator_summaries.STATEMENTS),
    Migration(13, "perpetrator records worked out when read",
              m013_perpetrator_records_on_read.STATEMENTS),
    Migration(14, "perpetrator summaries read from an index",
              m014_perpetrator_summary_index.STATEMENTS),
)
LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: Connection,
    path: Path,
    migrations: Sequence[Migration] = MIGRATIONS,
    target: int | None = None,
) -> int:
    """Bring the schema to `target` (default: the latest); return the version reached."""
    target = migrations[-1].version if target is None else target
    version = current_version(conn)
    if version > migrations[-1].version:
        raise VaultTooNew(version, migrations[-1].version)
    pending = [m for m in migrations if version < m.version <= target]
    if not pending:
        return version
    conn.execute("BEGIN IMMEDIATE")
    step = pending[0].version
    try:
        for migration in pending:
            step = migration.version
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        conn.execute("COMMIT")
    except DatabaseError as exc:
        conn.execute("ROLLBACK")
        raise MigrationFailed(step, str(exc)) from None
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return target
