"""Statistics over the archive equal counts made here, independently, from the records the test
generated (never from the vault's facets), for the whole archive and for filters."""

from __future__ import annotations

import calendar
import csv
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from testimony_recorder.recorder import vocabulary
from testimony_recorder.recorder.analysis import stats, tables
from testimony_recorder.recorder.archive import facets
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.model import new_id
from testimony_recorder.recorder.store import bundles
from testimony_recorder.recorder.vault import Vault

from .packet_helpers import make_vault

AREAS = ["SY-HL", "SY-DI", "SY-HM", "", "Some village"]
VIOLATIONS = ["arbitrary_arrest", "torture", "enforced_disappearance", "pillage"]
AFFILIATIONS = ["Air Force Intelligence", "air force  INTELLIGENCE", "Military Police", ""]
UNITS = ["Branch 215", "branch 215", "Brigade 4", ""]
PERPETRATOR_ROLES = sorted(vocabulary.perpetrator_roles())


def random_date(rng: random.Random) -> dict[str, str] | None:
    year = rng.choice([2012, 2013, 2014])
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    kind = rng.choice(["day", "month", "year", "range_month", "range_year", "range_years",
                       "approximate", None])
    if kind is None:
        return None
    if kind == "day":
        return {"precision": "day", "start": f"{year}-{month:02d}-{day:02d}"}
    if kind in ("month", "approximate"):
        return {"precision": kind, "start": f"{year}-{month:02d}"}
    if kind == "year":
        return {"precision": "year", "start": str(year)}
    if kind == "range_month":
        return {"precision": "range", "start": f"{year}-{month:02d}-01",
                "end": f"{year}-{month:02d}-{day:02d}"}
    if kind == "range_year":
        return {"precision": "range", "start": f"{year}-01-05", "end": f"{year}-11-20"}
    return {"precision": "range", "start": f"{year}-06", "end": f"{year + 1}-02"}


def random_interview(rng: random.Random) -> dict[str, Any]:
    incidents, persons, involvements = [], [], []
    for _ in range(rng.randint(0, 3)):
        incident: dict[str, Any] = {
            "id": new_id(), "title": "t", "violations": rng.sample(VIOLATIONS,
                                                                  rng.randint(0, 2))}
        date = random_date(rng)
        if date is not None:
            incident["date"] = date
        area = rng.choice(AREAS)
        if area or rng.random() < 0.5:
            incident["place"] = {"name": "somewhere", "area": area}
        incidents.append(incident)
    for n in range(rng.randint(0, 4)):
        person = {"id": new_id(), "name": f"P{n}", "affiliation": rng.choice(AFFILIATIONS),
                  "unit": rng.choice(UNITS), "gender": rng.choice([None, "female", "male"]),
                  "age_range": rng.choice([None, "0-11", "18-29", "60+"])}
        persons.append(person)
        for incident in incidents:
            for role in rng.sample(["victim", "witness", *PERPETRATOR_ROLES], rng.randint(0, 2)):
                involvements.append({"incident_id": incident["id"], "person_id": person["id"],
                                     "role": role})
    return {"format": "testimony-recorder/interview", "version": 1,
            "witness": {"gender": "female"}, "interview": {"interviewer": "Tester"},
            "testimonies": [{"version": 1, "narrative": "n"}], "incidents": incidents,
            "persons": persons, "involvements": involvements}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Any:
    rng = random.Random(13)
    vault = make_vault(tmp_path_factory.mktemp("stats"), "coord", "coordinator")
    data = {}
    for _ in range(60):
        item = random_interview(rng)
        data[bundles.add(vault, bundle_mod.parse(item))] = item
    facets.rebuild(vault)
    yield vault, data
    vault.close()


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def expected_period(date: dict[str, str] | None) -> str:
    """The month a date counts in, worked out from the date as written (not its bounds)."""
    if date is None:
        return "undated"
    start = date["start"]
    end = date.get("end") if date["precision"] == "range" else None
    if end is None:
        return start[:7] if len(start) >= 7 else start
    if start[:7] == end[:7]:
        return start[:7]
    return start[:4] if start[:4] == end[:4] else "spans_years"


def norm(text: str) -> str:
    return " ".join(text.lower().split())


