"""The record model: interchange bundles, validation, testimony versions, incidents and persons."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, errors
from testimony_recorder.recorder.database import DatabaseError
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.model.incident import FuzzyDate, Incident
from testimony_recorder.recorder.model.person import CommandLink, Involvement, Person
from testimony_recorder.recorder.store import bundles, listing, parts, testimonies, witnesses
from testimony_recorder.recorder.vault import Vault

from .conftest import REPO, example_bundle_data


def test_example_round_trips(vault: Vault) -> None:
    interview_id = bundles.add(vault, bundle_mod.parse(example_bundle_data()))
    exported = bundle_mod.dump(bundles.export(vault, interview_id, include_identity=True))
    original = example_bundle_data()
    assert exported["identity"] == {**original["identity"], "photo_attachment_id": None}
    assert exported["interview"]["breaks"][0]["note"] == "Witness asked for a pause"
    assert [i["title"] for i in exported["incidents"]] == [
        i["title"] for i in original["incidents"]]
    assert exported["incidents"][1]["date"] == {"precision": "range", "start": "2013-04-10",
                                               "end": "2013-05-01"}
    assert len(exported["involvements"]) == 3
    assert exported["command_links"][0]["relation"] == "gave orders to"
    # the export is itself a valid bundle, and keeps its ids in another vault
    again = bundle_mod.parse(json.loads(json.dumps(exported)))
    assert again.interview.id == interview_id


def test_new_interview_files_can_be_added_twice(vault: Vault) -> None:
    first = bundles.add(vault, bundle_mod.parse(example_bundle_data()))
    second = bundles.add(vault, bundle_mod.parse(example_bundle_data()))
    assert first != second
    a, b = (parts.list_for(vault.conn, Involvement, i) for i in (first, second))
    assert len(a) == len(b) == 3 and not {x.id for x in a} & {x.id for x in b}


def test_same_interview_twice_is_refused(vault: Vault) -> None:
    interview_id = bundles.add(vault, bundle_mod.parse(example_bundle_data()))
    exported = bundles.export(vault, interview_id)
    with pytest.raises(errors.InvalidRecord, match="already in this vault"):
        bundles.add(vault, exported)


def test_example_matches_json_schema() -> None:
    import jsonschema  # a dev dependency
    schema = json.loads((REPO / "resources" / "schema" / "interview.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(example_bundle_data(), schema)


def test_identity_is_kept_apart_and_reveal_is_logged(vault: Vault) -> None:
    interview_id = bundles.add(vault, bundle_mod.parse(example_bundle_data()))
    exported = bundles.export(vault, interview_id)
    assert exported.identity is None
    witness_id = exported.witness.id
    assert witnesses.has_identity(vault.conn, witness_id)
    identity = witnesses.reveal_identity(vault, witness_id)
    assert identity is not None and identity.full_name == "Fictional Example Person"
    assert custody.entries(vault.conn)[-1].action == "identity_revealed"
    identity_entries = [e for e in custody.entries(vault.conn) if e.action == "identity_set"]
    assert identity_entries and all(e.content_hash is None for e in identity_entries)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(surprise=1), "unknown field 'surprise'"),
    (lambda d: d["witness"].update(gender="robot"), "not one of"),
    (lambda d: d["interview"].update(started_at="yesterday"), "date and time"),
    (lambda d: d["interview"].update(languages="ar"), "expected a list"),
    (lambda d: d["testimonies"][0].update(narrative="x" * 2_000_001), "longer than"),
    (lambda d: d["incidents"][0].update(date={"precision": "month", "start": "2013-13"}),
     "not a real date"),
    (lambda d: d["incidents"][0]["place"].update(latitude=91), "latitude"),
    (lambda d: d["persons"][0].update(aliases=["a"] * 1000), "more than"),
    (lambda d: d["involvements"][0].update(role="hero"), "not one of"),
    (lambda d: d["incidents"][0].update(id="not-an-id"), "expected an id"),
    (lambda d: d["testimonies"][0].update(version=True), "whole number"),
    (lambda d: d["interview"].update(place="a\x00b"), "NUL"),
])
def test_bad_input_is_rejected_with_where(mutate, message: str) -> None:
    data = copy.deepcopy(example_bundle_data())
    mutate(data)
    with pytest.raises(errors.InvalidRecord) as info:
        bundle_mod.parse(data)
    assert message in info.value.message


def test_unknown_violation_type(vault: Vault) -> None:
    data = example_bundle_data()
    data["incidents"][0]["violations"] = ["made_up"]
    with pytest.raises(errors.InvalidRecord, match="unknown violation type"):
        bundles.add(vault, bundle_mod.parse(data))
    assert listing.count(vault.conn) == 0  # nothing half-added
    parts.add_violation_type(vault, "made_up", "A vault-specific violation")
    bundles.add(vault, bundle_mod.parse(data))


def test_links_must_stay_within_the_interview(vault: Vault) -> None:
    a = bundles.add(vault, bundle_mod.parse(example_bundle_data()))
    other = example_bundle_data()
    for key in ("incidents", "persons", "involvements", "command_links"):
        other[key] = []
    b = bundles.add(vault, bundle_mod.parse(other))
    stranger = parts.add(vault, Person(interview_id=b, name="Someone else"))
    incident = parts.list_for(vault.conn, Incident, a)[0]
    with pytest.raises(errors.InvalidRecord, match="different interviews"):
        parts.add(vault, Involvement(incident_id=incident.id, person_id=stranger.id,
                                     role="present"))


def test_testimony_lifecycle(vault: Vault) -> None:
    interview_id = bundles.add(vault, bundle_mod.Bundle())
    t = testimonies.save(vault, interview_id, "first draft")
    testimonies.save(vault, interview_id, "first draft")  # unchanged: no new revision
    testimonies.save(vault, interview_id, "second draft", summary="short")
    assert [r.narrative for r in testimonies.revisions(vault.conn, t.id)] == [
        "first draft", "second draft"]
    final = testimonies.finalize(vault, interview_id)
    assert final.content_hash == final.compute_hash()
    with pytest.raises(errors.RecordFrozen):
        testimonies.save(vault, interview_id, "rewrite history")
    with pytest.raises(errors.RecordFrozen):
        testimonies.finalize(vault, interview_id)
    correction = testimonies.start_correction(vault, interview_id)
    testimonies.save(vault, interview_id, "second draft, corrected")
    versions = testimonies.versions(vault.conn, interview_id)
    assert [(v.version, v.status) for v in versions] == [(1, "finalized"), (2, "draft")]
    assert versions[1].supersedes == versions[0].id == final.id
    assert testimonies.current(vault.conn, interview_id).id == correction.id
    assert versions[0].narrative == "second draft"


def test_finalized_testimony_resists_direct_sql(vault: Vault) -> None:
    interview_id = bundles.add(vault, bundle_mod.Bundle())
    testimonies.save(vault, interview_id, "evidence")
    final = testimonies.finalize(vault, interview_id)
    with pytest.raises(DatabaseError, match="finalized"):
        vault.conn.execute("UPDATE testimony SET narrative = 'x' WHERE id = ?", (final.id,))
    with pytest.raises(DatabaseError, match="finalized"):
        vault.conn.execute("DELETE FROM testimony WHERE id = ?", (final.id,))


def test_bundle_with_forged_final_hash_is_refused(vault: Vault) -> None:
    data = example_bundle_data()
    data["testimonies"][0].update(status="finalized", content_hash="0" * 64)
    with pytest.raises(errors.InvalidRecord, match="does not match"):
        bundles.add(vault, bundle_mod.parse(data))


def test_parts_edit_and_delete(vault: Vault) -> None:
    interview_id = bundles.add(vault, bundle_mod.parse(example_bundle_data()))
    incident = parts.list_for(vault.conn, Incident, interview_id)[0]
    incident.date = FuzzyDate("year", "2012")
    parts.update(vault, incident)
    again = parts.list_for(vault.conn, Incident, interview_id)[0]
    assert again.date == FuzzyDate("year", "2012", None)
    assert again.date.bounds() == ("2012-01-01", "2012-12-31")
    person = parts.list_for(vault.conn, Person, interview_id)[1]
    parts.delete(vault, Person, person.id)
    assert len(parts.list_for(vault.conn, Involvement, interview_id)) == 1
    assert parts.list_for(vault.conn, CommandLink, interview_id) == []
    assert custody.entries(vault.conn)[-1].action == "person_deleted"


def test_fuzzy_date_bounds() -> None:
    assert FuzzyDate("month", "2013-02").bounds() == ("2013-02-01", "2013-02-28")
    assert FuzzyDate("range", "2013-04-10", "2013-05").bounds() == ("2013-04-10", "2013-05-31")
    assert FuzzyDate("day", "2013-04-10").bounds() == ("2013-04-10", "2013-04-10")


def test_second_interview_of_same_witness(vault: Vault) -> None:
    first = bundles.add(vault, bundle_mod.parse(example_bundle_data()))
    code = bundles.export(vault, first).witness.code
    second = bundles.add(vault, bundle_mod.parse({"witness": {"code": code}}))
    assert bundles.export(vault, second).witness.code == code


def test_listing_filters_and_pages(vault: Vault) -> None:
    ids = [bundles.add(vault, bundle_mod.parse(example_bundle_data())) for _ in range(3)]
    testimonies.finalize(vault, ids[0])
    assert listing.count(vault.conn) == 3
    assert [r.id for r in listing.page(vault.conn, listing.ListFilter(status="finalized"))] == [
        ids[0]]
    assert listing.count(vault.conn, listing.ListFilter(violation="torture")) == 3
    assert listing.count(vault.conn, listing.ListFilter(violation="pillage")) == 0
    page = listing.page(vault.conn, sort="updated", limit=2)
    assert len(page) == 2 and page[0].id == ids[0]  # finalizing made it the latest change
    assert set(page[0].violations) == {"arbitrary_arrest", "torture"}


def test_documented_example_is_the_file(vault: Vault) -> None:
    assert (Path(REPO) / "docs" / "interchange.md").read_text().count("examples/interview.json")


def test_published_schema_is_current() -> None:
    from testimony_recorder.recorder.model.schema import interview_schema

    published = json.loads((REPO / "resources" / "schema" / "interview.schema.json").read_text())
    assert published == interview_schema(), "regenerate: python -m recorder.model.schema"
