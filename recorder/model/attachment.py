"""Attachments: the record of a media file (its bytes live encrypted in the media store)."""

from __future__ import annotations

from dataclasses import dataclass

from . import checks
from .codec import field

KINDS = ("audio", "image", "video", "document", "other")


@dataclass
class Flag:
    """A piece of metadata that may identify someone (GPS, a name, a device serial)."""

    key: str = field("", max_len=200)
    value: str = field("", max_len=2000)
    reason: str = field("", max_len=100)


@dataclass
class Attachment:
    id: str = field("", check=checks.record_id)
    interview_id: str = field("", check=checks.record_id)
    kind: str = field("other", choices=KINDS)
    filename: str = field("", max_len=255)
    media_type: str = field("application/octet-stream", max_len=100)
    size: int = field(0)
    sha256: str = field("", check=checks.sha256_hex)
    #: Set on a redacted derivative: the original it was made from.
    derived_from: str | None = field(None, check=checks.record_id)
    metadata: dict[str, str] = field(factory=dict, max_len=4000, max_items=200)
    flags: list[Flag] = field(factory=list, max_items=200)
    created_at: str = field("", check=checks.timestamp)
