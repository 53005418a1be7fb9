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

The counts come from the archive's facet archive_count (recorder.archive.counts): each
interview's counts under each value, which add up over any selection. The selection is made
once, with the archive's own filter, into an in-memory table, and one query sums the rows of
the testimonies in it. Nothing is written to the vault.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .. import vocabulary
from ..archive.counts import NOT_RECORDED, SPANS_YEARS, UNDATED
from ..archive.filters import EVERYTHING, ArchiveFilter, clauses
from ..database import Connection
from .tables import Row, Table


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


#: (archive_count dimension, table name, what a row is, count columns, vocabulary).
TABLES = (
    ("violation", "violations", "violation", ("incidents", "testimonies"), "violations"),
    ("period", "months", "month", ("incidents",), None),
    ("area", "governorates", "governorate", ("incidents",), "areas"),
    ("force", "affiliations", "affiliation", ("incidents", "persons"), None),
    ("unit", "units", "unit", ("incidents", "persons"), None),
    ("victim_gender", "victim_gender", "gender", ("victims",), "genders"),
    ("victim_age", "victim_age", "age_group", ("victims",), "age_ranges"),
)


def compute(conn: Connection, filt: ArchiveFilter = EVERYTHING) -> Statistics:
    """Every table for the testimonies `filt` selects (the archive facets must be current:
    recorder.archive.facets.ensure)."""
    began = time.perf_counter()
    where, params = clauses(conn, filt)
    select = "SELECT a.interview_id FROM archive_interview a"
    if where:
        select += " WHERE " + " AND ".join(where)
    conn.execute("DROP TABLE IF EXISTS temp.stats_selection")
    # temp_store = MEMORY: the selection never reaches the disk.
    conn.execute("CREATE TEMP TABLE stats_selection (interview_id TEXT PRIMARY KEY)"
                 " WITHOUT ROWID")
    try:
        conn.execute("INSERT INTO temp.stats_selection " + select, params)
        testimonies = int(conn.execute("SELECT count(*) FROM temp.stats_selection")
                          .fetchone()[0])
        sums = conn.execute(
            "SELECT c.dimension, c.key, sum(c.incidents), sum(c.persons), count(*)"
            " FROM temp.stats_selection s JOIN archive_count c"
            " ON c.interview_id = s.interview_id GROUP BY c.dimension, c.key").fetchall()
        spellings: dict[tuple[str, str], Counter[str]] = {}
        for dimension, key, label, n in conn.execute(
                "SELECT c.dimension, c.key, c.label, sum(c.mentions)"
                " FROM temp.stats_selection s JOIN archive_count c"
                " ON c.interview_id = s.interview_id WHERE c.dimension IN ('force', 'unit')"
                " GROUP BY 1, 2, 3"):
            spellings.setdefault((dimension, key), Counter())[label] += int(n)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.stats_selection")
    found: dict[str, list[tuple[str, int, int, int]]] = {d: [] for d, *_ in TABLES}
    for dimension, key, incidents, persons, rows in sums:
        found[dimension].append((str(key), int(incidents), int(persons), int(rows)))
    tables = tuple(_table(spec, found[spec[0]], spellings) for spec in TABLES)
    return Statistics(filt, testimonies, sum(n for _, n, _, _ in found["period"]),
                      sum(n for _, n, _, _ in found["victim_gender"]), tables,
                      time.perf_counter() - began)


def _table(spec: tuple[str, str, str, tuple[str, ...], str | None],
           found: list[tuple[str, int, int, int]],
           spellings: dict[tuple[str, str], Counter[str]]) -> Table:
    dimension, name, key_name, count_names, kind = spec
    rows = []
    for key, incidents, persons, testimonies in found:
        text = key
        if dimension in ("force", "unit"):
            text = min(spellings[dimension, key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
        counts = {"incidents": incidents, "victims": incidents, "persons": persons,
                  "testimonies": testimonies}
        rows.append(Row(key, text if key else "", tuple(counts[c] for c in count_names)))
    if dimension == "period":
        rows.sort(key=lambda r: _period_order(r.key))
    elif kind in ("genders", "age_ranges"):
        order = [*vocabulary.codes(kind), NOT_RECORDED]
        rows.sort(key=lambda r: (order.index(r.key) if r.key in order else len(order), r.key))
    else:
        rows.sort(key=lambda r: (r.key == NOT_RECORDED, -r.counts[0], r.text))
    return Table(name, key_name, count_names, tuple(rows), kind)


def _period_order(key: str) -> tuple[int, str]:
    if key == SPANS_YEARS:
        return (1, "")
    if key == UNDATED:
        return (2, "")
    # A year's own row ("2014", month not known) comes after that year's months.
    return (0, key if len(key) == 7 else key + "-13")
