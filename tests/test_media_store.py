"""The encrypted media store: file format, keys, reading with seeking, damage, deletion."""

from __future__ import annotations

import hashlib
import os
import random
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, migrations, unlock
from testimony_recorder.recorder.database import open_encrypted
from testimony_recorder.recorder.errors import AttachmentInUse, MediaDamaged, NotFound
from testimony_recorder.recorder.media import blob, ingest, redact, store
from testimony_recorder.recorder.vault import Vault

from .conftest import PASSPHRASE, shared_path
from .media_helpers import add_interview


@pytest.fixture
def interview(vault: Vault, example_bundle: object) -> str:
    return add_interview(vault, example_bundle)


def test_blob_is_random_named_ciphertext_with_its_own_key(vault: Vault, interview: str) -> None:
    src = shared_path("media", "statement_ar.wav")
    first = ingest.ingest_file(vault, interview, src)
    second = ingest.ingest_file(vault, interview, src)
    rows = [store.blob_row(vault.conn, a.id) for a in (first, second)]
    assert all(r is not None for r in rows)
    names = [r.blob_name for r in rows if r]
    assert all(len(n) == 32 and "statement" not in n for n in names)
    keys = [store.file_key(vault, r) for r in rows if r]
    assert keys[0] != keys[1]  # one key per file
    original = src.read_bytes()
    for name in names:
        data = (vault.media_path / name).read_bytes()
        assert data.startswith(blob.MAGIC)
        assert original[1000:1064] not in data and original[:64] not in data
    # wrapped keys are bound to their row: another row's wrapping does not open this file
    a, b = rows[0], rows[1]
    assert a is not None and b is not None
    with pytest.raises(MediaDamaged):
        blob.unwrap_key(vault.subkey(blob.WRAP_PURPOSE), b.wrapped_key, b.key_nonce, a.id,
                        a.blob_name)


def test_reader_seeks_anywhere(vault: Vault, interview: str) -> None:
    src = shared_path("media", "consent_en.wav")
    original = src.read_bytes()
    attachment = ingest.ingest_file(vault, interview, src)
    rng = random.Random(7)
    with store.open_attachment(vault, attachment.id) as reader:
        assert reader.seekable()
        assert reader.read() == original
        for _ in range(50):
            start = rng.randrange(len(original))
            length = rng.randrange(1, 200_000)
            reader.seek(start)
            assert reader.read(length) == original[start : start + length]
        reader.seek(-10, os.SEEK_END)
        assert reader.read() == original[-10:]


def test_tampered_or_missing_blob_is_reported(vault: Vault, interview: str) -> None:
    attachment = ingest.ingest_file(vault, interview, shared_path("media", "statement_ar.mp3"))
    row = store.blob_row(vault.conn, attachment.id)
    assert row is not None
    path = vault.media_path / row.blob_name
    data = bytearray(path.read_bytes())
    data[5000] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(MediaDamaged) as err, store.open_attachment(vault, attachment.id) as r:
        r.read()
    assert attachment.id in err.value.message
    path.write_bytes(bytes(data[:70000]))  # cut short: caught before any read
    with pytest.raises(MediaDamaged):
        store.open_attachment(vault, attachment.id)
    path.unlink()
    with pytest.raises(MediaDamaged, match="missing"):
        store.open_attachment(vault, attachment.id)


def test_delete_destroys_key_file_and_derivatives(vault: Vault, interview: str) -> None:
    original = ingest.ingest_file(vault, interview, shared_path("media", "statement_ar.flac"))
    derivative = redact.make_redacted(vault, original.id)
    names = [r.blob_name for r in (store.blob_row(vault.conn, a.id)
                                   for a in (original, derivative)) if r]
    store.delete_attachment(vault, original.id)
    for a in (original, derivative):
        with pytest.raises(NotFound):
            store.get_attachment(vault.conn, a.id)
        assert store.blob_row(vault.conn, a.id) is None
    assert not any((vault.media_path / n).exists() for n in names)
    assert vault.conn.execute("SELECT count(*) FROM media_blob").fetchone()[0] == 0
    deleted = [e for e in custody.entries(vault.conn) if e.action == "attachment_deleted"]
    assert {e.entity_id for e in deleted} == {original.id, derivative.id}
    assert {e.content_hash for e in deleted} == {original.sha256, derivative.sha256}
    assert custody.verify(vault.conn).ok


def test_consent_evidence_cannot_be_deleted(vault: Vault, interview: str) -> None:
    attachment = ingest.ingest_file(vault, interview, shared_path("media", "consent_en.m4a"))
    vault.conn.execute(  # a recorded verbal consent whose evidence is this audio
        "INSERT INTO consent (id, interview_id, kind, template_id, template_version, language,"
        " text_hash, answers, method, artefact_id, attested_by, given_at, created_at)"
        " VALUES ('c0000000-0000-4000-8000-000000000001', ?, 'initial', 't', 1, 'en',"
        " ?, '{}', 'verbal_recorded', ?, 'T', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')",
        (interview, "0" * 64, attachment.id))
    with pytest.raises(AttachmentInUse):
        store.delete_attachment(vault, attachment.id)
    assert store.get_attachment(vault.conn, attachment.id).sha256 == attachment.sha256


def test_unlock_sweeps_orphaned_files(vault_dir: Path, vault: Vault, interview: str) -> None:
    kept = ingest.ingest_file(vault, interview, shared_path("media", "photo_gps.jpg"))
    (vault.media_path / ".deadbeef.partial").write_bytes(b"x" * 100)
    (vault.media_path / ("ab" * 16)).write_bytes(b"y" * 100)
    vault.close()
    with unlock.unlock(vault_dir, PASSPHRASE) as again:
        names = sorted(p.name for p in again.media_path.iterdir())
        row = store.blob_row(again.conn, kept.id)
        assert row is not None and names == [row.blob_name]
        with store.open_attachment(again, kept.id) as reader:
            assert hashlib.sha256(reader.read()).hexdigest() == kept.sha256


def test_schema_upgrade_from_version_1(tmp_path: Path) -> None:
    key = os.urandom(32)
    conn = open_encrypted(tmp_path / "v1.db", key, create=True)
    assert migrations.migrate(conn, tmp_path / "v1.db", target=1) == 1
    conn.execute("INSERT INTO meta (key, value) VALUES ('vault_id', 'x')")
    assert migrations.migrate(conn, tmp_path / "v1.db") == migrations.LATEST
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"media_blob", "media_marker"} <= tables
    assert conn.execute("SELECT value FROM meta WHERE key='vault_id'").fetchone()[0] == "x"
    conn.close()
