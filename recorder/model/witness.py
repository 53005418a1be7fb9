"""The witness: a pseudonymous code and non-identifying attributes, and, apart from it, the
protected identity (never searched, never shown without a deliberate action)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import vocabulary
from . import checks
from .codec import field


@dataclass
class Witness:
    id: str = field("", check=checks.record_id)
    code: str = field("", max_len=32)
    gender: str | None = field(None, choices=vocabulary.codes("genders"))
    age_range: str | None = field(None, choices=vocabulary.codes("age_ranges"))
    #: Area of origin at governorate level only (a code from the vocabulary, or free text).
    origin_area: str | None = field(None, max_len=100)
    created_at: str = field("", check=checks.timestamp)
    updated_at: str = field("", check=checks.timestamp)


@dataclass
class IdDocument:
    kind: str = field("", max_len=100)
    number: str = field("", max_len=100)
    issued_by: str = field("", max_len=200)


@dataclass
class Identity:
    full_name: str = field("", max_len=300)
    other_names: list[str] = field(factory=list, max_len=300, max_items=20)
    date_of_birth: str = field("", max_len=40)
    id_documents: list[IdDocument] = field(factory=list, max_items=10)
    phone: str = field("", max_len=100)
    address: str = field("", max_len=1000)
    photo_attachment_id: str | None = field(None, check=checks.record_id)
    notes: str = field("", max_len=4000)

    def strings(self) -> list[str]:
        """Every identifying string, for checks that none of it leaks anywhere."""
        docs = [s for d in self.id_documents for s in (d.number, d.issued_by)]
        values = [self.full_name, *self.other_names, self.date_of_birth, *docs, self.phone,
                  self.address, self.notes]
        return [v for v in values if v]
