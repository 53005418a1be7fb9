"""The merges in force in the perpetrator index, and their history, as the vault records them.

An entry is a person record as a testimony named it (its id is the person's id) or a unit as
spelled (recorder.archive.names.unit_id). A merge makes one entry stand for another; it is
decided by a person and kept with its history in perpetrator_merge. This module reads and
resolves them; recorder.archive.merging makes and undoes them (and logs that).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..database import Connection
from .errors import (
    AmbiguousPerpetrator,
    UnknownMerge,
    UnknownPerpetrator,
)
from .names import UNIT_PREFIX

PERSON = "person"
UNIT = "unit"


@dataclass(frozen=True)
class Merge:
    """One merge decision, in force or undone."""

    id: str
    #: The entry that stands for both.
    kept: str
    #: The entry merged into it.
    absorbed: str
    #: PERSON or UNIT.
    kind: str
    #: The suggestion's score when the merge followed one, else None.
    score: float | None
    note: str
    merged_at: str
    merged_by: str
    undone_at: str | None
    undone_by: str | None

    @property
    def in_force(self) -> bool:
        return self.undone_at is None


def kind_of(entry_id: str) -> str:
    return UNIT if entry_id.startswith(UNIT_PREFIX) else PERSON


def parents(conn: Connection) -> dict[str, str]:
    """Every entry absorbed by a merge in force -> the entry it was merged into."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT entry_id, merged_into FROM perpetrator_alias_of")}


def root_of(entry_id: str, links: dict[str, str]) -> str:
    """The entry that stands for `entry_id` after every merge in force."""
    seen = {entry_id}
    while entry_id in links:
        entry_id = links[entry_id]
        if entry_id in seen:  # pragma: no cover - merges only ever join two roots
            break
        seen.add(entry_id)
    return entry_id


def group(conn: Connection, entry_id: str) -> list[str]:
    """The entry's root and every entry merged into it (directly or not), root first."""
    links = parents(conn)
    root = root_of(entry_id, links)
    return [root, *sorted(e for e in links if root_of(e, links) == root)]


def person_ids(conn: Connection, entry_id: str) -> list[str]:
    """The person records an entry stands for (a unit: every person named with it)."""
    ids: set[str] = set()
    for member in group(conn, resolve(conn, entry_id)):
        if kind_of(member) == UNIT:
            ids.update(r[0] for r in conn.execute(
                "SELECT person_id FROM archive_unit WHERE unit_id = ?", (member,)))
        else:
            ids.add(member)
    return sorted(ids)


def resolve(conn: Connection, ref: str) -> str:
    """An entry id from its id or its first characters (at least 4)."""
    ref = ref.strip()
    if len(ref) < 4:
        raise UnknownPerpetrator(ref)
    like = ref.replace("%", "").replace("_", "\\_") + "%"
    found: set[str] = set()
    for sql in ("SELECT DISTINCT person_id FROM archive_name WHERE person_id LIKE ? ESCAPE"
                " '\\' LIMIT 2",
                "SELECT DISTINCT unit_id FROM archive_unit WHERE unit_id LIKE ? ESCAPE '\\'"
                " LIMIT 2"):
        found.update(r[0] for r in conn.execute(sql, (like,)))
    if ref in found:
        return ref
    if not found:
        raise UnknownPerpetrator(ref)
    if len(found) > 1:
        raise AmbiguousPerpetrator(ref)
    return found.pop()


def _decode(r: Any) -> Merge:
    return Merge(r["id"], r["kept"], r["absorbed"], r["kind"], r["score"], r["note"],
                 r["merged_at"], r["merged_by"], r["undone_at"], r["undone_by"])


def get(conn: Connection, merge_id: str) -> Merge:
    row = conn.execute("SELECT * FROM perpetrator_merge WHERE id = ?", (merge_id,)).fetchone()
    if row is None:
        raise UnknownMerge(merge_id)
    return _decode(row)


def history(conn: Connection, entry_id: str | None = None) -> list[Merge]:
    """Every merge, oldest first (only those touching `entry_id` when given)."""
    if entry_id is None:
        rows = conn.execute("SELECT * FROM perpetrator_merge ORDER BY merged_at, id")
    else:
        rows = conn.execute("SELECT * FROM perpetrator_merge WHERE kept = ? OR absorbed = ?"
                            " ORDER BY merged_at, id", (entry_id, entry_id))
    return [_decode(r) for r in rows]
