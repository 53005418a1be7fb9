"""The statistics' facet: one interview's counts under each value the statistics break the
archive down by (archive_count, schema 8).

Incidents and persons belong to one interview each, so the counts of any selection of
testimonies are sums of these rows (recorder.analysis.stats). What each dimension counts:

- violation: the interview's incidents listing the type;
- period: its incidents by the month their date falls in, or the year for a date known only to
  the year (or a range across months of one year), SPANS_YEARS or UNDATED;
- area: its incidents by governorate code (or the place's area as written);
- force, unit: incidents in which a person with a perpetrator role is named with that force or
  unit, and those persons; keys are the spellings the search folds alike, `label` the
  interview's most written spelling and `mentions` how often it was written;
- victim_gender, victim_age: persons with the role victim, by what was recorded for them.

The key "" (NOT_RECORDED) stands for a value nobody recorded.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from ..database import Connection
from ..search.normalize import TOKEN, fold
from . import names

NOT_RECORDED = ""
SPANS_YEARS = "spans_years"
UNDATED = "undated"
VICTIM = "victim"


def text_key(text: str) -> str:
    """One key for the spellings the search treats alike (case, accents, Arabic forms)."""
    return " ".join(TOKEN.findall(fold(text)))


def period(date_start: str | None, date_end: str | None) -> str:
    """The month ("2013-04") or year ("2014") an incident with these date bounds counts in."""
    if not date_start or not date_end:
        return UNDATED
    if date_start[:7] == date_end[:7]:
        return date_start[:7]
    if date_start[:4] == date_end[:4]:
        return date_start[:4]
    return SPANS_YEARS


@dataclass
class _Tally:
    incidents: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    spellings: Counter[str] = field(default_factory=Counter)


def refresh(conn: Connection, interview_id: str, roles: str) -> None:
    """Write the interview's rows (its archive_incident rows must be current; `roles` are the
    perpetrator roles as a JSON list)."""
    plain: dict[tuple[str, str], int] = Counter()
    for row in conn.execute("SELECT id, violations FROM incident WHERE interview_id = ?",
                            (interview_id,)):
        for code in set(json.loads(row["violations"])):
            plain["violation", code] += 1
    for row in conn.execute("SELECT date_start, date_end, area FROM archive_incident"
                            " WHERE interview_id = ?", (interview_id,)):
        plain["period", period(row["date_start"], row["date_end"])] += 1
        plain["area", " ".join(str(row["area"]).split())] += 1
    for row in conn.execute(
            "SELECT coalesce(p.gender, ''), coalesce(p.age_range, '') FROM person p"
            " WHERE p.interview_id = ? AND EXISTS (SELECT 1 FROM involvement v"
            " WHERE v.person_id = p.id AND v.role = ?)", (interview_id, VICTIM)):
        plain["victim_gender", row[0]] += 1
        plain["victim_age", row[1]] += 1
    for (dimension, key), n in plain.items():
        conn.execute("INSERT INTO archive_count (interview_id, dimension, key, label,"
                     " incidents, persons, mentions) VALUES (?, ?, ?, ?, ?, 0, ?)",
                     (interview_id, dimension, key, key, n, n))
    named: dict[tuple[str, str], _Tally] = {}
    for row in conn.execute(
            "SELECT DISTINCT p.id, v.incident_id, p.affiliation, p.unit FROM person p"
            " JOIN involvement v ON v.person_id = p.id WHERE p.interview_id = ?"
            " AND v.role IN (SELECT value FROM json_each(?))", (interview_id, roles)):
        force, unit = " ".join(row["affiliation"].split()), " ".join(row["unit"].split())
        for dimension, key, label in (("force", text_key(force), force),
                                      ("unit", names.unit_id(unit) or NOT_RECORDED, unit)):
            tally = named.setdefault((dimension, key), _Tally())
            tally.incidents.add(row["incident_id"])
            tally.persons.add(row["id"])
            tally.spellings[label] += 1
    for (dimension, key), tally in named.items():
        label, mentions = min(tally.spellings.items(), key=lambda kv: (-kv[1], kv[0]))
        conn.execute("INSERT INTO archive_count (interview_id, dimension, key, label,"
                     " incidents, persons, mentions) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (interview_id, dimension, key, label, len(tally.incidents),
                      len(tally.persons), mentions))
