"""Receipts: the coordinator's signed word that packets arrived whole, sealed to the sender.

A receipt is an age file (to the interviewer's own key) holding canonical JSON: the receipt
(packet ids, manifest hashes, what became of each interview) and the coordinator's Ed25519
signature over it. The interviewer checks it against the coordinator's enrolled key and then
knows which interviews are safe at the office, and may purge them from the laptop.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature

from .. import canonical, clock
from ..age import small
from ..fsutil import atomic_write
from ..keys import device, trust
from ..model import new_id
from ..strict_json import loads
from .errors import BadReceipt, NothingToReceipt, OutputExists, RecipientKeyMissing

if TYPE_CHECKING:
    from ..vault import Vault

FORMAT = "testimony-recorder/receipt"
VERSION = 1
MAX_SIZE = 16 * 1024 * 1024


@dataclass(frozen=True)
class ReceiptResult:
    receipt_id: str
    path: Path
    packets: list[str]


def make_receipt(vault: Vault, sender_ref: str, out: Path,
                 packet_ids: list[str] | None = None) -> ReceiptResult:
    """Sign and seal a receipt for packets imported from one sender (default: all not yet
    acknowledged)."""
    if out.exists():
        raise OutputExists(str(out))
    contact = trust.resolve(vault.conn, sender_ref)
    keys = device.load(vault)
    rows = vault.conn.execute(
        "SELECT * FROM packet_received WHERE sender = ? ORDER BY sequence",
        (contact.fingerprint,)).fetchall()
    chosen = [r for r in rows if (r["packet_id"] in packet_ids if packet_ids
                                  else r["receipt_id"] is None)]
    if not chosen:
        raise NothingToReceipt(contact.fingerprint)
    receipt_id = new_id()
    body = {
        "format": FORMAT, "version": VERSION, "receipt_id": receipt_id,
        "created_at": clock.now(), "coordinator": keys.fingerprint,
        "interviewer": contact.fingerprint,
        "packets": [_packet_entry(r) for r in chosen],
    }
    signature = keys.sign(canonical.dumps(body))
    document = canonical.dumps({"receipt": body,
                                "signature": base64.b64encode(signature).decode("ascii")})
    recipient = contact.bundle.x25519()
    if recipient is None:  # parse() refuses a key file without one; never encrypt to nobody
        raise RecipientKeyMissing(contact.fingerprint, "its key file has no X25519 recipient")
    with vault.transaction():
        atomic_write(out, small.seal(document, [recipient]))
        for r in chosen:
            vault.conn.execute("UPDATE packet_received SET receipt_id = ? WHERE packet_id = ?",
                               (receipt_id, r["packet_id"]))
        vault.log("receipt_issued", "receipt", receipt_id,
                  content_hash=canonical.digest(body),
                  detail={"to": contact.fingerprint,
                          "packets": [r["packet_id"] for r in chosen]})
    return ReceiptResult(receipt_id, out, [r["packet_id"] for r in chosen])


def _packet_entry(row: Any) -> dict[str, Any]:
    report = json.loads(row["report"])
    return {
        "packet_id": row["packet_id"], "manifest_sha256": row["manifest_sha256"],
        "sequence": row["sequence"], "imported_at": row["imported_at"], "outcome": "imported",
        "interviews": [{"interview_id": i["interview_id"],
                        "record_sha256": i["record_sha256"], "outcome": i["outcome"]}
                       for i in report["interviews"]],
        "consent_changes": [{"interview_id": c["interview_id"],
                             "outcome": c.get("outcome", "recorded")}
                            for c in report["consent_changes"]],
    }


@dataclass(frozen=True)
class ReceiptImport:
    receipt_id: str
    coordinator: str
    packets: list[str]
    delivered: list[str]
    already_imported: bool


def _open(vault: Vault, path: Path) -> dict[str, Any]:
    where = path.name
    try:
        plain = small.read_file(path, device.load(vault).identities(), MAX_SIZE)
    except small.Unopened as exc:
        raise BadReceipt(where, exc.reason) from None
    try:
        document = loads(plain)
    except ValueError:
        raise BadReceipt(where, "not JSON") from None
    if not isinstance(document, dict) or set(document) != {"receipt", "signature"} \
            or not isinstance(document["receipt"], dict):
        raise BadReceipt(where, "not a receipt")
    return document


def _verify(vault: Vault, document: dict[str, Any], where: str) -> tuple[dict[str, Any], str]:
    body = document["receipt"]
    if body.get("format") != FORMAT or body.get("version") != VERSION:
        raise BadReceipt(where, "unknown format")
    coordinator = trust.find(vault.conn, str(body.get("coordinator")))
    if coordinator is None or coordinator.revoked_at is not None:
        raise BadReceipt(where, "signed by a key this vault does not trust")
    try:
        signature = base64.b64decode(str(document["signature"]), validate=True)
        coordinator.bundle.verify_key().verify(signature, canonical.dumps(body))
    except (InvalidSignature, ValueError):
        raise BadReceipt(where, "its signature does not verify") from None
    if body.get("interviewer") != device.load(vault).fingerprint:
        raise BadReceipt(where, "it acknowledges packets of another device")
    if not isinstance(body.get("packets"), list) or not isinstance(body.get("receipt_id"), str):
        raise BadReceipt(where, "no packets listed")
    return body, coordinator.fingerprint


def import_receipt(vault: Vault, path: Path) -> ReceiptImport:
    """Check a receipt and mark what it acknowledges as delivered (all or nothing)."""
    where = path.name
    body, coordinator = _verify(vault, _open(vault, path), where)
    receipt_id = body["receipt_id"]
    packet_ids = [str(p.get("packet_id")) for p in body["packets"] if isinstance(p, dict)]
    if vault.conn.execute("SELECT 1 FROM receipt_received WHERE receipt_id = ?",
                          (receipt_id,)).fetchone():
        return ReceiptImport(receipt_id, coordinator, packet_ids, [], True)
    delivered: list[str] = []
    now = clock.now()
    with vault.transaction():
        for packet in body["packets"]:
            delivered += _acknowledge(vault, packet, coordinator, receipt_id, now, where)
        vault.conn.execute("INSERT INTO receipt_received (receipt_id, coordinator, created_at,"
                           " imported_at, body) VALUES (?, ?, ?, ?, ?)",
                           (receipt_id, coordinator, str(body.get("created_at", "")), now,
                            canonical.dumps(body).decode()))
        vault.log("receipt_imported", "receipt", receipt_id,
                  content_hash=canonical.digest(body),
                  detail={"coordinator": coordinator, "packets": packet_ids,
                          "delivered": delivered})
    return ReceiptImport(receipt_id, coordinator, packet_ids, delivered, False)


def _acknowledge(vault: Vault, packet: Any, coordinator: str, receipt_id: str, now: str,
                 where: str) -> list[str]:
    conn = vault.conn
    if not isinstance(packet, dict) or not isinstance(packet.get("interviews"), list):
        raise BadReceipt(where, "a packet entry is malformed")
    sent = conn.execute("SELECT manifest_sha256 FROM packet_sent WHERE packet_id = ?",
                        (str(packet.get("packet_id")),)).fetchone()
    addressed = conn.execute("SELECT 1 FROM packet_sent_to WHERE packet_id = ? AND "
                             "fingerprint = ?", (str(packet.get("packet_id")),
                                                 coordinator)).fetchone()
    if sent is None or addressed is None or sent[0] != packet.get("manifest_sha256"):
        raise BadReceipt(where, f"it names a packet this vault did not send to that "
                                f"coordinator ({str(packet.get('packet_id'))[:36]})")
    delivered = []
    for item in packet["interviews"]:
        if not isinstance(item, dict):
            raise BadReceipt(where, "an interview entry is malformed")
        cur = conn.execute(
            "UPDATE delivery SET acknowledged_at = ?, receipt_id = ? WHERE packet_id = ? AND"
            " fingerprint = ? AND interview_id = ? AND record_sha256 = ?",
            (now, receipt_id, packet["packet_id"], coordinator, str(item.get("interview_id")),
             str(item.get("record_sha256"))))
        if cur.rowcount != 1:
            raise BadReceipt(where, "it acknowledges an interview record this vault did not "
                                    "send in that packet")
        delivered.append(str(item["interview_id"]))
    for item in packet.get("consent_changes") or []:
        if isinstance(item, dict):
            conn.execute("UPDATE delivery SET acknowledged_at = ?, receipt_id = ? WHERE"
                         " packet_id = ? AND fingerprint = ? AND interview_id = ? AND"
                         " record_sha256 IS NULL",
                         (now, receipt_id, packet["packet_id"], coordinator,
                          str(item.get("interview_id"))))
    return delivered


def delivered_interviews(vault: Vault) -> list[dict[str, Any]]:
    """Interviews whose latest sent version a coordinator acknowledged."""
    rows = vault.conn.execute(
        "SELECT d.interview_id, d.fingerprint, d.packet_id, d.record_sha256, d.acknowledged_at,"
        " d.receipt_id FROM delivery d WHERE d.acknowledged_at IS NOT NULL AND"
        " d.record_sha256 IS NOT NULL ORDER BY d.id")
    return [dict(zip(r.keys(), tuple(r), strict=True)) for r in rows]
