"""Setting and removing the duress passphrase, from the real vault (recorder.duress).

Only the real vault records that it has one (in its own encrypted meta table), so its
Settings can say so; the key-slot file and spare.db look the same either way. Nothing about it
goes in the custody log: vault-level entries travel in packets, and the fact is nobody's
business but the interviewer's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .. import clock
from ..errors import WrongPassphrase
from ..keyslots import KeySlots
from ..model.bundle import Bundle
from ..vault import SLOTS_NAME, Vault
from . import decoy, spare
from .errors import DuressIsPassphrase, DuressUnavailable

_META = "duress"


@dataclass(frozen=True)
class DuressStatus:
    #: When the duress passphrase was set (None: there is none).
    set_at: str | None
    #: Whether typing it also destroys the real vault's key slots.
    destroys: bool = False


def status(vault: Vault) -> DuressStatus:
    raw = vault.meta(_META)
    if not raw:
        return DuressStatus(None)
    data = json.loads(raw)
    return DuressStatus(str(data["set_at"]), bool(data["destroys"]))


def configure(vault: Vault, passphrase: str, content: list[Bundle], *,
              destroy_real: bool) -> DuressStatus:
    """Set (or replace) the duress passphrase and the decoy it opens. Costs an Argon2
    derivation and a few seconds of building: run it off the GUI thread."""
    if vault.is_decoy:
        raise DuressUnavailable()
    slots = KeySlots.load(vault.path / SLOTS_NAME)
    kek = slots.derive(passphrase)
    try:
        if not slots.open_with_kek(kek).spare:
            raise DuressIsPassphrase()
    except WrongPassphrase:
        pass
    key = decoy.build(vault, content)
    slots = KeySlots.load(vault.path / SLOTS_NAME)
    slots.replace(slots.spare_slot(kek, key, destroy_real)).save(vault.path / SLOTS_NAME)
    found = DuressStatus(clock.now(), destroy_real)
    with vault.transaction():
        vault.set_meta(_META, json.dumps({"set_at": found.set_at, "destroys": destroy_real}))
    return found


def remove(vault: Vault) -> None:
    """No more duress passphrase: spare.db and the spare slot become random bytes again."""
    if vault.is_decoy:
        raise DuressUnavailable()
    slots = KeySlots.load(vault.path / SLOTS_NAME)
    slots.replace(slots.spare_slot(None, None)).save(vault.path / SLOTS_NAME)
    spare.write_noise(vault.path)
    with vault.transaction():
        vault.conn.execute("DELETE FROM meta WHERE key = ?", (_META,))
