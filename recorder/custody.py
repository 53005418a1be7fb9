"""The custody log: an append-only, hash-chained record of everything done to the evidence.

Each entry's hash covers its fields and the previous entry's hash, so altering or removing an
entry breaks every link after it. Someone holding the vault key could rebuild the whole chain;
that is why the chain head travels in every packet and the coordinator checks that each new head
extends the last one it saw.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from . import canonical, clock
from .database import Connection

GENESIS = "0" * 64


@dataclass(frozen=True)
class Entry:
    seq: int
    at: str
    actor: str
    action: str
    entity_type: str
    entity_id: str
    interview_id: str | None
    content_hash: str | None
    detail: dict[str, Any] | None
    prev_hash: str
    hash: str

    def computed_hash(self) -> str:
        # Field by field rather than asdict(), which deep-copies `detail` only to hash it.
        return canonical.digest({f.name: getattr(self, f.name) for f in fields(self)
                                 if f.name != "hash"})


@dataclass(frozen=True)
class AuditReport:
    ok: bool
    entries: int
    head: str
    broken_at: int | None = None
    reason: str | None = None


def head(conn: Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM custody_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def append(
    conn: Connection,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    interview_id: str | None = None,
    content_hash: str | None = None,
    detail: dict[str, Any] | None = None,
) -> Entry:
    """Append one entry; call inside the transaction that makes the change it records."""
    last_seq, last_hash = head(conn)
    draft = Entry(last_seq + 1, clock.now(), actor, action, entity_type, entity_id,
                  interview_id, content_hash, detail, last_hash, "")
    entry = replace(draft, hash=draft.computed_hash())
    conn.execute(
        "INSERT INTO custody_log (seq, at, actor, action, entity_type, entity_id, interview_id,"
        " content_hash, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (entry.seq, entry.at, entry.actor, entry.action, entry.entity_type, entry.entity_id,
         entry.interview_id, entry.content_hash,
         None if detail is None else canonical.dumps(detail).decode("utf-8"),
         entry.prev_hash, entry.hash),
    )
    return entry


def _entry(row: Any) -> Entry:
    detail = row["detail"]
    return Entry(row["seq"], row["at"], row["actor"], row["action"], row["entity_type"],
                 row["entity_id"], row["interview_id"], row["content_hash"],
                 None if detail is None else json.loads(detail), row["prev_hash"], row["hash"])


def from_row(row: Any) -> Entry:
    """An entry from a custody_log row (for queries of its own, such as an interview's
    provenance)."""
    return _entry(row)


def entries(conn: Connection, interview_id: str | None = None, after: int = 0) -> list[Entry]:
    if interview_id is None:
        rows = conn.execute("SELECT * FROM custody_log WHERE seq > ? ORDER BY seq", (after,))
    else:
        rows = conn.execute(
            "SELECT * FROM custody_log WHERE interview_id = ? AND seq > ? ORDER BY seq",
            (interview_id, after),
        )
    return [_entry(r) for r in rows]


def verify(conn: Connection) -> AuditReport:
    """Walk the whole chain; report the first entry whose link or content does not hold."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for row in conn.execute("SELECT * FROM custody_log ORDER BY seq"):
        entry = _entry(row)
        count += 1
        if entry.seq != expected_seq:
            return AuditReport(False, count, prev_hash, expected_seq,
                               f"entry {expected_seq} is missing")
        if entry.prev_hash != prev_hash:
            return AuditReport(False, count, prev_hash, entry.seq,
                               f"entry {entry.seq} does not follow entry {entry.seq - 1}")
        if entry.computed_hash() != entry.hash:
            return AuditReport(False, count, prev_hash, entry.seq,
                               f"entry {entry.seq} was altered")
        prev_hash, expected_seq = entry.hash, entry.seq + 1
    return AuditReport(True, count, prev_hash)
