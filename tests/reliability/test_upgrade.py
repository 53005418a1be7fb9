"""Upgrade: vaults written by the code of each earlier schema version (upgrade_fixtures/vN,
made by make_upgrade_fixtures.py from the commit where version N was the newest) open with
today's code, migrate to the latest schema, and keep everything: the finalized testimony,
the custody chain, the media, the consent, search; and take new records afterwards.

The fixtures' passphrase is test-only (make_upgrade_fixtures.FIXTURE_PASSPHRASE).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, database, migrations, unlock
from testimony_recorder.recorder.consent import store as consent_store
from testimony_recorder.recorder.keys import device
from testimony_recorder.recorder.keyslots import KeySlots
from testimony_recorder.recorder.media import store
from testimony_recorder.recorder.model import testimony as testimony_mod
from testimony_recorder.recorder.model.bundle import Bundle
from testimony_recorder.recorder.packets import media_io
from testimony_recorder.recorder.search.query import search
from testimony_recorder.recorder.store import bundles, testimonies
from testimony_recorder.recorder.vault import DB_NAME, SLOTS_NAME

from .make_upgrade_fixtures import COMMITS, FIXTURE_PASSPHRASE, HERE, NEVER_NEWEST
from .tally import count


def fixture_copy(version: int, tmp_path: Path) -> tuple[Path, str]:
    source = HERE / f"v{version}"
    vault = tmp_path / "vault"
    shutil.copytree(source, vault, ignore=shutil.ignore_patterns("interview_id"))
    (vault / "media").mkdir(mode=0o700, exist_ok=True)  # git keeps no empty folder
    return vault, (source / "interview_id").read_text().strip()


def schema_of(vault: Path) -> int:
    key = KeySlots.load(vault / SLOTS_NAME).unlock_with_passphrase(FIXTURE_PASSPHRASE)
    conn = database.open_encrypted(vault / DB_NAME, key)
    try:
        return migrations.current_version(conn)
    finally:
        conn.close()


def test_every_older_version_has_a_fixture() -> None:
    older = {m.version for m in migrations.MIGRATIONS if m.version < migrations.LATEST}
    assert older - NEVER_NEWEST <= set(COMMITS)


@pytest.mark.parametrize("version", sorted(COMMITS))
def test_vault_of_an_older_version_opens_and_migrates(version: int, tmp_path: Path) -> None:
    path, interview = fixture_copy(version, tmp_path)
    assert schema_of(path) == version
    with unlock.unlock(path, FIXTURE_PASSPHRASE) as vault:
        conn = vault.conn
        assert migrations.current_version(conn) == migrations.LATEST
        assert custody.verify(conn).ok
        final = testimonies.current(conn, interview)
        assert final is not None and final.is_final
        assert final.content_hash == final.compute_hash()
        assert interview in {hit.interview_id for hit in search(conn, "checkpoint")}
        attachments = store.list_attachments(conn, interview)
        # v2 on: the photo; v3 on: also the consent form's scan, kept in the media store.
        assert len(attachments) == {1: 0, 2: 1}.get(version, 2)
        for attachment in attachments:
            digest = hashlib.sha256()
            for block in media_io.read_blocks(vault, attachment.id):
                digest.update(block)
            assert digest.hexdigest() == attachment.sha256
        assert (consent_store.current(conn, interview) is not None) == (version >= 3)
        assert device.load(vault).fingerprint  # keys are made on an older vault's first unlock
        bundles.add(vault, Bundle(testimonies=[testimony_mod.Testimony(narrative="After.")]))
        assert custody.verify(conn).ok
    count("upgrade", **{f"v{version} ({COMMITS[version]})": f"migrated to v{migrations.LATEST}"})
