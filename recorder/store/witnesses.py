"""Witness records and their protected identity (sealed at entry: store.sealed_identity)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from .. import canonical, clock
from ..database import Connection
from ..errors import IdentitySealed, NotFound, NoWitnessKeyEnrolled
from ..keys import device
from ..linkage import capture
from ..model import codec, new_id, new_witness_code
from ..model.witness import Identity, Witness
from ..vault import Vault
from . import rows, sealed_identity
from .changes import recorded


def create_witness(vault: Vault, witness: Witness) -> Witness:
    now = clock.now()
    witness.id = witness.id or new_id()
    witness.code = witness.code or _unused_code(vault.conn)
    witness.created_at = witness.created_at or now
    witness.updated_at = now
    codec.check(witness, "witness")
    with vault.transaction():
        rows.insert(vault.conn, "witness", witness)
        recorded(vault, "witness_created", "witness", witness.id, None,
                 content_hash=canonical.digest(codec.to_dict(witness)))
    return witness


def _unused_code(conn: Connection) -> str:
    while True:
        code = new_witness_code()
        if conn.execute("SELECT 1 FROM witness WHERE code = ?", (code,)).fetchone() is None:
            return code


def update_witness(vault: Vault, witness: Witness) -> Witness:
    witness.updated_at = clock.now()
    codec.check(witness, "witness")
    with vault.transaction():
        rows.update(vault.conn, "witness", witness)
        recorded(vault, "witness_updated", "witness", witness.id, None,
                 content_hash=canonical.digest(codec.to_dict(witness)))
    return witness


def get_witness(conn: Connection, witness_id: str) -> Witness:
    witness = rows.get(conn, Witness, "witness", witness_id)
    if witness is None:
        raise NotFound("witness", witness_id)
    return witness


def find_by_code(conn: Connection, code: str) -> Witness | None:
    row = conn.execute("SELECT * FROM witness WHERE code = ?", (code.upper(),)).fetchone()
    return None if row is None else rows.decode(Witness, row)


class IdentityState(StrEnum):
    NONE = "none"
    #: Readable on this device (entered before a witness-identity key was enrolled).
    OPEN = "open"
    #: Sealed to the witness-identity key: this device cannot read it.
    SEALED = "sealed"


@dataclass(frozen=True)
class IdentityStatus:
    """What the app may show about a witness's identity without revealing it."""

    state: IdentityState
    filled: tuple[str, ...] = ()
    saved_at: str | None = None
    #: This vault holds the witness-identity key (a coordinator's): it can open it.
    can_open: bool = False
    #: A witness-identity key is enrolled, so an open identity can be sealed now.
    can_seal: bool = False


def set_identity(vault: Vault, witness_id: str, identity: Identity) -> IdentityStatus:
    """Store the identity, sealed to the witness-identity key when one is enrolled, and its
    keyed fingerprints beside it (linkage), both made now from the plaintext
    (sealed_identity.facts_of). Entering it again supersedes the earlier entry (logged as
    identity_replaced). Its custody entry carries no hash: a hash of a name could confirm a
    guess, and custody entries travel in packets."""
    witness = get_witness(vault.conn, witness_id)
    codec.check(identity, "identity")
    data = canonical.dumps(codec.to_dict(identity)).decode("utf-8")
    facts = sealed_identity.facts_of(vault, witness, identity)
    keys = sealed_identity.sealing_keys(vault)
    sealed, sealed_pq = (None, None) if keys is None else keys.seal(witness_id, data)
    with vault.transaction():
        replaced = has_identity(vault.conn, witness_id)
        vault.conn.execute(
            "INSERT INTO witness_identity (witness_id, data, sealed, sealed_pq, sealed_to,"
            " updated_at, filled, photo_attachment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (witness_id) DO UPDATE SET data = excluded.data,"
            " sealed = excluded.sealed, sealed_pq = excluded.sealed_pq,"
            " sealed_to = excluded.sealed_to, updated_at = excluded.updated_at,"
            " filled = excluded.filled, photo_attachment_id = excluded.photo_attachment_id",
            (witness_id, None if sealed else data, sealed, sealed_pq,
             keys.text if keys else None, clock.now(), json.dumps(facts.filled),
             facts.photo_attachment_id),
        )
        capture.save(vault.conn, witness_id, facts.fingerprints)
        recorded(vault, "identity_replaced" if replaced else "identity_set", "witness",
                 witness_id, None, detail={"sealed": sealed is not None})
    return identity_status(vault, witness_id)


