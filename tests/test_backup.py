"""Backups: backup, wipe, restore gives everything back; anything altered is refused."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from testimony_recorder.recorder import canonical, custody, demo, kdf, unlock
from testimony_recorder.recorder import vault as vault_mod
from testimony_recorder.recorder.backup import layout, reader, restore, schedule, writer
from testimony_recorder.recorder.backup.errors import (
    BackupChainBroken,
    BackupDamaged,
    BackupOutputExists,
    BackupWrongKey,
    RestoreTargetExists,
)
from testimony_recorder.recorder.errors import Cancelled, VaultInUse
from testimony_recorder.recorder.media import ingest
from testimony_recorder.recorder.media import store as media_store
from testimony_recorder.recorder.model import codec
from testimony_recorder.recorder.store import bundles, interviews, listing
from testimony_recorder.recorder.vault import Vault

from .conftest import PASSPHRASE

NARRATIVE_CANARY = "Backup canary Zqxv narrative"


def made(path: Path) -> tuple[Vault, str]:
    vault, recovery = unlock.create(path, PASSPHRASE, owner="Interviewer 7",
                                   kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    demo.fill(vault)  # consent signatures: media files too
    return vault, recovery


def attach(vault: Vault, data: bytes, name: str = "note.txt") -> str:
    interview = interviews.start_new(vault)
    return ingest.ingest_stream(vault, interview.id, io.BytesIO(data), filename=name).id


def everything(vault: Vault) -> dict[str, object]:
    """Every interview, every attachment's hash and bytes, every custody entry."""
    ids = [r.id for r in listing.page(vault.conn)]
    found: dict[str, object] = {
        "interviews": {i: codec.to_dict(bundles.export(vault, i)) for i in ids},
        "custody": [(e.seq, e.hash) for e in custody.entries(vault.conn)],
    }
    attachments = {}
    for (attachment_id, sha) in vault.conn.execute("SELECT id, sha256 FROM attachment"):
        with media_store.open_attachment(vault, attachment_id) as opened:
            attachments[attachment_id] = (sha, canonical.digest(opened.read().hex()))
    found["attachments"] = attachments
    return found


def test_backup_wipe_restore_gives_everything_back(tmp_path: Path) -> None:
    vault, recovery = made(tmp_path / "v")
    attach(vault, NARRATIVE_CANARY.encode())
    before = everything(vault)
    (tmp_path / "stick").mkdir()
    result = writer.make(vault, tmp_path / "stick" / "b.age")
    assert result.kind == layout.FULL and result.media_files == len(before["attachments"])
    vault.close()
    assert NARRATIVE_CANARY.encode() not in result.path.read_bytes()
    assert sorted(os.listdir(tmp_path / "stick")) == ["b.age"]  # no temporary file left
    vault_mod.wipe(tmp_path / "v")
    done = restore.restore([result.path], tmp_path / "v", recovery, replace=True)
    assert done.media_files == len(before["attachments"])
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as back:
        assert custody.verify(back.conn).ok
        after = everything(back)
    custody_before = before["custody"]
    assert isinstance(custody_before, list)
    assert after == before | {"custody": after["custody"]}
    assert after["custody"][: len(custody_before)] == custody_before  # type: ignore[index]


def test_check_reads_it_back_without_writing(tmp_path: Path) -> None:
    vault, recovery = made(tmp_path / "v")
    with vault:
        path = writer.make(vault, tmp_path / "b.age").path
        with pytest.raises(BackupOutputExists):
            writer.make(vault, path)
    found = reader.read(path, recovery)
    assert found.info.kind == layout.FULL and set(found.hashes) >= {"vault.db", "spare.db"}
    assert sorted(os.listdir(tmp_path)) == ["b.age", "v"]


