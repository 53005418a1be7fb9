"""One interview with everything recorded about it: the JSON interchange format used by the
command line and inside packets (docs/interchange.md, resources/schema/interview.schema.json)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InvalidRecord
from . import new_id
from .attachment import Attachment
from .codec import field, from_dict, to_dict
from .consent import Consent
from .incident import Incident
from .interview import Interview
from .person import CommandLink, Involvement, Person
from .testimony import Testimony
from .witness import Identity, Witness

FORMAT = "testimony-recorder/interview"
VERSION = 1


@dataclass
class Bundle:
    format: str = field(FORMAT, choices=(FORMAT,))
    version: int = field(VERSION)
    witness: Witness = field(factory=Witness)
    identity: Identity | None = field(None)
    interview: Interview = field(factory=Interview)
    testimonies: list[Testimony] = field(factory=list, max_items=100)
    incidents: list[Incident] = field(factory=list, max_items=500)
    persons: list[Person] = field(factory=list, max_items=1000)
    involvements: list[Involvement] = field(factory=list, max_items=5000)
    command_links: list[CommandLink] = field(factory=list, max_items=5000)
    consents: list[Consent] = field(factory=list, max_items=100)
    attachments: list[Attachment] = field(factory=list, max_items=1000)


def parse(data: Any, where: str = "interview") -> Bundle:
    """Strictly read a bundle from decoded JSON (it may come from a hostile packet)."""
    bundle = from_dict(Bundle, data, where)
    if bundle.version != VERSION:
        raise InvalidRecord(where, f"unsupported interchange version {bundle.version}")
    return bundle


def dump(bundle: Bundle) -> dict[str, Any]:
    return dict(to_dict(bundle))


def renumbered(data: dict[str, Any]) -> dict[str, Any]:
    """`data` (a bundle's decoded JSON, changed in place) with new ids for its incidents and
    persons, its involvements and command links following: one sample interview added many
    times (the demo archive, fixtures), each a record of its own."""
    fresh: dict[str, str] = {}
    for key in ("incidents", "persons"):
        for item in data.get(key, []):
            fresh[item["id"]] = item["id"] = new_id()
    for link in data.get("involvements", []):
        link["incident_id"] = fresh[link["incident_id"]]
        link["person_id"] = fresh[link["person_id"]]
    for link in data.get("command_links", []):
        link["superior_id"] = fresh[link["superior_id"]]
        link["subordinate_id"] = fresh[link["subordinate_id"]]
    return data
