"""What a forensic examiner holding the disk image can tell about a duress passphrase
(SECURITY.md, "Duress passphrase"): these tests check each claim made there.

Three vaults are made the same way; B and C get a duress passphrase (C's also destroys the
real key slots when typed). The examiner sees the same files, of the same sizes, with key
slots of the same shapes, and the same pattern of timestamps: before any unlock, after normal
unlocks, and after the duress passphrase was typed (whether or not it destroyed anything).
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from testimony_recorder.recorder import kdf, unlock
from testimony_recorder.recorder.duress import decoy, setup, spare
from testimony_recorder.recorder.vault import DB_NAME, SLOTS_NAME

from .conftest import PASSPHRASE

DURESS = "the other passphrase"


def listing(folder: Path) -> list[tuple[str, int]]:
    """What `ls -lR` shows of the vault, bar the times: names and sizes."""
    return sorted((str(p.relative_to(folder)), p.stat().st_size if p.is_file() else -1)
                  for p in folder.rglob("*"))


def slot_shapes(folder: Path) -> list[tuple[str, list[str], int, int]]:
    """Each slot's kind, its parameters' names and its byte lengths (not its bytes)."""
    doc = json.loads((folder / SLOTS_NAME).read_text())
    return [(s["kind"], sorted(s["kdf"]), len(base64.b64decode(s["nonce"])),
             len(base64.b64decode(s["wrapped"]))) for s in doc["slots"]]


@pytest.fixture
def vaults(tmp_path: Path) -> dict[str, Path]:
    made = {}
    for name, duress, destroy in (("a", False, False), ("b", True, False), ("c", True, True)):
        vault, _ = unlock.create(tmp_path / name, PASSPHRASE, owner="Interviewer 7",
                                kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
        with vault:
            if duress:
                setup.configure(vault, DURESS, decoy.builtin_content(), destroy_real=destroy)
        made[name] = tmp_path / name
    return made


def same_to_an_examiner(vaults: dict[str, Path]) -> None:
    a, b, c = (vaults[k] for k in "abc")
    assert listing(a) == listing(b) == listing(c)
    assert slot_shapes(a) == slot_shapes(b) == slot_shapes(c)
    assert (a / spare.SPARE_NAME).stat().st_size == spare.SPARE_SIZE
    for folder in (a, b, c):
        db, other, slots = ((folder / n).stat() for n in (DB_NAME, spare.SPARE_NAME, SLOTS_NAME))
        # both database files carry one and the same access and modification time
        assert (db.st_mtime_ns, db.st_atime_ns) == (other.st_mtime_ns, other.st_atime_ns)
        assert abs(db.st_ctime - other.st_ctime) < 1  # the OS sets this one itself
        assert slots.st_mtime_ns <= db.st_mtime_ns
        assert not list(folder.glob("*-wal")) and not list(folder.glob(".*"))


def test_with_and_without_a_duress_passphrase_look_the_same(vaults: dict[str, Path]) -> None:
    same_to_an_examiner(vaults)
    for folder in vaults.values():  # everyone's usual unlocks
        unlock.unlock(folder, PASSPHRASE).vault.close()
    same_to_an_examiner(vaults)


def test_the_decoy_opens_and_afterwards_the_disk_looks_the_same(
        vaults: dict[str, Path]) -> None:
    unlock.unlock(vaults["a"], PASSPHRASE).vault.close()
    for name in "bc":
        with unlock.unlock(vaults[name], DURESS) as opened:
            assert opened.is_decoy
    same_to_an_examiner(vaults)
    # the spare slot no longer says whether it destroyed: both are rewrapped without flags
    for name in "bc":
        with unlock.unlock(vaults[name], DURESS):
            pass
    with unlock.unlock(vaults["b"], PASSPHRASE):
        pass  # b's real vault is still there; c's is gone, and nothing on disk says so


def test_the_spare_file_is_written_in_place(tmp_path: Path) -> None:
    """Its inode (and so its birth time) stays the vault's own, whatever is set or removed."""
    vault, _ = unlock.create(tmp_path / "v", PASSPHRASE, owner="x",
                            kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    path = tmp_path / "v" / spare.SPARE_NAME
    inode = os.stat(path).st_ino
    with vault:
        setup.configure(vault, DURESS, decoy.builtin_content(), destroy_real=False)
        assert os.stat(path).st_ino == inode
        setup.remove(vault)
        assert os.stat(path).st_ino == inode
        assert os.stat(path).st_size == spare.SPARE_SIZE
