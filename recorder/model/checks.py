"""Value checks used by record fields (each raises ValueError with a short reason)."""

from __future__ import annotations

import re
from datetime import date, datetime

_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_CODE = re.compile(r"^[a-z0-9_]{1,64}$")


def record_id(value: str) -> None:
    if not _ID.match(value):
        raise ValueError("expected an id like 1b4e28ba-2fa1-11d2-883f-0016d3cca427")


def timestamp(value: str) -> None:
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError("expected a date and time like 2024-03-01T14:30:00Z") from None


def day(value: str) -> None:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError("expected a date like 2024-03-01") from None


def language(value: str) -> None:
    if not _LANGUAGE.match(value):
        raise ValueError("expected a language code like ar, en or ckb")


def code(value: str) -> None:
    if not _CODE.match(value):
        raise ValueError("expected a code of lower-case letters, digits and underscores")


def latitude(value: float) -> None:
    if not -90.0 <= value <= 90.0:
        raise ValueError("latitude must be between -90 and 90")


def longitude(value: float) -> None:
    if not -180.0 <= value <= 180.0:
        raise ValueError("longitude must be between -180 and 180")


def sha256_hex(value: str) -> None:
    if not re.fullmatch(r"[0-9a-f]{64}", value):
        raise ValueError("expected a SHA-256 hex digest")
