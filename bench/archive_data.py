"""Synthetic archive content for bench_archive.py: interviews written straight into a
coordinator vault's tables in bulk (with their search index and facets, as an import would
leave them), from real enrolled devices. Fictional names and text only."""

from __future__ import annotations

import json
import random
import uuid
from collections import Counter
from typing import Any

from testimony_recorder.recorder.archive import counts, names
from testimony_recorder.recorder.search.normalize import fold
from testimony_recorder.recorder.vault import Vault

WORDS = tuple(
    "checkpoint detention branch interrogation soldiers village shelling market school "  # noqa: SIM905
    "hospital bread family night morning convoy prison cell guards officer beaten "
    "released disappeared brother father neighbour road bridge mosque bakery "
    "\u062d\u0627\u062c\u0632 \u0627\u0639\u062a\u0642\u0627\u0644 \u0641\u0631\u0639 "
    "\u062a\u062d\u0642\u064a\u0642 \u0642\u0631\u064a\u0629 \u0633\u062c\u0646 "
    "\u0636\u0627\u0628\u0637 \u0645\u0633\u062c\u062f \u0645\u062f\u0631\u0633\u0629"
    .split(" "))
FIRST = ["Mohammad", "Ahmad", "Khaled", "Samir", "Omar", "Hassan", "Ali", "Yusuf", "Bashar",
         "Maher", "Jamil", "Rami", "Fadi", "Nizar", "Walid", "Ziad", "Tarek", "Imad"]
FAMILY = ["al-Hassan", "Haddad", "Jaber", "Saleh", "Khalil", "Mansour", "Darwish", "Nasser",
          "Hamdan", "Qasim", "Shami", "Halabi", "Sabbagh", "Aziz", "Rahim", "Farouk"]
UNITS = [f"Branch {n}" for n in range(200, 260)] + [f"Brigade {n}" for n in range(1, 41)]
VIOLATIONS = ["arbitrary_arrest", "torture", "enforced_disappearance", "extrajudicial_killing",
              "targeting_civilians", "pillage", "forced_displacement", "sexual_violence"]
AREAS = ["SY-HL", "SY-DI", "SY-RD", "SY-HI", "SY-HM", "SY-ID", "SY-LA", "SY-DR"]
ROLES = ["carried_out", "ordered", "present"]
GENDERS = [None, "female", "male", "male", "female", "undisclosed"]
AGES = [None, "0-11", "12-17", "18-29", "30-44", "45-59", "60+"]
NOW = "2024-06-01T00:00:00.000Z"


def _id() -> str:
    return str(uuid.uuid4())


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _date(rng: random.Random) -> tuple[dict[str, Any], str, str]:
    year = rng.randint(2011, 2020)
    month = rng.randint(1, 12)
    kind = rng.random()
    if kind < 0.4:
        day = rng.randint(1, 28)
        value = f"{year}-{month:02d}-{day:02d}"
        return {"precision": "day", "start": value}, value, value
    if kind < 0.8:
        last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return ({"precision": "month", "start": f"{year}-{month:02d}"}, f"{year}-{month:02d}-01",
                f"{year}-{month:02d}-{last}")
    return {"precision": "year", "start": str(year)}, f"{year}-01-01", f"{year}-12-31"


