"""Incidents: what happened, when (with honest precision) and where."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from . import checks
from .codec import field

PRECISIONS = ("day", "month", "year", "range", "approximate")


def _partial_date(value: str) -> None:
    """YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = value.split("-")
    if not (1 <= len(parts) <= 3) or not all(p.isdigit() for p in parts):
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 1
    day = int(parts[2]) if len(parts) > 2 else 1
    try:
        date(year, month, day)
    except ValueError:
        raise ValueError("not a real date") from None


@dataclass
class FuzzyDate:
    """`start` is as precise as known: 2013, 2013-04 or 2013-04-12; `end` only for ranges."""

    precision: str = field("day", choices=PRECISIONS)
    start: str = field("", max_len=10, check=_partial_date)
    end: str | None = field(None, max_len=10, check=_partial_date)

    def bounds(self) -> tuple[str, str]:
        """The earliest and latest full dates this could mean (for sorting and filtering)."""
        last = self.end if self.precision == "range" and self.end else self.start
        return _first_day(self.start), _last_day(last)


def _first_day(value: str) -> str:
    parts = value.split("-")
    return "-".join([parts[0], *[*parts[1:], "01", "01"][:2]])


def _last_day(value: str) -> str:
    parts = value.split("-")
    if len(parts) == 3:
        return value
    year = int(parts[0])
    month = int(parts[1]) if len(parts) == 2 else 12
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


@dataclass
class Place:
    name: str = field("", max_len=300)
    #: Governorate-level area code from the vocabulary, or free text.
    area: str = field("", max_len=100)
    latitude: float | None = field(None, check=checks.latitude)
    longitude: float | None = field(None, check=checks.longitude)
    #: How far off the coordinates may be, in metres.
    precision_m: int | None = field(None)


@dataclass
class Incident:
    id: str = field("", check=checks.record_id)
    interview_id: str = field("", check=checks.record_id)
    title: str = field("", max_len=300)
    description: str = field("", max_len=100_000)
    violations: list[str] = field(factory=list, max_items=20, check=checks.code)
    date: FuzzyDate | None = field(None)
    place: Place | None = field(None)
    created_at: str = field("", check=checks.timestamp)
    updated_at: str = field("", check=checks.timestamp)
