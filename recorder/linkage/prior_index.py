"""The prior-interview index: the coordinator's word to the field that someone may already
have been interviewed, which cannot be read back into names.

What it holds: the slow keyed hashes of every fingerprinted witness's first name paired with
one other name part, the year of birth and the governorate (fingerprints.index_entry), mixed
with random decoys up to a multiple of PAD entries, sorted. No witness codes, no counts per
witness, no Bloom filters (a Bloom filter plus the linkage key, which the field holds, can be
tested bigram by bigram and gives names back; a whole-name hash cannot). The file is signed
by the coordinator and sealed to one field device.

What a check answers: only "may have been interviewed" or "not in the index", for a name,
year and governorate typed before the interview; what was typed is not stored. SECURITY.md
says what someone holding a seized, unlocked laptop learns from it.
"""

from __future__ import annotations

import base64
import binascii
import enum
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature

from .. import canonical, clock
from ..age import small
from ..fsutil import atomic_write
from ..keys import device, trust
from ..packets.manifest import loads
from . import capture, names, orgkey
from .errors import BadPriorIndex, CoordinatorOnly, NoLinkageKey
from .fingerprints import (
    DEFAULT_COST,
    INDEX_SIZE,
    IndexCost,
    birth_year,
    governorate,
    index_entries,
)

if TYPE_CHECKING:
    from ..vault import Vault

FORMAT = "testimony-recorder/prior-index"
VERSION = 1
PAD = 512
MAX_ENTRIES = 4_000_000
MAX_FILE = MAX_ENTRIES * INDEX_SIZE * 3 // 2 + 64 * 1024
_FIELDS = {"format", "version", "issuer", "for", "issued_at", "key_id", "cost", "entries"}


class Answer(enum.Enum):
    NO_INDEX = "no_index"
    NOT_ENOUGH = "not_enough"
    NOT_FOUND = "not_found"
    MAY_HAVE_BEEN_INTERVIEWED = "may_have_been_interviewed"


@dataclass(frozen=True)
class Check:
    answer: Answer
    #: When the index in use was made ("" without one).
    issued_at: str


@dataclass(frozen=True)
class IndexInfo:
    issuer: str
    issued_at: str
    imported_at: str


