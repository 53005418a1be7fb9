"""The archive list: every testimony from every device, one page at a time, filtered with an
ArchiveFilter and sorted in SQL over the facets, so the first page is there at once however
large the archive."""

from __future__ import annotations

from dataclasses import dataclass

from ..database import Connection
from .filters import EVERYTHING, ArchiveFilter, clauses

#: Sort keys and the indexed column each one walks.
SORTS = {
    "imported": "a.imported_at",
    "incident_date": "a.date_start",
    "interviewer": "a.interviewer",
}


@dataclass(frozen=True)
class ArchiveRow:
    interview_id: str
    witness_code: str
    #: The interviewer as the interview records them.
    interviewer: str
    #: The device (fingerprint) it came from and the name that device gave itself; None for
    #: an interview entered in this vault.
    device: str | None
    device_name: str | None
    imported_at: str | None
    started_at: str | None
    violations: tuple[str, ...]
    #: Earliest and latest day its incidents can fall on.
    date_start: str | None
    date_end: str | None
    versions: int
    finalized: bool
    withdrawn: bool


# The page's rows are chosen first, over the facets alone (the filter, the sort, the limit),
# and only those rows are then joined with what the list shows. Written as one flat query,
# SQLite joins and computes the shown columns for every match before sorting: at 100,000
# testimonies a filter matching thousands took hundreds of milliseconds for a page of 100.
_SELECT = (
    "SELECT a.interview_id, w.code, i.interviewer, a.sender, c.name, a.imported_at,"
    " i.started_at, (SELECT group_concat(v.code, ' ') FROM archive_violation v"
    " WHERE v.interview_id = a.interview_id) AS violations, a.date_start, a.date_end,"
    " a.versions, a.finalized,"
    " EXISTS (SELECT 1 FROM interview_withdrawn x WHERE x.interview_id = a.interview_id)"
    " FROM (SELECT * FROM archive_interview a{where}{order} LIMIT ? OFFSET ?) a"
    " JOIN interview i ON i.id = a.interview_id"
    " JOIN witness w ON w.id = i.witness_id LEFT JOIN contact c ON c.fingerprint = a.sender"
    "{order}")


def _where(conn: Connection, filt: ArchiveFilter,
           first: int | None = None) -> tuple[str, list[object]]:
    where, params = clauses(conn, filt, first=first)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def count(conn: Connection, filt: ArchiveFilter = EVERYTHING) -> int:
    where, params = _where(conn, filt)
    sql = "SELECT count(*) FROM archive_interview a" + where  # noqa: S608 - our fragments
    return int(conn.execute(sql, params).fetchone()[0])


def page(conn: Connection, filt: ArchiveFilter = EVERYTHING, *, sort: str = "imported",
         descending: bool = True, offset: int = 0, limit: int = 100) -> list[ArchiveRow]:
    """One page of the list, newest import first unless another sort is asked for."""
    where, params = _where(conn, filt, offset + limit)
    direction = "DESC" if descending else "ASC"
    order = f" ORDER BY {SORTS[sort]} {direction}, a.interview_id {direction}"
    rows = conn.execute(_SELECT.format(where=where, order=order), [*params, limit, offset])
    return [ArchiveRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple((r[7] or "").split()),
                       r[8], r[9], int(r[10]), bool(r[11]), bool(r[12])) for r in rows]


def row(conn: Connection, interview_id: str) -> ArchiveRow | None:
    """The list row of one interview (withdrawn or not)."""
    found = page(conn, ArchiveFilter(interview_ids=(interview_id,), include_withdrawn=True),
                 limit=1)
    return found[0] if found else None
