"""Enrolled interviewer devices: who they are, what arrived from them, what is missing.

A device is a trusted contact (recorder.keys.trust) whose key file says it is an
interviewer's; enrolling checks the fingerprint the person read out, exactly as
`keys trust` does. Revoking keeps everything imported from the device and refuses its new
packets (the packet reader checks every sender against the contact list).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..consent import items
from ..database import Connection
from ..keys import trust
from ..keys.bundle import parse
from ..keys.errors import AmbiguousContact, UnknownContact
from ..packets import state
from .errors import NotADeviceKey, UnknownDevice

if TYPE_CHECKING:
    from ..vault import Vault

INTERVIEWER = "interviewer"


@dataclass(frozen=True)
class Device:
    fingerprint: str
    name: str
    organisation: str
    enrolled_at: str
    revoked_at: str | None
    revoked_reason: str | None
    #: Set when a packet showed the device's custody log no longer extends what it sent.
    history_rewritten_at: str | None
    packets: int
    interviews: int
    #: When the first and the last packet received were sealed, and the last import.
    first_packet_at: str | None
    last_packet_at: str | None
    last_import_at: str | None
    last_sequence: int | None
    #: Sequence numbers never received, as inclusive ranges (first, last).
    missing: tuple[tuple[int, int], ...]

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


_SQL = (
    "SELECT c.fingerprint, c.name, c.organisation, c.trusted_at, c.revoked_at,"
    " c.revoked_reason, c.history_rewritten_at,"
    " (SELECT count(*) FROM packet_received p WHERE p.sender = c.fingerprint) AS packets,"
    " (SELECT count(*) FROM interview_source s WHERE s.sender = c.fingerprint) AS interviews,"
    " (SELECT min(created_at) FROM packet_received p WHERE p.sender = c.fingerprint) AS first,"
    " (SELECT max(created_at) FROM packet_received p WHERE p.sender = c.fingerprint) AS last,"
    " (SELECT max(imported_at) FROM packet_received p WHERE p.sender = c.fingerprint)"
    "  AS imported,"
    " (SELECT max(sequence) FROM packet_received p WHERE p.sender = c.fingerprint) AS seq"
    " FROM contact c WHERE c.role = ?")


def _device(conn: Connection, row: Any) -> Device:
    fp = row["fingerprint"]
    return Device(fp, row["name"], row["organisation"], row["trusted_at"], row["revoked_at"],
                  row["revoked_reason"], row["history_rewritten_at"], int(row["packets"]),
                  int(row["interviews"]), row["first"], row["last"], row["imported"],
                  row["seq"], tuple(state.missing_ranges(state.sender_sequences(conn, fp))))


def list_devices(conn: Connection, *, include_revoked: bool = True) -> list[Device]:
    """Every enrolled interviewer device, by name."""
    sql = _SQL + ("" if include_revoked else " AND c.revoked_at IS NULL")
    return [_device(conn, r) for r in conn.execute(sql + " ORDER BY c.name, c.fingerprint",
                                                   (INTERVIEWER,))]


def get(conn: Connection, ref: str) -> Device:
    """A device by its fingerprint or the first characters of it."""
    try:
        contact = trust.resolve(conn, ref)
    except (UnknownContact, AmbiguousContact):
        raise UnknownDevice(ref) from None
    row = conn.execute(_SQL + " AND c.fingerprint = ?", (INTERVIEWER, contact.fingerprint))
    found = row.fetchone()
    if found is None:
        raise UnknownDevice(ref)
    return _device(conn, found)


def enrol(vault: Vault, raw: bytes, typed_fingerprint: str, *,
          body: str = items.OWN_ORGANISATION, where: str = "key file") -> Device:
    """Enrol an interviewer's device from its key file, if and only if the fingerprint the
    person read out matches (recorder.keys.trust.trust checks it)."""
    bundle = parse(raw, where)
    if bundle.role != INTERVIEWER:
        raise NotADeviceKey(bundle.fingerprint, bundle.role)
    contact = trust.trust(vault, raw, typed_fingerprint, body=body, where=where)
    return get(vault.conn, contact.fingerprint)


def revoke(vault: Vault, ref: str, reason: str = "") -> Device:
    """Refuse the device's packets from now on; what was imported from it stays."""
    device = get(vault.conn, ref)
    trust.revoke(vault, device.fingerprint, reason)
    return get(vault.conn, device.fingerprint)


@dataclass(frozen=True)
class Gap:
    """Packets of a device that never arrived."""

    fingerprint: str
    name: str
    first: int
    last: int


def gaps(conn: Connection, fingerprints: list[str] | None = None) -> list[Gap]:
    """Missing packets of every device (or of these), by device name."""
    out = []
    for device in list_devices(conn):
        if fingerprints is None or device.fingerprint in fingerprints:
            out += [Gap(device.fingerprint, device.name, a, b) for a, b in device.missing]
    return out
