"""Schema 4 (consent) applies on top of every older schema, keeping what was there."""

from __future__ import annotations

from pathlib import Path

import pytest

from testimony_recorder.recorder import database, migrations
from testimony_recorder.recorder.consent import store
from testimony_recorder.recorder.database import IntegrityError
from testimony_recorder.recorder.migrations import MIGRATIONS
from testimony_recorder.recorder.vault import Vault

from .consent_support import draft, new_interview

KEY = bytes(range(32))
OLDER = [m.version for m in MIGRATIONS if m.version < 4]


@pytest.mark.parametrize("start", OLDER)
def test_upgrade_to_latest_from(start: int, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = database.open_encrypted(path, KEY, create=True)
    assert migrations.migrate(conn, path, target=start) == start
    conn.execute("INSERT INTO witness (id, code, created_at, updated_at)"
                 " VALUES ('w', 'W-OLD', 't', 't')")
    assert migrations.migrate(conn, path) == migrations.LATEST
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"consent_text", "consent_audio", "consent_body", "consent_keep",
            "consent_successor"} <= tables
    assert conn.execute("SELECT code FROM witness").fetchone()[0] == "W-OLD"
    conn.close()


def test_upgraded_vault_refuses_deleting_consent(vault: Vault) -> None:
    interview = new_interview(vault)
    c = store.record(vault, draft(vault, interview))
    with pytest.raises(IntegrityError):
        vault.conn.execute("DELETE FROM consent WHERE id = ?", (c.id,))
    assert migrations.current_version(vault.conn) == migrations.LATEST
