"""Persons named in a testimony (victims, alleged perpetrators, others), their role in each
incident, and command links between them (who commanded whom)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import vocabulary
from . import checks
from .codec import field


@dataclass
class Person:
    id: str = field("", check=checks.record_id)
    interview_id: str = field("", check=checks.record_id)
    name: str = field("", max_len=300)
    description: str = field("", max_len=4000)
    aliases: list[str] = field(factory=list, max_len=300, max_items=20)
    affiliation: str = field("", max_len=300)
    unit: str = field("", max_len=300)
    rank: str = field("", max_len=100)
    position: str = field("", max_len=300)
    #: For a victim: gender, and age group at the time of the events (the witness's own
    #: vocabularies; HURIDOCS ESF 0915 and 2118). None when not known.
    gender: str | None = field(None, choices=vocabulary.codes("genders"))
    age_range: str | None = field(None, choices=vocabulary.codes("age_ranges"))
    created_at: str = field("", check=checks.timestamp)
    updated_at: str = field("", check=checks.timestamp)


@dataclass
class Involvement:
    id: str = field("", check=checks.record_id)
    incident_id: str = field("", check=checks.record_id)
    person_id: str = field("", check=checks.record_id)
    role: str = field("other", choices=vocabulary.codes("roles"))
    notes: str = field("", max_len=2000)


@dataclass
class CommandLink:
    id: str = field("", check=checks.record_id)
    superior_id: str = field("", check=checks.record_id)
    subordinate_id: str = field("", check=checks.record_id)
    #: e.g. "commanded", "reported to", "gave orders to".
    relation: str = field("commanded", max_len=100)
    period: str = field("", max_len=100)
    #: How the witness knows (saw orders given, was told, uniform insignia...).
    basis: str = field("", max_len=2000)
