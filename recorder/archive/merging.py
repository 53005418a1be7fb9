"""Merging two entries of the perpetrator index, and undoing it, as a person decided: the
decision is recorded (recorder.archive.merges), the index entries it joins or parts are
recomputed (recorder.archive.perpetrator_store), and the custody log says so, in one
transaction. Nothing here merges on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import clock
from ..model import new_id
from . import merges
from .errors import AlreadyMerged, MergeKindsDiffer, UnknownMerge
from .perpetrator_store import refresh_entries

if TYPE_CHECKING:
    from ..vault import Vault


def merge(vault: Vault, keep: str, absorb: str, *, note: str = "",
          score: float | None = None) -> merges.Merge:
    """Make `keep` stand for `absorb` too (each resolved to the entry standing for it)."""
    with vault.transaction():
        conn = vault.conn
        links = merges.parents(conn)
        kept = merges.root_of(merges.resolve(conn, keep), links)
        absorbed = merges.root_of(merges.resolve(conn, absorb), links)
        if kept == absorbed:
            raise AlreadyMerged(keep, absorb)
        if merges.kind_of(kept) != merges.kind_of(absorbed):
            raise MergeKindsDiffer(kept, absorbed)
        merge_id = new_id()
        now = clock.now()
        conn.execute("INSERT INTO perpetrator_merge (id, kept, absorbed, kind, score, note,"
                     " merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (merge_id, kept, absorbed, merges.kind_of(kept), score, note[:2000], now,
                      vault.owner))
        conn.execute("INSERT INTO perpetrator_alias_of (entry_id, merged_into, merge_id)"
                     " VALUES (?, ?, ?)", (absorbed, kept, merge_id))
        refresh_entries(conn, [kept, absorbed])
        vault.log("perpetrators_merged", "perpetrator", kept,
                  detail={"merge": merge_id, "kept": kept, "absorbed": absorbed,
                          "score": score, "note": note[:2000]})
    return merges.get(vault.conn, merge_id)


def unmerge(vault: Vault, ref: str) -> merges.Merge:
    """Undo a merge in force, named by its id (or first characters) or by the entry it
    absorbed. The merge stays on record as undone."""
    with vault.transaction():
        conn = vault.conn
        ref = ref.strip()
        like = ref.replace("%", "").replace("_", "\\_") + "%"
        rows = conn.execute(
            "SELECT merge_id FROM perpetrator_alias_of WHERE entry_id = ? OR"
            " (length(?) >= 4 AND merge_id LIKE ? ESCAPE '\\') LIMIT 2",
            (ref, ref, like)).fetchall()
        if len(rows) != 1:
            raise UnknownMerge(ref)
        merge_id = rows[0][0]
        now = clock.now()
        conn.execute("DELETE FROM perpetrator_alias_of WHERE merge_id = ?", (merge_id,))
        conn.execute("UPDATE perpetrator_merge SET undone_at = ?, undone_by = ? WHERE id = ?",
                     (now, vault.owner, merge_id))
        done = merges.get(conn, merge_id)
        refresh_entries(conn, [done.kept, done.absorbed])
        vault.log("perpetrators_unmerged", "perpetrator", done.kept,
                  detail={"merge": merge_id, "kept": done.kept, "absorbed": done.absorbed})
    return done
