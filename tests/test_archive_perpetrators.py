"""The perpetrator index across three interviewers: one man named in three spellings (Latin and
Arabic), suggested as one, merged and unmerged by a person with custody entries; corroboration
counts; and the chain of command with a link two witnesses back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody
from testimony_recorder.recorder.archive import (
    batch,
    chain,
    listing,
    merges,
    merging,
    perpetrator_index,
    perpetrator_store,
    perpetrators,
    suggestions,
)
from testimony_recorder.recorder.archive.errors import (
    AlreadyMerged,
    MergeKindsDiffer,
    UnknownMerge,
)
from testimony_recorder.recorder.archive.filters import ArchiveFilter

from .archive_fixtures import Office, build_office

MOHAMMAD = ("Mohammad al-Hassan", "\u0645\u062d\u0645\u062f \u0627\u0644\u062d\u0633\u0646",
            "Muhammad Al Hasan")
KHALED = ("Khaled Haddad", "\u062e\u0627\u0644\u062f \u062d\u062f\u0627\u062f")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    o = build_office(tmp_path)
    batch.BatchImport(o.coord, [o.stick]).run()
    yield o
    o.close()


def entries_named(conn: object, spellings: tuple[str, ...]) -> list[perpetrators.PerpetratorEntry]:
    found = [e for e in perpetrator_index.build(conn, kind=merges.PERSON)  # type: ignore[arg-type]
             if e.name in spellings]
    return sorted(found, key=lambda e: spellings.index(e.name))


def test_index_and_corroboration(office: Office) -> None:
    conn = office.coord.conn
    three = entries_named(conn, MOHAMMAD)
    assert [e.name for e in three] == list(MOHAMMAD)
    first = three[0]
    assert first.units == ("Branch 215",) and first.positions == ("Interrogator",)
    assert first.corroboration == perpetrators.Corroboration(1, 1, 1)
    roles = {(r.role, r.violations) for r in first.roles}
    assert roles == {("carried_out", ("arbitrary_arrest", "torture"))}
    assert first.first_date == "2013-04-10" and first.last_date == "2013-05-01"
    assert first.areas == ("SY-HL",)
    # The unit is one entry for everyone named with it, in every testimony.
    unit = next(e for e in perpetrator_index.build(conn, kind=merges.UNIT)
                if e.name == "Branch 215")
    assert unit.corroboration.witnesses == 3 and unit.corroboration.interviewers == 2


def _summaries_match_entries(conn: object) -> list[perpetrator_index.EntrySummary]:
    """The summaries a list pages through say what the whole entries say, in their order."""
    whole = perpetrator_index.build(conn)  # type: ignore[arg-type]
    listed = perpetrator_index.summaries(conn)  # type: ignore[arg-type]
    assert [(s.id, s.kind, s.name, s.names, s.aliases, s.units, s.ranks, s.members,
             s.corroboration) for s in listed] == [
        (e.id, e.kind, e.name, e.names, e.aliases, e.units, e.ranks, e.members,
         e.corroboration) for e in whole]
    pages = [perpetrator_index.summaries(conn, offset=n, limit=2)  # type: ignore[arg-type]
             for n in range(0, len(listed), 2)]
    assert [s for page in pages for s in page] == listed
    assert perpetrator_index.count(conn) == len(listed)  # type: ignore[arg-type]
    return listed


def test_the_list_pages_summaries_and_finds_any_spelling(office: Office) -> None:
    conn = office.coord.conn
    listed = _summaries_match_entries(conn)
    # Suggestions from summaries are those from whole entries.
    assert suggestions.suggest(listed) == suggestions.suggest(perpetrator_index.build(conn))
    for spelling in MOHAMMAD:  # Latin or Arabic, each finds all three spellings
        found = perpetrator_index.summaries(conn, name=spelling)
        assert {s.name for s in found} == set(MOHAMMAD)
        assert perpetrator_index.count(conn, name=spelling) == 3
    assert perpetrator_index.summaries(conn, name="Haddad")[0].name in KHALED
    assert perpetrator_index.count(conn, name="Nobody Namedthis") == 0
    a, b, _ = entries_named(conn, MOHAMMAD)
    merging.merge(office.coord, a.id, b.id)
    after = _summaries_match_entries(conn)  # a merge keeps the summaries in step
    assert len(after) == len(listed) - 1
    kept = next(s for s in after if s.id == a.id)
    assert set(kept.members) == {a.id, b.id}


def test_suggest_merge_and_unmerge(office: Office) -> None:
    coord = office.coord
    conn = coord.conn
    a, b, c = entries_named(conn, MOHAMMAD)
    found = suggestions.suggest(perpetrator_index.build(conn))
    pairs = {(s.first, s.second): s for s in found}
    for x, y in ((a, b), (a, c), (b, c)):
        s = pairs[tuple(sorted((x.id, y.id)))]  # type: ignore[index]
        assert suggestions.SAME_NAME in s.reasons
        # The third witness named another unit: still suggested, with a lower score.
        if c in (x, y):
            assert s.score < 0.9 and suggestions.OTHER_UNIT in s.reasons
        else:
            assert s.score == 1.0 and suggestions.SAME_UNIT in s.reasons
    k1, _, k2 = entries_named(conn, KHALED)  # two testimonies from one device, one in Arabic
    assert tuple(sorted((k1.id, k2.id))) in pairs
    assert all(s.kind == merges.PERSON or s.first.startswith("unit-") for s in found)
    # Suggestions are only suggestions: nothing was merged.
    assert merges.history(conn) == []

    before = len(custody.entries(conn))
    first = merging.merge(coord, a.id, b.id[:8], note="same interrogator, Branch 215")
    second = merging.merge(coord, a.id, c.id, score=0.97)
    merged = perpetrator_index.entry(conn, c.id)  # any member finds the entry standing for it
    assert merged.id == a.id and set(merged.members) == {a.id, b.id, c.id}
    assert set(merged.names) == set(MOHAMMAD)
    assert merged.corroboration == perpetrators.Corroboration(3, 3, 3)
    torture = next(x for x in merged.allegations if x.violation == "torture")
    assert torture.role == "carried_out" and torture.corroboration.witnesses == 2
    log = custody.entries(conn)[before:]
    assert [e.action for e in log] == ["perpetrators_merged", "perpetrators_merged"]
    assert log[0].detail is not None and log[0].detail["absorbed"] == b.id
    with pytest.raises(AlreadyMerged):
        merging.merge(coord, b.id, c.id)
    unit = next(e for e in perpetrator_index.build(conn, kind=merges.UNIT))
    with pytest.raises(MergeKindsDiffer):
        merging.merge(coord, a.id, unit.id)
    # The filter follows the merged entry.
    rows = listing.page(conn, ArchiveFilter(perpetrator_entry=b.id))
    assert {r.interview_id for r in rows} == {office.fields[n].interviews[0] for n in "abc"}

    undone = merging.unmerge(coord, second.id[:8])
    assert undone.undone_at is not None and not undone.in_force
    assert perpetrator_index.entry(conn, c.id).id == c.id
    assert perpetrator_index.entry(conn, a.id).corroboration.witnesses == 2
    assert merging.unmerge(coord, b.id).id == first.id  # by the absorbed entry
    with pytest.raises(UnknownMerge):
        merging.unmerge(coord, first.id)
    history = merges.history(conn)
    assert [m.id for m in history] == [first.id, second.id]
    assert all(m.undone_at for m in history) and history[0].note.startswith("same")
    assert [e.action for e in custody.entries(conn)[before + 2:]] == [
        "perpetrators_unmerged", "perpetrators_unmerged"]
    assert custody.verify(conn).ok


def test_command_chain(office: Office) -> None:
    coord = office.coord
    conn = coord.conn

    def command_links(graph: chain.CommandGraph) -> dict[tuple[str, str], chain.Link]:
        labels = {n.id: n.label for n in graph.nodes}
        return {(labels[k.source], labels[k.target]): k for k in graph.links
                if k.kind == chain.COMMAND}

    before = command_links(chain.build(conn))
    assert before[("Khaled Haddad", "Mohammad al-Hassan")].corroboration.witnesses == 1
    assert (KHALED[1], MOHAMMAD[1]) in before
    m1, m2, _ = entries_named(conn, MOHAMMAD)
    k1, k2, k3 = entries_named(conn, KHALED)
    merging.merge(coord, m1.id, m2.id)
    merging.merge(coord, k1.id, k2.id)
    merging.merge(coord, k1.id, k3.id)
    after = command_links(chain.build(conn))
    link = after[("Khaled Haddad", "Mohammad al-Hassan")]
    assert link.corroboration == perpetrators.Corroboration(2, 2, 2)
    assert {s.interview_id for s in link.supports} == {
        office.fields["a"].interviews[0], office.fields["b"].interviews[0]}
    assert link.relations == ("gave orders to",)
    assert (KHALED[1], MOHAMMAD[1]) not in after
    # Khaled also commanded Samir Jaber (another testimony from the first device, 2014).
    assert ("Khaled Haddad", "Samir Jaber") in after
    in_2014 = command_links(chain.build(conn, date_from="2014", date_to="2014"))
    assert set(in_2014) == {("Khaled Haddad", "Samir Jaber")}
    unit = chain.build(conn, unit="air force intelligence")
    assert set(command_links(unit)) == {("Ahmad Saleh", "Muhammad Al Hasan")}
    members = [k for k in unit.links if k.kind == chain.MEMBER_OF]
    assert len(members) == 2 and {n.kind for n in unit.nodes} == {merges.PERSON, merges.UNIT}
    assert chain.build(conn, unit="No Such Unit").links == ()
    # A drawing of a large archive keeps the best-supported links and the nodes they join.
    whole = chain.build(conn)
    best = chain.build(conn, limit=2)
    assert whole.total == len(whole.links) and best.total == whole.total
    ranked = sorted(whole.links, key=lambda k: (-k.corroboration.witnesses,
                                                -k.corroboration.testimonies))
    assert len(best.links) == 2 and set(best.links) <= set(whole.links)
    assert min(k.corroboration.witnesses for k in best.links) == \
        ranked[1].corroboration.witnesses
    assert {n.id for n in best.nodes} == {x for k in best.links for x in (k.source, k.target)}
    assert chain.build(conn, limit=len(whole.links)) == whole
    assert unit.to_json()["links"][0]["supports"]


def test_summaries_are_read_from_their_index(office: Office) -> None:
    """An entry's summary is worked out at every import that names it: its two queries read
    the narrow index of schema 14 alone, never the wide mention rows (a unit named in
    thousands of testimonies would be megabytes of pages)."""
    conn = office.coord.conn
    for query in (perpetrator_store._COUNTS, *perpetrator_store._SPELLINGS.values()):
        plan = " ".join(str(tuple(r)[-1]) for r in conn.execute(
            "EXPLAIN QUERY PLAN " + query, ('["an entry"]',)))
        assert "USING COVERING INDEX perpetrator_mention_summary" in plan, plan
