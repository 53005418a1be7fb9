"""An actor sheet and actor relations for Bayanat (SJAC).

Columns carry Bayanat's own actor field names (sjacorg/bayanat enferno/admin/models/Actor.py
and ActorProfile.py; the names its sheet import maps, enferno/data_import), so each column maps
onto the field of the same name:

- `originid` is our stable id (the witness's pseudonymous code, a person's record id, a unit's
  or force's id), which Bayanat's import can also use to refuse a second import of a row;
- names go to `name` when written in Latin letters and to `name_ar` when in Arabic script;
- `sex`, `age`, `civilian` and `type` take Bayanat's option values (Male/Female,
  Minor/Adult/Unknown, Civilian/Non-Civilian/Unknown, Person/Entity): gender "other" or
  "prefers not to say" leaves `sex` empty rather than forcing a value; age groups under 18 are
  Minor;
- `tags` is a comma-separated list, each item quoted, as its import splits it.

Bayanat's sheet import creates actors only, so relations are a second sheet, for its API or a
person: one row per relation, with the relation id and titles of Bayanat's shipped actor-to-actor
list (enferno/data/atoa_info.csv): Superior officer/Subordinate officer, Member/Group,
Subunit/Unit, Alleged Perpetrator/Injured Party.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .. import vocabulary
from ..archive import names
from ..search.normalize import TOKEN, fold
from .content import CaseItem

DIRECTORY = "bayanat"
ACTOR_COLUMNS = ("originid", "type", "name", "name_ar", "nickname", "nickname_ar", "sex",
                 "age", "civilian", "position", "position_ar", "origin_place", "description",
                 "tags", "documentation_date")
RELATION_COLUMNS = ("actor_originid", "related_actor_originid", "related_as", "relation",
                    "reverse_relation", "probability", "comment")

#: Bayanat's seeded actor-to-actor relations (enferno/data/atoa_info.csv): id, title, reverse.
SUPERIOR = (7, "Superior officer", "Subordinate officer")
MEMBER = (11, "Member", "Group")
SUBUNIT = (9, "Subunit", "Unit")
PERPETRATOR = (10, "Alleged Perpetrator", "Injured Party")

_SEX = {"male": "Male", "female": "Female"}
_MINOR = ("0-11", "12-17")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _age(age_range: str | None) -> str:
    if not age_range:
        return "Unknown"
    return "Minor" if age_range in _MINOR else "Adult"


def _names(text: str) -> tuple[str, str]:
    """(name, name_ar): Arabic-script names to the Arabic field."""
    return ("", text) if _ARABIC.search(text) else (text, "")


def _tags(values: Iterable[str]) -> str:
    return ", ".join(f'"{v}"' for v in dict.fromkeys(v.replace('"', "'") for v in values if v))


def _area_name(code: str | None) -> str:
    if not code:
        return ""
    found = {t.code: t for t in vocabulary.terms("areas")}.get(code)
    return found.label("en") if found else code


def entity_id(kind: str, text: str) -> str:
    """A stable id for a force or unit named in testimonies (spellings the search folds
    alike share it)."""
    if kind == "unit":
        return names.unit_id(text) or ""
    key = " ".join(TOKEN.findall(fold(text)))
    return "force-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16] if key else ""


@dataclass(frozen=True)
class BayanatFiles:
    actors: str
    relations: str


def build(items: list[CaseItem]) -> BayanatFiles:
    actors: dict[str, list[str]] = {}
    relations: list[list[str]] = []

    def actor(originid: str, **values: str) -> None:
        if originid not in actors:
            actors[originid] = [originid, *(values.get(c, "") for c in ACTOR_COLUMNS[1:])]

    def relate(a: str, b: str, kind: tuple[int, str, str], comment: str) -> None:
        row = [a, b, str(kind[0]), kind[1], kind[2], "", comment]
        if row not in relations:
            relations.append(row)

    perpetrator_roles = vocabulary.perpetrator_roles()
    for item in items:
        b, ident = item.bundle, item.identity
        date = (b.interview.started_at or "")[:10]
        name, name_ar = _names(ident.full_name) if ident and ident.full_name else (item.code, "")
        actor(item.code, type="Person", name=name, name_ar=name_ar, sex=_SEX.get(
            b.witness.gender or "", ""), age=_age(b.witness.age_range), civilian="Unknown",
            origin_place=_area_name(b.witness.origin_area),
            description=f"Witness {item.code} (pseudonymous code) of testimony "
                        f"{b.interview.id}.", tags=_tags(["witness"]), documentation_date=date)
        for p in b.persons:
            roles = {v.role for v in b.involvements if v.person_id == p.id}
            name, name_ar = _names(p.name)
            nick = "; ".join(p.aliases)
            nickname, nickname_ar = _names(nick)
            position, position_ar = _names(" ".join(x for x in (p.rank, p.position) if x))
            accused = bool(roles & perpetrator_roles)
            actor(p.id, type="Person", name=name, name_ar=name_ar, nickname=nickname,
                  nickname_ar=nickname_ar, sex=_SEX.get(p.gender or "", ""),
                  age=_age(p.age_range), civilian="Non-Civilian" if accused else "Unknown",
                  position=position, position_ar=position_ar, description=p.description,
                  tags=_tags([item.code, *sorted(roles)]), documentation_date=date)
            unit = entity_id("unit", p.unit) if p.unit else ""
            force = entity_id("force", p.affiliation) if p.affiliation else ""
            for eid, label in ((unit, p.unit), (force, p.affiliation)):
                if eid:
                    n, n_ar = _names(label)
                    actor(eid, type="Entity", name=n, name_ar=n_ar, civilian="Non-Civilian",
                          tags=_tags(["unit" if eid == unit else "force"]))
            basis = f"as named in testimony {item.code}"
            if unit:
                relate(p.id, unit, MEMBER, basis)
            elif force:
                relate(p.id, force, MEMBER, basis)
            if unit and force:
                relate(unit, force, SUBUNIT, basis)
        for link in b.command_links:
            relate(link.superior_id, link.subordinate_id, SUPERIOR,
                   "; ".join(x for x in (link.relation, link.period, link.basis,
                                         f"as described in testimony {item.code}") if x))
        for incident in b.incidents:
            involved = [v for v in b.involvements if v.incident_id == incident.id]
            victims = [v.person_id for v in involved if v.role == "victim"]
            for v in involved:
                if v.role in perpetrator_roles:
                    for victim in victims:
                        relate(v.person_id, victim, PERPETRATOR,
                               f"{incident.title} ({item.code})")
    return BayanatFiles(_csv(ACTOR_COLUMNS, list(actors.values())),
                        _csv(RELATION_COLUMNS, relations))


def _csv(header: tuple[str, ...], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