def _padded(entries: set[bytes]) -> list[bytes]:
    total = max(PAD, -(-len(entries) // PAD) * PAD)
    while len(entries) < total:
        entries.add(secrets.token_bytes(INDEX_SIZE))
    return sorted(entries)


def write(vault: Vault, contact_ref: str, out: Path, *, cost: IndexCost = DEFAULT_COST) -> int:
    """Sign and seal the index for one interviewer's device; returns the real entries."""
    if vault.role != "coordinator":
        raise CoordinatorOnly("write a prior-interview index")
    contact = trust.resolve(vault.conn, contact_ref)
    recipient = contact.bundle.x25519()
    if contact.role != "interviewer" or recipient is None or not contact.usable:
        raise CoordinatorOnly("send a prior-interview index to an interviewer's device")
    key_id = orgkey.ensure(vault)
    real = {e for f in capture.readable(vault.conn).values() if f.key_id == key_id
            for e in f.index}
    keys = device.load(vault)
    body = {"format": FORMAT, "version": VERSION, "issuer": keys.fingerprint,
            "for": contact.fingerprint, "issued_at": clock.now(), "key_id": key_id,
            "cost": {"n": cost.n, "r": cost.r},
            "entries": base64.b64encode(b"".join(_padded(set(real)))).decode("ascii")}
    document = canonical.dumps({"index": body, "signature": base64.b64encode(
        keys.sign(canonical.dumps(body))).decode("ascii")})
    with vault.transaction():
        atomic_write(out, small.seal(document, [recipient]))
        vault.log("prior_index_issued", "contact", contact.fingerprint,
                  detail={"entries": len(real)})
    return len(real)


def _read(vault: Vault, path: Path) -> dict[str, Any]:
    where = path.name
    try:
        plain = small.read_file(path, device.load(vault).identities(), MAX_FILE)
    except small.Unopened as exc:
        raise BadPriorIndex(where, exc.reason) from None
    try:
        doc = loads(plain)
        body, signature = doc["index"], base64.b64decode(doc["signature"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise BadPriorIndex(where, "it is damaged") from None
    if not isinstance(body, dict) or set(body) != _FIELDS or body["format"] != FORMAT \
            or body["version"] != VERSION:
        raise BadPriorIndex(where, "unknown format")
    contact = trust.find(vault.conn, str(body["issuer"]))
    if contact is None or not contact.usable or contact.role != "coordinator":
        raise BadPriorIndex(where, "it comes from no coordinator trusted here")
    try:
        contact.bundle.verify_key().verify(signature, canonical.dumps(body))
    except InvalidSignature:
        raise BadPriorIndex(where, "its signature does not verify") from None
    if body["for"] != device.load(vault).fingerprint:
        raise BadPriorIndex(where, "it was made for another device")
    if body["key_id"] != orgkey.current_id(vault):
        raise BadPriorIndex(where, "it was made with another organisation key")
    return body


def _cost(body: dict[str, Any], where: str) -> IndexCost:
    cost = body["cost"]
    n, r = (cost.get("n"), cost.get("r")) if isinstance(cost, dict) else (None, None)
    if not (isinstance(n, int) and isinstance(r, int) and 2 <= n <= 2 ** 20
            and n & (n - 1) == 0 and 1 <= r <= 16):
        raise BadPriorIndex(where, "its work factor is out of bounds")
    return IndexCost(n, r)


def import_index(vault: Vault, path: Path) -> IndexInfo:
    """Check and keep an index (replacing the one held)."""
    if vault.role == "coordinator":
        raise BadPriorIndex(path.name, "a coordinator's vault does not take one")
    body = _read(vault, path)
    cost = _cost(body, path.name)
    try:
        entries = base64.b64decode(str(body["entries"]), validate=True)
    except binascii.Error:
        raise BadPriorIndex(path.name, "its entries are damaged") from None
    if len(entries) % INDEX_SIZE or len(entries) // INDEX_SIZE > MAX_ENTRIES:
        raise BadPriorIndex(path.name, "its entries are damaged")
    now = clock.now()
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO prior_index (id, issuer, key_id, issued_at, cost_n, cost_r, entries,"
            " imported_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " issuer = excluded.issuer, key_id = excluded.key_id,"
            " issued_at = excluded.issued_at, cost_n = excluded.cost_n,"
            " cost_r = excluded.cost_r, entries = excluded.entries,"
            " imported_at = excluded.imported_at",
            (body["issuer"], body["key_id"], str(body["issued_at"])[:40], cost.n, cost.r,
             entries, now))
        vault.log("prior_index_imported", "contact", str(body["issuer"]),
                  detail={"issued_at": str(body["issued_at"])[:40]})
    return IndexInfo(str(body["issuer"]), str(body["issued_at"])[:40], now)


def info(vault: Vault) -> IndexInfo | None:
    row = vault.conn.execute("SELECT issuer, issued_at, imported_at FROM prior_index"
                             " WHERE id = 1").fetchone()
    return None if row is None else IndexInfo(row[0], row[1], row[2])


def forget(vault: Vault) -> None:
    with vault.transaction():
        vault.conn.execute("DELETE FROM prior_index")
        vault.log("prior_index_removed", "vault", vault.vault_id)


def check(vault: Vault, full_name: str, date_of_birth: str = "",
          origin_area: str | None = None) -> Check:
    """Before an interview: may this person already have been interviewed?"""
    row = vault.conn.execute("SELECT * FROM prior_index WHERE id = 1").fetchone()
    if row is None:
        return Check(Answer.NO_INDEX, "")
    key = orgkey.key(vault)
    if key is None:
        raise NoLinkageKey()
    parts = names.parts(full_name)
    if len(parts) < 2:
        return Check(Answer.NOT_ENOUGH, row["issued_at"])
    year = birth_year(date_of_birth)
    cost = IndexCost(row["cost_n"], row["cost_r"])
    gov = governorate(origin_area)
    blob = bytes(row["entries"])
    held = {blob[i:i + INDEX_SIZE] for i in range(0, len(blob), INDEX_SIZE)}
    for y in (year - 1, year, year + 1) if year else (None,):
        if any(e in held for e in index_entries(key, parts, y, gov, cost)):
            return Check(Answer.MAY_HAVE_BEEN_INTERVIEWED, row["issued_at"])
    return Check(Answer.NOT_FOUND, row["issued_at"])