class Writer:
    """Rows for a batch of interviews, inserted with executemany."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.fts: list[tuple[str, str, str, str]] = []

    def add(self, table: str, *values: Any) -> None:
        self.rows.setdefault(table, []).append(values)

    def flush(self, vault: Vault) -> None:
        conn = vault.conn
        with vault.transaction():
            for table, rows in self.rows.items():
                marks = ",".join("?" for _ in rows[0])
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)  # noqa: S608
            for interview_id, kind, ref, text in self.fts:
                cur = conn.execute("INSERT INTO search_doc (interview_id, kind, ref_id)"
                                   " VALUES (?, ?, ?)", (interview_id, kind, ref))
                conn.execute("INSERT INTO search_fts (rowid, body) VALUES (?, ?)",
                             (cur.lastrowid, fold(text)))
        self.rows, self.fts = {}, []


def interview(w: Writer, rng: random.Random, n: int, sender: str, packet_id: str,
              imported_at: str) -> None:
    iid, wid, tid = _id(), _id(), _id()
    w.add("witness", wid, f"B{n:07d}", None, None, None, NOW, NOW)
    interviewer = f"Interviewer {sender[:4]}"
    w.add("interview", iid, wid, interviewer, NOW, NOW, "office", "[]", "", "", "[]", 0, "", 0,
          None, "", "", NOW, NOW)
    narrative = _text(rng, rng.randint(80, 400))
    summary = _text(rng, 20)
    w.add("testimony", tid, iid, 1, None, "finalized", narrative, summary, "[]", "en", 1,
          NOW, NOW, NOW, "0" * 64)
    w.fts += [(iid, "narrative", tid, narrative), (iid, "summary", tid, summary)]
    unit = rng.choice(UNITS)
    perp_name = f"{rng.choice(FIRST)} {rng.choice(FAMILY)}"
    boss_name = f"{rng.choice(FIRST)} {rng.choice(FAMILY)}"
    perp, boss = _id(), _id()
    spans, violations = [], set()
    incidents = []
    counted: Counter[tuple[str, str]] = Counter()  # the statistics' facet (archive_count)
    for _ in range(2):
        inc = _id()
        date, start, end = _date(rng)
        area = rng.choice(AREAS)
        vs = rng.sample(VIOLATIONS, rng.randint(1, 2))
        violations.update(vs)
        title = _text(rng, 6)
        place = {"name": f"{rng.choice(WORDS)} {rng.randint(1, 99)}", "area": area}
        w.add("incident", inc, iid, title, _text(rng, 30), json.dumps(vs), json.dumps(date),
              json.dumps(place), NOW, NOW)
        counted.update([("violation", code) for code in vs])
        counted.update([("period", counts.period(start, end)), ("area", area)])
        w.add("archive_incident", inc, iid, start, end, date["precision"], area,
              fold(place["name"]))
        w.fts.append((iid, "incident", inc, f"{title}\n{place['name']}"))
        spans.append((start, end))
        incidents.append(inc)
    force = "Security service"
    for pid, name, pos in ((perp, perp_name, "Interrogator"), (boss, boss_name, "Head")):
        w.add("person", pid, iid, name, "", "[]", force, unit, "", pos, NOW, NOW, None, None)
        w.fts.append((iid, "person", pid, f"{name}\n{unit}"))
        for key in set(names.skeleton_words(name) + names.skeleton_words(unit)):
            w.add("archive_name", key, pid, iid)
        w.add("archive_unit", names.unit_id(unit), pid, iid, unit)
    for inc in incidents:
        w.add("involvement", _id(), inc, perp, rng.choice(ROLES), "")
    w.add("involvement", _id(), incidents[0], boss, "ordered", "")
    victim = _id()
    gender, age = rng.choice(GENDERS), rng.choice(AGES)
    w.add("person", victim, iid, f"{rng.choice(FIRST)} {rng.choice(FAMILY)}", "", "[]", "",
          "", "", "", NOW, NOW, gender, age)
    w.add("involvement", _id(), incidents[0], victim, "victim", "")
    counted.update([("victim_gender", gender or ""), ("victim_age", age or "")])
    for (dimension, key), n in counted.items():
        w.add("archive_count", iid, dimension, key, key, n, 0, n)
    # perp named in both incidents, boss in the first: 2 incidents, 2 persons, 3 mentions
    w.add("archive_count", iid, "force", counts.text_key(force), force, 2, 2, 3)
    w.add("archive_count", iid, "unit", names.unit_id(unit), unit, 2, 2, 3)
    w.add("command_link", _id(), boss, perp, "gave orders to", "", "")
    w.add("interview_source", iid, sender, packet_id, packet_id, "0" * 64)
    for code in sorted(violations):
        w.add("archive_violation", code, iid)
    w.add("archive_interview", iid, sender, fold(interviewer), 1, 1, imported_at,
          min(s for s, _ in spans), max(e for _, e in spans))
    w.add("archive_share", "own_organisation", iid, 1, 1, "original")
    w.add("archive_share", "iiim", iid, int(rng.random() < 0.3), 0, "redacted")


def fill(vault: Vault, count: int, senders: list[str], seed: int = 7) -> None:
    """`count` interviews spread over the devices, 20 to a (recorded) packet."""
    rng = random.Random(seed)
    w = Writer()
    per_packet = 20
    for n in range(count):
        sender = senders[n % len(senders)]
        sequence = 1000 + n // (per_packet * len(senders))
        packet_id = f"bulk-{sender[:4]}-{sequence}"
        imported_at = f"2024-01-{1 + n * 27 // max(count, 1):02d}T00:00:{n % 60:02d}.000Z"
        if (n // len(senders)) % per_packet == 0:
            w.add("packet_received", packet_id, sender, sequence, "0" * 64, NOW, imported_at,
                  "{}", None)
        interview(w, rng, n, sender, packet_id, imported_at)
        if len(w.rows.get("interview", ())) >= 2000:
            w.flush(vault)
    if w.rows:
        w.flush(vault)
