"""CSV files that Uwazi's CSV import (HURIDOCS) takes in, one per template: persons, then
incidents, then testimonies, in that order, because a relationship names its target entity by
title and the target must exist first.

The rules followed are those of Uwazi's importer (huridocs/uwazi app/api/csv: csvDefinitions,
typeParsers, validateColumns, entityRow, importFile) and its CSV import reference:

- the first row holds property names, already in Uwazi's safe form (lowercase ASCII, "_");
  every file has `title`, unique within its template (relationships find entities by title);
- several values in one cell are separated by `|`; a value of a grouped thesaurus is written
  `Parent::Child` ("Syria::Aleppo"); so titles and labels never contain `|`, and labels never
  `::`, except as these separators;
- dates are ISO (YYYY-MM-DD, which Uwazi's date parser accepts whatever the collection's own
  date format); a date range is `from:to`; a geolocation is `lat|lon`;
- select and multiselect columns come as `<name>__en` and `<name>__ar` (English must be the
  collection's default language, and a property never has a column with and without a
  language); text columns have no suffix;
- files (the report as the primary document in `file`, media in `attachments`) are only read
  from a .zip holding `import.csv` at its root with the files beside it: the plain CSV of
  testimonies therefore has no `file` or `attachments` column, and the zip form does.

`templates.json` describes each template's properties and types, so an administrator can create
matching templates before importing (docs/case-export.md).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath
from typing import Any

from .. import i18n, vocabulary
from ..bundled import resource
from .content import CaseItem

LANGUAGES = ("en", "ar")
DIRECTORY = "uwazi"
PERSONS, INCIDENTS, TESTIMONIES = "1-persons", "2-incidents", "3-testimonies"

#: (name, Uwazi property type, relationship target or None) per template, in column order.
Columns = tuple[tuple[str, str, str | None], ...]
PERSON_COLUMNS: Columns = (
    ("title", "title", None), ("record_id", "text", None), ("testimony", "text", None),
    ("kind", "select", None), ("name", "text", None), ("other_names", "text", None),
    ("gender", "select", None), ("age_group", "select", None), ("affiliation", "text", None),
    ("unit", "text", None), ("rank", "text", None), ("position", "text", None),
    ("roles", "multiselect", None), ("governorate_of_origin", "select", None),
    ("description", "markdown", None), ("date_of_birth", "text", None),
    ("identity_documents", "text", None), ("phone", "text", None), ("address", "text", None))
INCIDENT_COLUMNS: Columns = (
    ("title", "title", None), ("record_id", "text", None), ("testimony", "text", None),
    ("violations", "multiselect", None), ("incident_date", "daterange", None),
    ("date_precision", "select", None), ("governorate", "select", None),
    ("place", "text", None), ("location", "geolocation", None),
    ("description", "markdown", None), ("victims", "relationship", "Person"),
    ("alleged_perpetrators", "relationship", "Person"),
    ("other_persons", "relationship", "Person"))
TESTIMONY_COLUMNS: Columns = (
    ("title", "title", None), ("record_id", "text", None),
    ("witness", "relationship", "Person"), ("incidents", "relationship", "Incident"),
    ("interview_date", "date", None), ("interviewer", "text", None),
    ("testimony_language", "select", None), ("version", "numeric", None),
    ("finalized", "date", None), ("content_hash", "text", None), ("summary", "markdown", None),
    ("narrative", "markdown", None), ("source_device", "text", None),
    ("file", "file", None), ("attachments", "attachments", None))
TEMPLATES = (("Person", PERSONS, PERSON_COLUMNS), ("Incident", INCIDENTS, INCIDENT_COLUMNS),
             ("Testimony", TESTIMONIES, TESTIMONY_COLUMNS))
_MULTILINGUAL = ("select", "multiselect")
_FILES = ("file", "attachments")


@cache
def _words() -> dict[str, Any]:
    return dict(json.loads(resource("interchange/uwazi_labels.json").read_text("utf-8")))


def clean(text: str) -> str:
    """A title or label that cannot be mistaken for Uwazi's separators."""
    return " ".join(text.replace("|", "/").replace("::", ":").split())


