"""A fuzzy date as a person reads it: "Apr 2013", "between Apr 10, 2013 and May 2013",
"around 2012". The dates themselves come from babel (recorder.i18n); the words around them are
ours to translate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from testimony_recorder.recorder.model.incident import FuzzyDate

from .. import formatting
from ..i18n import isolate

translate = QCoreApplication.translate


def describe(value: FuzzyDate | None, language: str) -> str:
    if value is None or not value.start:
        return translate("FuzzyDate", "date not known")
    if value.precision not in ("range", "approximate"):
        return formatting.partial_date(value.start, language)
    start = isolate(formatting.partial_date(value.start, language))
    if value.precision == "range":
        end = isolate(formatting.partial_date(value.end or "", language))
        return translate("FuzzyDate", "between %1 and %2").replace("%1", start).replace("%2", end)
    return translate("FuzzyDate", "around %1").replace("%1", start)
