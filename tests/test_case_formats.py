"""The case export's files checked against the rules of the systems that take them in:
Uwazi's CSV import (huridocs/uwazi app/api/csv and its CSV import reference), Bayanat's actor
fields and relation types (sjacorg/bayanat), HURIDOCS ESF field numbers, and the PDF reports'
text layer (pdftotext: the Arabic narrative in logical order, every hash)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from testimony_recorder.recorder.archive import identity
from testimony_recorder.recorder.archive.filters import EVERYTHING
from testimony_recorder.recorder.case_export import esf
from testimony_recorder.recorder.case_export.flow import CaseExportFlow
from testimony_recorder.ui.reports.case_pdf import CasePdfRenderer

from .case_fixtures import ARABIC, ARABIC_2, IIIM, NAMES, CaseWorld, build_world

#: Uwazi's separators (app/api/csv/csvDefinitions.ts).
MULTI, PARENT_CHILD, RANGE, LANGUAGE = "|", "::", ":", "__"
SAFE_NAME = re.compile(r"^[a-z0-9_]+$")  # shared/propertyNames.ts safeName leaves these alone
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ISO_RANGE = re.compile(r"^\d{4}-\d{2}-\d{2}:\d{4}-\d{2}-\d{2}$")
LAT_LON = re.compile(r"^-?\d{1,2}(\.\d+)?\|-?\d{1,3}(\.\d+)?$")
#: Bayanat's actor columns (enferno/admin/models/Actor.py, ActorProfile.py) and its seeded
#: actor-to-actor relations (enferno/data/atoa_info.csv).
BAYANAT_FIELDS = {"originid", "type", "name", "name_ar", "nickname", "nickname_ar", "sex",
                  "age", "civilian", "position", "position_ar", "origin_place", "description",
                  "tags", "documentation_date", "first_name", "last_name", "occupation"}
ATOA = {1: ("Same Person", "Same Person"), 7: ("Superior officer", "Subordinate officer"),
        9: ("Subunit", "Unit"), 10: ("Alleged Perpetrator", "Injured Party"),
        11: ("Member", "Group")}


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory,
           qapp: QGuiApplication) -> Iterator[tuple[CaseWorld, Path]]:
    world = build_world(tmp_path_factory.mktemp("formats"))
    flow = CaseExportFlow(world.coord)
    flow.choose_filter(EVERYTHING)
    flow.use_witness_key(identity.open_from_vault(world.coord))
    flow.choose_body(IIIM)
    out = world.tmp / "case"
    flow.write(out, "folder", language="ar", renderer=CasePdfRenderer())
    yield world, out
    world.close()


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def uwazi_csv(out: Path, name: str) -> tuple[list[str], list[dict[str, str]]]:
    text = (out / "uwazi" / name).read_text("utf-8")
    assert not text.startswith("\ufeff")  # a BOM would become part of the `title` header
    return next(csv.reader(io.StringIO(text))), rows(text)


def check_headers(headers: list[str], template: dict[str, Any]) -> None:
    """validateColumns.ts: every header a safe name; no property both with and without a
    language; a language column only on a type that takes one; the default (en) present."""
    assert "title" in headers and len(headers) == len(set(headers))
    types = {p["name"]: p["type"] for p in template["properties"]}
    plain, languages = [], {}
    for header in headers:
        assert SAFE_NAME.match(header), header
        name, sep, code = header.partition(LANGUAGE)
        if sep:
            languages.setdefault(name, set()).add(code)
        else:
            plain.append(name)
    assert not set(plain) & set(languages)
    for name, codes in languages.items():
        assert types[name] in ("select", "multiselect", "text", "markdown", "link"), name
        assert "en" in codes and codes <= {"en", "ar"}
    assert set(plain) - {"title", "file", "attachments"} <= set(types)


def test_uwazi_csv_files_follow_the_import_rules(export: tuple[CaseWorld, Path]) -> None:
    world, out = export
    templates = json.loads((out / "uwazi" / "templates.json").read_text("utf-8"))
    assert templates["import_order"] == ["1-persons.csv", "2-incidents.csv", "3-testimonies.csv"]
    by_name = {t["name"]: t for t in templates["templates"]}
    known: set[str] = set()
    titles: dict[str, set[str]] = {}
    for template, name in (("Person", "1-persons"), ("Incident", "2-incidents"),
                           ("Testimony", "3-testimonies")):
        headers, body = uwazi_csv(out, f"{name}.csv")
        check_headers(headers, by_name[template])
        assert "file" not in headers and "attachments" not in headers  # files need the zip
        these = [r["title"] for r in body]
        assert all(these) and len(these) == len(set(these)), "titles must be unique"
        assert not any(MULTI in t for t in these)
        titles[template] = set(these)
        types = {p["name"]: p for p in by_name[template]["properties"]}
        for row in body:
            for prop, spec in types.items():
                cells = {h: row[h] for h in headers if h.partition(LANGUAGE)[0] == prop}
                value = next(iter(cells.values()), "")
                if spec["type"] == "multiselect" and cells:
                    en, ar = (cells[f"{prop}__{x}"].split(MULTI) for x in ("en", "ar"))
                    assert len(en) == len(ar)  # the Arabic label of each English one
                if spec["type"] == "select" and cells:
                    for label in cells.values():
                        assert MULTI not in label and label.count(PARENT_CHILD) <= 1
                if spec["type"] == "date" and value:
                    assert ISO_DATE.match(value), value
                if spec["type"] == "daterange" and value:
                    assert ISO_RANGE.match(value), value
                    start, end = value.split(RANGE)
                    assert start <= end
                if spec["type"] == "geolocation" and value:
                    assert LAT_LON.match(value), value
                if spec["type"] == "relationship" and value:
                    # targets exist already: persons, then incidents, then testimonies
                    assert set(value.split(MULTI)) <= titles[spec["target"]]
        known |= set(these)
    _, incidents = uwazi_csv(out, "2-incidents.csv")
    first = next(r for r in incidents if r["location"])
    assert first["location"] == "36.2|37.15" and first["incident_date"] == (
        "2013-04-01:2013-04-30")
    assert first["governorate__en"] == "Syria::Aleppo"
    assert first["governorate__ar"].count(PARENT_CHILD) == 1
    assert any(MULTI in r["violations__en"] for r in incidents)
    # the zip forms: import.csv at the root, every named file beside it
    for name in ("1-persons", "2-incidents", "3-testimonies"):
        with zipfile.ZipFile(out / "uwazi" / f"{name}.zip") as z:
            members = set(z.namelist())
            assert "import.csv" in members and all("/" not in m for m in members)
            body = rows(z.read("import.csv").decode("utf-8"))
            if name == "3-testimonies":
                for row in body:
                    assert row["file"] in members
                    assert set(filter(None, row["attachments"].split(MULTI))) <= members
                    assert row["file"].endswith(".pdf")
                assert any(MULTI in row["attachments"] for row in body)
    assert NAMES["A"] in (out / "uwazi" / "1-persons.csv").read_text("utf-8")
    assert NAMES["B"] not in (out / "uwazi" / "1-persons.csv").read_text("utf-8")
    assert world.codes["C"] not in "".join(known)


def test_bayanat_sheets_use_its_fields_and_relations(export: tuple[CaseWorld, Path]) -> None:
    world, out = export
    text = (out / "bayanat" / "actors.csv").read_text("utf-8")
    actors = rows(text)
    assert set(next(csv.reader(io.StringIO(text)))) <= BAYANAT_FIELDS
    assert len({a["originid"] for a in actors}) == len(actors)
    assert {a["type"] for a in actors} == {"Person", "Entity"}
    assert {a["sex"] for a in actors} <= {"Male", "Female", ""}
    assert {a["age"] for a in actors if a["type"] == "Person"} <= {"Minor", "Adult", "Unknown"}
    witness = next(a for a in actors if a["originid"] == world.codes["A"])
    assert witness["name"] == NAMES["A"]
    assert next(a for a in actors if a["originid"] == world.codes["B"])["name"] == (
        world.codes["B"])  # no identity for the IIIM: the pseudonym only
    ids = {a["originid"] for a in actors}
    relations = rows((out / "bayanat" / "actor_relations.csv").read_text("utf-8"))
    kinds = set()
    for r in relations:
        assert (r["relation"], r["reverse_relation"]) == ATOA[int(r["related_as"])]
        assert {r["actor_originid"], r["related_actor_originid"]} <= ids
        kinds.add(r["relation"])
    assert {"Superior officer", "Member", "Subunit", "Alleged Perpetrator"} <= kinds


def test_records_json_numbers_fields_as_esf(export: tuple[CaseWorld, Path]) -> None:
    world, out = export
    records = json.loads((out / "records.json").read_text("utf-8"))
    assert records["format"] == "testimony-recorder/case-export"
    assert records["body"]["id"] == IIIM and records["filter"] == {}
    a = next(t for t in records["testimonies"] if t["witness_code"] == world.codes["A"])
    assert a["record"]["testimonies"][0]["narrative"].startswith(ARABIC)
    view = a["esf"]
    for fmt in ("events", "acts", "involvements", "persons", "biographic_details",
                "information"):
        assert view[fmt], fmt
        assert all(set(entry) <= set(esf.FIELDS) for entry in view[fmt]), fmt
    event = view["events"][0]
    assert event["0102"] == a["record"]["incidents"][0]["title"]
    assert (event["0113"], event["0114"], event["113_1"]) == ("2013-04-01", "2013-04-30",
                                                              "020000000000")
    torture = next(x for x in view["acts"] if x["2109"]["code"] == "torture")
    assert torture["2109"]["esf"] == "020111110000" and torture["2118"] == "18-29"
    assert {x["2409"]["esf"] for x in view["involvements"]} >= {"010100000000",
                                                                "010200000000"}
    witness = next(p for p in view["persons"] if p["0901"] == a["record"]["witness"]["id"])
    assert witness["0903"] == NAMES["A"] and witness["0915"]["esf"] == "020000000000"
    assert view["information"][0]["2510"]["esf"] == "011801020901"  # Arabic


def pdf_text(path: Path) -> str:
    """pdftotext's text, with presentation forms back to letters and its direction marks
    (format characters, not content) dropped."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    text = unicodedata.normalize("NFKC", out)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def test_reports_hold_the_arabic_narrative_in_order_and_every_hash(
        export: tuple[CaseWorld, Path]) -> None:
    world, out = export
    records = json.loads((out / "records.json").read_text("utf-8"))
    sums = dict(line.split("  ", 1)[::-1] for line in
                (out / "SHA256SUMS").read_text().splitlines())
    for t in records["testimonies"]:
        text = pdf_text(out / t["report"])
        flat = " ".join(text.split())
        joined = "".join(text.split())
        if t["witness_code"] == world.codes["A"]:
            # Every letter, digit and mark in logical order, lam-alef ligatures intact.
            # (Compared without spaces: where a space sits next to digits and punctuation
            # between right-to-left runs is pdftotext's guess, not the PDF's content.)
            assert "".join(ARABIC.split()) in joined
            assert "".join(ARABIC_2.split()) in joined
            assert NAMES["A"] in flat
        assert t["witness_code"] in joined
        hashes = [v["content_hash"] for v in t["record"]["testimonies"]]
        hashes += [f["sha256"] for f in t["files"]]
        hashes += [sums[f["file"]] for f in t["files"]]
        hashes.append(t["provenance"]["record_sha256"])
        hashes += [e["hash"] for e in t["provenance"]["device_custody"]]
        assert hashes and all(h in joined for h in hashes)


