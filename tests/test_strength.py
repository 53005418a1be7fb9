"""The passphrase estimator knows what attackers try first, and says why a passphrase is weak."""

from __future__ import annotations

import pytest

from testimony_recorder.recorder import strength


@pytest.mark.parametrize(("passphrase", "hint"), [
    ("Password123!", strength.COMMON_PASSWORD),
    ("password1password2", strength.COMMON_PASSWORD),
    ("qwertyuiop", strength.COMMON_PASSWORD),
    ("asdfghjkl;", strength.KEYBOARD_PATTERN),
    ("aaaaaaaaaaaaaaaa", strength.REPEATED),
    ("abcdefgh12345678", strength.SEQUENCE),
    ("1987-03-12", strength.DATE),
    ("short", strength.TOO_SHORT),
])
def test_guessable_passphrases_are_refused_with_a_reason(passphrase: str, hint: str) -> None:
    found = strength.estimate(passphrase)
    assert not found.acceptable
    assert hint in found.hints
    assert strength.USE_WORDS in found.hints


def test_the_owner_s_own_name_counts_as_guessed() -> None:
    alone = strength.estimate("Hevi Rasul Qamishli")
    with_name = strength.estimate("Hevi Rasul Qamishli", ["Hevi Rasul", "Qamishli"])
    assert with_name.guesses_log10 < alone.guesses_log10
    assert strength.PERSONAL in with_name.hints


@pytest.mark.parametrize("passphrase", [
    "correct horse battery staple", "lantern olive pebble harbour",
    # Arabic: sun sea mountain river rose
    "\u0634\u0645\u0633 \u0628\u062d\u0631 \u062c\u0628\u0644 \u0646\u0647\u0631 "
    "\u0648\u0631\u062f",
])
def test_several_unrelated_words_are_accepted(passphrase: str) -> None:
    found = strength.estimate(passphrase)
    assert found.acceptable and found.hints == ()
    assert found.guesses_log10 >= strength.MIN_GUESSES_LOG10


def test_the_minimum_is_set_in_guesses() -> None:
    """Ratings follow the estimate, whatever the length or the character classes."""
    assert strength.estimate("Tr0ub4dor&3").guesses_log10 < strength.MIN_GUESSES_LOG10
    assert not strength.estimate("Tr0ub4dor&3").acceptable
