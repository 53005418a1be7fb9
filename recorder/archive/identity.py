"""Revealing a witness's identity in the archive: a deliberate act, only with the
witness-identity key opened, and each time with a reason written to the custody log.

Identities arrive sealed to the coordinator's witness-identity key (recorder.store.sealed_identity).
That key may live in this vault or, kept by protection staff, in a separate file (see
`testimony keys export-identity --witness`); either way it is *opened* first, and the opened
key is passed to each reveal. The reason and the time go into the custody log; the identity
itself never does.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..age import AgeError, decrypt, parse_identity_file
from ..age.keys import AnyIdentity
from ..keys import device
from ..keys.errors import NoWitnessKey
from ..model import codec
from ..model.witness import Identity
from ..packets import records
from ..store import interviews, sealed_identity
from .errors import NoIdentityHeld, RevealReasonRequired, WitnessKeyClosed, WrongWitnessKey

if TYPE_CHECKING:
    from ..vault import Vault

FROM_VAULT = "vault"
FROM_FILE = "file"
MAX_REASON = 500
#: An identity file holds a key or two and comments; anything longer is not one.
MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class WitnessKey:
    """The opened witness-identity key (keep it only while it is needed)."""

    identities: tuple[AnyIdentity, ...]
    #: FROM_VAULT or FROM_FILE.
    source: str


def open_from_vault(vault: Vault) -> WitnessKey:
    """The key held in this vault; WitnessKeyClosed if it was handed to protection staff."""
    keys = device.load(vault)
    if not keys.witness_identities:
        raise WitnessKeyClosed()
    return WitnessKey(tuple(keys.witness_identities), FROM_VAULT)


def open_from_file(vault: Vault, text: str) -> WitnessKey:
    """The key from an age identity file; it must be this archive's witness-identity key."""
    if len(text) > MAX_KEY_FILE:
        raise WrongWitnessKey()
    try:
        found = parse_identity_file(text)
    except ValueError:
        raise WrongWitnessKey() from None
    mine = set(device.load(vault).witness_recipients)
    if not mine:
        raise NoWitnessKey()
    matching = tuple(i for i in found if i.recipient().to_string() in mine)
    if not matching:
        raise WrongWitnessKey()
    return WitnessKey(matching, FROM_FILE)


def reveal(vault: Vault, key: WitnessKey | None, interview_ref: str, reason: str) -> Identity:
    """The identity of the interview's witness, logged with the reason in the custody log."""
    reason = reason.strip()
    if not reason:
        raise RevealReasonRequired()
    if key is None:
        raise WitnessKeyClosed()
    witness_id, identity = open_identity(vault, key, interview_ref)
    with vault.transaction():
        log_reveal(vault, witness_id, interviews.resolve(vault.conn, interview_ref), reason,
                   key)
    return identity


def open_identity(vault: Vault, key: WitnessKey | None,
                  interview_ref: str) -> tuple[str, Identity]:
    """(witness id, identity), NOT logged: for a caller that logs the reveal itself, in the
    transaction that records what the identity was opened for (a case export logs it with
    the export, once the export is in place). A sealed identity needs the key."""
    conn = vault.conn
    interview_id = interviews.resolve(conn, interview_ref)
    witness_id = conn.execute("SELECT witness_id FROM interview WHERE id = ?",
                              (interview_id,)).fetchone()[0]
    row = records.identity_row(conn, witness_id)
    if row is None:
        raise NoIdentityHeld(interview_id)
    if row["sealed"] is None:
        return witness_id, codec.from_dict(Identity, _loads(row["data"].encode("utf-8")),
                                           "identity")
    if key is None:
        raise WitnessKeyClosed()
    try:
        plain = decrypt(io.BytesIO(row["sealed"]), list(key.identities)).read()
        sealed_for, identity = sealed_identity.parse_payload(plain)
    except (AgeError, ValueError):
        raise WrongWitnessKey() from None
    if sealed_for != witness_id:
        raise WrongWitnessKey()
    return witness_id, identity


def log_reveal(vault: Vault, witness_id: str, interview_id: str, reason: str,
               key: WitnessKey | None) -> None:
    """The custody entry of a reveal (inside the caller's transaction); never the identity."""
    vault.log("identity_revealed", "witness", witness_id,
              detail={"reason": reason[:MAX_REASON], "interview": interview_id,
                      "key": key.source if key is not None else FROM_VAULT})


def _loads(raw: bytes) -> object:
    from ..packets.manifest import loads

    return loads(raw)
