"""The interview list: one page at a time, sorted and filtered in SQL, fast at 100,000
interviews (each sort key has an index whose order the query can walk)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..database import Connection

SORTS = {
    "updated": "i.updated_at",
    "started": "i.started_at",
    "created": "i.created_at",
    "witness": "w.code",
}
STATUSES = ("empty", "draft", "finalized")
#: Where an interview's latest version is: never sent, sent in a packet, acknowledged by a
#: coordinator's receipt.
DELIVERIES = ("not_sent", "sent", "delivered")
_SENT = "EXISTS (SELECT 1 FROM delivery d WHERE d.interview_id = i.id)"
_DELIVERED = ("EXISTS (SELECT 1 FROM delivery d WHERE d.interview_id = i.id"
              " AND d.acknowledged_at IS NOT NULL)")


@dataclass(frozen=True)
class ListFilter:
    status: str | None = None
    started_from: str | None = None
    started_to: str | None = None
    violation: str | None = None
    #: Restrict to these interviews (e.g. search results).
    interview_ids: tuple[str, ...] | None = None
    #: Interviews whose witness withdrew consent (recorder.packets) are hidden unless asked.
    include_withdrawn: bool = False
    #: One of DELIVERIES.
    delivery: str | None = None


@dataclass(frozen=True)
class InterviewRow:
    id: str
    witness_code: str
    interviewer: str
    started_at: str | None
    place: str
    status: str
    version: int
    violations: tuple[str, ...]
    updated_at: str
    delivery: str = "not_sent"


_COLUMNS = (
    "SELECT i.id, w.code, i.interviewer, i.started_at, i.place, t.status, t.version,"
    " i.updated_at, (SELECT json_group_array(DISTINCT j.value) FROM incident n,"
    " json_each(n.violations) j WHERE n.interview_id = i.id) AS violations,"
    " (SELECT CASE WHEN count(*) = 0 THEN 'not_sent'"
    " WHEN max(d.acknowledged_at) IS NOT NULL THEN 'delivered' ELSE 'sent' END"
    " FROM delivery d WHERE d.interview_id = i.id) AS delivery"
)
_FROM = (" FROM interview i JOIN witness w ON w.id = i.witness_id"
         " LEFT JOIN testimony t ON t.interview_id = i.id AND t.is_current = 1")


def _where(filt: ListFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if not filt.include_withdrawn:
        clauses.append("NOT EXISTS (SELECT 1 FROM interview_withdrawn x"
                       " WHERE x.interview_id = i.id)")
    if filt.status == "empty":
        clauses.append("t.id IS NULL")
    elif filt.status is not None:
        clauses.append("t.status = ?")
        params.append(filt.status)
    if filt.started_from:
        clauses.append("i.started_at >= ?")
        params.append(filt.started_from)
    if filt.started_to:
        clauses.append("i.started_at < ?")
        params.append(filt.started_to)
    if filt.violation:
        clauses.append("EXISTS (SELECT 1 FROM incident n, json_each(n.violations) j"
                       " WHERE n.interview_id = i.id AND j.value = ?)")
        params.append(filt.violation)
    if filt.delivery == "delivered":
        clauses.append(_DELIVERED)
    elif filt.delivery == "sent":
        clauses.append(f"{_SENT} AND NOT {_DELIVERED}")
    elif filt.delivery == "not_sent":
        clauses.append(f"NOT {_SENT}")
    if filt.interview_ids is not None:
        clauses.append("i.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(filt.interview_ids)))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count(conn: Connection, filt: ListFilter = ListFilter()) -> int:
    where, params = _where(filt)
    # Joins only when a filter needs them: counting 100,000 rows through joins is slow.
    source = _FROM if filt.status else " FROM interview i"
    return int(conn.execute("SELECT count(*)" + source + where, params).fetchone()[0])


def page(
    conn: Connection,
    filt: ListFilter = ListFilter(),
    sort: str = "updated",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[InterviewRow]:
    where, params = _where(filt)
    direction = "DESC" if descending else "ASC"
    order = f" ORDER BY {SORTS[sort]} {direction}, i.rowid {direction} LIMIT ? OFFSET ?"
    # Only our own fragments are joined into the SQL; every value is a bound parameter.
    sql = _COLUMNS + _FROM + where + order
    return [
        InterviewRow(r[0], r[1], r[2], r[3], r[4], r[5] or "empty", r[6] or 0,
                     tuple(json.loads(r[8] or "[]")), r[7], r[9] or "not_sent")
        for r in conn.execute(sql, [*params, limit, offset])
    ]
