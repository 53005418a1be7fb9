"""The archive's filters follow interviews added or edited by hand in a coordinator's vault at
once: the facets are refreshed in the transaction that records the change, never later."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from testimony_recorder.recorder.archive import facets, listing
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.consent import bodies, items
from testimony_recorder.recorder.model.incident import Incident
from testimony_recorder.recorder.model.person import Person
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.store import parts
from testimony_recorder.recorder.vault import Vault

from .archive_fixtures import WITH_IIIM, add, interview_data
from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, add_interview, give_consent, make_vault, reopen


@pytest.fixture
def coord(tmp_path: Path) -> Iterator[Vault]:
    vault = make_vault(tmp_path, "coord", "coordinator")
    facets.ensure(vault)  # once, as the archive commands do; never again below
    yield vault
    vault.close()


def ids(vault: Vault, **kw: object) -> set[str]:
    return {r.interview_id for r in listing.page(vault.conn, ArchiveFilter(**kw))}  # type: ignore[arg-type]


def test_an_interview_entered_by_hand_is_in_the_filters_at_once(coord: Vault) -> None:
    iid = add(coord, interview_data("Nizar Qasim", "Walid Shami",
                                    violations=("pillage",), area="SY-ID", place="Saraqib"))
    assert ids(coord) == {iid}
    assert ids(coord, violations=("pillage",)) == {iid}
    assert ids(coord, place="SY-ID") == ids(coord, place="Saraqib") == {iid}
    assert ids(coord, perpetrator="Nizar") == {iid}
    assert ids(coord, shareable_with="iiim") == set()
    row = listing.row(coord.conn, iid)
    assert row is not None and row.device is None and row.finalized


def test_edits_by_hand_move_the_interview_between_filters(coord: Vault) -> None:
    iid = add(coord, interview_data("Nizar Qasim", "Walid Shami", violations=("pillage",)))
    incident = next(i for i in parts.list_for(coord.conn, Incident, iid)
                    if "pillage" in i.violations)
    parts.update(coord, replace(incident, violations=["forced_displacement"]))
    assert ids(coord, violations=("pillage",)) == set()
    assert ids(coord, violations=("forced_displacement",)) == {iid}
    person = next(p for p in parts.list_for(coord.conn, Person, iid) if p.name == "Nizar Qasim")
    parts.update(coord, replace(person, name="Rami Darwish"))
    assert ids(coord, perpetrator="Nizar") == set()
    assert ids(coord, perpetrator="Darwish") == {iid}
    give_consent(coord, iid, WITH_IIIM)  # consent decides what may be shared
    assert ids(coord, shareable_with="iiim") == {iid}
    # The facets were written with the change, not on the way out: they survive a reopen.
    reopened = reopen(coord)
    try:
        assert ids(reopened, violations=("forced_displacement",), shareable_with="iiim") == {iid}
    finally:
        reopened.close()


def test_an_edit_that_rolls_back_leaves_the_filters_as_they_were(coord: Vault) -> None:
    iid = add(coord, interview_data("Nizar Qasim", "Walid Shami", violations=("pillage",)))
    incident = next(i for i in parts.list_for(coord.conn, Incident, iid)
                    if "pillage" in i.violations)
    with pytest.raises(RuntimeError), coord.transaction():
        parts.update(coord, replace(incident, violations=["forced_displacement"]))
        raise RuntimeError("the edit fails after the change")
    assert ids(coord, violations=("pillage",)) == {iid}
    assert ids(coord, violations=("forced_displacement",)) == set()


def test_an_interviewers_vault_keeps_no_facets(tmp_path: Path) -> None:
    vault = make_vault(tmp_path, "field")
    try:
        add(vault, interview_data("Nizar Qasim", "Walid Shami"))
        assert vault.conn.execute("SELECT count(*) FROM archive_interview").fetchone()[0] == 0
    finally:
        vault.close()


def test_a_body_added_after_consents_that_name_it_is_in_the_filter(pair: Pair) -> None:
    """A laptop knew a regional court first; its witness agreed to share with it. Once the
    coordinator adds the court too, the archive's filter finds that testimony."""
    court = {"en": "Regional court (fictional)"}
    bodies.add(pair.field, "regional_court", court)
    iid = add_interview(pair.field, (*FULL_OWN, items.share_testimony("regional_court")))
    importer.import_packet(pair.coord, pair.export())
    assert ids(pair.coord, shareable_with="regional_court") == set()
    bodies.add(pair.coord, "regional_court", court)
    assert ids(pair.coord, shareable_with="regional_court") == {iid}
    assert ids(pair.coord, shareable_with="iiim") == set()
