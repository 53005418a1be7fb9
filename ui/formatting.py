"""Every number, date, time, duration and size the desktop app shows, in the interface language
and in the digits the person chose (Settings > Digits).

babel (through recorder.i18n) writes the words and the order of dates and numbers, but always in
Latin digits, while Qt's own widgets (spin boxes, date fields, progress bars) write Arabic-Indic
digits for Arabic and Sorani: the same screen then mixed two styles of digits. Everything shown goes
through here instead, and the choice is applied in one place, `with_digits`.

By default the digits follow the language: Arabic-Indic for Arabic and Sorani, whose
readers in Iraq and the Kurdistan Region write them (CLDR's default for Sorani and for Iraqi
Arabic, and what Qt shows), Latin for the others. The choice and the interface language are kept
on the application object by `use()` (called by ui.i18n.Translations), not in a module global, so
tests in one process start from what they set.

Text people typed (testimony, names) never goes through here: its digits stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from testimony_recorder.recorder import i18n
from testimony_recorder.recorder.preferences import DIGITS

# The digits choice as stored in the preferences: follow the language, Latin, Arabic-Indic.
CHOICES = DIGITS
FOLLOW, LATIN, ARABIC_INDIC = DIGITS
# Languages whose readers write Arabic-Indic digits when they are not told otherwise.
ARABIC_INDIC_LANGUAGES = ("ar", "ckb")
# Qt's locale for Arabic with Latin digits (Modern Standard Arabic; the same month names as
# "ar", which Qt reads as Egyptian Arabic, with Arabic-Indic digits).
_ARABIC_WITH_LATIN = "ar_001"

_LANGUAGE_PROPERTY = "testimonyLanguage"
_DIGITS_PROPERTY = "testimonyDigits"

_TO_ARABIC_INDIC = str.maketrans("0123456789", "".join(chr(0x660 + d) for d in range(10)))
# Arabic-Indic and the Persian forms Sorani keyboards also type.
_TO_LATIN = str.maketrans({**{chr(0x660 + d): str(d) for d in range(10)},
                           **{chr(0x6F0 + d): str(d) for d in range(10)}})

# A digit that is not a placeholder's ("%1").
_DIGIT = re.compile(r"(?<!%)\d")

#: Binary units, as the rest of the app counts (a packet holds at most 8 GiB). The whole phrase
#: is translated so a language can put the unit first or use its own abbreviation.
_SIZE_UNITS = tuple(str(unit) for unit in (
    QT_TRANSLATE_NOOP("Formatting", "%1 B"), QT_TRANSLATE_NOOP("Formatting", "%1 KiB"),
    QT_TRANSLATE_NOOP("Formatting", "%1 MiB"), QT_TRANSLATE_NOOP("Formatting", "%1 GiB")))


def use(app: QCoreApplication, language: str, digits: str) -> None:
    """Remember the interface language and the digits choice for everything shown from now."""
    app.setProperty(_LANGUAGE_PROPERTY, language)
    app.setProperty(_DIGITS_PROPERTY, digits if digits in CHOICES else FOLLOW)


def _property(name: str) -> str:
    app = QCoreApplication.instance()
    value = app.property(name) if app is not None else None
    return value if isinstance(value, str) else ""


def ui_language() -> str:
    """The interface language, for code that is handed no language (message texts)."""
    return _property(_LANGUAGE_PROPERTY) or "en"


def digit_choice() -> str:
    return _property(_DIGITS_PROPERTY) or FOLLOW


def system(language: str, choice: str | None = None) -> str:
    """The digits to write for `language`: LATIN or ARABIC_INDIC."""
    choice = choice or digit_choice()
    if choice in (LATIN, ARABIC_INDIC):
        return choice
    base = language.replace("-", "_").split("_")[0]
    return ARABIC_INDIC if base in ARABIC_INDIC_LANGUAGES else LATIN


def qt_locale(language: str, digits: str) -> QLocale:
    """Qt's locale for its own widgets, with the chosen digits where Qt has such a locale
    (Arabic with Latin digits); otherwise the language's own."""
    if language == i18n.PSEUDO:
        return QLocale("en")
    if language == "ar" and system(language, digits) == LATIN:
        return QLocale(_ARABIC_WITH_LATIN)
    return QLocale(language)


def with_digits(text: str, language: str, choice: str | None = None) -> str:
    """`text` (formatted by us, never typed by people) in the chosen digits."""
    table = _TO_ARABIC_INDIC if system(language, choice) == ARABIC_INDIC else _TO_LATIN
    return text.translate(table)


def counted(text: str, count: int | None = None) -> str:
    """A translated plural ("%n file(s)"), whose count Qt writes in plain Latin digits, in the
    chosen digits; given its `count`, written as every other number is ("100,000", not
    "100000"). Placeholders still to fill ("%1") are left as they are. Only for our own
    sentences, before names are put into them."""
    language = ui_language()
    shown = _DIGIT.sub(lambda m: with_digits(m.group(), language), text)
    if count is None:
        return shown
    plain = re.escape(with_digits(str(count), language))
    return re.sub(rf"(?<![%\d]){plain}(?!\d)", number(count, language), shown, count=1)


def listed(parts: list[str]) -> str:
    """Parts joined as the interface language joins a list ("a, b, and c"; in Arabic with "wa"),
    by Qt's locale, which ui.i18n sets to the interface language."""
    return QLocale().createSeparatedList(parts)


def joined(parts: Iterable[str], language: str | None = None) -> str:
    """Parts run together with the comma of `language` (the interface language unless
    given; "\u060c" in Arabic script), for a list shown only, never edited back: a cell's
    violations, aliases, places."""
    arabic = QLocale(language or ui_language()).script() == QLocale.Script.ArabicScript
    return ("\u060c " if arabic else ", ").join(parts)


def number(value: int | float, language: str, decimals: int | None = None) -> str:
    shown = system(language)
    return with_digits(i18n.number(value, language, numbering=shown, decimals=decimals),
                       language)


def when(timestamp: str | None, language: str, *, with_time: bool = True) -> str:
    return with_digits(i18n.when(timestamp, language, with_time=with_time), language)


def day(value: str | None, language: str) -> str:
    return with_digits(i18n.day(value, language), language)


def partial_date(value: str, language: str) -> str:
    return with_digits(i18n.partial_date(value, language), language)


def clock_time(ms: int, language: str) -> str:
    return with_digits(i18n.clock_time(ms, language), language)


def duration(seconds: float, language: str) -> str:
    return with_digits(i18n.duration(seconds, language), language)


def size(value: int, language: str) -> str:
    """A file size ("512 B", "1.4 MiB"), one decimal past a kibibyte."""
    amount, step = float(max(0, value)), 0
    while round(amount, 1) >= 1024 and step < len(_SIZE_UNITS) - 1:  # never "1,024 KiB"
        amount, step = amount / 1024, step + 1
    shown = number(round(amount, 1) if step else int(amount), language)
    return QCoreApplication.translate("Formatting", _SIZE_UNITS[step]).replace("%1", shown)

