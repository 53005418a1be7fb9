"""One testimony in the HURIDOCS Events Standard Formats (ESF, 2nd revised edition, 2001).

Field numbers and micro-thesaurus codes are those of HURIDOCS' machine-readable edition
(huridocs/OpenEvSys: schema/mysql-dbpopulate-datadict.sql for the fields,
schema/mysql-dbpopulate-mt.sql for the terms). Only fields our records truly fill are given;
where our vocabulary has no ESF term (a violation type such as the use of human shields), the
field carries our own code and label and no ESF code. docs/case-export.md lists the mapping.

How our records map: an incident is an ESF Event; each violation type of an incident, for
each victim named in it (or once, with no victim, when none is named), is an Act; a person's
perpetrator role in an incident is an Involvement in that incident's Acts; every person named,
and the witness, is a Person; a person's affiliation, unit, rank and position, and each
command link between two persons, are Biographic details; the testimony is Information with
the witness as its source, once per incident it describes.
"""

from __future__ import annotations

from typing import Any

from .. import vocabulary
from ..model.incident import FuzzyDate
from .content import CaseItem

#: The ESF fields used, with their labels in the standard.
FIELDS = {
    "0101": "Event Record Number", "0102": "Event Title", "0111": "Geographical Term",
    "0112": "Local Geographical Area", "0113": "Initial Date", "113_1": "Initial Date Type",
    "0114": "Final Date", "114_1": "Final Date Type", "0115": "Event Description",
    "0161": "Date of Entry", "0162": "Entered by", "0173": "Location",
    "0901": "Person Record Number", "0903": "Name", "0904": "Other names",
    "0910": "Address", "0911": "Date of Birth", "0915": "Sex",
    "0917": "Identification Documents", "0950": "Remarks",
    "2101": "Act Record Number", "2102": "Victim", "2103": "Event", "2109": "Type of Act",
    "2111": "Initial Date", "2111_1": "Initial Date Type", "2112": "Exact Location",
    "2118": "Age at Time of Victimisation", "2121": "Final Date", "2121_1": "Final Date Type",
    "2301": "Biographic Details Record Number", "2302": "Person", "2303": "Related Person",
    "2309": "Type of relationship", "2323": "Affiliation", "2327": "Position in Organisation",
    "2328": "Rank", "2350": "Remarks",
    "2401": "Involvement Record Number", "2402": "Perpetrator", "2403": "Event", "2404": "Act",
    "2409": "Degree of involvement", "2450": "Remarks",
    "2501": "Information record number", "2502": "Source", "2503": "Event",
    "2510": "Language of Source Material", "2511": "Date of Source Material",
    "2512": "Type of Source Material", "2550": "Remarks",
}

#: Type of Act (micro-thesaurus 04) for the violation types that have an ESF term.
TYPE_OF_ACT = {
    "arbitrary_arrest": "030101000000",  # Arrest
    "enforced_disappearance": "030103000000",  # Disappearance
    "kidnapping": "030104000000",  # Abduction; kidnapping
    "torture": "020111110000",  # Torture
    "extrajudicial_killing": "010101020000",  # Extra-judicial execution
    "death_in_detention": "010106010000",  # Death in detention or police custody
    "sexual_violence": "020102000000",  # Sexual violations
    "siege_starvation": "050105000000",  # Blockading
    "forced_displacement": "050104000000",  # Displacement
}
#: Degree of involvement (micro-thesaurus 18) for the perpetrator roles that have one.
DEGREE_OF_INVOLVEMENT = {
    "carried_out": "010100000000",  # Directly carried out the act
    "ordered": "010200000000",  # Gave orders that led to the act
    "present": "010400000000",  # Confirmed to be present in the execution of the act
}
#: Sex (micro-thesaurus 39).
SEX = {"male": "010000000000", "female": "020000000000"}
#: Date types (micro-thesaurus 48) for dates not known to the day.
DATE_TYPE = {"month": "020000000000",  # Unknown day
             "year": "030000000000",  # Unknown month and day
             "approximate": "010000000000"}  # Estimate
#: Language of source material (micro-thesaurus 14).
LANGUAGE = {"ar": "011801020901", "en": "051407120901", "fr": "061805140301",
            "ckb": "112118040901", "ku": "112118040901", "tr": "202118110901"}
INTERVIEW = "091420051801"  # Type of source material: Interview
SYRIA = "030551000000"  # Geographical term: Syrian Arab Republic


def _term(code: str | None, esf_code: str | None, kind: str) -> dict[str, Any] | None:
    if not code:
        return None
    found = {t.code: t for t in vocabulary.terms(kind)}.get(code)
    return {"code": code, "label": found.label("en") if found else code,
            "esf": esf_code}


