"""Formatting dates, numbers and language names for people, in their language (babel).

Everything shown to people that is not a sentence goes through here, so the desktop app and the
command line agree and no table of month or language names is written by hand.
"""

from __future__ import annotations

from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from . import clock


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def language_name(code: str, in_language: str | None = None) -> str:
    """The name of a language, by default in that language itself (Arabic in Arabic...)."""
    name = _locale(code).get_display_name(_locale(in_language or code)) or code
    return name[:1].upper() + name[1:]


def is_rtl(language: str) -> bool:
    return _locale(language).text_direction == "rtl"


def when(timestamp: str | None, language: str, *, with_time: bool = True) -> str:
    """A stored timestamp as a person reads it ("1 Mar 2024, 09:30"), in local time."""
    if not timestamp:
        return ""
    value = clock.parse(timestamp).astimezone()
    if with_time:
        return format_datetime(value, format="medium", locale=_locale(language))
    return format_date(value.date(), format="medium", locale=_locale(language))


def day(value: str | None, language: str) -> str:
    if not value:
        return ""
    return format_date(date.fromisoformat(value), format="medium", locale=_locale(language))


def number(value: int | float, language: str) -> str:
    return format_decimal(value, locale=_locale(language))
