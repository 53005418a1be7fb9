"""The vault on real SQLCipher files: keys, unlocking, damage, wipe."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, errors, kdf, keyslots, recovery_key, unlock
from testimony_recorder.recorder.vault import DB_NAME, SLOTS_NAME, Vault, wipe

from .conftest import PASSPHRASE


def make(path: Path) -> str:
    vault, text = unlock.create(path, PASSPHRASE, owner="Interviewer 7",
                                kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    vault.close()
    return text


def test_database_has_no_plaintext_header(vault_dir: Path) -> None:
    make(vault_dir)
    head = (vault_dir / DB_NAME).read_bytes()[:16]
    assert head != b"SQLite format 3\x00"


def test_vault_folder_is_private(vault_dir: Path) -> None:
    make(vault_dir)
    assert vault_dir.stat().st_mode & 0o077 == 0
    assert (vault_dir / SLOTS_NAME).stat().st_mode & 0o077 == 0


def test_unlock_and_metadata(vault_dir: Path) -> None:
    make(vault_dir)
    with unlock.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.owner == "Interviewer 7"
        assert vault.role == "interviewer"
        assert custody.verify(vault.conn).ok


def test_wrong_passphrase_touches_nothing(vault_dir: Path) -> None:
    make(vault_dir)
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    with pytest.raises(errors.WrongPassphrase) as info:
        unlock.unlock(vault_dir, "not the passphrase")
    assert "Wrong passphrase" in info.value.message
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert before == after
    unlock.unlock(vault_dir, PASSPHRASE).vault.close()  # the lock was released


def test_passphrase_is_normalized(vault_dir: Path) -> None:
    composed = "caf\u00e9 passphrase"
    decomposed = "cafe\u0301 passphrase"
    vault, _ = unlock.create(vault_dir, composed, owner="x", kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    vault.close()
    unlock.unlock(vault_dir, decomposed).vault.close()


def test_recovery_key_unlocks_and_resets_passphrase(vault_dir: Path) -> None:
    text = make(vault_dir)
    groups = text.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    with unlock.unlock_with_recovery_key(vault_dir, text.lower().replace("-", " ")) as vault:
        vault.change_passphrase("a brand new passphrase")
    with pytest.raises(errors.WrongPassphrase):
        unlock.unlock(vault_dir, PASSPHRASE)
    unlock.unlock(vault_dir, "a brand new passphrase").vault.close()


def test_recovery_key_typo_is_told_apart(vault_dir: Path) -> None:
    text = make(vault_dir)
    typo = ("0" if text[0] != "0" else "1") + text[1:]
    with pytest.raises(errors.RecoveryKeyTypo):
        unlock.unlock_with_recovery_key(vault_dir, typo)
    other, _ = recovery_key.generate()
    with pytest.raises(errors.WrongRecoveryKey) as info:
        unlock.unlock_with_recovery_key(vault_dir, other)
    assert not isinstance(info.value, errors.RecoveryKeyTypo)


def test_changing_passphrase_rewraps_slot_only(vault_dir: Path) -> None:
    make(vault_dir)
    db_before = (vault_dir / DB_NAME).stat().st_size
    with unlock.unlock(vault_dir, PASSPHRASE) as vault:
        before = keyslots.KeySlots.load(vault_dir / SLOTS_NAME).slots[0]
        vault.change_passphrase("another passphrase")
    slots = keyslots.KeySlots.load(vault_dir / SLOTS_NAME)
    assert {s.kind for s in slots.slots} == {"passphrase", "spare", "recovery"}
    # The salt stays (the spare slot shares it); the wrapped key is new.
    assert slots.slots[0].kdf == before.kdf and slots.slots[0].wrapped != before.wrapped
    assert (vault_dir / DB_NAME).stat().st_size >= db_before  # still the same database
    unlock.unlock(vault_dir, "another passphrase").vault.close()


def test_unlock_uses_parameters_from_the_slot(vault_dir: Path) -> None:
    params = kdf.Argon2Params(memory_kib=16 * 1024, iterations=2, lanes=2)
    vault, _ = unlock.create(vault_dir, PASSPHRASE, owner="x", kdf_params=params)
    vault.close()
    slot = json.loads((vault_dir / SLOTS_NAME).read_text())["slots"][0]
    assert (slot["kdf"]["memory_kib"], slot["kdf"]["iterations"], slot["kdf"]["lanes"]) == (
        16 * 1024, 2, 2)
    unlock.unlock(vault_dir, PASSPHRASE).vault.close()


def test_tampered_parameters_fail_as_wrong_passphrase(vault_dir: Path) -> None:
    make(vault_dir)
    doc = json.loads((vault_dir / SLOTS_NAME).read_text())
    doc["slots"][0]["kdf"]["iterations"] = 2
    (vault_dir / SLOTS_NAME).write_text(json.dumps(doc))
    with pytest.raises(errors.WrongPassphrase):
        unlock.unlock(vault_dir, PASSPHRASE)


def test_calibration_meets_the_floor() -> None:
    params = kdf.calibrate(target_seconds=0.5)
    assert params.memory_kib >= 256 * 1024
    assert not params.is_weak
    assert kdf.WEAK_PARAMS_FOR_TESTS.is_weak


def test_hostile_kdf_parameters_are_refused(vault_dir: Path) -> None:
    make(vault_dir)
    doc = json.loads((vault_dir / SLOTS_NAME).read_text())
    doc["slots"][0]["kdf"]["memory_kib"] = 1 << 40
    (vault_dir / SLOTS_NAME).write_text(json.dumps(doc))
    with pytest.raises(errors.KeySlotsDamaged):
        unlock.unlock(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"format": "other"}', b"\xff" * 100])
def test_damaged_key_file_is_named(vault_dir: Path, damage: bytes) -> None:
    make(vault_dir)
    (vault_dir / SLOTS_NAME).write_bytes(damage)
    with pytest.raises(errors.KeySlotsDamaged) as info:
        unlock.unlock(vault_dir, PASSPHRASE)
    assert SLOTS_NAME in info.value.message
    assert (vault_dir / DB_NAME).exists()


def test_damaged_database_is_named_and_never_recreated(vault_dir: Path) -> None:
    make(vault_dir)
    db = vault_dir / DB_NAME
    data = bytearray(db.read_bytes())
    data[:4096] = bytes(4096)  # destroy the first page (salt and schema)
    db.write_bytes(bytes(data))
    with pytest.raises(errors.DatabaseDamaged) as info:
        unlock.unlock(vault_dir, PASSPHRASE)
    assert DB_NAME in info.value.message
    assert db.read_bytes() == bytes(data)
    with pytest.raises(errors.VaultExists):
        unlock.create(vault_dir, PASSPHRASE, owner="x", kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)


def test_missing_database_is_named(vault_dir: Path) -> None:
    make(vault_dir)
    (vault_dir / DB_NAME).unlink()
    with pytest.raises(errors.DatabaseDamaged):
        unlock.unlock(vault_dir, PASSPHRASE)


def test_no_vault(tmp_path: Path) -> None:
    with pytest.raises(errors.VaultNotFound):
        unlock.unlock(tmp_path / "nothing", PASSPHRASE)


def test_second_opener_is_refused(vault_dir: Path) -> None:
    make(vault_dir)
    with unlock.unlock(vault_dir, PASSPHRASE), pytest.raises(errors.VaultInUse):
        unlock.unlock(vault_dir, PASSPHRASE)


def test_panic_wipe(vault_dir: Path) -> None:
    text = make(vault_dir)
    start = time.perf_counter()
    wipe(vault_dir)
    assert time.perf_counter() - start < 1.0
    assert not (vault_dir / SLOTS_NAME).exists()
    with pytest.raises((errors.VaultNotFound, errors.VaultWiped)):
        unlock.unlock(vault_dir, PASSPHRASE)
    with pytest.raises((errors.VaultNotFound, errors.VaultWiped)):
        unlock.unlock_with_recovery_key(vault_dir, text)


def test_wipe_while_open_elsewhere(vault_dir: Path) -> None:
    make(vault_dir)
    vault = unlock.unlock(vault_dir, PASSPHRASE).vault
    try:
        wipe(vault_dir)  # panic: works even while the app holds the vault
    finally:
        vault.close()
    with pytest.raises((errors.VaultNotFound, errors.VaultWiped)):
        unlock.unlock(vault_dir, PASSPHRASE)


def test_key_slot_without_database_says_wiped(vault_dir: Path) -> None:
    make(vault_dir)
    (vault_dir / SLOTS_NAME).unlink()
    with pytest.raises(errors.VaultWiped):
        unlock.unlock(vault_dir, PASSPHRASE)


def test_interrupted_create_leaves_no_vault(vault_dir: Path) -> None:
    vault_dir.mkdir()
    (vault_dir / f".{DB_NAME}.creating").write_bytes(b"half-made")
    make(vault_dir)  # an interrupted earlier create does not block a new one
    assert not (vault_dir / f".{DB_NAME}.creating").exists()


def test_sqlcipher_settings(vault: Vault) -> None:
    conn = vault.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA cipher_plaintext_header_size").fetchone()[0] == "0"
    assert conn.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"
