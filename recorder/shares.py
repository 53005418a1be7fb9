"""Recovery shares: a way into the vault split k-of-n, written on paper as SLIP-39 words.

A random 128-bit secret is split with SLIP-39 (the `shamir-mnemonic` reference
implementation, not our own secret sharing): any `threshold` shares give it back, fewer reveal
nothing about it. The secret opens the shares key slot (recorder.keyslots), which wraps the
vault key; the recovery key is untouched. Making new shares replaces the slot, so older shares
stop working. SLIP-39's own passphrase is left empty: the secret is random, and a second
passphrase would be one more thing to lose.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from shamir_mnemonic import MnemonicError, Share, combine_mnemonics, generate_mnemonics

from .errors import BadShare, NotEnoughShares, WrongShares
from .keyslots import KeySlots, Slot

DEFAULT_THRESHOLD = 2
DEFAULT_COUNT = 3
MAX_COUNT = 16  # SLIP-39's limit
SECRET_SIZE = 16
#: SLIP-39 words are told apart by their first four letters.
PREFIX = 4
_NUMBERING = re.compile(r"^\d+[.):]?$")


def check_numbers(threshold: int, count: int) -> None:
    if not 2 <= threshold <= count <= MAX_COUNT:
        raise ValueError(f"need 2 <= threshold <= count <= {MAX_COUNT}")


@dataclass(frozen=True)
class Prepared:
    """Shares made but not yet in force: `Vault.install_shares` puts their slot in the key
    file."""

    threshold: int
    count: int
    mnemonics: tuple[str, ...]
    slot: Slot


def prepare(slots: KeySlots, vault_key: bytes, threshold: int = DEFAULT_THRESHOLD,
            count: int = DEFAULT_COUNT) -> Prepared:
    check_numbers(threshold, count)
    secret = secrets.token_bytes(SECRET_SIZE)
    # Iteration exponent 0: SLIP-39's PBKDF2 only protects its passphrase, which is empty.
    groups = generate_mnemonics(1, [(threshold, count)], secret, iteration_exponent=0)
    slot = KeySlots.shares_slot(slots.vault_id, vault_key, secret, threshold, count)
    return Prepared(threshold, count, tuple(groups[0]), slot)


def split_text(text: str) -> list[str]:
    """Shares typed one after another with a blank line between them; a share may run over
    several lines, and numbers written before words ("1. academic") are dropped."""
    blocks = re.split(r"\n\s*\n", text.strip())
    out = []
    for block in blocks:
        words = [w for w in block.lower().split() if not _NUMBERING.match(w)]
        if words:
            out.append(" ".join(words))
    return out


def combine(mnemonics: list[str]) -> bytes:
    """The secret back from enough shares (extra ones are ignored); fewer reveal nothing."""
    parsed: dict[int, Share] = {}
    for number, mnemonic in enumerate(mnemonics, 1):
        try:
            share = Share.from_mnemonic(mnemonic)
        except MnemonicError as exc:
            raise BadShare(number, str(exc).rstrip(".")) from None
        parsed.setdefault(share.index, share)
    if not parsed:
        raise NotEnoughShares(DEFAULT_THRESHOLD, 0)
    needed = next(iter(parsed.values())).member_threshold
    if len(parsed) < needed:
        raise NotEnoughShares(needed, len(parsed))
    chosen = [s.mnemonic() for s in list(parsed.values())[:needed]]
    try:
        return combine_mnemonics(chosen)
    except MnemonicError:
        raise WrongShares() from None  # shares of different sets


def unlock(slots: KeySlots, mnemonics: list[str]) -> bytes:
    return slots.unlock_with_shares_secret(combine(mnemonics))


def word_matches(typed: str, expected: str) -> bool:
    """A checked word is right if it is the word, or (as SLIP-39 allows) its first letters."""
    typed = typed.strip().lower()
    return typed == expected or (len(typed) >= PREFIX and expected.startswith(typed))


def threshold_of(mnemonic: str) -> int:
    """How many shares the set this one belongs to needs (to know when to stop asking)."""
    try:
        return Share.from_mnemonic(mnemonic).member_threshold
    except MnemonicError:
        return DEFAULT_THRESHOLD
