"""The organisation's linkage key: one secret for every fingerprint the organisation makes.

The coordinator's vault makes it (256 random bits) and keeps it sealed to its own
witness-identity key: with the key, fingerprints can be tested against guessed names, so it
is guarded like the names themselves, and analysts working without the identity key cannot
use it. It travels to an interviewer's device inside the coordinator's public key file made
for that device (`testimony keys export --for FP`), sealed to that device's age key and
signed with the rest of the file; trusting the file stores it on the device, wrapped like the
device's own keys. The field needs it to compute fingerprints when an identity is saved, and
to check the prior-interview index.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from typing import TYPE_CHECKING

from .. import canonical, clock
from ..age import X25519Recipient, parse_recipient, small
from ..keys import device
from ..keys.bundle import KeyBundle
from ..keys.errors import BadKeyFile, NoWitnessKey
from .errors import CoordinatorOnly, LinkageKeyLocked, LinkageKeyNotForThisDevice
from .fingerprints import key_id

if TYPE_CHECKING:
    from ..keys.trust import Contact
    from ..vault import Vault

PURPOSE = "linkage"
FORMAT = "testimony-recorder/linkage-key"
_KEY_SIZE = 32


def _row(vault: Vault) -> tuple[str, bytes] | None:
    row = vault.conn.execute("SELECT public, secret FROM device_key WHERE purpose = ?",
                             (PURPOSE,)).fetchone()
    return None if row is None or row["secret"] is None else (row["public"], row["secret"])


def _put(vault: Vault, public: str, secret: bytes) -> None:
    vault.conn.execute(
        "INSERT INTO device_key (purpose, public, secret, created_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (purpose) DO UPDATE SET public = excluded.public,"
        " secret = excluded.secret, created_at = excluded.created_at",
        (PURPOSE, public, secret, clock.now()))


def ensure(vault: Vault) -> str:
    """The coordinator's key id, making the key the first time it is needed."""
    if vault.role != "coordinator":
        raise CoordinatorOnly("make the organisation's linkage key")
    found = _row(vault)
    if found is not None:
        return found[0]
    recipient = next((r for r in map(parse_recipient, device.load(vault).witness_recipients)
                      if isinstance(r, X25519Recipient)), None)
    if recipient is None:
        raise NoWitnessKey()
    key = secrets.token_bytes(_KEY_SIZE)
    with vault.transaction():
        _put(vault, key_id(key), small.seal(key, [recipient]))
        vault.log("linkage_key_created", "vault", vault.vault_id, detail={"key": key_id(key)})
    return key_id(key)


def _coordinator_key(vault: Vault) -> bytes:
    found = _row(vault)
    if found is None:
        ensure(vault)
        found = _row(vault)
    identities = device.load(vault).witness_identities
    key = small.open_(found[1], identities, _KEY_SIZE) if found and identities else None
    if key is None:
        raise LinkageKeyLocked()
    return key


def key(vault: Vault) -> bytes | None:
    """The key to compute fingerprints with, or None where there is none (an interviewer
    not yet given one, a coordinator without its witness-identity key)."""
    if vault.role == "coordinator":
        try:
            return _coordinator_key(vault)
        except (LinkageKeyLocked, NoWitnessKey):
            return None
    found = _row(vault)
    return None if found is None else device.unwrap_secret(vault, PURPOSE, found[1])


def issuer(vault: Vault) -> str | None:
    """The fingerprint of the coordinator whose key this device holds (field only)."""
    found = _row(vault)
    if found is None or vault.role == "coordinator":
        return None
    return found[0].split(" ", 1)[1]


def current_id(vault: Vault) -> str | None:
    found = _row(vault)
    return None if found is None else found[0].split(" ", 1)[0]


def for_device(vault: Vault, contact: Contact) -> str:
    """The key sealed to one interviewer's device, for its copy of our key file."""
    if contact.role != "interviewer":
        raise CoordinatorOnly("send the linkage key to an interviewer's device")
    recipient = contact.bundle.x25519()
    if recipient is None:
        raise BadKeyFile(contact.fingerprint, "it has no X25519 recipient")
    key_bytes = _coordinator_key(vault)
    payload = canonical.dumps({"format": FORMAT, "version": 1, "for": contact.fingerprint,
                               "key": base64.b64encode(key_bytes).decode("ascii")})
    with vault.transaction():
        vault.log("linkage_key_issued", "contact", contact.fingerprint,
                  detail={"key": key_id(key_bytes)})
    return base64.b64encode(small.seal(payload, [recipient])).decode("ascii")


def receive(vault: Vault, bundle: KeyBundle, where: str) -> bool:
    """Keep the linkage key a coordinator's file carries for this device (inside the
    caller's transaction). False when the file carries none."""
    if not bundle.linkage_key or vault.role == "coordinator":
        return False
    keys = device.load(vault)
    try:
        raw = base64.b64decode(bundle.linkage_key.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise BadKeyFile(where, "its linkage key is not base64") from None
    plain = small.open_(raw, keys.identities(), 1024)
    if plain is None:
        raise LinkageKeyNotForThisDevice(bundle.fingerprint)
    try:
        data = json.loads(plain)
        key_bytes = base64.b64decode(data["key"], validate=True)
        meant_for = data["for"]
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise BadKeyFile(where, "its linkage key is damaged") from None
    if data.get("format") != FORMAT or meant_for != keys.fingerprint or \
            len(key_bytes) != _KEY_SIZE:
        raise LinkageKeyNotForThisDevice(bundle.fingerprint)
    _put(vault, f"{key_id(key_bytes)} {bundle.fingerprint}",
         device.wrap_secret(vault, PURPOSE, key_bytes))
    vault.log("linkage_key_received", "contact", bundle.fingerprint,
              detail={"key": key_id(key_bytes)})
    return True
