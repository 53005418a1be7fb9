"""Where an imported interview came from: the packets that brought it, the device that signed
them, when they were imported, and the custody trail on both sides up to and including the
import (the device's own entries about the interview, as its packets showed them, then this
archive's)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..custody import Entry, from_row
from ..database import Connection
from .devices import Device, get
from .errors import UnknownDevice

#: A packet is imported only after its signature verified against the enrolled device key.
SIGNATURE_VERIFIED = "verified"


@dataclass(frozen=True)
class PacketInfo:
    packet_id: str
    sequence: int
    #: When the device sealed it, and when this archive imported it.
    created_at: str
    imported_at: str
    manifest_sha256: str


@dataclass(frozen=True)
class Provenance:
    device: Device | None
    #: The device's fingerprint (kept even if the device is no longer enrolled).
    sender: str
    first_packet: PacketInfo | None
    last_packet: PacketInfo | None
    #: Every packet that brought or changed the interview, oldest first.
    packets: tuple[PacketInfo, ...]
    #: SHA-256 of the record as last imported.
    record_sha256: str
    signature: str
    #: The device's custody entries about the interview (from its packets' excerpts).
    device_custody: tuple[Entry, ...]
    #: This archive's entries: imports, updates, consent received, reveals.
    archive_custody: tuple[Entry, ...]


def _packet(conn: Connection, packet_id: str) -> PacketInfo | None:
    r = conn.execute("SELECT packet_id, sequence, created_at, imported_at, manifest_sha256"
                     " FROM packet_received WHERE packet_id = ?", (packet_id,)).fetchone()
    return None if r is None else PacketInfo(r[0], int(r[1]), r[2], r[3], r[4])


def archive_custody(conn: Connection, interview_id: str, witness_id: str) -> list[Entry]:
    """This archive's custody entries about the interview and its witness."""
    rows = conn.execute(
        "SELECT * FROM custody_log WHERE interview_id = ? UNION"
        " SELECT * FROM custody_log WHERE entity_type = 'witness' AND entity_id = ?"
        " ORDER BY seq", (interview_id, witness_id))
    return [from_row(r) for r in rows]


def provenance(conn: Connection, interview_id: str, witness_id: str) -> Provenance | None:
    """None for an interview entered in this vault rather than imported."""
    src = conn.execute("SELECT sender, first_packet, last_packet, record_sha256 FROM"
                       " interview_source WHERE interview_id = ?", (interview_id,)).fetchone()
    if src is None:
        return None
    local = archive_custody(conn, interview_id, witness_id)
    packet_ids = [src["first_packet"]]
    for entry in local:
        packet = (entry.detail or {}).get("packet")
        if isinstance(packet, str) and packet not in packet_ids:
            packet_ids.append(packet)
    if src["last_packet"] not in packet_ids:
        packet_ids.append(src["last_packet"])
    packets = [p for p in (_packet(conn, pid) for pid in packet_ids) if p is not None]
    packets.sort(key=lambda p: p.sequence)
    imports = conn.execute(
        "SELECT * FROM custody_log WHERE entity_type = 'packet' AND entity_id IN"
        " (SELECT value FROM json_each(?)) ORDER BY seq",
        (json.dumps([p.packet_id for p in packets]),))
    trail = sorted({e.seq: e for e in [*local, *map(from_row, imports)]}.values(),
                   key=lambda e: e.seq)
    device_entries = [Entry(**json.loads(r[0])) for r in conn.execute(
        "SELECT entry FROM sender_custody WHERE json_extract(entry, '$.interview_id') = ?"
        " AND sender = ? ORDER BY seq", (interview_id, src["sender"]))]
    try:
        device = get(conn, src["sender"])
    except UnknownDevice:
        device = None
    return Provenance(device, src["sender"], _packet(conn, src["first_packet"]),
                      _packet(conn, src["last_packet"]), tuple(packets), src["record_sha256"],
                      SIGNATURE_VERIFIED, tuple(device_entries), tuple(trail))
