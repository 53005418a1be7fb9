"""Trusted contacts: public key files accepted only after the fingerprint was compared.

Each recipient is assigned the consent `body` it belongs to when trusted (own_organisation,
or an accountability body such as iiim): exports ask consent what may go to that body.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import clock
from ..consent import bodies, items
from . import device, fingerprint
from .bundle import KeyBundle, parse
from .errors import (
    AmbiguousContact,
    FingerprintMismatch,
    KeyRevoked,
    OwnKey,
    UnknownBody,
    UnknownContact,
)

if TYPE_CHECKING:
    from ..database import Connection
    from ..vault import Vault


@dataclass(frozen=True)
class Contact:
    fingerprint: str
    name: str
    role: str
    organisation: str
    body: str
    bundle: KeyBundle
    trusted_at: str
    revoked_at: str | None
    revoked_reason: str | None
    history_rewritten_at: str | None

    @property
    def usable(self) -> bool:
        return self.revoked_at is None


def check_body(conn: Connection, body: str) -> str:
    """own_organisation, or a body the vault's consent forms ask about (shipped or its own):
    consent can only decide for bodies witnesses were asked about."""
    if body == items.OWN_ORGANISATION:
        return body
    known = [b.id for b, _ in bodies.all_bodies(conn)]
    if body not in known:
        raise UnknownBody(body, ", ".join([items.OWN_ORGANISATION, *known]))
    return body


def trust(vault: Vault, raw: bytes, typed_fingerprint: str, *,
          body: str = items.OWN_ORGANISATION, where: str = "key file") -> Contact:
    """Trust a key file if, and only if, its fingerprint is the one the person showed."""
    bundle = parse(raw, where)
    typed = fingerprint.normalise(typed_fingerprint)
    if typed is None or typed != bundle.fingerprint:
        raise FingerprintMismatch(typed_fingerprint.strip()[:60], bundle.fingerprint)
    if bundle.fingerprint == device.load(vault).fingerprint:
        raise OwnKey()
    check_body(vault.conn, body)
    with vault.transaction():
        existing = find(vault.conn, bundle.fingerprint)
        if existing is not None and existing.revoked_at is not None:
            raise KeyRevoked(bundle.fingerprint)
        stored = json.dumps(bundle.to_json(), sort_keys=True)
        vault.conn.execute(
            "INSERT INTO contact (fingerprint, name, role, organisation, body, bundle,"
            " trusted_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET"
            " name = excluded.name, role = excluded.role, organisation = excluded.organisation,"
            " body = excluded.body, bundle = excluded.bundle",
            (bundle.fingerprint, bundle.name, bundle.role, bundle.organisation, body, stored,
             clock.now()))
        vault.log("key_trusted", "contact", bundle.fingerprint,
                  detail={"role": bundle.role, "body": body,
                          "updated": existing is not None})
    contact = find(vault.conn, bundle.fingerprint)
    if contact is None:  # pragma: no cover - just inserted
        raise UnknownContact(bundle.fingerprint)
    return contact


def _decode(r: Any, parsed: dict[str, KeyBundle] | None = None) -> Contact:
    stored = r["bundle"]
    bundle = None if parsed is None else parsed.get(stored)
    if bundle is None:
        bundle = parse(stored.encode("utf-8"), "stored key")
        if parsed is not None:
            parsed[stored] = bundle
    return Contact(
        fingerprint=r["fingerprint"], name=r["name"], role=r["role"],
        organisation=r["organisation"], body=r["body"], bundle=bundle, trusted_at=r["trusted_at"],
        revoked_at=r["revoked_at"], revoked_reason=r["revoked_reason"],
        history_rewritten_at=r["history_rewritten_at"])


def find(conn: Connection, fp: str, *,
         parsed: dict[str, KeyBundle] | None = None) -> Contact | None:
    """The contact with exactly this (canonical) fingerprint, revoked or not.

    `parsed` maps stored key files to their parsed bundles, filled as it goes: a caller that
    looks up many packets' senders (recorder.keys.keyring) parses each key file once.
    """
    row = conn.execute("SELECT * FROM contact WHERE fingerprint = ?", (fp,)).fetchone()
    return None if row is None else _decode(row, parsed)


def resolve(conn: Connection, ref: str) -> Contact:
    """A contact from a full or partial fingerprint (at least 4 characters)."""
    spelled = fingerprint.prefix_match(ref)
    if len(spelled.replace("-", "")) < 4:
        raise UnknownContact(ref)
    like = spelled.replace("%", "").replace("_", "") + "%"
    rows = conn.execute("SELECT * FROM contact WHERE fingerprint LIKE ? LIMIT 2",
                        (like,)).fetchall()
    if not rows:
        raise UnknownContact(ref)
    if len(rows) > 1:
        raise AmbiguousContact(ref)
    return _decode(rows[0])


def contacts(conn: Connection, *, include_revoked: bool = True) -> list[Contact]:
    sql = "SELECT * FROM contact"
    if not include_revoked:
        sql += " WHERE revoked_at IS NULL"
    return [_decode(r) for r in conn.execute(sql + " ORDER BY name, fingerprint")]


def revoke(vault: Vault, ref: str, reason: str = "") -> Contact:
    """Stop trusting a key for good: no packet goes to it, none from it is accepted."""
    with vault.transaction():
        contact = resolve(vault.conn, ref)
        if contact.revoked_at is not None:
            return contact
        vault.conn.execute(
            "UPDATE contact SET revoked_at = ?, revoked_reason = ? WHERE fingerprint = ?",
            (clock.now(), reason[:500], contact.fingerprint))
        vault.log("key_revoked", "contact", contact.fingerprint, detail={"reason": reason[:500]})
    found = find(vault.conn, contact.fingerprint)
    return found if found is not None else contact


def flag_rewritten_history(vault: Vault, fp: str) -> None:
    vault.conn.execute(
        "UPDATE contact SET history_rewritten_at = ? WHERE fingerprint = ?"
        " AND history_rewritten_at IS NULL", (clock.now(), fp))
