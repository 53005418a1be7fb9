"""Controlled vocabularies shipped in resources/vocabulary (violation types, roles, areas...).

Violation types can be extended per vault: custom codes live in the `violation_type` table.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from .bundled import resource
from .database import Connection


@dataclass(frozen=True)
class Term:
    code: str
    labels: dict[str, str]
    perpetrator: bool = False

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels.get("en") or self.code


@cache
def _document() -> dict[str, Any]:
    text = resource("vocabulary/vocabulary.json")
    return dict(json.loads(text.read_text(encoding="utf-8")))


def terms(kind: str) -> tuple[Term, ...]:
    """`kind` is one of: violations, roles, genders, age_ranges, areas."""
    return tuple(Term(t["code"], t["labels"], bool(t.get("perpetrator", False)))
                 for t in _document()[kind])


def codes(kind: str) -> tuple[str, ...]:
    return tuple(t.code for t in terms(kind))


def perpetrator_roles() -> frozenset[str]:
    return frozenset(t.code for t in terms("roles") if t.perpetrator)


def violation_terms(conn: Connection) -> tuple[Term, ...]:
    """Built-in violation types followed by this vault's own additions."""
    custom = conn.execute("SELECT code, label FROM violation_type ORDER BY label").fetchall()
    return terms("violations") + tuple(Term(r[0], {"en": r[1]}) for r in custom)


def derive_code(label: str, taken: Iterable[str]) -> str:
    """A code for a vault's own term, made from its name: "Forced labour" -> "forced_labour".

    Accents are dropped; a name with no Latin letters or digits (Arabic, Kurdish) becomes
    "custom"; a number is added until the code is not taken.
    """
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:48].strip("_") or "custom"
    used = set(taken)
    code, n = base, 2
    while code in used:
        code, n = f"{base}_{n}", n + 1
    return code