def seal_open_identities(vault: Vault) -> int:
    """Seal every identity still readable here (entered before a key was enrolled); return
    how many. Each is logged as identity_sealed."""
    keys = sealed_identity.sealing_keys(vault)
    if keys is None:
        raise NoWitnessKeyEnrolled()
    rows = vault.conn.execute("SELECT witness_id, data FROM witness_identity"
                              " WHERE data IS NOT NULL").fetchall()
    for row in rows:
        identity = codec.from_trusted(Identity, json.loads(row["data"]))
        witness = get_witness(vault.conn, row["witness_id"])
        facts = sealed_identity.facts_of(vault, witness, identity)
        sealed, sealed_pq = keys.seal(row["witness_id"], row["data"])
        with vault.transaction():
            vault.conn.execute(
                "UPDATE witness_identity SET data = NULL, sealed = ?, sealed_pq = ?,"
                " sealed_to = ?, filled = ?, photo_attachment_id = ? WHERE witness_id = ?",
                (sealed, sealed_pq, keys.text, json.dumps(facts.filled),
                 facts.photo_attachment_id, row["witness_id"]))
            capture.save(vault.conn, row["witness_id"], facts.fingerprints)
            recorded(vault, "identity_sealed", "witness", row["witness_id"], None)
    return len(rows)


def open_identity_count(conn: Connection) -> int:
    """Identities this device can still read (not yet sealed)."""
    return int(conn.execute("SELECT count(*) FROM witness_identity WHERE data IS NOT NULL")
               .fetchone()[0])


def has_identity(conn: Connection, witness_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM witness_identity WHERE witness_id = ?", (witness_id,))
    return row.fetchone() is not None


def identity_status(vault: Vault, witness_id: str) -> IdentityStatus:
    row = vault.conn.execute("SELECT data, filled, updated_at, sealed IS NOT NULL AS is_sealed"
                             " FROM witness_identity WHERE witness_id = ?",
                             (witness_id,)).fetchone()
    if row is None:
        return IdentityStatus(IdentityState.NONE)
    if not row["is_sealed"]:
        identity = codec.from_trusted(Identity, json.loads(row["data"]))
        filled = sealed_identity.filled_fields(identity)
        return IdentityStatus(IdentityState.OPEN, filled, row["updated_at"], can_open=True,
                              can_seal=sealed_identity.sealing_keys(vault) is not None)
    keys = device.load(vault)
    return IdentityStatus(IdentityState.SEALED, tuple(json.loads(row["filled"] or "[]")),
                          row["updated_at"], can_open=bool(keys.witness_identities))


def reveal_identity(vault: Vault, witness_id: str, purpose: str = "viewed") -> Identity | None:
    """The deliberate act of reading an identity; each one is written in the custody log.

    A sealed identity opens only with the witness-identity key (on a coordinator's vault that
    still holds it); elsewhere this raises IdentitySealed.
    """
    row = vault.conn.execute(
        "SELECT data, sealed FROM witness_identity WHERE witness_id = ?", (witness_id,)
    ).fetchone()
    if row is None:
        return None
    if row["data"] is not None:
        identity = codec.from_trusted(Identity, json.loads(row["data"]))
    else:
        opened = sealed_identity.open_sealed(vault, bytes(row["sealed"]))
        if opened is None or opened[0] != witness_id:
            raise IdentitySealed()
        identity = opened[1]
    with vault.transaction():
        recorded(vault, "identity_revealed", "witness", witness_id, None,
                 detail={"purpose": purpose})
    return identity
