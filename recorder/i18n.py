"""Formatting dates, numbers and language names for people, in their language (babel).

Everything shown to people that is not a sentence goes through here, so the desktop app and the
command line agree and no table of month or language names is written by hand.
"""

from __future__ import annotations

from datetime import date

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_skeleton, get_month_names
from babel.lists import format_list
from babel.numbers import format_decimal
from babel.units import format_unit

from . import clock

#: A language for developers only (never offered to users): every interface string made about
#: 40% longer, in accented letters, and laid out right to left, so that clipped text and parts
#: that do not mirror show up in screenshots. Its dates and numbers are formatted as in English.
PSEUDO = "qps"


def _locale(language: str) -> Locale:
    if language == PSEUDO:
        return Locale.parse("en")
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def language_name(code: str, in_language: str | None = None) -> str:
    """The name of a language, by default in that language itself (Arabic in Arabic...).

    A language CLDR does not name in `in_language` is named in its own words (better than a
    code for someone who speaks it), and a code babel does not know at all stays as written,
    never silently "English"."""
    try:
        named = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return code
    name = (named.get_display_name(_locale(in_language or code)) or named.get_display_name(named)
            or code)
    return name[:1].upper() + name[1:]


def is_rtl(language: str) -> bool:
    return language == PSEUDO or _locale(language).text_direction == "rtl"


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


def number(value: int | float, language: str, numbering: str = "default",
           decimals: int | None = None) -> str:
    """`numbering` ("latn", "arab") picks the separators that go with those digits; babel
    writes the digits themselves in Latin whatever it is (the UI replaces them). With
    `decimals`, exactly that many (a column of scores: 1.00 above 0.85)."""
    pattern = None if decimals is None else "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=_locale(language),
                          numbering_system=numbering)


#: CLDR skeletons for a date known to the day, the month or the year.
_SKELETONS = {3: "yMMMd", 2: "yMMM", 1: "y"}


def partial_date(value: str, language: str) -> str:
    """A date known only as precisely as the witness knew it, as people write it:
    "2013-04-10" -> "Apr 10, 2013", "2013-04" -> "Apr 2013", "2013" -> "2013"."""
    if not value:
        return ""
    parts = [int(p) for p in value.split("-")]
    full = date(parts[0], *[*parts[1:], 1, 1][:2])
    return format_skeleton(_SKELETONS[len(parts)], full, locale=_locale(language))


def month_names(language: str) -> list[str]:
    """The twelve month names, January first, as they stand alone (in a list or menu)."""
    names = get_month_names("wide", context="stand-alone", locale=_locale(language))
    return [str(names[m]) for m in range(1, 13)]

_SIZE_UNITS = (("digital-gigabyte", 1000**3), ("digital-megabyte", 1000**2),
               ("digital-kilobyte", 1000))


def size(value: int, language: str) -> str:
    """A file size as people read it ("12.5 kB", "1.2 GB"), with the language's unit names."""
    for unit, scale in _SIZE_UNITS:
        if value >= scale:
            return format_unit(value / scale, unit, length="short", format="#,##0.#",
                               locale=_locale(language))
    text = format_unit(value, "digital-byte", length="long", locale=_locale(language))
    if "digital" in text:  # some locales have only the short name
        text = format_unit(value, "digital-byte", length="short", locale=_locale(language))
    return text


def clock_time(ms: int, language: str) -> str:
    """A position in a recording: "4:05", or "1:02:03" past an hour."""
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    loc = _locale(language)
    two = [format_decimal(v, format="00", locale=loc) for v in (minutes, secs)]
    if hours:
        return f"{format_decimal(hours, locale=loc)}:{two[0]}:{two[1]}"
    return f"{format_decimal(minutes, locale=loc)}:{two[1]}"


#: CLDR has no duration units and no list pattern for Sorani, and babel falls back to English
#: ("1 hr, 2 min"); these are the words Sorani writers use: hour, minute, second, and.
_SORANI_UNITS = {"duration-hour": "\u06a9\u0627\u062a\u0698\u0645\u06ce\u0631",
                 "duration-minute": "\u062e\u0648\u0644\u06d5\u06a9",
                 "duration-second": "\u0686\u0631\u06a9\u06d5"}
_SORANI_AND = " \u0648 "


def _sorani(language: str) -> bool:
    return _locale(language).language == "ckb"


def _unit(value: int, unit: str, language: str) -> str:
    if _sorani(language):
        return f"{number(value, language)} {_SORANI_UNITS[unit]}"
    for length in ("long", "short"):
        text = format_unit(value, unit, length=length, locale=_locale(language))
        if "duration" not in text:  # a locale without this length falls back to the key
            return text
    return text


def duration(seconds: float, language: str) -> str:
    """A length in words, rounded as people say it: "3 seconds", "1 minute and 34 seconds",
    "12 minutes", "1 hour and 5 minutes" (plural forms from CLDR)."""
    total = max(0, round(seconds))
    if total < 60:
        return _unit(total, "duration-second", language)
    if total < 600:
        minutes, secs = divmod(total, 60)
        parts = [_unit(minutes, "duration-minute", language)]
        if secs:
            parts.append(_unit(secs, "duration-second", language))
        return listing(parts, language)
    minutes = round(total / 60)
    if minutes < 60:
        return _unit(minutes, "duration-minute", language)
    hours, minutes = divmod(minutes, 60)
    parts = [_unit(hours, "duration-hour", language)]
    if minutes:
        parts.append(_unit(minutes, "duration-minute", language))
    return listing(parts, language)


def listing(items: list[str], language: str) -> str:
    """Items joined as the language joins a list ("a, b and c")."""
    if _sorani(language):
        return _SORANI_AND.join(items)
    return format_list(items, locale=_locale(language)) if items else ""
