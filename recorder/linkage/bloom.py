"""Hardened Bloom-filter encodings of name bigrams (Schnell, Bachteler and Reiher, 2009).

Each bigram of a name sets `k` bits of an `l`-bit filter; two spellings of one name share most
bigrams, so their filters share most bits, and the Dice coefficient of the filters estimates
how alike the names are without the names being kept. Two hardenings make the filters hard
to read back:

- **keyed random hashing**: the `k` positions of a bigram come from one keyed BLAKE2b digest
  (independent positions, as clkhash's "blakeHash"), not from double hashing, whose
  arithmetic pattern the Kroll and Steinmetzer attack exploits; without the organisation's
  key nobody can compute which bits a bigram sets;
- **XOR-folding** (Schnell, Borgs and Encarnacao, 2016): the filter's halves are XORed
  together, so a set bit no longer says which bigram set it, while the Dice coefficient of
  folded filters still tracks that of the names.

Why not the clkhash package itself: its last release (0.18.3, 2023) pins cryptography
below 41, which conflicts with this app's cryptography >= 50 (and with its security fixes);
the method is short, so it is implemented here from the published papers.

Filters are Python ints (bit i set = position i), which gives AND and popcount at C speed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

#: Padding marks a word's start and end, so "mhmd" and "hmd" differ in their first bigram.
PAD = "_"


def bigrams(skeletons: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for word in skeletons:
        padded = f"{PAD}{word}{PAD}"
        out.update(padded[i:i + 2] for i in range(len(padded) - 1))
    return out


def encode(tokens: Iterable[str], key: bytes, *, bits: int, k: int, folds: int) -> int:
    """The folded filter of `tokens`: `bits` long before folding, `bits >> folds` after."""
    if bits & (bits - 1) or not 16 <= bits <= 65536:
        raise ValueError("the filter length must be a power of two between 16 and 65536")
    value = 0
    for token in sorted(tokens):
        digest = hashlib.blake2b(token.encode("utf-8"), key=key, digest_size=2 * k).digest()
        for i in range(k):
            value |= 1 << (int.from_bytes(digest[2 * i:2 * i + 2], "big") % bits)
    for _ in range(folds):
        bits //= 2
        value = (value >> bits) ^ (value & ((1 << bits) - 1))
    return value


def dice(a: int, b: int) -> float:
    """2|A and B| / (|A| + |B|): 1.0 for equal filters, 0.0 when one is empty."""
    total = a.bit_count() + b.bit_count()
    return 0.0 if total == 0 else 2 * (a & b).bit_count() / total


def to_bytes(value: int, bits: int) -> bytes:
    return value.to_bytes(bits // 8, "big")


def from_bytes(raw: bytes) -> int:
    return int.from_bytes(raw, "big")
