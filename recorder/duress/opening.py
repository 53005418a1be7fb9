"""Unlocking with a passphrase: the real vault or the decoy, and what every unlock rewrites.

Every passphrase unlock rewrites the key-slot file, whichever vault it opens. A duress unlock
has to (it clears the spare slot's flags, and may destroy the real slots); a normal unlock
does too, so that a fresh key-slot file does not single out a duress unlock. A duress unlock
that destroys the real slots replaces them with random bytes of the same size and shape, so
the file looks afterwards exactly as it would had they been kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..keyslots import PASSPHRASE, RECOVERY, SHARES, SPARE, KeySlots
from . import spare

#: The slots a duress unlock may destroy: every way into the real vault.
REAL_KINDS = (PASSPHRASE, RECOVERY, SHARES)


@dataclass(frozen=True)
class Unwrapped:
    key: bytes
    #: The decoy was opened (the vault must then use spare.db).
    decoy: bool


def with_spare(folder: Path, slots: KeySlots) -> KeySlots:
    """Give a vault made before the duress passphrase existed its spare file and slot."""
    spare.ensure(folder)
    return slots if slots.has(SPARE) else slots.replace(slots.spare_slot(None, None))


def unlock(folder: Path, slots_path: Path, slots: KeySlots, passphrase: str) -> Unwrapped:
    opened = slots.open_with_passphrase(passphrase)
    updated = with_spare(folder, slots)
    if opened.spare:
        # Rewrapped without its flags: afterwards nobody can read whether it destroyed.
        updated = updated.replace(updated.spare_slot(opened.kek, opened.key))
        if opened.destroy_others:
            updated = updated.destroyed(REAL_KINDS)
    updated.save(slots_path)
    return Unwrapped(opened.key, opened.spare)
