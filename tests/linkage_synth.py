"""A labelled set of synthetic witnesses, some interviewed twice, for measuring duplicate
detection (tests/test_linkage_measure.py, bench/bench_linkage.py).

Realistic variation, as two interviewers on different devices would write one person:
Arabic, Sorani and Kurmanji script forms and several Latin transliterations of the same
name (tests/data/linkage_names.json); a grandfather's or family name left out; a typing
slip; the year of birth one off or not known; the governorate not recorded or (rarely)
another. And the hard cases that are not duplicates: common names drawn with a skewed
frequency (many people called Mohammad Ali), brothers (every name but the first shared, same
governorate, close years), and fathers and sons (the son's father is the father's first name).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from testimony_recorder.recorder import vocabulary

_POOL = json.loads((Path(__file__).parent / "data" / "linkage_names.json").read_text("utf-8"))
_AREAS = vocabulary.codes("areas")


@dataclass(frozen=True)
class Name:
    arabic: str
    latin: tuple[str, ...]
    sorani: str
    kurmanji: str

    def written(self, script: str, rng: random.Random) -> str:
        if script == "ar":
            return self.arabic
        if script == "ckb":
            return self.sorani or self.arabic
        if script == "ku":
            return self.kurmanji or rng.choice(self.latin)
        return rng.choice(self.latin)


def _names(kind: str) -> list[Name]:
    return [Name(a, tuple(lat), s, k) for a, lat, s, k in _POOL[kind]]


_ARAB_MALE, _ARAB_FEMALE = _names("arab_male"), _names("arab_female")
_KURD_MALE, _KURD_FEMALE = _names("kurdish_male"), _names("kurdish_female")
_ARAB_FAMILY, _KURD_FAMILY = _names("arab_family"), _names("kurdish_family")


@dataclass(frozen=True)
class Person:
    id: int
    kurdish: bool
    female: bool
    parts: tuple[Name, ...]
    year: int
    area: str


@dataclass(frozen=True)
class Record:
    id: str
    person: int
    full_name: str
    date_of_birth: str
    origin_area: str | None


def _skewed(rng: random.Random, names: list[Name]) -> Name:
    """Earlier names are commoner (Zipf-like weights, s = 0.8)."""
    weights = [1 / (i + 1) ** 0.8 for i in range(len(names))]
    return rng.choices(names, weights)[0]


def _person(rng: random.Random, pid: int) -> Person:
    kurdish = rng.random() < 0.35
    female = rng.random() < 0.4
    if kurdish:
        pool = (_KURD_FEMALE if female else _KURD_MALE) if rng.random() < 0.6 else (
            _ARAB_FEMALE if female else _ARAB_MALE)
        males = _KURD_MALE if rng.random() < 0.5 else _ARAB_MALE
        family = [_skewed(rng, _KURD_FAMILY)] if rng.random() < 0.5 else []
    else:
        pool = _ARAB_FEMALE if female else _ARAB_MALE
        males = _ARAB_MALE
        family = [_skewed(rng, _ARAB_FAMILY)] if rng.random() < 0.75 else []
    parts = (_skewed(rng, pool), _skewed(rng, males), _skewed(rng, _ARAB_MALE), *family)
    return Person(pid, kurdish, female, parts, rng.randint(1945, 2006), rng.choice(_AREAS))


def _relative(rng: random.Random, other: Person, pid: int) -> Person:
    """A brother (same father, grandfather, family) or, of a man, a son (whose father is the
    man's first name)."""
    pool = _KURD_MALE if other.kurdish and rng.random() < 0.5 else _ARAB_MALE
    if other.female or other.year > 1985 or rng.random() < 0.7:
        parts = (_skewed(rng, pool), *other.parts[1:])
        year = min(2006, other.year + rng.randint(-8, 8))
    else:
        parts = (_skewed(rng, pool), other.parts[0], other.parts[1], *other.parts[3:])
        year = min(2006, other.year + rng.randint(18, 35))
    return Person(pid, other.kurdish, False, parts, year, other.area)


def _script(rng: random.Random, person: Person) -> str:
    if person.kurdish:
        return rng.choices(("ckb", "ku", "latin", "ar"), (40, 25, 20, 15))[0]
    return rng.choices(("ar", "latin"), (55, 45))[0]


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "double", "swap"))
    if kind == "drop":
        return word[:i] + word[i + 1:]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def _write(rng: random.Random, person: Person, *, again: bool) -> tuple[str, str, str | None]:
    parts = list(person.parts)
    if again and len(parts) >= 3 and rng.random() < 0.3:
        del parts[2]  # the grandfather's name left out
    if again and len(parts) >= 4 and rng.random() < 0.2:
        parts.pop()  # the family name left out
    script = _script(rng, person)
    words = [p.written(script, rng) for p in parts]
    if again and rng.random() < 0.15:
        i = rng.randrange(len(words))
        words[i] = _typo(rng, words[i])
    if script in ("latin", "ku") and rng.random() < 0.1:
        words.insert(1, ("bint" if person.female else "bin") if script == "latin"
                     else ("ke\u00e7a" if person.female else "kur\u00ea"))
    year: int | None = person.year
    roll = rng.random()
    if again and roll < 0.15:
        year = person.year + rng.choice((-1, 1))
    elif roll > (0.9 if again else 0.95):
        year = None
    area: str | None = person.area
    roll = rng.random()
    if roll < (0.1 if again else 0.05):
        area = None
    elif again and roll > 0.95:
        area = rng.choice(_AREAS)
    dob = "" if year is None else rng.choice((str(year), f"about {year}", f"1/1/{year}"))
    return " ".join(words), dob, area


def generate(seed: int = 13, persons: int = 520) -> tuple[list[Record], set[tuple[str, str]]]:
    """Records (about a quarter of the people twice, a few three times) and the set of
    pairs of record ids that are the same person."""
    rng = random.Random(seed)
    people: list[Person] = []
    for pid in range(persons):
        if people and rng.random() < 0.15:
            people.append(_relative(rng, rng.choice(people), pid))
        else:
            people.append(_person(rng, pid))
    records: list[Record] = []
    for person in people:
        copies = 1 + (rng.random() < 0.25) + (rng.random() < 0.03)
        for n in range(copies):
            name, dob, area = _write(rng, person, again=n > 0)
            records.append(Record(f"r{len(records):05d}", person.id, name, dob, area))
    rng.shuffle(records)
    by_person: dict[int, list[str]] = {}
    for r in records:
        by_person.setdefault(r.person, []).append(r.id)
    pairs = {tuple(sorted((a, b))) for ids in by_person.values()
             for i, a in enumerate(ids) for b in ids[i + 1:]}
    return records, pairs  # type: ignore[return-value]
