"""The perpetrator index as the archive's screens and commands read it: the whole index as
kept in the vault (recorder.archive.perpetrator_store, brought up to date by every import and
merge; whole entries are worked out from the mentions it keeps), or a selection's computed
from its records (recorder.archive.perpetrators). A screen lists summaries a page at a time
(`summaries`, `count`) and reads one whole entry when asked."""

from __future__ import annotations

from ..database import Connection
from . import filters, merges
from .errors import UnknownPerpetrator
from .perpetrator_store import count, read, read_one, summaries
from .perpetrators import EntrySummary, PerpetratorEntry, from_records, ordered

__all__ = ["EntrySummary", "build", "count", "entry", "named", "summaries"]


def build(conn: Connection, filt: filters.ArchiveFilter | None = None, *,
          kind: str | None = None) -> list[PerpetratorEntry]:
    """The index (of the selection, if a filter is given), most corroborated first.

    The whole index is read from what the vault keeps (recorder.archive.perpetrator_store); a
    selection is computed from the records it holds."""
    if filt is None:
        return read(conn, kind)
    return ordered(from_records(conn, filt, kind))


def named(conn: Connection, name: str, *, kind: str | None = None) -> list[PerpetratorEntry]:
    """The entries whose usual name holds `name` in any spelling or script (its skeleton,
    recorder.archive.names), most corroborated first; every entry when `name` is blank."""
    return read(conn, kind, name)


def entry(conn: Connection, ref: str) -> PerpetratorEntry:
    """One entry (by id or its first characters), with everything merged into it."""
    entry_id = merges.root_of(merges.resolve(conn, ref), merges.parents(conn))
    found = read_one(conn, entry_id)
    if found is None:
        raise UnknownPerpetrator(ref)
    return found
