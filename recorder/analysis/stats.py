"""Counts over the archive: by violation type, month, governorate, alleged perpetrator
affiliation and unit, and victim gender and age group, for any ArchiveFilter.

What is counted (docs/statistics.md says the same for readers of the figures):

- The filter selects testimonies, exactly as the archive list does; the counts are of what
  those testimonies record, all of it (an incident of a selected testimony counts even if it
  is not the incident that matched the filter).
- Violation types: incidents listing the type, and testimonies with at least one such
  incident. An incident with two types counts under both, so the rows add up to more than
  the number of incidents.
- Months: each incident once, by its date's earliest and latest possible days. When both fall
  in one month (a day, a month, or a range or approximate date inside one month) it counts in
  that month. When they fall in one year but not one month (a date known only to the year,
  or a range across months) it counts in a row for the year itself, "2014", never spread over
  months or put in January. A range across years counts under "spans more than one year";
  an incident without a date under "no date".
- Governorates: incidents, by the governorate of their place (free text as written when it
  is not a governorate code; "not recorded" when empty).
- Affiliations and units: alleged perpetrators (persons with a perpetrator role, such as
  ordered or carried out, in an incident), as incidents they are named in and as persons.
  Spellings the search treats alike are one row, shown as most often written; different
  spellings of one force stay apart until someone merges them in the perpetrator index.
- Victims: persons with the role victim in an incident, each counted once, by the gender and
  age group recorded for them ("not recorded" when none).

Every query reads the archive's facets and records in SQL with bound parameters; nothing is
decrypted beyond what the database holds, and nothing is written.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from .. import vocabulary
from ..archive import names
from ..archive.filters import EVERYTHING, ArchiveFilter, clauses
from ..database import Connection
from ..search.normalize import TOKEN, fold
from .tables import NOT_RECORDED, SPANS_YEARS, UNDATED, Row, Table

VICTIM = "victim"


@dataclass(frozen=True)
class Statistics:
    filter: ArchiveFilter
    testimonies: int
    incidents: int
    victims: int
    tables: tuple[Table, ...]
    #: How long the counting took, in seconds (shown by the benchmark).
    seconds: float

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)

    def to_json(self) -> dict[str, Any]:
        return {"filter": self.filter.to_json(), "testimonies": self.testimonies,
                "incidents": self.incidents, "victims": self.victims,
                "tables": [t.to_json() for t in self.tables]}


def _selection(conn: Connection, filt: ArchiveFilter) -> tuple[str, list[Any]]:
    where, params = clauses(conn, filt)
    sql = "SELECT a.interview_id FROM archive_interview a"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql, params


def compute(conn: Connection, filt: ArchiveFilter = EVERYTHING) -> Statistics:
    """Every table for the testimonies `filt` selects (the archive facets must be current:
    recorder.archive.facets.ensure)."""
    began = time.perf_counter()
    sel, params = _selection(conn, filt)
    conn.execute("DROP TABLE IF EXISTS temp.stats_selection")
    # The selection is evaluated once, into memory (temp_store = MEMORY), not once per table.
    conn.execute("CREATE TEMP TABLE stats_selection (interview_id TEXT PRIMARY KEY)"
                 " WITHOUT ROWID")
    try:
        conn.execute("INSERT INTO temp.stats_selection " + sel, params)
        testimonies = int(conn.execute("SELECT count(*) FROM temp.stats_selection")
                          .fetchone()[0])
        incidents = int(conn.execute(
            "SELECT count(*) FROM archive_incident WHERE interview_id IN"
            " (SELECT interview_id FROM temp.stats_selection)").fetchone()[0])
        gender, age, victims = _victims(conn)
        tables = (_violations(conn), _months(conn), _governorates(conn),
                  *_perpetrators(conn), gender, age)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.stats_selection")
    return Statistics(filt, testimonies, incidents, victims, tables,
                      time.perf_counter() - began)


def _violations(conn: Connection) -> Table:
    rows = conn.execute(
        "SELECT j.value, count(*), count(DISTINCT i.interview_id) FROM incident i,"
        " json_each(i.violations) j WHERE i.interview_id IN"
        " (SELECT interview_id FROM temp.stats_selection) GROUP BY j.value")
    counts = sorted(((str(r[0]), int(r[1]), int(r[2])) for r in rows),
                    key=lambda r: (-r[1], r[0]))
    return Table("violations", "violation", ("incidents", "testimonies"),
                 tuple(Row(code, code, (n, t)) for code, n, t in counts), "violations")


def period(date_start: str | None, date_end: str | None) -> str:
    """The months-table row an incident with these date bounds counts in."""
    if not date_start or not date_end:
        return UNDATED
    if date_start[:7] == date_end[:7]:
        return date_start[:7]
    if date_start[:4] == date_end[:4]:
        return date_start[:4]
    return SPANS_YEARS


def _period_order(key: str) -> tuple[int, str]:
    if key == SPANS_YEARS:
        return (1, "")
    if key == UNDATED:
        return (2, "")
    # A year's own row ("2014", month not known) comes after that year's months.
    return (0, key if len(key) == 7 else key + "-13")


def _months(conn: Connection) -> Table:
    counts: Counter[str] = Counter()
    for start, end, n in conn.execute(
            "SELECT substr(date_start, 1, 7), substr(date_end, 1, 7), count(*)"
            " FROM archive_incident WHERE interview_id IN"
            " (SELECT interview_id FROM temp.stats_selection) GROUP BY 1, 2"):
        counts[period(start, end)] += int(n)
    keys = sorted(counts, key=_period_order)
    return Table("months", "month", ("incidents",),
                 tuple(Row(k, k, (counts[k],)) for k in keys))


def _governorates(conn: Connection) -> Table:
    rows = conn.execute("SELECT area, count(*) FROM archive_incident WHERE interview_id IN"
                        " (SELECT interview_id FROM temp.stats_selection) GROUP BY area")
    merged: Counter[str] = Counter()
    for area, n in rows:
        merged[" ".join(str(area or "").split())] += int(n)
    ordered = sorted(merged.items(), key=lambda kv: (kv[0] == NOT_RECORDED, -kv[1], kv[0]))
    return Table("governorates", "governorate", ("incidents",),
                 tuple(Row(k, k, (n,)) for k, n in ordered), "areas")


def _text_key(text: str) -> str:
    """One key for the spellings the search treats alike (case, accents, Arabic forms)."""
    return " ".join(TOKEN.findall(fold(text)))


_NAMED = (" FROM person p JOIN involvement v ON v.person_id = p.id"
          " WHERE p.interview_id IN (SELECT interview_id FROM temp.stats_selection)"
          " AND v.role IN (SELECT value FROM json_each(?))")


def _perpetrators(conn: Connection) -> tuple[Table, Table]:
    """Counted in SQL per spelling as written; spellings that fold to one key are counted
    again together (an incident naming two spellings of one force counts once)."""
    roles = json.dumps(sorted(vocabulary.perpetrator_roles()))
    out = []
    for column, name, key_name, key_of in (("affiliation", "affiliations", "affiliation",
                                            _text_key),
                                           ("unit", "units", "unit", names.unit_id)):
        by_text = conn.execute(
            f"SELECT p.{column}, count(*), count(DISTINCT v.incident_id),"
            f" count(DISTINCT p.id){_NAMED} GROUP BY p.{column}", (roles,)).fetchall()
        groups: dict[str, list[tuple[str, int, int, int]]] = defaultdict(list)
        for text, mentions, incidents, persons in by_text:
            clean = " ".join(str(text).split())
            key = (key_of(clean) or NOT_RECORDED) if clean else NOT_RECORDED
            groups[key].append((str(text), int(mentions), int(incidents), int(persons)))
        table_rows = []
        for key, spellings in groups.items():
            counts = spellings[0][2:]
            if len(spellings) > 1:
                counts = conn.execute(
                    f"SELECT count(DISTINCT v.incident_id), count(DISTINCT p.id){_NAMED}"  # noqa: S608 - ours
                    f" AND p.{column} IN (SELECT value FROM json_each(?))",
                    (roles, json.dumps([t for t, *_ in spellings]))).fetchone()
            shown = min(spellings, key=lambda s: (-s[1], " ".join(s[0].split())))[0]
            table_rows.append(Row(key, " ".join(shown.split()) if key else "",
                                  (int(counts[0]), int(counts[1]))))
        table_rows.sort(key=lambda r: (r.key == NOT_RECORDED, -r.counts[0], r.text))
        out.append(Table(name, key_name, ("incidents", "persons"), tuple(table_rows)))
    return out[0], out[1]


def _victims(conn: Connection) -> tuple[Table, Table, int]:
    rows = conn.execute(
        "SELECT coalesce(p.gender, ''), coalesce(p.age_range, ''), count(*) FROM person p"
        " WHERE p.interview_id IN (SELECT interview_id FROM temp.stats_selection)"
        " AND EXISTS (SELECT 1 FROM involvement v"
        " WHERE v.person_id = p.id AND v.role = ?) GROUP BY 1, 2", (VICTIM,)).fetchall()
    gender: Counter[str] = Counter()
    age: Counter[str] = Counter()
    for g, a, n in rows:
        gender[str(g)] += int(n)
        age[str(a)] += int(n)
    tables = []
    for counts, name, key_name, kind in ((gender, "victim_gender", "gender", "genders"),
                                         (age, "victim_age", "age_group", "age_ranges")):
        order = [*vocabulary.codes(kind), NOT_RECORDED]
        keys = [k for k in order if counts[k]] + sorted(k for k in counts if k not in order)
        tables.append(Table(name, key_name, ("victims",),
                            tuple(Row(k, k, (counts[k],)) for k in keys), kind))
    return tables[0], tables[1], sum(gender.values())
