"""What goes on the paper a witness may take home: their choices in their language, a reference
to quote when they change their mind, no name, and a warning about carrying it.

Built here without Qt; ui/consent/summary_pdf.py only lays it out. Free-text details (how to
make contact, what help is wanted) are left off: they can name people.
"""

from __future__ import annotations

from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from .. import clock
from ..database import Connection
from ..store.interviews import get_interview
from ..store.witnesses import get_witness
from . import bodies, store, templates
from .errors import TemplateNotFound
from .text import ShownText, expand


@dataclass(frozen=True)
class SummaryLine:
    title: str
    answer: str
    agreed: bool


@dataclass(frozen=True)
class Summary:
    language: str
    direction: str
    title: str
    reference: str
    reference_line: str
    date_line: str
    answers_heading: str
    lines: tuple[SummaryLine, ...]
    withdraw: str
    warning: str
    #: True when the record is a withdrawal (every line then reads "no").
    withdrawn: bool


def reference(witness_code: str, consent_id: str) -> str:
    """The pseudonym code and the record's first characters: enough to find the record, and
    meaningless without the vault."""
    return f"{witness_code}-{consent_id.replace('-', '')[:8].upper()}"


def _template(template_id: str, language: str, version: int) -> templates.Template:
    for args in ((template_id, language, version), (template_id, language, None),
                 (template_id, "en", None)):
        try:
            return templates.load(*args)
        except TemplateNotFound:
            continue
    return templates.load("standard", "en")


def _date(given_at: str, language: str) -> str:
    day = clock.parse(given_at).date()
    try:
        return format_date(day, format="long", locale=Locale.parse(language))
    except (UnknownLocaleError, ValueError):
        return day.isoformat()


def build(conn: Connection, consent_id: str) -> Summary:
    consent = store.get(conn, consent_id)
    witness = get_witness(conn, get_interview(conn, consent.interview_id).witness_id)
    template = _template(consent.template_id, consent.language, consent.template_version)
    shown: ShownText | None = store.shown_text(conn, consent.text_hash)
    if shown is None:  # e.g. a record received without its text: today's wording of the items
        shown = expand(template, bodies.active(conn))
    titles = {i.id: i.title for i in shown.items}
    ref = reference(witness.code, consent.id)
    lines = tuple(
        SummaryLine(titles.get(a.item, a.item),
                    shown.ui["yes"] if a.answer == "yes" else shown.ui["no"],
                    a.answer == "yes")
        for a in consent.answers)
    s = template.summary
    return Summary(
        language=template.language, direction=template.direction, title=s["title"],
        reference=ref,
        reference_line=s["reference"].replace("{code}", ref),
        date_line=s["date"].replace("{date}", _date(consent.given_at, template.language)),
        answers_heading=s["answers"], lines=lines, withdraw=s["withdraw"],
        warning=s["warning"], withdrawn=consent.kind == "withdrawn")