@pytest.mark.parametrize("where", ["header", "middle", "end", "cut", "appended"])
def test_a_tampered_backup_is_refused(tmp_path: Path, where: str) -> None:
    vault, recovery = made(tmp_path / "v")
    with vault:
        path = writer.make(vault, tmp_path / "b.age").path
    data = bytearray(path.read_bytes())
    if where == "cut":
        data = data[: len(data) - 1000]
    elif where == "appended":
        data += b"\0" * 16
    else:
        at = {"header": 60, "middle": len(data) // 2, "end": len(data) - 20}[where]
        data[at] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises((BackupDamaged, BackupWrongKey)) as info:
        reader.read(path, recovery)
    if where != "header":
        assert isinstance(info.value, BackupDamaged)
    with pytest.raises((BackupDamaged, BackupWrongKey)):
        restore.restore([path], tmp_path / "restored", recovery)
    assert not (tmp_path / "restored").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.age", "v"]  # no staging left


def test_another_recovery_key_does_not_open_it(tmp_path: Path) -> None:
    vault, _ = made(tmp_path / "v")
    _, other = unlock.create(tmp_path / "w", PASSPHRASE, owner="x",
                            kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        path = writer.make(vault, tmp_path / "b.age").path
    with pytest.raises(BackupWrongKey):
        reader.read(path, other)


def test_incremental_chain(tmp_path: Path) -> None:
    vault, recovery = made(tmp_path / "v")
    first = attach(vault, b"first file")
    full = writer.make(vault, tmp_path / "0.age", incremental=True)
    assert full.kind == layout.FULL  # nothing to build on yet
    second = attach(vault, b"second file")
    one = writer.make(vault, tmp_path / "1.age", incremental=True)
    assert (one.kind, one.media_files) == (layout.INCREMENTAL, 1)
    media_store.delete_attachment(vault, first)
    two = writer.make(vault, tmp_path / "2.age", incremental=True)
    assert two.media_files == 0
    vault.close()
    with pytest.raises(BackupChainBroken):
        restore.restore([one.path], tmp_path / "r1", recovery)
    with pytest.raises(BackupChainBroken):
        restore.restore([full.path, two.path], tmp_path / "r2", recovery)
    restore.restore([full.path, one.path, two.path], tmp_path / "r3", recovery)
    with unlock.unlock(tmp_path / "r3", PASSPHRASE) as back:
        with media_store.open_attachment(back, second) as opened:
            assert opened.read() == b"second file"
        kept = {r[0] for r in back.conn.execute("SELECT blob_name FROM media_blob")}
        assert {p.name for p in back.media_path.iterdir()} == kept
        assert custody.verify(back.conn).ok


def test_restore_refuses_an_existing_vault_unless_asked(tmp_path: Path) -> None:
    vault, recovery = made(tmp_path / "v")
    with vault:
        path = writer.make(vault, tmp_path / "b.age").path
        interviews.start_new(vault)  # after the backup
    other, _ = unlock.create(tmp_path / "other", PASSPHRASE, owner="x",
                            kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with pytest.raises(RestoreTargetExists):
        restore.restore([path], tmp_path / "v", recovery)
    with pytest.raises(VaultInUse):  # an open vault is never replaced under its feet
        restore.restore([path], tmp_path / "other", recovery, replace=True)
    other.close()
    restore.restore([path], tmp_path / "v", recovery, replace=True)
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as back:
        assert len(listing.page(back.conn)) == len(demo.sample_bundles())


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    vault, _ = made(tmp_path / "v")
    (tmp_path / "out").mkdir()
    with vault:
        with pytest.raises(Cancelled):
            writer.make(vault, tmp_path / "out" / "b.age", cancelled=lambda: True)
        assert vault.conn.execute("SELECT count(*) FROM backup_made").fetchone()[0] == 0
    assert list((tmp_path / "out").iterdir()) == []


def test_reminder(tmp_path: Path) -> None:
    vault, _ = made(tmp_path / "v")
    later = datetime.now(UTC) + timedelta(days=8)
    with vault:
        assert not schedule.status(vault, 7).due
        assert schedule.status(vault, 7, now=later).due  # never backed up, vault a week old
        assert not schedule.status(vault, 0, now=later).due  # reminders off
        writer.make(vault, tmp_path / "b.age")
        status = schedule.status(vault, 7, now=later - timedelta(days=2))
        assert status.last_kind == layout.FULL and not status.due