def _dates(date: FuzzyDate | None) -> tuple[str | None, str | None, str | None]:
    if date is None or not date.start:
        return None, None, None
    start, end = date.bounds()
    return start, end, DATE_TYPE.get(date.precision)


def view(item: CaseItem) -> dict[str, list[dict[str, Any]]]:
    b = item.bundle
    persons = {p.id: p for p in b.persons}
    roles = vocabulary.perpetrator_roles()
    events, acts, involvements, information = [], [], [], []
    acts_of: dict[str, list[str]] = {}
    current = b.testimonies[-1]
    for incident in b.incidents:
        start, end, date_type = _dates(incident.date)
        place = incident.place
        events.append({
            "0101": incident.id, "0102": incident.title,
            "0111": {"code": place.area, "esf": SYRIA if place.area.startswith("SY") else None}
            if place and place.area else None,
            "0112": place.name if place else None, "0113": start, "113_1": date_type,
            "0114": end, "114_1": date_type, "0115": incident.description,
            "0161": incident.created_at, "0162": b.interview.interviewer,
            "0173": {"lat": place.latitude, "lon": place.longitude}
            if place and place.latitude is not None and place.longitude is not None else None})
        victims: list[str | None] = [v.person_id for v in b.involvements
                                     if v.incident_id == incident.id and v.role == "victim"]
        victims = victims or [None]
        for code in incident.violations:
            for victim in victims:
                act_id = f"{incident.id}:{code}:{victim or '-'}"
                acts_of.setdefault(incident.id, []).append(act_id)
                acts.append({
                    "2101": act_id, "2102": victim, "2103": incident.id,
                    "2109": _term(code, TYPE_OF_ACT.get(code), "violations")
                    or {"code": code, "label": code, "esf": None},
                    "2111": start, "2111_1": date_type, "2121": end, "2121_1": date_type,
                    "2112": place.name if place else None,
                    "2118": persons[victim].age_range if victim in persons else None})
        information.append({
            "2501": f"{current.id}:{incident.id}", "2502": b.witness.id, "2503": incident.id,
            "2510": {"code": current.language, "esf": LANGUAGE.get(current.language or "")},
            "2511": (b.interview.started_at or "")[:10] or None,
            "2512": {"code": "interview", "esf": INTERVIEW}, "2550": current.summary})
    for v in b.involvements:
        if v.role in roles:
            involvements.append({
                "2401": v.id, "2402": v.person_id, "2403": v.incident_id,
                "2404": acts_of.get(v.incident_id, []),
                "2409": _term(v.role, DEGREE_OF_INVOLVEMENT.get(v.role), "roles"),
                "2450": v.notes or None})
    return {"events": events, "acts": acts, "involvements": involvements,
            "persons": _persons(item), "biographic_details": _biographic(item),
            "information": information}


def _persons(item: CaseItem) -> list[dict[str, Any]]:
    b = item.bundle
    out: list[dict[str, Any]] = [{
        "0901": b.witness.id, "0915": _term(b.witness.gender, SEX.get(b.witness.gender or ""),
                                            "genders"),
        "0903": item.identity.full_name if item.identity else None,
        "0904": list(item.identity.other_names) if item.identity else [],
        "0911": item.identity.date_of_birth or None if item.identity else None,
        "0910": item.identity.address or None if item.identity else None,
        "0917": [{"kind": d.kind, "number": d.number, "issued_by": d.issued_by}
                 for d in item.identity.id_documents] if item.identity else [],
        "0950": f"witness {b.witness.code}"}]
    for p in b.persons:
        out.append({"0901": p.id, "0903": p.name, "0904": list(p.aliases),
                    "0915": _term(p.gender, SEX.get(p.gender or ""), "genders"),
                    "0950": p.description or None})
    return out


def _biographic(item: CaseItem) -> list[dict[str, Any]]:
    b = item.bundle
    out: list[dict[str, Any]] = []
    for p in b.persons:
        if p.affiliation or p.unit or p.rank or p.position:
            out.append({"2301": f"{p.id}:affiliation", "2302": p.id,
                        "2323": " / ".join(x for x in (p.affiliation, p.unit) if x) or None,
                        "2327": p.position or None, "2328": p.rank or None})
    for link in b.command_links:
        out.append({"2301": link.id, "2302": link.subordinate_id, "2303": link.superior_id,
                    "2309": {"code": "superior", "label": link.relation, "esf": None},
                    "2350": "; ".join(x for x in (link.period, link.basis) if x) or None})
    return out
