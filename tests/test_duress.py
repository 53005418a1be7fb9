"""The duress passphrase opens a decoy: a real, working vault of harmless interviews."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, kdf, unlock
from testimony_recorder.recorder.duress import decoy, setup, spare
from testimony_recorder.recorder.duress.errors import (
    DecoyContentInvalid,
    DuressIsPassphrase,
    DuressUnavailable,
)
from testimony_recorder.recorder.errors import WrongPassphrase, WrongRecoveryKey
from testimony_recorder.recorder.media import ingest
from testimony_recorder.recorder.media import store as media_store
from testimony_recorder.recorder.search.query import search
from testimony_recorder.recorder.store import interviews, listing
from testimony_recorder.recorder.vault import DB_NAME, SLOTS_NAME

from .conftest import PASSPHRASE

DURESS = "the other passphrase"


def make(path: Path, *, duress: bool = False, destroy: bool = False) -> str:
    vault, recovery = unlock.create(path, PASSPHRASE, owner="Interviewer 7",
                                   kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        if duress:
            setup.configure(vault, DURESS, decoy.builtin_content(), destroy_real=destroy)
    return recovery


def test_duress_passphrase_opens_a_working_decoy(tmp_path: Path) -> None:
    make(tmp_path / "v", duress=True)
    with unlock.unlock(tmp_path / "v", DURESS) as decoy_vault:
        rows = listing.page(decoy_vault.conn)
        assert len(rows) == len(decoy.builtin_content()) == 3
        assert decoy_vault.owner == "Interviewer 7"
        assert setup.status(decoy_vault).set_at is None  # it looks like a vault without one
        assert search(decoy_vault.conn, "bus")
        interviews.start_new(decoy_vault)  # works like any vault
        assert custody.verify(decoy_vault.conn).ok
        assert decoy_vault.check_passphrase(DURESS)
        assert not decoy_vault.check_passphrase(PASSPHRASE)
    with unlock.unlock(tmp_path / "v", DURESS) as decoy_vault:
        assert len(listing.page(decoy_vault.conn)) == 4
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as real:
        assert listing.page(real.conn) == []
        assert setup.status(real).set_at is not None
    with pytest.raises(WrongPassphrase):
        unlock.unlock(tmp_path / "v", "neither of them")


def test_destroying_option_takes_the_real_vault_away(tmp_path: Path) -> None:
    recovery = make(tmp_path / "v", duress=True, destroy=True)
    unlock.unlock(tmp_path / "v", DURESS).vault.close()
    with pytest.raises(WrongPassphrase):
        unlock.unlock(tmp_path / "v", PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        unlock.unlock_with_recovery_key(tmp_path / "v", recovery)
    with unlock.unlock(tmp_path / "v", DURESS) as again:  # the decoy keeps working
        assert len(listing.page(again.conn)) == 3


def test_the_decoy_leaves_the_real_media_alone(tmp_path: Path) -> None:
    make(tmp_path / "v", duress=True)
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as real:
        interview = interviews.start_new(real)
        attachment = ingest.ingest_stream(real, interview.id, io.BytesIO(b"real evidence"),
                                          filename="note.txt")
    # its unlock sweeps nothing it does not know
    unlock.unlock(tmp_path / "v", DURESS).vault.close()
    with (unlock.unlock(tmp_path / "v", PASSPHRASE) as real,
          media_store.open_attachment(real, attachment.id) as reader):
        assert reader.read() == b"real evidence"


def test_passphrase_changes_keep_both_ways_in(tmp_path: Path) -> None:
    make(tmp_path / "v", duress=True)
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as real:
        real.change_passphrase("a new real passphrase")
    with unlock.unlock(tmp_path / "v", DURESS) as decoy_vault:
        decoy_vault.change_passphrase("a new duress passphrase")
    with unlock.unlock(tmp_path / "v", "a new real passphrase") as real:
        assert real.db_name == DB_NAME
    with unlock.unlock(tmp_path / "v", "a new duress passphrase") as decoy_vault:
        assert decoy_vault.is_decoy


def test_refusals(tmp_path: Path) -> None:
    make(tmp_path / "v", duress=True)
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as real:
        with pytest.raises(DuressIsPassphrase):
            setup.configure(real, PASSPHRASE, decoy.builtin_content(), destroy_real=False)
        setup.configure(real, "replaced duress", decoy.builtin_content(), destroy_real=False)
    with pytest.raises(WrongPassphrase):
        unlock.unlock(tmp_path / "v", DURESS)
    with (unlock.unlock(tmp_path / "v", "replaced duress") as decoy_vault,
          pytest.raises(DuressUnavailable)):
        setup.remove(decoy_vault)
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as real:
        setup.remove(real)
        assert setup.status(real).set_at is None
    with pytest.raises(WrongPassphrase):
        unlock.unlock(tmp_path / "v", "replaced duress")


def test_decoy_content_from_the_organisation(tmp_path: Path) -> None:
    from .conftest import example_bundle_data

    data = example_bundle_data()
    data.pop("consents", None)
    content = decoy.parse_content(json.dumps({"interviews": [data]}).encode())
    with pytest.raises(DecoyContentInvalid):
        decoy.parse_content(b"not json")
    data["attachments"] = [{"id": "9f0e9a52-6f0b-4c55-8f43-6b6f0f1c2d3e", "kind": "image",
                            "filename": "x.jpg", "media_type": "image/jpeg", "size": 1,
                            "sha256": "0" * 64, "created_at": "2024-01-01T00:00:00Z"}]
    with pytest.raises(DecoyContentInvalid):
        decoy.parse_content(json.dumps(data).encode())
    vault, _ = unlock.create(tmp_path / "v", PASSPHRASE, owner="x",
                            kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        setup.configure(vault, DURESS, content, destroy_real=False)
    with unlock.unlock(tmp_path / "v", DURESS) as decoy_vault:
        assert len(listing.page(decoy_vault.conn)) == 1


def test_a_vault_from_before_gets_its_spare_file_and_slot(tmp_path: Path) -> None:
    make(tmp_path / "v")
    doc = json.loads((tmp_path / "v" / SLOTS_NAME).read_text())
    doc["slots"] = [s for s in doc["slots"] if s["kind"] != "spare"]
    (tmp_path / "v" / SLOTS_NAME).write_text(json.dumps(doc))
    (tmp_path / "v" / spare.SPARE_NAME).unlink()
    unlock.unlock(tmp_path / "v", PASSPHRASE).vault.close()
    assert (tmp_path / "v" / spare.SPARE_NAME).stat().st_size == spare.SPARE_SIZE
    kinds = [s["kind"] for s in json.loads((tmp_path / "v" / SLOTS_NAME).read_text())["slots"]]
    assert kinds == ["passphrase", "spare", "recovery"]
