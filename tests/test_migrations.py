"""Every migration, upgrading from every older version; failures leave the database as it was."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, database, errors, kdf, migrations, unlock
from testimony_recorder.recorder.archive import (
    batch_store,
    merges,
    perpetrator_index,
)
from testimony_recorder.recorder.archive.perpetrators import (
    Allegation,
    Corroboration,
    EntrySummary,
    PerpetratorEntry,
    RoleInIncident,
)
from testimony_recorder.recorder.keyslots import KeySlots
from testimony_recorder.recorder.migrations import LATEST, MIGRATIONS, Migration
from testimony_recorder.recorder.model.incident import FuzzyDate
from testimony_recorder.recorder.store import testimonies
from testimony_recorder.recorder.vault import DB_NAME, SLOTS_NAME, Vault

from .conftest import PASSPHRASE
from .migration_data import POPULATE, B, I


def build_vault_at(path: Path, version: int,
                   extra: Callable[[database.Connection], None] | None = None) -> None:
    """A vault whose database stops at `version`, holding sample data of that version (and
    whatever `extra` writes with that version's SQL)."""
    path.mkdir(mode=0o700)
    key = secrets.token_bytes(32)
    vault_id = "00000000-0000-4000-8000-000000000000"
    slot = KeySlots.passphrase_slot(vault_id, key, PASSPHRASE, kdf.WEAK_PARAMS_FOR_TESTS)
    KeySlots(vault_id, (slot,)).save(path / SLOTS_NAME)
    conn = database.open_encrypted(path / DB_NAME, key, create=True)
    try:
        migrations.migrate(conn, path / DB_NAME, target=version)
        with database.transaction(conn, path / DB_NAME):
            if version >= 1:
                for k, v in (("vault_id", vault_id), ("owner", "Old"), ("role", "interviewer")):
                    conn.execute("INSERT INTO meta VALUES (?, ?)", (k, v))
                custody.append(conn, actor="Old", action="vault_created", entity_type="vault",
                               entity_id=vault_id)
            POPULATE[version](conn)
            if extra is not None:
                extra(conn)
    finally:
        conn.close()


#: Schema versions a vault can be at: migration numbers are assigned ahead of time, so while
#: work lands in pieces they need not be contiguous.
OLDER = [m.version for m in MIGRATIONS if m.version < LATEST]


@pytest.mark.parametrize("version", OLDER)
def test_upgrade_from_every_older_version(tmp_path: Path, version: int) -> None:
    build_vault_at(tmp_path / "v", version)
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as vault:
        assert migrations.current_version(vault.conn) == LATEST
        assert custody.verify(vault.conn).ok
        assert testimonies.current(vault.conn, I) is not None


def test_batch_reports_are_split_into_one_row_per_packet(tmp_path: Path) -> None:
    build_vault_at(tmp_path / "v", 5)
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as vault:
        report = batch_store.get(vault.conn, B)
        rows = vault.conn.execute("SELECT position FROM import_batch_result WHERE batch_id = ?"
                                  " ORDER BY position", (B,)).fetchall()
        stored = vault.conn.execute("SELECT report FROM import_batch").fetchone()[0]
    assert [r[0] for r in rows] == [0, 1]
    assert "results" not in json.loads(stored)
    assert [(r.name, r.outcome, r.sequence) for r in report.results] == [
        ("a.tpk", "imported", 1), ("b.tpk", "not_started", None)]
    assert (report.state, report.summary.imported, report.summary.not_imported) == ("done", 1, 1)


def _schema_11_record(e: PerpetratorEntry) -> list[object]:
    """An entry's record as schemas 10 to 12 stored it (JSON arrays in field order)."""
    def counts(c: Corroboration) -> list[int]:
        return [c.testimonies, c.witnesses, c.interviewers]

    lists = [list(getattr(e, f)) for f in ("names", "aliases", "affiliations", "units", "ranks",
                                            "positions", "members", "persons", "interviews")]
    roles = [[r.person_id, r.interview_id, r.incident_id, r.incident_title, r.role,
              list(r.violations), None if r.date is None else [r.date.precision, r.date.start,
                                                               r.date.end], r.place, r.area]
             for r in e.roles]
    allegations = [[a.role, a.violation, counts(a.corroboration), [list(i) for i in a.incidents]]
                   for a in e.allegations]
    return [e.id, e.kind, e.name, lists, roles, allegations, counts(e.corroboration),
            e.first_date, e.last_date, list(e.places), list(e.areas)]


def test_perpetrator_entries_keep_the_summary_taken_from_their_record(tmp_path: Path) -> None:
    """Schema 12 reads each entry's summary out of the record schema 10 stored, and schema 13
    keeps that summary and drops the record (whole records are computed from the mentions
    when read): the list shows what it showed before."""
    counts = Corroboration(testimonies=3, witnesses=2, interviewers=2)
    entry = PerpetratorEntry(
        "unit-215", merges.UNIT, "Branch 215", ("Branch 215", "\u0641\u0631\u0639 215"), (),
        ("Military Intelligence",), ("Branch 215",), ("brigadier",), ("head",),
        ("unit-215", "unit-0215"),
        counts, ("p1",), ("i1",),
        roles=(RoleInIncident("p1", "i1", "n1", "Raid", "ordered", ("detention",),
                              FuzzyDate("month", "2013-04-01", "2013-04-30"), "Homs", "SY04"),),
        allegations=(Allegation("ordered", "detention", counts, (("i1", "n1"),)),),
        first_date="2013-04-01", last_date="2013-04-30",
        places=("Homs",), areas=("SY04",))

    def stored_before(conn: database.Connection) -> None:
        conn.execute("INSERT INTO perpetrator_entry (id, kind, witnesses, testimonies, name_key,"
                     " data) VALUES (?, ?, ?, ?, ?, ?)",
                     (entry.id, entry.kind, 2, 3, "brnk", json.dumps(_schema_11_record(entry))))

    build_vault_at(tmp_path / "v", 11, stored_before)
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as vault:
        assert perpetrator_index.summaries(vault.conn) == [EntrySummary(
            "unit-215", merges.UNIT, "Branch 215", entry.names, (), entry.affiliations, entry.units,
            entry.ranks, entry.positions, ("unit-215", "unit-0215"), counts)]
        # Found by its name in another script, and not by another name.
        assert perpetrator_index.count(vault.conn, name="\u0628\u0631\u0627\u0646\u0643") == 1
        assert perpetrator_index.count(vault.conn, name="Mohammad") == 0
        columns = [r[1] for r in vault.conn.execute("PRAGMA table_info(perpetrator_entry)")]
        assert "data" not in columns and "summary" in columns


def test_every_version_has_sample_data() -> None:
    assert set(POPULATE) >= set(OLDER)


def test_fresh_vault_is_at_latest(vault: Vault) -> None:
    assert migrations.current_version(vault.conn) == LATEST


def test_failed_migration_leaves_database_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db"
    key = secrets.token_bytes(32)
    conn = database.open_encrypted(path, key, create=True)
    migrations.migrate(conn, path)
    schema_before = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    broken = (*MIGRATIONS,
              Migration(LATEST + 1, "ok part", ["CREATE TABLE new_part (a)"]),
              Migration(LATEST + 2, "broken", ["INSERT INTO no_such_table VALUES (1)"]))
    with pytest.raises(errors.MigrationFailed) as info:
        migrations.migrate(conn, path, broken)
    assert "left exactly as it was" in info.value.message
    assert migrations.current_version(conn) == LATEST
    assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema_before
    conn.close()


def test_newer_vault_is_refused(vault_dir: Path) -> None:
    vault, _ = unlock.create(vault_dir, PASSPHRASE, owner="x", kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    vault.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    vault.close()
    with pytest.raises(errors.VaultTooNew):
        unlock.unlock(vault_dir, PASSPHRASE)
