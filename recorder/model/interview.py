"""The interview: who was heard, by whom, when, where and under what conditions."""

from __future__ import annotations

from dataclasses import dataclass

from . import checks
from .codec import field


@dataclass
class Break:
    start: str = field("", check=checks.timestamp)
    end: str | None = field(None, check=checks.timestamp)
    note: str = field("", max_len=500)


@dataclass
class Interview:
    id: str = field("", check=checks.record_id)
    witness_id: str = field("", check=checks.record_id)
    interviewer: str = field("", max_len=200)
    started_at: str | None = field(None, check=checks.timestamp)
    ended_at: str | None = field(None, check=checks.timestamp)
    place: str = field("", max_len=300)
    languages: list[str] = field(factory=list, max_items=10, check=checks.language)
    interpreter: str = field("", max_len=200)
    others_present: str = field("", max_len=1000)
    breaks: list[Break] = field(factory=list, max_items=50)
    referral_offered: bool = field(False)
    referral_notes: str = field("", max_len=2000)
    follow_up_promised: bool = field(False)
    follow_up_date: str | None = field(None, check=checks.day)
    follow_up_notes: str = field("", max_len=2000)
    conditions_notes: str = field("", max_len=4000)
    created_at: str = field("", check=checks.timestamp)
    updated_at: str = field("", check=checks.timestamp)
