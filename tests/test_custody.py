"""The custody log: append-only, hash-chained, tamper-evident."""

from __future__ import annotations

import json
import subprocess

from testimony_recorder.recorder import custody
from testimony_recorder.recorder.model.bundle import Bundle
from testimony_recorder.recorder.store import bundles, testimonies
from testimony_recorder.recorder.vault import Vault

from .conftest import CLI, PASSPHRASE


def filled(vault: Vault, example_bundle: Bundle) -> str:
    interview_id = bundles.add(vault, example_bundle)
    testimonies.save(vault, interview_id, "an edit")
    testimonies.finalize(vault, interview_id)
    return interview_id


def test_every_change_is_logged(vault: Vault, example_bundle: Bundle) -> None:
    interview_id = filled(vault, example_bundle)
    actions = [e.action for e in custody.entries(vault.conn)]
    assert actions[0] == "vault_created"
    for action in ("interview_added", "testimony_saved", "testimony_finalized", "identity_set"):
        assert action in actions
    final = custody.entries(vault.conn, interview_id)[-1]
    assert final.action == "testimony_finalized"
    assert final.content_hash == testimonies.current(vault.conn, interview_id).content_hash
    assert final.actor == "Test Interviewer"


def test_chain_verifies(vault: Vault, example_bundle: Bundle) -> None:
    filled(vault, example_bundle)
    report = custody.verify(vault.conn)
    assert report.ok and report.entries == len(custody.entries(vault.conn))
    assert report.head == custody.head(vault.conn)[1]


def test_append_only_is_enforced(vault: Vault) -> None:
    import pytest

    from testimony_recorder.recorder.database import DatabaseError

    with pytest.raises(DatabaseError):
        vault.conn.execute("UPDATE custody_log SET actor = 'someone else'")
    with pytest.raises(DatabaseError):
        vault.conn.execute("DELETE FROM custody_log")


def _tamper(vault: Vault, sql: str, params: tuple = ()) -> custody.AuditReport:
    """Someone holding the key edits the database directly (triggers dropped first)."""
    conn = vault.conn
    conn.execute("DROP TRIGGER custody_no_update")
    conn.execute("DROP TRIGGER custody_no_delete")
    conn.execute(sql, params)
    return custody.verify(conn)


def test_altered_entry_is_reported(vault: Vault, example_bundle: Bundle) -> None:
    filled(vault, example_bundle)
    report = _tamper(vault, "UPDATE custody_log SET actor = 'forger' WHERE seq = 3")
    assert not report.ok and report.broken_at == 3 and "altered" in report.reason


def test_altered_hash_is_reported(vault: Vault, example_bundle: Bundle) -> None:
    filled(vault, example_bundle)
    row = vault.conn.execute("SELECT content_hash FROM custody_log WHERE seq = 4").fetchone()
    fake = "0" * 64 if row[0] != "0" * 64 else "1" * 64
    report = _tamper(vault, "UPDATE custody_log SET content_hash = ? WHERE seq = 4", (fake,))
    assert not report.ok and report.broken_at == 4


def test_removed_entry_is_reported(vault: Vault, example_bundle: Bundle) -> None:
    filled(vault, example_bundle)
    report = _tamper(vault, "DELETE FROM custody_log WHERE seq = 2")
    assert not report.ok and report.broken_at == 2 and "missing" in report.reason


def test_recomputed_entry_breaks_the_next_link(vault: Vault, example_bundle: Bundle) -> None:
    filled(vault, example_bundle)
    entry = custody.entries(vault.conn)[2]
    forged = custody.Entry(**{**entry.__dict__, "actor": "forger", "hash": ""})
    report = _tamper(vault, "UPDATE custody_log SET actor = ?, hash = ? WHERE seq = ?",
                     ("forger", forged.computed_hash(), entry.seq))
    assert not report.ok and report.broken_at == entry.seq + 1


def test_audit_verify_command_reports_tampering(vault: Vault, example_bundle: Bundle) -> None:
    filled(vault, example_bundle)
    _tamper(vault, "UPDATE custody_log SET action = 'nothing' WHERE seq = 2")
    path = vault.path
    vault.close()
    run = subprocess.run(
        [*CLI, "--vault", str(path), "audit", "verify",
         "--json"], capture_output=True, text=True, env={"TESTIMONY_PASSPHRASE": PASSPHRASE,
                                                          "PATH": "/usr/bin:/bin"}, check=False)
    assert run.returncode == 1
    report = json.loads(run.stdout)
    assert report["ok"] is False and report["broken_at"] == 2
