"""Witness records and their protected identity."""

from __future__ import annotations

import json

from .. import canonical, clock
from ..database import Connection
from ..errors import NotFound
from ..linkage import capture
from ..model import codec, new_id, new_witness_code
from ..model.witness import Identity, Witness
from ..vault import Vault
from . import rows
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


def set_identity(vault: Vault, witness_id: str, identity: Identity) -> None:
    """Store (or replace) the identity, and its keyed fingerprints beside it (linkage): they
    are computed now, while the plaintext is at hand. Its custody entry carries no hash: a
    hash of a name could confirm a guess, and custody entries travel in packets."""
    witness = get_witness(vault.conn, witness_id)
    codec.check(identity, "identity")
    data = canonical.dumps(codec.to_dict(identity)).decode("utf-8")
    fingerprints = capture.fingerprint_identity(vault, witness, identity)
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO witness_identity (witness_id, data, sealed, sealed_to, updated_at)"
            " VALUES (?, ?, NULL, NULL, ?) ON CONFLICT (witness_id) DO UPDATE SET"
            " data = excluded.data, sealed = NULL, sealed_to = NULL,"
            " updated_at = excluded.updated_at",
            (witness_id, data, clock.now()),
        )
        capture.save(vault.conn, witness_id, fingerprints)
        recorded(vault, "identity_set", "witness", witness_id, None)


def has_identity(conn: Connection, witness_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM witness_identity WHERE witness_id = ?", (witness_id,))
    return row.fetchone() is not None


def reveal_identity(vault: Vault, witness_id: str, purpose: str = "viewed") -> Identity | None:
    """The deliberate act of reading an identity; each one is written in the custody log."""
    row = vault.conn.execute(
        "SELECT data FROM witness_identity WHERE witness_id = ?", (witness_id,)
    ).fetchone()
    if row is None or row["data"] is None:
        return None
    with vault.transaction():
        recorded(vault, "identity_revealed", "witness", witness_id, None,
                 detail={"purpose": purpose})
    return codec.from_trusted(Identity, json.loads(row["data"]))
