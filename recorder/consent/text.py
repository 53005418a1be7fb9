"""The text shown to a witness: a template in one language with the bodies filled in, and the
hash that ties a consent record to exactly that text.

Canonical form (docs/consent.md): the document returned by `ShownText.document()`, serialised
as canonical JSON (UTF-8, keys sorted, no white space between tokens, no escaping of non-ASCII
characters, strings exactly as displayed, no Unicode normalisation). The text hash is the
SHA-256 of those bytes, in lower-case hex.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .. import canonical
from ..database import Connection
from ..errors import InvalidRecord
from . import bodies as bodies_mod
from . import items
from . import templates as templates_mod
from .bodies import Body
from .templates import Template, placeholders

FORMAT = "testimony-recorder/consent-text"
VERSION = 1


@dataclass(frozen=True)
class ShownItem:
    id: str
    title: str
    question: str
    explanation: str
    detail: str = ""

    @property
    def requirement(self) -> str | None:
        return items.requirement(self.id)


@dataclass(frozen=True)
class ShownText:
    template: str
    template_version: int
    language: str
    direction: str
    language_name: str
    title: str
    introduction: tuple[str, ...]
    items: tuple[ShownItem, ...]
    closing: str
    ui: Mapping[str, str]

    def document(self) -> dict[str, Any]:
        """The canonical document the text hash covers: everything witness mode displays."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "template": self.template,
            "template_version": self.template_version,
            "language": self.language,
            "direction": self.direction,
            "language_name": self.language_name,
            "title": self.title,
            "introduction": list(self.introduction),
            "items": [{"id": i.id, "title": i.title, "question": i.question,
                       "explanation": i.explanation, "detail": i.detail} for i in self.items],
            "closing": self.closing,
            "ui": dict(self.ui),
        }

    @cached_property
    def canonical_bytes(self) -> bytes:
        """The document in canonical form: what the hash covers and what a vault keeps.
        Worked out once (an import reads the same long text for every record)."""
        return canonical.dumps(self.document())

    @cached_property
    def hash(self) -> str:
        return hashlib.sha256(self.canonical_bytes).hexdigest()

    @property
    def item_ids(self) -> list[str]:
        return [i.id for i in self.items]

    def item(self, item_id: str) -> ShownItem:
        for i in self.items:
            if i.id == item_id:
                return i
        raise KeyError(item_id)


def _fill(text: str, values: Mapping[str, str]) -> str:
    # Plain replacement, not str.format: body names are data and may contain braces.
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def expand(template: Template, bodies: Sequence[Body]) -> ShownText:
    """The template in its language, with one pair of sharing items per body, in list order."""
    out: list[ShownItem] = []
    group = [i for i in template.items if i.per_body]
    for item in template.items:
        if item.per_body:
            if item is group[0]:
                for body in bodies:
                    values = {"body": body.name(template.language),
                              "about": body.about(template.language)}
                    for g in group:
                        out.append(ShownItem(
                            id=f"{g.id}:{body.id}",
                            title=_fill(g.title, values),
                            question=_fill(g.question, values),
                            explanation=_fill(g.explanation, values).strip(),
                            detail=g.detail,
                        ))
            continue
        out.append(ShownItem(item.id, item.title, item.question, item.explanation, item.detail))
    return ShownText(
        template=template.template,
        template_version=template.version,
        language=template.language,
        direction=template.direction,
        language_name=template.language_name,
        title=template.title,
        introduction=template.introduction,
        items=tuple(out),
        closing=template.closing,
        ui=dict(template.ui),
    )


def from_document(doc: Any, where: str = "consent text") -> ShownText:
    """Rebuild a shown text from its stored or received document (checked, it may be hostile)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise InvalidRecord(where, "not a consent text document")
    try:
        shown = ShownText(
            template=_str(doc["template"]), template_version=_int(doc["template_version"]),
            language=_str(doc["language"]), direction=_str(doc["direction"]),
            language_name=_str(doc["language_name"]), title=_str(doc["title"]),
            introduction=tuple(_str(p) for p in _list(doc["introduction"])),
            items=tuple(ShownItem(_str(i["id"]), _str(i["title"]), _str(i["question"]),
                                  _str(i["explanation"]), _str(i["detail"]))
                        for i in _list(doc["items"])),
            closing=_str(doc["closing"]),
            ui={_str(k): _str(v) for k, v in dict(doc["ui"]).items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidRecord(where, f"malformed ({type(exc).__name__})") from None
    if shown.document() != doc:
        raise InvalidRecord(where, "unexpected fields")
    return shown


def _str(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 20_000:
        raise ValueError("expected text")
    return value


def _int(value: Any) -> int:
    # Exactly an int (not 1.0 or true, which compare equal to 1): a document that passes
    # then has the same canonical form, and so the same hash, as the text rebuilt from it.
    if type(value) is not int:
        raise ValueError("expected a whole number")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list) or len(value) > 500:
        raise ValueError("expected a list")
    return value


def unfilled(shown: ShownText) -> list[str]:
    """Placeholders left in the item texts (a body without a name would leave one)."""
    return sorted({p for i in shown.items for s in (i.title, i.question, i.explanation)
                   for p in placeholders(s)})


def current_texts(conn: Connection, template: str = "standard") -> dict[str, ShownText]:
    """What witness mode shows today in each language: the latest version of `template` with
    this vault's bodies filled in."""
    active = bodies_mod.active(conn)
    return {t.language: expand(t, active) for t in templates_mod.latest(template)}
