"""Passphrase key derivation: Argon2id, calibrated on the machine that creates the vault.

Parameters are stored with each key slot and always read back from it, so a vault made on a fast
desktop still opens on a slow laptop, and no setting elsewhere can weaken an existing vault.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_SIZE = 32
SALT_SIZE = 16
#: Floor for real vaults: 256 MiB makes GPU and ASIC guessing expensive (THREATS.md #1).
MIN_MEMORY_KIB = 256 * 1024
DEFAULT_LANES = 4
TARGET_SECONDS = 0.75
MAX_ITERATIONS = 12
#: Upper bounds accepted from a key-slot file, so a tampered file cannot hang or exhaust the
#: machine at unlock.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_LANES = 16


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    lanes: int

    def check_bounds(self) -> None:
        if not (8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB):
            raise ValueError("memory cost out of range")
        if not (1 <= self.iterations <= 64 and 1 <= self.lanes <= MAX_LANES):
            raise ValueError("iterations or lanes out of range")

    @property
    def is_weak(self) -> bool:
        return self.memory_kib < MIN_MEMORY_KIB


#: Only for automated tests and demos, chosen explicitly by the caller (never by environment):
#: it makes a vault that a stolen laptop would not protect well.
WEAK_PARAMS_FOR_TESTS = Argon2Params(memory_kib=8 * 1024, iterations=1, lanes=1)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same passphrase typed on different keyboards gives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    params.check_bounds()
    kdf = _argon2(salt, params)
    return kdf.derive(normalize_passphrase(passphrase))


def _argon2(salt: bytes, params: Argon2Params) -> Argon2id:
    return Argon2id(
        salt=salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )


def _time_once(params: Argon2Params) -> float:
    start = time.perf_counter()
    _argon2(b"\0" * SALT_SIZE, params).derive(b"calibration")
    return time.perf_counter() - start


def _best_of(params: Argon2Params, runs: int = 2) -> float:
    """The fastest of a few runs: other work on the machine only ever makes a run slower."""
    return min(_time_once(params) for _ in range(runs))


def calibrate(target_seconds: float = TARGET_SECONDS) -> Argon2Params:
    """Pick the number of passes that makes one derivation take about `target_seconds`.

    Memory stays at the 256 MiB floor (memory is what hurts attackers most); time is tuned with
    passes. One pass and three passes are timed (best of two each) to separate the fixed cost
    of filling memory from the cost per pass.
    """
    one = _best_of(Argon2Params(MIN_MEMORY_KIB, 1, DEFAULT_LANES))
    three = _best_of(Argon2Params(MIN_MEMORY_KIB, 3, DEFAULT_LANES))
    per_pass = max((three - one) / 2, one / 4)  # a noisy difference cannot claim passes are free
    fixed = max(one - per_pass, 0.0)
    iterations = round((target_seconds - fixed) / per_pass)
    return Argon2Params(MIN_MEMORY_KIB, max(1, min(MAX_ITERATIONS, iterations)), DEFAULT_LANES)
