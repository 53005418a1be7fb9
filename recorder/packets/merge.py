"""A newer version of an interview the archive already holds: apply it, losing nothing.

New testimony versions are appended (finalized ones never change: a different text under the
same id is refused). Changed or removed records are copied to record_history before they are
replaced or deleted, so the archive can always show what it held before. Consent records
only ever accumulate. Attachments arrive through the media members.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from .. import canonical, clock
from ..consent import store as consent_store
from ..model import codec
from ..model.bundle import Bundle
from ..model.incident import Incident
from ..model.interview import Interview
from ..model.person import CommandLink, Involvement, Person
from ..model.witness import Witness
from ..store import parts, rows, testimonies
from ..store.changes import recorded
from .errors import MalformedMember, TamperedPacket

if TYPE_CHECKING:
    from ..vault import Vault

_PARTS: tuple[type, ...] = (Incident, Person, Involvement, CommandLink)


def _archive(vault: Vault, table: str, record: Any, interview_id: str, packet_id: str) -> None:
    vault.conn.execute(
        "INSERT INTO record_history (table_name, record_id, interview_id, data, replaced_at,"
        " packet_id) VALUES (?, ?, ?, ?, ?, ?)",
        (table, record.id, interview_id, canonical.dumps(codec.to_dict(record)).decode(),
         clock.now(), packet_id))


def _same(a: Any, b: Any, ignore: tuple[str, ...] = ()) -> bool:
    names = [f.name for f in fields(a) if f.name not in ignore]
    return all(codec.to_dict(getattr(a, n)) == codec.to_dict(getattr(b, n)) for n in names)


def merge(vault: Vault, bundle: Bundle, packet_id: str, detail: dict[str, Any]) -> bool:
    """Bring the stored interview up to `bundle`; return whether anything changed."""
    conn = vault.conn
    iid = bundle.interview.id
    changed = False
    old_witness = rows.get(conn, Witness, "witness", bundle.witness.id)
    old_interview = rows.get(conn, Interview, "interview", iid)
    if old_interview is None or old_interview.witness_id != bundle.witness.id or \
            old_witness is None:
        raise MalformedMember(f"records/{iid}.json", "the interview's witness changed")
    if not _same(old_witness, bundle.witness, ("updated_at", "code")):
        _archive(vault, "witness", old_witness, iid, packet_id)
        bundle.witness.code = old_witness.code
        rows.update(conn, "witness", bundle.witness)
        changed = True
    if not _same(old_interview, bundle.interview, ("updated_at",)):
        _archive(vault, "interview", old_interview, iid, packet_id)
        rows.update(conn, "interview", bundle.interview)
        changed = True
    changed |= _merge_testimonies(vault, bundle)
    changed |= _merge_parts(vault, bundle, packet_id)
    # New consent records arrive through the consent history member (recorder.consent.
    # exchange checks each one extends the history held here).
    held = {c.id for c in consent_store.history(conn, iid)}
    changed |= any(c.id not in held for c in bundle.consents)
    if changed:
        recorded(vault, "interview_updated_from_packet", "interview", iid, iid,
                 content_hash=detail.get("record_sha256"), detail=detail)
    return changed


def _merge_testimonies(vault: Vault, bundle: Bundle) -> bool:
    conn = vault.conn
    iid = bundle.interview.id
    stored = {t.id: t for t in testimonies.versions(conn, iid)}
    by_version = {t.version: t for t in stored.values()}
    added = False
    for t in sorted(bundle.testimonies, key=lambda x: x.version):
        old = stored.get(t.id)
        if old is not None:
            if old.content_hash != t.compute_hash() or old.version != t.version:
                raise TamperedPacket(f"records/{iid}.json",
                                     f"finalized testimony version {t.version} was altered")
            continue
        if t.version in by_version:
            raise MalformedMember(f"records/{iid}.json",
                                  f"a second testimony version {t.version}")
        t.content_hash = t.compute_hash()
        rows.insert(conn, "testimony", t, is_current=0)
        by_version[t.version] = t
        added = True
    if added:
        latest = max(by_version)
        conn.execute("UPDATE testimony SET is_current = 0 WHERE interview_id = ?", (iid,))
        conn.execute("UPDATE testimony SET is_current = 1 WHERE interview_id = ? AND version = ?",
                     (iid, latest))
    return added


def _merge_parts(vault: Vault, bundle: Bundle, packet_id: str) -> bool:
    conn = vault.conn
    iid = bundle.interview.id
    incoming: dict[type, list[Any]] = {
        Incident: bundle.incidents, Person: bundle.persons,
        Involvement: bundle.involvements, CommandLink: bundle.command_links}
    changed = False
    # Links go first when removing and last when adding, so references always hold.
    for cls in reversed(_PARTS):
        table = parts.TABLES[cls]
        keep = {p.id for p in incoming[cls]}
        for gone in parts.list_for(conn, cls, iid):
            if gone.id not in keep:
                _archive(vault, table, gone, iid, packet_id)
                conn.execute(f"DELETE FROM {table} WHERE id = ?", (gone.id,))  # noqa: S608
                changed = True
    for cls in _PARTS:
        table = parts.TABLES[cls]
        stored = {p.id: p for p in parts.list_for(conn, cls, iid)}
        for part in incoming[cls]:
            old = stored.get(part.id)
            if old is None:
                _owned_elsewhere(vault, table, part.id, iid)
                rows.insert(conn, table, part)
                changed = True
            elif not _same(old, part, ("updated_at",)):
                _archive(vault, table, old, iid, packet_id)
                rows.update(conn, table, part)
                changed = True
    return changed


def _owned_elsewhere(vault: Vault, table: str, part_id: str, interview_id: str) -> None:
    row = vault.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?",  # noqa: S608 - our names
                             (part_id,)).fetchone()
    if row is not None:
        raise MalformedMember(f"records/{interview_id}.json",
                              f"a {table} record of another interview")

