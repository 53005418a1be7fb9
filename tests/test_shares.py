"""Recovery shares (SLIP-39): any 2 of 3 open the vault and set a new passphrase; 1 does not."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, kdf, shares, unlock
from testimony_recorder.recorder.errors import BadShare, NotEnoughShares, WrongShares
from testimony_recorder.recorder.shares_walkthrough import ShareWalkthrough, Step

from .cli_helpers import init_vault, run_cli
from .conftest import PASSPHRASE


def make(path: Path, threshold: int = 2, count: int = 3) -> list[str]:
    vault, _ = unlock.create(path, PASSPHRASE, owner="x", kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        prepared = vault.prepare_shares(threshold, count)
        vault.install_shares(prepared)
        assert custody.entries(vault.conn, None)[-1].action == "recovery_shares_made"
    return list(prepared.mnemonics)


def test_any_two_of_three_open_the_vault_and_one_does_not(tmp_path: Path) -> None:
    made = make(tmp_path / "v")
    assert len(made) == 3 and all(len(m.split()) == 20 for m in made)
    for pair in itertools.permutations(made, 2):
        with unlock.unlock_with_shares(tmp_path / "v", list(pair)) as vault:
            assert not vault.is_decoy
    with unlock.unlock_with_shares(tmp_path / "v", made) as vault:  # more than needed: fine
        vault.change_passphrase("set after recovery")
    unlock.unlock(tmp_path / "v", "set after recovery").vault.close()
    for one in made:
        with pytest.raises(NotEnoughShares) as info:
            unlock.unlock_with_shares(tmp_path / "v", [one])
        assert (info.value.needed, info.value.given) == (2, 1)
    with pytest.raises(NotEnoughShares):
        unlock.unlock_with_shares(tmp_path / "v", [made[0], made[0]])  # the same share twice


def test_wrong_and_damaged_shares(tmp_path: Path) -> None:
    made = make(tmp_path / "v")
    other = make(tmp_path / "w")
    with pytest.raises(WrongShares):
        unlock.unlock_with_shares(tmp_path / "v", other[:2])
    with pytest.raises(WrongShares):
        unlock.unlock_with_shares(tmp_path / "v", [made[0], other[1]])
    words = made[1].split()
    words[5] = "academic" if words[5] != "academic" else "acid"
    with pytest.raises(BadShare) as info:
        unlock.unlock_with_shares(tmp_path / "v", [made[0], " ".join(words)])
    assert info.value.number == 2


def test_new_shares_replace_the_old_ones(tmp_path: Path) -> None:
    old = make(tmp_path / "v")
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as vault:
        new = vault.prepare_shares(3, 5)
        # not in force until installed
    unlock.unlock_with_shares(tmp_path / "v", old[:2]).vault.close()
    with unlock.unlock(tmp_path / "v", PASSPHRASE) as vault:
        vault.install_shares(new)
    with pytest.raises(WrongShares):
        unlock.unlock_with_shares(tmp_path / "v", old[:2])
    with pytest.raises(NotEnoughShares):
        unlock.unlock_with_shares(tmp_path / "v", list(new.mnemonics[:2]))
    unlock.unlock_with_shares(tmp_path / "v", list(new.mnemonics[2:])).vault.close()


def test_typed_shares_are_split_on_blank_lines() -> None:
    text = "\n 1. Alpha  bravo\n2. charlie\n\n\n delta\n echo \n"
    assert shares.split_text(text) == ["alpha bravo charlie", "delta echo"]
    assert shares.word_matches("ACAD", "academic") and shares.word_matches("academic",
                                                                           "academic")
    assert not shares.word_matches("aca", "academic")


def test_walkthrough_checks_one_word_of_each_share(tmp_path: Path) -> None:
    vault, _ = unlock.create(tmp_path / "v", PASSPHRASE, owner="x",
                            kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        walk = ShareWalkthrough(vault.prepare_shares(2, 3), choose=lambda n: 4)
    for index in range(3):
        assert walk.step == Step.WRITE and walk.index == index
        words = walk.shown_words()
        walk.written()
        assert walk.shown_words() == []  # hidden while a word is asked for
        if index == 1:
            assert not walk.check("wrong")
            assert walk.step == Step.WRITE and walk.shown_words() == words  # shown again
            walk.written()
        assert walk.check(words[4].upper())
    assert walk.step == Step.DONE and walk.mistakes == 1


def test_command_line_shares(tmp_path: Path) -> None:
    init_vault(tmp_path / "v", tmp_path)
    made = run_cli(tmp_path / "v", "recovery", "shares", "--threshold", "2", "--count", "3")
    assert made.returncode == 0, made.stderr
    printed = made.stdout.strip().split("\n\n")
    assert len(printed) == 3 and all(len(s.split()) == 20 for s in printed)
    assert "any 2 of these 3" in made.stderr
    one = run_cli(tmp_path / "v", "recovery", "--shares", stdin=printed[2] + "\n")
    assert one.returncode != 0 and "This needs 2 different recovery shares" in one.stderr
    new = tmp_path / "new.txt"
    new.write_text("a brand new passphrase\n")
    done = run_cli(tmp_path / "v", "recovery", "--shares", "--new-passphrase-file", str(new),
                   stdin=f"{printed[2]}\n\n{printed[0]}\n")
    assert done.returncode == 0, done.stderr
    assert "recovery shares" in done.stdout
    listed = run_cli(tmp_path / "v", "interview", "list",
                     TESTIMONY_PASSPHRASE="a brand new passphrase")
    assert listed.returncode == 0, listed.stderr
    bad = run_cli(tmp_path / "v", "recovery", "shares", "--threshold", "4", "--count", "3")
    assert bad.returncode == 2