def _vocab(kind: str, code: str | None, language: str) -> str:
    if not code:
        return ""
    found = {t.code: t for t in vocabulary.terms(kind)}.get(code)
    return clean(found.label(language) if found else code)


def _area(code: str, language: str) -> str:
    """`Syria::Aleppo` for a governorate code; free text stays as written."""
    if not code:
        return ""
    label = _vocab("areas", code, language)
    country = _words()["country"].get(code.split("-")[0])
    if country is None or label == clean(code):
        return clean(code)
    return f"{clean(country[language])}::{label}"


def headers(columns: Columns, *, with_files: bool) -> list[str]:
    out = []
    for name, kind, _ in columns:
        if kind in _FILES and not with_files:
            continue
        if kind in _MULTILINGUAL:
            out += [f"{name}__{language}" for language in LANGUAGES]
        else:
            out.append(name)
    return out


@dataclass
class Titles:
    """Unique, stable titles for every entity, made before any row is written."""

    witness: dict[str, str]
    person: dict[str, str]
    incident: dict[str, str]
    testimony: dict[str, str]


def titles(items: Iterable[CaseItem]) -> Titles:
    t = Titles({}, {}, {}, {})
    for item in items:
        code = clean(item.code)
        t.witness[item.choice.witness_id] = f"{code} (witness)"
        for n, p in enumerate(item.bundle.persons, 1):
            t.person[p.id] = f"{clean(p.name) or 'Unnamed person'} ({code} P{n})"
        for n, incident in enumerate(item.bundle.incidents, 1):
            t.incident[incident.id] = f"{clean(incident.title) or 'Incident'} ({code} I{n})"
        t.testimony[item.choice.interview_id] = f"Testimony {code}"
    return t


def _row(columns: Columns, values: dict[str, Any], *, with_files: bool) -> list[str]:
    out: list[str] = []
    for name, kind, _ in columns:
        if kind in _FILES and not with_files:
            continue
        value = values.get(name, "")
        if kind in _MULTILINGUAL:
            out += [value.get(language, "") if isinstance(value, dict) else ""
                    for language in LANGUAGES]
        else:
            out.append("" if value is None else str(value))
    return out


def _both(fn: Any, *args: Any) -> dict[str, str]:
    return {language: fn(*args, language) for language in LANGUAGES}


def _many(kind: str, codes: Iterable[str]) -> dict[str, str]:
    unique = list(dict.fromkeys(c for c in codes if c))
    return {language: "|".join(_vocab(kind, c, language) for c in unique)
            for language in LANGUAGES}


def _csv(columns: Columns, rows: list[dict[str, Any]], *, with_files: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers(columns, with_files=with_files))
    for values in rows:
        writer.writerow(_row(columns, values, with_files=with_files))
    return out.getvalue()


def _person_rows(items: list[CaseItem], t: Titles) -> list[dict[str, Any]]:
    rows = []
    kinds = _words()["kind"]
    for item in items:
        b, ident = item.bundle, item.identity
        rows.append({
            "title": t.witness[item.choice.witness_id], "record_id": b.witness.id,
            "testimony": item.code, "kind": kinds["witness"],
            "name": clean(ident.full_name) if ident else "",
            "other_names": "; ".join(ident.other_names) if ident else "",
            "gender": _both(_vocab, "genders", b.witness.gender),
            "age_group": _both(_vocab, "age_ranges", b.witness.age_range),
            "governorate_of_origin": _both(_area, b.witness.origin_area or ""),
            "date_of_birth": ident.date_of_birth if ident else "",
            "identity_documents": "; ".join(f"{d.kind} {d.number} ({d.issued_by})".strip()
                                            for d in ident.id_documents) if ident else "",
            "phone": ident.phone if ident else "", "address": ident.address if ident else ""})
        for p in b.persons:
            roles = [v.role for v in b.involvements if v.person_id == p.id]
            rows.append({
                "title": t.person[p.id], "record_id": p.id, "testimony": item.code,
                "kind": kinds["named"], "name": p.name, "other_names": "; ".join(p.aliases),
                "gender": _both(_vocab, "genders", p.gender),
                "age_group": _both(_vocab, "age_ranges", p.age_range),
                "affiliation": p.affiliation, "unit": p.unit, "rank": p.rank,
                "position": p.position, "roles": _many("roles", roles),
                "description": p.description})
    return rows