def expected(data: dict[str, dict[str, Any]], chosen: list[str]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = defaultdict(Counter)
    per_testimony: dict[str, set[str]] = defaultdict(set)
    for interview_id in chosen:
        item = data[interview_id]
        persons = {p["id"]: p for p in item["persons"]}
        for incident in item["incidents"]:
            for code in incident["violations"]:
                out["violations"][code] += 1
                per_testimony[code].add(interview_id)
            out["months"][expected_period(incident.get("date"))] += 1
            out["governorates"][incident.get("place", {}).get("area", "")] += 1
        for field, table in (("affiliation", "affiliations"), ("unit", "units")):
            named: dict[str, set[str]] = defaultdict(set)
            for inv in item["involvements"]:
                if inv["role"] in PERPETRATOR_ROLES:
                    named[norm(persons[inv["person_id"]][field])].add(inv["incident_id"])
            for key, incident_ids in named.items():
                out[table][key] += len(incident_ids)
        victims = {inv["person_id"] for inv in item["involvements"] if inv["role"] == "victim"}
        for person_id in victims:
            out["victim_gender"][persons[person_id]["gender"] or ""] += 1
            out["victim_age"][persons[person_id]["age_range"] or ""] += 1
    for code, ids in per_testimony.items():
        out["violations_testimonies"][code] = len(ids)
    return out


def by_text(table: tables.Table) -> Counter[str]:
    return Counter({norm(r.text): r.counts[0] for r in table.rows})


def check(result: stats.Statistics, data: dict[str, dict[str, Any]], chosen: list[str]) -> None:
    want = expected(data, chosen)
    assert result.testimonies == len(chosen)
    assert result.incidents == sum(len(data[i]["incidents"]) for i in chosen)
    violations = result.table("violations")
    assert {r.key: r.counts[0] for r in violations.rows} == dict(want["violations"])
    assert {r.key: r.counts[1] for r in violations.rows} == dict(want["violations_testimonies"])
    for name in ("months", "governorates", "victim_gender", "victim_age"):
        assert {r.key: r.counts[0] for r in result.table(name).rows} == {
            k: v for k, v in want[name].items() if v}, name
    for name in ("affiliations", "units"):
        assert by_text(result.table(name)) == +want[name], name
    assert result.victims == sum(want["victim_gender"].values())


def test_statistics_of_the_whole_archive(archive: Any) -> None:
    vault, data = archive
    check(stats.compute(vault.conn), data, list(data))


@pytest.mark.parametrize("filt, keep", [
    (ArchiveFilter(violations=("torture",)),
     lambda item: any("torture" in i["violations"] for i in item["incidents"])),
    (ArchiveFilter(place="SY-HM"),
     lambda item: any(i.get("place", {}).get("area") == "SY-HM" for i in item["incidents"])),
    (ArchiveFilter(place="Aleppo", violations=("pillage", "torture")),
     lambda item: any(i.get("place", {}).get("area") == "SY-HL" for i in item["incidents"])
     and any({"pillage", "torture"} & set(i["violations"]) for i in item["incidents"])),
])
def test_statistics_follow_the_archive_filter(archive: Any, filt: ArchiveFilter,
                                              keep: Any) -> None:
    vault, data = archive
    chosen = [i for i, item in data.items() if keep(item)]
    assert 0 < len(chosen) < len(data)
    check(stats.compute(vault.conn, filt), data, chosen)


def test_a_year_only_date_counts_in_its_year_not_in_a_month(archive: Any) -> None:
    vault, _ = archive
    months = stats.compute(vault.conn).table("months")
    keys = [r.key for r in months.rows]
    years = [k for k in keys if len(k) == 4]
    assert years, "the sample has dates known only to the year"
    for year in years:  # the year's own row follows that year's months
        months_of_year = [keys.index(k) for k in keys if len(k) == 7 and k[:4] == year]
        assert all(n < keys.index(year) for n in months_of_year)
    assert keys[-2:] == ["spans_years", "undated"]
    label = tables.labeler("en")
    row = next(r for r in months.rows if r.key == years[0])
    assert label(months, row) == years[0]
    assert label(months, next(r for r in months.rows if len(r.key) == 7)).split()[0] in (
        calendar.month_abbr[1:])


def test_tables_as_csv_in_arabic(archive: Any, tmp_path: Path) -> None:
    vault, _ = archive
    result = stats.compute(vault.conn)
    written = tables.write_csv(result.tables, tmp_path / "stats", tables.labeler("ar"))
    assert {p.name for p in written} == {f"{t.name}.csv" for t in result.tables}
    raw = (tmp_path / "stats" / "governorates.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets read UTF-8 Arabic only with a BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["governorate", "label", "incidents"]
    labels = {r[0]: r[1] for r in rows[1:]}
    assert labels["SY-HL"] == "\u062d\u0644\u0628"  # Aleppo, in Arabic
    assert labels[""] == "not recorded"
    assert sum(int(r[2]) for r in rows[1:]) == result.incidents


def test_withdrawn_testimonies_are_left_out_unless_asked(tmp_path: Path) -> None:
    vault: Vault = make_vault(tmp_path, "coord", "coordinator")
    with vault:
        kept = bundles.add(vault, bundle_mod.parse(random_interview(random.Random(1))))
        gone = bundles.add(vault, bundle_mod.parse(random_interview(random.Random(1))))
        with vault.transaction():
            vault.conn.execute("INSERT INTO interview_withdrawn (interview_id, consent_id,"
                               " withdrawn_at) VALUES (?, ?, '2024-01-01T00:00:00.000Z')",
                               (gone, new_id()))
        facets.rebuild(vault)
        assert stats.compute(vault.conn).testimonies == 1
        assert stats.compute(vault.conn, ArchiveFilter(include_withdrawn=True)).testimonies == 2
        assert kept
