"""The core's rules for incidents, persons, roles and command links that the editor relies on,
and the words a fuzzy date is shown with."""

from __future__ import annotations

import pytest

from testimony_recorder.recorder import custody, errors, i18n, vocabulary
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.model import new_id
from testimony_recorder.recorder.model.incident import FuzzyDate, Incident
from testimony_recorder.recorder.model.person import CommandLink, Involvement, Person
from testimony_recorder.recorder.store import bundles, listing, parts
from testimony_recorder.recorder.vault import Vault

from .conftest import example_bundle_data


@pytest.fixture
def interview(vault: Vault) -> str:
    return bundles.add(vault, bundle_mod.Bundle())


def two_persons(vault: Vault, interview_id: str) -> tuple[Person, Person]:
    return (parts.add(vault, Person(interview_id=interview_id, name="A")),
            parts.add(vault, Person(interview_id=interview_id, name="B")))


# -- dates as people read them ---------------------------------------------------------------------


def test_partial_dates_read_in_the_language() -> None:
    assert i18n.partial_date("2013-04-10", "en") == "Apr 10, 2013"
    assert i18n.partial_date("2013-04", "en") == "Apr 2013"
    assert i18n.partial_date("2013", "en") == "2013"
    april = "\u0623\u0628\u0631\u064a\u0644"
    assert i18n.partial_date("2013-04", "ar") == f"{april} 2013"
    assert i18n.partial_date("", "en") == ""
    assert i18n.month_names("en")[0] == "January" and len(i18n.month_names("ar")) == 12
    assert i18n.month_names("ar")[3] == april


# -- violation types a vault adds ------------------------------------------------------------------


@pytest.mark.parametrize("label, taken, code", [
    ("Forced labour", (), "forced_labour"),
    ("  R\u00e9pression -- of  protests!", (), "repression_of_protests"),
    ("\u0639\u0645\u0644 \u0642\u0633\u0631\u064a", (), "custom"),  # Arabic: no Latin letters
    ("Forced labour", ("forced_labour", "forced_labour_2"), "forced_labour_3"),
    ("x" * 80, (), "x" * 48),
])
def test_codes_derived_from_names(label: str, taken: tuple[str, ...], code: str) -> None:
    assert vocabulary.derive_code(label, taken) == code


def test_violation_type_for_a_name(vault: Vault) -> None:
    assert parts.violation_type_for(vault, "torture or ILL-treatment") == "torture"
    arabic = vocabulary.terms("violations")[4].labels["ar"]
    assert parts.violation_type_for(vault, arabic) == "torture"  # named in Arabic
    assert parts.violation_type_for(vault, "Forced  labour") == "forced_labour"
    assert parts.violation_type_for(vault, "forced labour") == "forced_labour"  # not twice
    added = [t for t in vocabulary.violation_terms(vault.conn) if t.code == "forced_labour"]
    assert [t.label("ar") for t in added] == ["Forced labour"]
    assert custody.entries(vault.conn)[-1].action == "violation_type_added"
    assert parts.violation_type_for(vault, "\u0639\u0645\u0644 \u0642\u0633\u0631\u064a") == (
        "custom")


def test_violation_type_names_and_codes_are_checked(vault: Vault) -> None:
    with pytest.raises(errors.AlreadyRecorded):
        parts.add_violation_type(vault, "torture", "Torture again")  # a built-in code
    parts.add_violation_type(vault, "made_up", "Made up")
    with pytest.raises(errors.AlreadyRecorded):
        parts.add_violation_type(vault, "made_up", "Made up twice")
    for label in ("", "   ", "x" * (parts.MAX_LABEL + 1), "two\nlines"):
        with pytest.raises(errors.InvalidRecord):
            parts.add_violation_type(vault, "other_code", label)


# -- incidents, roles and links --------------------------------------------------------------------


def test_a_range_must_end_after_it_starts(vault: Vault, interview: str) -> None:
    incident = parts.add(vault, Incident(interview_id=interview, title="t"))
    incident.date = FuzzyDate("range", "2013-05", "2013-04-30")
    with pytest.raises(errors.InvalidRecord, match="ends before it starts"):
        parts.update(vault, incident)
    incident.date = FuzzyDate("range", "2013-05", None)
    with pytest.raises(errors.InvalidRecord, match="needs an end"):
        parts.update(vault, incident)
    incident.date = FuzzyDate("range", "2013-04-10", "2013-04")  # within the same month: fine
    parts.update(vault, incident)
    assert parts.list_for(vault.conn, Incident, interview)[0].date == incident.date


def test_a_person_is_not_their_own_commander(vault: Vault, interview: str) -> None:
    a, _ = two_persons(vault, interview)
    with pytest.raises(errors.SelfLink):
        parts.add(vault, CommandLink(superior_id=a.id, subordinate_id=a.id))
    assert parts.list_for(vault.conn, CommandLink, interview) == []
    data = example_bundle_data()
    link = data["command_links"][0]
    link["subordinate_id"] = link["superior_id"]
    with pytest.raises(errors.SelfLink):
        bundles.add(vault, bundle_mod.parse(data))
    assert listing.count(vault.conn) == 1  # nothing of that interview was kept


def test_roles_and_links_are_recorded_once(vault: Vault, interview: str) -> None:
    a, b = two_persons(vault, interview)
    incident = parts.add(vault, Incident(interview_id=interview, title="t"))
    ordered = parts.add(vault, Involvement(incident_id=incident.id, person_id=a.id,
                                           role="ordered"))
    parts.add(vault, Involvement(incident_id=incident.id, person_id=a.id,
                                 role="commanded_unit"))  # a second role: fine
    with pytest.raises(errors.AlreadyRecorded):
        parts.add(vault, Involvement(incident_id=incident.id, person_id=a.id, role="ordered"))
    ordered.notes = "changed notes"
    parts.update(vault, ordered)  # the same row again is not a duplicate
    link = parts.add(vault, CommandLink(id=new_id(), superior_id=a.id, subordinate_id=b.id))
    with pytest.raises(errors.AlreadyRecorded):
        parts.add(vault, CommandLink(superior_id=a.id, subordinate_id=b.id, relation="again"))
    link.period = "2013"
    parts.update(vault, link)
    assert len(parts.list_for(vault.conn, Involvement, interview)) == 2
    assert parts.list_for(vault.conn, CommandLink, interview)[0].period == "2013"
    assert custody.verify(vault.conn).ok
