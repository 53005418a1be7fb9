"""Fingerprints at the moment an identity is saved, and where they are kept.

`fingerprint_identity` is the one entry point: it takes the plaintext identity while it is
still in memory and returns what to store next to the witness. On an interviewer's laptop
that is an age file sealed to the coordinator who issued the linkage key: with the key (which
the laptop holds) a readable Bloom filter could be matched bigram by bigram and give the name
back, so once saved, the laptop cannot read its own fingerprints either, exactly like an
identity sealed at entry. The coordinator opens them on import with its device key (not the
witness-identity key: comparing needs no names).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import clock
from ..age import small
from ..keys import device, trust
from ..model import codec
from ..model.witness import Identity, Witness
from ..packets.manifest import loads
from ..store import rows
from . import fingerprints, orgkey

if TYPE_CHECKING:
    from ..database import Connection
    from ..vault import Vault


@dataclass(frozen=True)
class StoredFingerprints:
    key_id: str
    #: Canonical JSON (at the coordinator) or an age file (at the field).
    data: bytes
    #: The coordinator it is sealed to; None when readable here.
    sealed_to: str | None


def fingerprint_identity(vault: Vault, witness: Witness, identity: Identity, *,
                         cost: fingerprints.IndexCost = fingerprints.DEFAULT_COST,
                         ) -> StoredFingerprints | None:
    """The fingerprints to store beside `witness`, or None when this vault has no linkage
    key yet or the identity has no name."""
    key = orgkey.key(vault)
    if key is None:
        return None
    found = fingerprints.compute(key, identity.full_name, identity.date_of_birth,
                                 witness.origin_area, cost=cost)
    if found is None:
        return None
    if vault.role == "coordinator":
        return StoredFingerprints(found.key_id, found.dumps(), None)
    issuer_fp = orgkey.issuer(vault)
    contact = trust.find(vault.conn, issuer_fp) if issuer_fp else None
    recipient = contact.bundle.x25519() if contact is not None and contact.usable else None
    if recipient is None:
        return None  # the issuing coordinator was revoked: nobody could read them
    return StoredFingerprints(found.key_id, small.seal(found.dumps(), [recipient]),
                              contact.fingerprint if contact else None)


def save(conn: Connection, witness_id: str, stored: StoredFingerprints | None) -> None:
    """Keep (or, with None, drop) a witness's fingerprints; inside the caller's
    transaction, with the identity they come from."""
    if stored is None:
        conn.execute("DELETE FROM witness_fingerprint WHERE witness_id = ?", (witness_id,))
        return
    conn.execute(
        "INSERT INTO witness_fingerprint (witness_id, key_id, data, sealed_to, updated_at)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (witness_id) DO UPDATE SET"
        " key_id = excluded.key_id, data = excluded.data, sealed_to = excluded.sealed_to,"
        " updated_at = excluded.updated_at",
        (witness_id, stored.key_id, stored.data, stored.sealed_to, clock.now()))


def backfill(vault: Vault) -> int:
    """Fingerprint the identities saved before the linkage key arrived that can still be
    read here (inside the caller's transaction); returns how many."""
    found = vault.conn.execute(
        "SELECT w.*, i.data AS identity FROM witness w JOIN witness_identity i"
        " ON i.witness_id = w.id WHERE i.data IS NOT NULL AND w.id NOT IN"
        " (SELECT witness_id FROM witness_fingerprint)").fetchall()
    return fingerprint_all(vault, ((rows.decode(Witness, row),
                                 codec.from_trusted(Identity, json.loads(row["identity"])))
                                for row in found))


def fingerprint_all(vault: Vault, found: Iterable[tuple[Witness, Identity]]) -> int:
    """Fingerprint and keep each (witness, identity) (inside the caller's transaction); returns
    how many were fingerprinted."""
    done = 0
    for witness, identity in found:
        stored = fingerprint_identity(vault, witness, identity)
        if stored is not None:
            save(vault.conn, witness.id, stored)
            done += 1
    return done


def sealed_for(conn: Connection, witness_id: str, recipients: set[str]) -> bytes | None:
    """The sealed fingerprints to put in a packet, when one of its recipients can open
    them (the coordinator that issued the key)."""
    row = conn.execute("SELECT data, sealed_to FROM witness_fingerprint WHERE witness_id = ?",
                       (witness_id,)).fetchone()
    if row is None or row["sealed_to"] not in recipients:
        return None
    return bytes(row["data"])


def receive(vault: Vault, witness_id: str, data: bytes) -> str:
    """Store fingerprints from a packet at the coordinator (inside the import's
    transaction). Returns what became of them, for the import report."""
    if vault.role != "coordinator":
        return "not a coordinator: ignored"
    plain = small.open_(data, device.load(vault).identities(), fingerprints.MAX_SIZE)
    if plain is None:
        return "sealed to another coordinator: ignored"
    try:
        found = fingerprints.parse(loads(plain))
    except ValueError:
        return "damaged: ignored"
    if found.key_id != orgkey.current_id(vault):
        return "made with another organisation key: ignored"
    save(vault.conn, witness_id, StoredFingerprints(found.key_id, found.dumps(), None))
    return "stored"


def readable(conn: Connection) -> dict[str, fingerprints.Fingerprints]:
    """Every witness's fingerprints readable in this vault (the coordinator's)."""
    out = {}
    for row in conn.execute("SELECT witness_id, data FROM witness_fingerprint"
                            " WHERE sealed_to IS NULL"):
        out[row["witness_id"]] = fingerprints.parse(json.loads(bytes(row["data"])))
    return out
