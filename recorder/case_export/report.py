"""The report of one testimony, as data: what the PDF shows, with every value already in the
chosen language (vocabulary terms, dates, numbers, language names) and every hash and custody
event, but no layout and no headings.

The core never imports Qt, so it cannot lay out text; the case export is given a
`ReportRenderer` instead. The app's renderer (ui/reports/case_pdf.py) words the headings in the
report's language and lays everything out with Qt's text engine, which shapes Arabic and sets
right-to-left paragraphs for Arabic and Sorani.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .. import i18n, vocabulary
from ..custody import Entry
from ..model.witness import Identity
from .content import CaseItem


@dataclass(frozen=True)
class Version:
    version: int
    finalized_at: str
    content_hash: str
    language: str
    summary: str
    narrative: str


@dataclass(frozen=True)
class IncidentPart:
    title: str
    when: str
    where: str
    violations: tuple[str, ...]
    description: str
    #: (name, role) of each person with a role in it.
    persons: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PersonPart:
    name: str
    aliases: str
    details: tuple[tuple[str, str], ...]  # (field key, value): affiliation, unit, rank...
    description: str


@dataclass(frozen=True)
class FilePart:
    name: str
    kind: str
    #: "original" or "redacted"
    form: str
    size: str
    sha256: str


@dataclass(frozen=True)
class CustodyLine:
    #: "device" (the recording device's log, as its packets showed it) or "archive".
    side: str
    at: str
    actor: str
    action: str
    hash: str


@dataclass(frozen=True)
class TestimonyReport:
    language: str
    #: "rtl" for Arabic and Sorani, "ltr" otherwise.
    direction: str
    witness_code: str
    interview_id: str
    body: str
    exported_at: str
    #: (field key, value): gender, age_range, origin, interviewer, started, place, languages,
    #: device.
    facts: tuple[tuple[str, str], ...]
    identity: Identity | None
    versions: tuple[Version, ...]
    incidents: tuple[IncidentPart, ...]
    persons: tuple[PersonPart, ...]
    #: (superior, relation, subordinate, period, basis)
    links: tuple[tuple[str, str, str, str, str], ...]
    files: tuple[FilePart, ...]
    #: ("version", n, SHA-256) for each version's content hash, ("record", 0, SHA-256) for
    #: the record as imported.
    hashes: tuple[tuple[str, int, str], ...]
    custody: tuple[CustodyLine, ...] = field(default=())


class ReportRenderer(Protocol):
    """Lays out one report and returns the PDF's bytes (in memory: the case export decides
    where they go, and an age-sealed export writes no plaintext anywhere)."""

    def render(self, report: TestimonyReport) -> bytes: ...


def _label(kind: str, code: str | None, language: str) -> str:
    if not code:
        return ""
    found = {t.code: t for t in vocabulary.terms(kind)}.get(code)
    return found.label(language) if found else code


def _custody(side: str, entries: tuple[Entry, ...] | list[Entry],
             language: str) -> list[CustodyLine]:
    return [CustodyLine(side, i18n.when(e.at, language), e.actor, e.action, e.hash)
            for e in entries]


def build(item: CaseItem, body: str, language: str, exported_at: str) -> TestimonyReport:
    b = item.bundle
    names = {p.id: p.name for p in b.persons}
    when = i18n.when
    device = item.provenance.device if item.provenance else None
    facts = [("gender", _label("genders", b.witness.gender, language)),
             ("age_range", _label("age_ranges", b.witness.age_range, language)),
             ("origin", _label("areas", b.witness.origin_area, language)),
             ("interviewer", b.interview.interviewer),
             ("started", when(b.interview.started_at, language)),
             ("place", b.interview.place),
             ("languages", i18n.listing([i18n.language_name(c, language)
                                         for c in b.interview.languages], language)),
             ("device", f"{device.name} [{device.fingerprint}]" if device else "")]
    incidents = []
    for incident in b.incidents:
        date, place = incident.date, incident.place
        if date is not None and date.start and date.end and date.precision == "range":
            shown = (f"{i18n.partial_date(date.start, language)} \u2013 "
                     f"{i18n.partial_date(date.end, language)}")
        else:
            shown = i18n.partial_date(date.start, language) if date and date.start else ""
        where = ", ".join(x for x in (place.name if place else "",
                                      _label("areas", place.area, language) if place else "")
                          if x)
        incidents.append(IncidentPart(
            incident.title, shown, where,
            tuple(_label("violations", v, language) for v in incident.violations),
            incident.description,
            tuple((names.get(v.person_id, ""), _label("roles", v.role, language))
                  for v in b.involvements if v.incident_id == incident.id)))
    persons = tuple(PersonPart(
        p.name, ", ".join(p.aliases),
        tuple((k, v) for k, v in (("affiliation", p.affiliation), ("unit", p.unit),
                                  ("rank", p.rank), ("position", p.position),
                                  ("gender", _label("genders", p.gender, language)),
                                  ("age_range", _label("age_ranges", p.age_range, language)))
              if v), p.description) for p in b.persons)
    links = tuple((names.get(k.superior_id, ""), k.relation, names.get(k.subordinate_id, ""),
                   k.period, k.basis) for k in b.command_links)
    files = tuple(FilePart(f.name, f.sent.kind, "original" if f.sent.id == f.choice.attachment.id
                           and f.choice.attachment.metadata.get("redacted_copy") != "true"
                           else "redacted", i18n.size(f.sent.size, language), f.sha256)
                  for f in item.files)
    hashes = [("version", t.version, t.content_hash or "") for t in b.testimonies]
    custody: list[CustodyLine] = []
    if item.provenance is not None:
        hashes.append(("record", 0, item.provenance.record_sha256))
        custody += _custody("device", item.provenance.device_custody, language)
        custody += _custody("archive", item.provenance.archive_custody, language)
    else:
        custody += _custody("archive", item.custody, language)
    return TestimonyReport(
        language, "rtl" if i18n.is_rtl(language) else "ltr", item.code, b.interview.id, body,
        when(exported_at, language), tuple((k, v) for k, v in facts if v), item.identity,
        tuple(Version(t.version, when(t.finalized_at, language), t.content_hash or "",
                      i18n.language_name(t.language, language) if t.language else "",
                      t.summary, t.narrative) for t in b.testimonies),
        tuple(incidents), persons, links, files, tuple(hashes), tuple(custody))
