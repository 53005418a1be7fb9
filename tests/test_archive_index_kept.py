"""The perpetrator index and the chain of command kept in the vault: what imports and merges
leave is what a full rebuild from the records makes, packet after packet, through merges and
their undoing, a tampered packet and a replay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from testimony_recorder.recorder.archive import (
    batch,
    chain,
    facets,
    merges,
    merging,
    perpetrator_index,
    perpetrator_store,
    perpetrators,
)
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.vault import Vault

from .archive_fixtures import Office, build_office
from .test_archive_perpetrators import MOHAMMAD

_TABLES = (
    "SELECT id, kind, witnesses, testimonies, name_key, summary FROM perpetrator_entry ORDER BY id",
    "SELECT * FROM perpetrator_mention ORDER BY entry_id, interview_id, person_id, role,"
    " incident_id",
    "SELECT * FROM chain_support ORDER BY interview_id, kind, record_id, target",
)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    o = build_office(tmp_path)
    yield o
    o.close()


def kept(vault: Vault) -> list[list[tuple[Any, ...]]]:
    return [[tuple(r) for r in vault.conn.execute(sql)] for sql in _TABLES]


def assert_same_as_rebuilt(vault: Vault) -> None:
    """What the imports and merges kept equals a rebuild from the records, and the index
    read equals the index computed from the records."""
    before = kept(vault)
    computed = perpetrators.ordered(perpetrators.from_records(vault.conn, ArchiveFilter()))
    assert perpetrator_index.build(vault.conn) == computed
    facets.rebuild(vault)
    assert kept(vault) == before


def import_one(vault: Vault, path: Path) -> None:
    batch.BatchImport(vault, [path]).run()


def test_packet_by_packet_equals_a_rebuild(office: Office) -> None:
    coord = office.coord
    graphs = []
    for label in ("a1", "a3", "b1", "c1"):
        import_one(coord, office.packets[label])
        assert_same_as_rebuilt(coord)
        graphs.append(chain.build(coord.conn))
    assert len(perpetrator_index.build(coord.conn)) > 0
    # The chain read from what imports kept has grown with each testimony.
    assert [len(g.links) for g in graphs] == sorted(len(g.links) for g in graphs)
    assert len(graphs[-1].links) > len(graphs[0].links)


def test_merges_between_imports_and_a_bad_batch(office: Office) -> None:
    coord = office.coord
    import_one(coord, office.packets["a1"])
    import_one(coord, office.packets["b1"])
    latin, arabic = sorted((e for e in perpetrator_index.build(coord.conn, kind=merges.PERSON)
                            if e.roles), key=lambda e: e.name)[:2]
    merge = merging.merge(coord, latin.id, arabic.id)
    assert_same_as_rebuilt(coord)
    # The packets imported after the merge join the merged entry, and a tampered copy and a
    # replay in the batch change nothing.
    batch.BatchImport(coord, [office.stick]).run()
    assert_same_as_rebuilt(coord)
    merging.unmerge(coord, merge.id)
    assert_same_as_rebuilt(coord)


def test_corroboration_after_merge_and_unmerge(office: Office) -> None:
    coord = office.coord
    batch.BatchImport(coord, [office.stick]).run()
    conn = coord.conn
    a, b = (e for e in perpetrator_index.build(conn, kind=merges.PERSON) if e.name in MOHAMMAD[:2])
    assert a.corroboration.witnesses == b.corroboration.witnesses == 1
    merge = merging.merge(coord, a.id, b.id)
    both = perpetrator_index.entry(conn, b.id)
    assert both.id == a.id and both.corroboration == perpetrators.Corroboration(2, 2, 2)
    assert perpetrator_store.read_one(conn, b.id) is None
    assert [e.id for e in perpetrator_index.build(conn)].count(a.id) == 1
    merging.unmerge(coord, merge.id)
    for entry in (a, b):
        assert perpetrator_index.entry(conn, entry.id) == entry


def test_a_changed_interview_changes_just_what_it_says(office: Office) -> None:
    coord = office.coord
    import_one(coord, office.packets["a1"])
    interview_id = office.fields["a"].interviews[0]
    with coord.transaction():  # as an edit made by hand reaches the facets
        coord.conn.execute("UPDATE person SET name = 'Renamed Person' WHERE interview_id = ?"
                           " AND name = ?", (interview_id, MOHAMMAD[0]))
        facets.changed(coord, [interview_id])
    found = [e for e in perpetrator_index.build(coord.conn) if "Renamed Person" in e.names]
    assert {e.kind for e in found} == {merges.PERSON}
    assert_same_as_rebuilt(coord)
    before = kept(coord)
    with coord.transaction():
        facets.changed(coord, [interview_id])  # nothing it says changed
    assert kept(coord) == before
