"""The --demo vault: clearly fictional, complete enough to try everything (consent included)."""

from __future__ import annotations

from pathlib import Path

from testimony_recorder.recorder import custody, demo
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.store import listing


def test_demo_vault(tmp_path: Path) -> None:
    with demo.create(tmp_path / "demo") as vault:
        rows = listing.page(vault.conn)
        assert len(rows) == len(demo.sample_bundles()) >= 8
        assert {r.status for r in rows} == {"draft", "finalized"}
        for row in rows:
            assert consent_store.current(vault.conn, row.id) is not None
        assert custody.verify(vault.conn).ok
        assert all("fictional" in b.interview.place.lower() or "(" in b.interview.place
                   for b in demo.sample_bundles())
