"""The coordinator's archive end to end, with real vaults and real packets: three interviewers,
one coordinator; the batch report, the archive's filters and search, provenance, devices and
the deliberate reveal of an identity."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody
from testimony_recorder.recorder.archive import (
    batch,
    batch_store,
    devices,
    filters,
    identity,
    listing,
    search,
    view,
)
from testimony_recorder.recorder.archive.batch_report import (
    ALREADY_HAD,
    CANCELLED,
    IMPORTED,
    NOT_STARTED,
    REJECTED,
    BatchReport,
)
from testimony_recorder.recorder.archive.errors import (
    BadFilterDate,
    RevealReasonRequired,
    WitnessKeyClosed,
    WrongWitnessKey,
)
from testimony_recorder.recorder.archive.filters import WITHIN, ArchiveFilter
from testimony_recorder.recorder.keys import device as device_keys

from .archive_fixtures import Office, build_office


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    o = build_office(tmp_path)
    yield o
    o.close()


@pytest.fixture
def imported(office: Office) -> Office:
    report = batch.BatchImport(office.coord, [office.stick]).run()
    assert report.summary.imported == 4
    return office


def test_batch_report(office: Office) -> None:
    flow = batch.BatchImport(office.coord, [office.stick])
    assert [p.name for p in flow.found.packets] == [
        "01-a1.tpk", "02-b1-copy.tpk", "03-a3.tpk", "04-b1.tpk", "05-c1.tpk",
        "06-a1-again.tpk"]  # volumes joined; notes.txt passed over
    seen = []
    report = flow.run(progress=seen.append)
    by_name = {r.name: r for r in report.results}
    a, b = office.fields["a"], office.fields["b"]
    first = by_name["01-a1.tpk"]
    assert (first.outcome, first.sender, first.sequence, first.signature) == (
        IMPORTED, a.fingerprint, 1, "good")
    assert first.records["new"] == 1 and first.interviews == [
        {"interview_id": a.interviews[0], "outcome": "new"}]
    bad = by_name["02-b1-copy.tpk"]
    assert bad.outcome == REJECTED and bad.rejection is not None
    assert bad.rejection.code == "tampered_packet"
    assert by_name["03-a3.tpk"].warnings == [{"code": "sequence_gap", "first": 2, "last": 2}]
    assert by_name["04-b1.tpk"].outcome == IMPORTED and by_name["04-b1.tpk"].sender == \
        b.fingerprint
    assert by_name["05-c1.tpk"].outcome == IMPORTED
    assert by_name["06-a1-again.tpk"].outcome == ALREADY_HAD
    s = report.summary
    assert (s.packets, s.imported, s.already_had, s.rejected) == (6, 4, 1, 1)
    assert [(g.fingerprint, g.first, g.last) for g in s.gaps] == [(a.fingerprint, 2, 2)]
    assert seen[-1].packet == 6 and seen[-1].done == seen[-1].total
    stored = batch_store.get(office.coord.conn, report.id)
    assert stored.to_json() == report.to_json() and stored.state == "done"
    # The report is codes and facts; the JSON file says the same.
    out = office.stick.parent / "report.json"
    batch_store.write_json(report, out)
    assert json.loads(out.read_text("utf-8")) == report.to_json()


def test_a_batch_run_again_imports_nothing_twice(imported: Office) -> None:
    counts = listing.count(imported.coord.conn)
    again = batch.BatchImport(imported.coord, [imported.stick]).run()
    assert [r.outcome for r in again.results] == [ALREADY_HAD, REJECTED, ALREADY_HAD,
                                                  ALREADY_HAD, ALREADY_HAD, ALREADY_HAD]
    assert listing.count(imported.coord.conn) == counts
    # The missing packet arrives later: the gap closes.
    late = batch.BatchImport(imported.coord, [imported.packets["a2"]]).run()
    assert late.results[0].outcome == IMPORTED and late.summary.gaps == []
    assert custody.verify(imported.coord.conn).ok


def test_cancel_keeps_what_committed(office: Office) -> None:
    flow = batch.BatchImport(office.coord, [office.stick])
    at = {"packet": 0}
    report = flow.run(progress=lambda p: at.update(packet=p.packet),
                      cancel=lambda: at["packet"] >= 3)
    outcomes = [r.outcome for r in report.results]
    assert outcomes == [IMPORTED, REJECTED, IMPORTED, NOT_STARTED, NOT_STARTED, NOT_STARTED]
    assert report.state == "cancelled" and report.summary.not_imported == 3
    assert listing.count(office.coord.conn) == 2
    rerun = batch.BatchImport(office.coord, [office.stick]).run()
    assert [r.outcome for r in rerun.results].count(IMPORTED) == 2


def cut_inside_packet_4(office: Office) -> tuple[batch.BatchImport, BatchReport]:
    """Run the stick's batch until something outside the import (a kill, a power cut) stops it
    inside packet 4; return the flow and the report stored in the vault."""
    flow = batch.BatchImport(office.coord, [office.stick])

    def progress(p: batch.BatchProgress) -> None:
        if p.packet == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        flow.run(progress=progress)
    return flow, batch_store.get(office.coord.conn, flow.report.id)


def test_a_batch_cut_short_leaves_a_report_of_what_committed(office: Office, monkeypatch) -> None:
    """Something outside the import (a kill, a power cut) stops the batch inside packet 4:
    the stored report says exactly what committed, packet by packet. Here every packet is a
    group of its own (as on a slow machine, where each takes a second)."""
    monkeypatch.setattr(batch, "GROUP_SECONDS", 0.0)
    flow, stored = cut_inside_packet_4(office)
    assert stored.state == "running" and stored.finished_at is None
    # The rejected packet 2 was stored with its own group; packet 4 rolled back.
    assert [r.outcome for r in stored.results] == [IMPORTED, REJECTED, IMPORTED, NOT_STARTED,
                                                   NOT_STARTED, NOT_STARTED]
    assert stored.results[0].records["new"] == 1 and stored.results[2].sequence == 3
    assert listing.count(office.coord.conn) == 2
    assert batch_store.reports(office.coord.conn)[0].id == flow.report.id


def test_a_batch_cut_short_inside_a_group_loses_only_that_group(office: Office) -> None:
    """Packets that commit together are lost together: nothing of the group is stored or
    reported as imported, and running the batch again imports every packet once."""
    _, stored = cut_inside_packet_4(office)
    assert [r.outcome for r in stored.results] == [NOT_STARTED] * 6
    assert listing.count(office.coord.conn) == 0
    rerun = batch.BatchImport(office.coord, [office.stick]).run()
    assert [r.outcome for r in rerun.results] == [IMPORTED, REJECTED, IMPORTED, IMPORTED,
                                                  IMPORTED, ALREADY_HAD]
    assert custody.verify(office.coord.conn).ok


def test_cancel_inside_a_packet_rolls_it_back(office: Office) -> None:
    calls = []

    def cancel() -> bool:  # the batch checks before the packet, the reader inside it
        calls.append(1)
        return len(calls) > 1

    report = batch.BatchImport(office.coord, [office.packets["a1"]]).run(cancel=cancel)
    assert [r.outcome for r in report.results] == [CANCELLED]
    assert report.results[0].rejection is None  # cancelled, not refused
    assert listing.count(office.coord.conn) == 0 and report.state == "cancelled"


def test_archive_filters(imported: Office) -> None:
    conn = imported.coord.conn
    a, b, c = (imported.fields[n] for n in "abc")

    def ids(**kw: object) -> set[str]:
        filt = ArchiveFilter(**kw)  # type: ignore[arg-type]
        rows = listing.page(conn, filt)
        assert listing.count(conn, filt) == len(rows)
        found = {r.interview_id for r in rows}
        # With no condition leading (every one checked per testimony): the same selection.
        where, params = filters.clauses(conn, filt, lead=False)
        sql = " AND ".join(["SELECT interview_id FROM archive_interview a WHERE 1", *where])
        assert {r[0] for r in conn.execute(sql, params)} == found
        return found

    everything = {a.interviews[0], a.interviews[2], b.interviews[0], c.interviews[0]}
    assert ids() == everything
    assert ids(devices=(a.fingerprint,)) == {a.interviews[0], a.interviews[2]}
    assert ids(violations=("extrajudicial_killing",)) == {c.interviews[0]}
    assert ids(violations=("torture",)) == {a.interviews[0], b.interviews[0]}
    assert ids(place="SY-DI") == ids(place="Douma") == {c.interviews[0]}
    assert ids(place="Hama") == {a.interviews[2]}  # the governorate's name, any language
    # Fuzzy dates: "2014" could be any day of 2014; "June 2015" any day of that month.
    assert ids(date_from="2014-03", date_to="2014-03") == {a.interviews[2]}
    assert ids(date_from="2014-03", date_to="2014-03", date_match=WITHIN) == set()
    assert ids(date_from="2015") == {c.interviews[0]}
    assert ids(date_from="2013-04-20", date_to="2013-04-25", date_match=WITHIN) == set()
    assert ids(date_from="2013-04", date_to="2013-05", date_match=WITHIN) == everything
    # One perpetrator, three spellings in two scripts.
    assert ids(perpetrator="\u0645\u062d\u0645\u062f") == {
        a.interviews[0], b.interviews[0], c.interviews[0]}
    assert ids(perpetrator="Muhamad Hassan") == ids(perpetrator="mohammad al-hasan")
    assert ids(perpetrator="Khaled") == {a.interviews[0], a.interviews[2], b.interviews[0]}
    assert ids(shareable_with="iiim") == {c.interviews[0]}
    assert ids(shareable_with="own_organisation") == everything
    assert ids(versions="corrected") == set()
    assert ids(violations=("torture",), place="SY-HL", perpetrator="Khaled",
               shareable_with="own_organisation", date_from="2013") == {
        a.interviews[0], b.interviews[0]}
    with pytest.raises(BadFilterDate):
        ids(date_from="2014-13")
    rows = listing.page(conn, ArchiveFilter(devices=(c.fingerprint,)))
    assert rows[0].device_name == "field-c owner" and rows[0].violations == (
        "arbitrary_arrest", "extrajudicial_killing")


def test_pages_follow_the_sort(imported: Office) -> None:
    conn = imported.coord.conn
    for sort in listing.SORTS:
        for descending in (True, False):
            whole = listing.page(conn, sort=sort, descending=descending)
            pages = [listing.page(conn, sort=sort, descending=descending, offset=n, limit=2)
                     for n in (0, 2)]
            assert pages[0] + pages[1] == whole and len(whole) == 4
    dated = listing.page(conn, sort="incident_date", descending=False)
    assert [r.date_start for r in dated] == sorted(r.date_start or "" for r in dated)


def test_search_says_where_the_hit_is(imported: Office) -> None:
    conn = imported.coord.conn
    b = imported.fields["b"]
    hits = search.search(conn, "\u062d\u0633\u0646")  # "Hasan", in Arabic
    assert [(h.interview_id, h.kind) for h in hits] == [(b.interviews[0], search.PERSON)]
    person = hits[0].ref_id
    opened = search.matches_in(conn, hits[0].kind, person, "\u062d\u0633\u0646")
    assert opened.highlights and opened.text.startswith("\u0645\u062d\u0645\u062f")
    narrative = search.search(conn, "checkpoint interrogator",
                              ArchiveFilter(devices=(b.fingerprint,)))
    assert [(h.interview_id, h.kind) for h in narrative] == [(b.interviews[0],
                                                             search.NARRATIVE)]
    assert narrative[0].snippet.highlights
    assert len(search.matching_interviews(conn, "checkpoint")) == 4


def test_read_only_view_with_provenance(imported: Office) -> None:
    a = imported.fields["a"]
    v = view.show(imported.coord, a.interviews[0])
    assert [t.version for t in v.bundle.testimonies] == [1]
    assert len(v.bundle.incidents) == 2 and len(v.bundle.persons) == 2
    assert v.consent_in_force is not None and v.decisions["own_organisation"].testimony
    assert v.identity_held and v.identity_sealed
    p = v.provenance
    assert p is not None and p.sender == a.fingerprint and p.device is not None
    assert p.first_packet is not None and p.first_packet.sequence == 1
    assert p.signature == "verified"
    assert {"interview_added", "testimony_finalized"} <= {e.action for e in p.device_custody}
    actions = [e.action for e in p.archive_custody]
    assert "interview_imported" in actions and "packet_imported" in actions


def test_devices_and_revocation(imported: Office) -> None:
    conn = imported.coord.conn
    a, c = imported.fields["a"], imported.fields["c"]
    found = {d.fingerprint: d for d in devices.list_devices(conn)}
    assert set(found) == {f.fingerprint for f in imported.fields.values()}
    assert (found[a.fingerprint].packets, found[a.fingerprint].last_sequence,
            found[a.fingerprint].missing) == (2, 3, ((2, 2),))
    devices.revoke(imported.coord, c.fingerprint, "laptop lost")
    assert devices.get(conn, c.fingerprint[:9]).revoked
    from .archive_fixtures import add, interview_data

    c.interviews.append(add(c.vault, interview_data("Someone Else", "Nobody")))
    late = batch.BatchImport(imported.coord, [c.export(imported.stick / "c2.tpk")]).run()
    assert late.results[0].rejection is not None
    assert late.results[0].rejection.code == "revoked_sender"
    assert c.interviews[0] in {r.interview_id for r in listing.page(conn)}


def test_identity_reveal_needs_the_key_and_a_reason(imported: Office) -> None:
    coord, a = imported.coord, imported.fields["a"]
    key = identity.open_from_vault(coord)
    with pytest.raises(RevealReasonRequired):
        identity.reveal(coord, key, a.interviews[0], "  ")
    with pytest.raises(WitnessKeyClosed):
        identity.reveal(coord, None, a.interviews[0], "protection assessment")
    with pytest.raises(WrongWitnessKey):
        identity.open_from_file(coord, device_keys.identity_text(a.vault))
    from_file = identity.open_from_file(coord, device_keys.identity_text(coord, witness=True))
    found = identity.reveal(coord, from_file, a.interviews[0], "protection assessment")
    assert found.full_name == "Fictional Example Person"
    last = custody.entries(coord.conn)[-1]
    assert last.action == "identity_revealed" and last.detail is not None
    assert last.detail["reason"] == "protection assessment" and last.detail["key"] == "file"
    assert "Fictional Example Person" not in json.dumps(last.detail)
    device_keys.forget_witness_key(coord)
    with pytest.raises(WitnessKeyClosed):
        identity.open_from_vault(coord)