def _incident_rows(items: list[CaseItem], t: Titles) -> list[dict[str, Any]]:
    rows = []
    precisions = _words()["precision"]
    for item in items:
        b = item.bundle
        for incident in b.incidents:
            involved = [v for v in b.involvements if v.incident_id == incident.id]
            perpetrators = vocabulary.perpetrator_roles()
            groups: dict[str, list[str]] = {"victims": [], "alleged_perpetrators": [],
                                            "other_persons": []}
            for v in involved:
                group = ("victims" if v.role == "victim" else "alleged_perpetrators"
                         if v.role in perpetrators else "other_persons")
                if t.person[v.person_id] not in groups[group]:
                    groups[group].append(t.person[v.person_id])
            date, place = incident.date, incident.place
            span = ":".join(date.bounds()) if date and date.start else ""
            located = place and place.latitude is not None and place.longitude is not None
            rows.append({
                "title": t.incident[incident.id], "record_id": incident.id,
                "testimony": item.code, "violations": _many("violations", incident.violations),
                "incident_date": span,
                "date_precision": precisions[date.precision] if span and date else {},
                "governorate": _both(_area, place.area if place else ""),
                "place": place.name if place else "",
                "location": f"{place.latitude}|{place.longitude}" if place and located else "",
                "description": incident.description,
                **{k: "|".join(v) for k, v in groups.items()}})
    return rows


def _testimony_rows(items: list[CaseItem], t: Titles) -> list[dict[str, Any]]:
    rows = []
    for item in items:
        b = item.bundle
        current = b.testimonies[-1]
        device = item.provenance.device if item.provenance else None
        rows.append({
            "title": t.testimony[item.choice.interview_id], "record_id": b.interview.id,
            "witness": t.witness[item.choice.witness_id],
            "incidents": "|".join(t.incident[i.id] for i in b.incidents),
            "interview_date": (b.interview.started_at or "")[:10],
            "interviewer": b.interview.interviewer,
            "testimony_language": {language: clean(i18n.language_name(current.language,
                                                                       language))
                                   for language in LANGUAGES} if current.language else {},
            "version": current.version, "finalized": (current.finalized_at or "")[:10],
            "content_hash": current.content_hash or "", "summary": current.summary,
            "narrative": current.narrative,
            "source_device": f"{device.name} [{device.fingerprint}]" if device else "",
            "file": PurePosixPath(item.report_name).name,
            "attachments": "|".join(PurePosixPath(f.name).name for f in item.files)})
    return rows


@dataclass(frozen=True)
class UwaziFiles:
    #: name (inside uwazi/) -> CSV text, in import order.
    csv: dict[str, str]
    #: The testimonies' import.csv for the zip form (with `file` and `attachments`).
    testimonies_import: str
    templates: bytes


def build(items: list[CaseItem]) -> UwaziFiles:
    t = titles(items)
    persons = _csv(PERSON_COLUMNS, _person_rows(items, t))
    incidents = _csv(INCIDENT_COLUMNS, _incident_rows(items, t))
    testimony_rows = _testimony_rows(items, t)
    testimonies = _csv(TESTIMONY_COLUMNS, testimony_rows)
    with_files = _csv(TESTIMONY_COLUMNS, testimony_rows, with_files=True)
    templates = {"format": "testimony-recorder/uwazi-templates", "version": 1,
                 "default_language": "en", "languages": list(LANGUAGES),
                 "import_order": [f"{name}.csv" for _, name, _ in TEMPLATES],
                 "templates": [{
                     "name": template, "csv": f"{name}.csv", "zip": f"{name}.zip",
                     "properties": [{"name": n, "type": k, **({"target": target}
                                                              if target else {})}
                                    for n, k, target in columns if k not in ("title", *_FILES)],
                 } for template, name, columns in TEMPLATES]}
    return UwaziFiles({f"{PERSONS}.csv": persons, f"{INCIDENTS}.csv": incidents,
                       f"{TESTIMONIES}.csv": testimonies}, with_files,
                      json.dumps(templates, ensure_ascii=False, indent=2).encode("utf-8"))