@pytest.mark.parametrize("language, rtl", [("ckb", True), ("ar", True), ("ku", False),
                                           ("en", False)])
def test_reports_run_right_to_left_for_arabic_and_sorani(export: tuple[CaseWorld, Path],
                                                          language: str, rtl: bool) -> None:
    from PySide6.QtCore import Qt

    from testimony_recorder.recorder.case_export import content, plan, report

    world, _ = export
    planned = plan.build(world.coord, EVERYTHING, IIIM)
    item = content.gather(world.coord, planned.included[0], None)
    built = report.build(item, "IIIM", language, "2024-01-01T00:00:00.000Z")
    assert built.direction == ("rtl" if rtl else "ltr")
    doc = CasePdfRenderer().document(built)
    block, directions = doc.begin(), set()
    while block.isValid():
        if block.text().strip():
            directions.add(block.blockFormat().layoutDirection())
        block = block.next()
    want = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert directions == {want}


@pytest.mark.parametrize("language", ["ar", "en"])
def test_reports_word_each_custody_action_in_their_language(export: tuple[CaseWorld, Path],
                                                            language: str) -> None:
    from testimony_recorder.recorder.case_export import content, plan, report
    from testimony_recorder.ui.custody_words import ACTIONS
    from testimony_recorder.ui.reports.case_words import Words

    world, _ = export
    planned = plan.build(world.coord, EVERYTHING, IIIM)
    item = content.gather(world.coord, planned.included[0], None)
    built = report.build(item, "IIIM", language, "2024-01-01T00:00:00.000Z")
    text = CasePdfRenderer().document(built).toPlainText()
    words = Words(language)
    codes = {c.action for c in built.custody}
    assert "packet_imported" in codes and len(codes) > 3
    for code in codes:
        assert code in ACTIONS
        assert words.action(code) in text
        assert code not in text  # a label, never the code
        if language == "ar":
            assert words.action(code) != str(ACTIONS[code])
    words.close()
