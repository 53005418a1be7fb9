"""Consent templates: what the witness is told and asked, in their language, versioned.

A template lives in resources/consent/<language>/<template>.json (the current version) and,
once superseded, stays as <template>.v<N>.json, so the exact wording behind every consent ever
taken can be shown again. docs/consent.md describes the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from typing import Any

from ..bundled import resource
from . import items
from .errors import TemplateInvalid, TemplateNotFound

FORMAT = "testimony-recorder/consent-template"
DIRECTIONS = ("ltr", "rtl")
MAX_TEXT = 4000

#: The witness-mode strings every template must give, in its own language.
UI_KEYS = (
    "choose_language", "begin", "yes", "no", "back", "next", "listen", "stop_listening",
    "question_of", "detail_optional", "review_title", "review_text", "review_skipped", "change",
    "confirm_title", "confirm_text", "method_signature", "method_mark", "method_verbal",
    "method_paper", "sign_here", "mark_here", "verbal_text", "paper_text", "clear", "confirm",
    "stop", "stopped_title", "stopped_text", "done_title", "done_text",
)
#: The strings of the printable summary (not part of the text shown during consent).
SUMMARY_KEYS = ("title", "reference", "date", "answers", "withdraw", "warning")

#: Placeholders each string may (and must) carry; everything else must be placeholder-free.
UI_PLACEHOLDERS = {"question_of": {"n", "total"}}
SUMMARY_PLACEHOLDERS = {"reference": {"code"}, "date": {"date"}}
PER_BODY_PLACEHOLDERS = {"body", "about"}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_FILE_NAME = re.compile(r"^(?P<template>[a-z0-9_-]+)(\.v(?P<version>[0-9]+))?\.json$")


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


@dataclass(frozen=True)
class TemplateItem:
    id: str
    title: str
    question: str
    explanation: str
    #: A question for extra detail after a yes (e.g. how to make contact); empty when none.
    detail: str = ""
    #: Written once, asked once per accountability body ({body} and {about} filled in).
    per_body: bool = False


@dataclass(frozen=True)
class Template:
    template: str
    version: int
    language: str
    direction: str
    language_name: str
    title: str
    introduction: tuple[str, ...]
    items: tuple[TemplateItem, ...]
    closing: str
    ui: Mapping[str, str]
    summary: Mapping[str, str]

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.template, self.version, self.language)


# -- reading -----------------------------------------------------------------------------------

def _text(doc: Mapping[str, Any], key: str, where: str, *, allowed: set[str] | None = None,
          required: set[str] | None = None) -> str:
    value = doc.get(key)
    if not isinstance(value, str) or not value.strip():
        raise TemplateInvalid(where, f"'{key}' must be non-empty text")
    if len(value) > MAX_TEXT:
        raise TemplateInvalid(where, f"'{key}' is longer than {MAX_TEXT} characters")
    found = placeholders(value)
    if found - (allowed or set()):
        raise TemplateInvalid(where, f"'{key}' has unknown placeholders {sorted(found)}")
    if required and not required <= found:
        raise TemplateInvalid(where, f"'{key}' lacks placeholders {sorted(required - found)}")
    if value != value.strip():
        raise TemplateInvalid(where, f"'{key}' starts or ends with white space")
    return value


def _strings(doc: Any, keys: tuple[str, ...], where: str,
             expected: Mapping[str, set[str]]) -> dict[str, str]:
    if not isinstance(doc, dict):
        raise TemplateInvalid(where, "expected an object")
    unknown = sorted(set(doc) - set(keys))
    if unknown:
        raise TemplateInvalid(where, f"unknown key '{unknown[0]}'")
    return {k: _text(doc, k, where, allowed=expected.get(k), required=expected.get(k))
            for k in keys}


def _item(doc: Any, where: str) -> TemplateItem:
    if not isinstance(doc, dict):
        raise TemplateInvalid(where, "expected an object")
    unknown = sorted(set(doc) - {"id", "title", "question", "explanation", "detail", "per_body"})
    if unknown:
        raise TemplateInvalid(where, f"unknown key '{unknown[0]}'")
    item_id = doc.get("id")
    per_body = doc.get("per_body", False)
    if per_body is not (item_id in items.PER_BODY_ITEMS):
        raise TemplateInvalid(where, f"'{item_id}': per_body must be set exactly on "
                                     f"{', '.join(items.PER_BODY_ITEMS)}")
    if item_id not in items.BASE_ITEMS and item_id not in items.PER_BODY_ITEMS:
        raise TemplateInvalid(where, f"unknown item '{item_id}'")
    allowed = PER_BODY_PLACEHOLDERS if per_body else set()
    detail = _text(doc, "detail", where) if "detail" in doc else ""
    return TemplateItem(
        id=str(item_id),
        title=_text(doc, "title", where, allowed=allowed),
        question=_text(doc, "question", where, allowed=allowed),
        explanation=_text(doc, "explanation", where, allowed=allowed),
        detail=detail,
        per_body=bool(per_body),
    )


def parse(doc: Any, where: str) -> Template:
    """Read and check one template document; anything missing or unexpected is an error."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise TemplateInvalid(where, "not a consent template")
    known = {"format", "template", "version", "language", "direction", "language_name", "title",
             "introduction", "items", "closing", "ui", "summary"}
    unknown = sorted(set(doc) - known)
    if unknown:
        raise TemplateInvalid(where, f"unknown key '{unknown[0]}'")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise TemplateInvalid(where, "'version' must be a whole number from 1")
    if doc.get("direction") not in DIRECTIONS:
        raise TemplateInvalid(where, "'direction' must be ltr or rtl")
    intro = doc.get("introduction")
    if not isinstance(intro, list) or not intro:
        raise TemplateInvalid(where, "'introduction' must be a list of paragraphs")
    paragraphs = tuple(_text({"p": p}, "p", f"{where} introduction") for p in intro)
    raw_items = doc.get("items")
    if not isinstance(raw_items, list):
        raise TemplateInvalid(where, "'items' must be a list")
    parsed = tuple(_item(d, f"{where} item {i + 1}") for i, d in enumerate(raw_items))
    ids = [i.id for i in parsed]
    expected = set(items.BASE_ITEMS) | set(items.PER_BODY_ITEMS)
    if len(set(ids)) != len(ids) or set(ids) != expected:
        raise TemplateInvalid(where, f"items must be exactly {sorted(expected)} once each")
    per_body = [n for n, i in enumerate(parsed) if i.per_body]
    if per_body != list(range(per_body[0], per_body[0] + len(per_body))):
        raise TemplateInvalid(where, "per-body items must follow each other")
    return Template(
        template=_text(doc, "template", where),
        version=version,
        language=_text(doc, "language", where),
        direction=doc["direction"],
        language_name=_text(doc, "language_name", where),
        title=_text(doc, "title", where),
        introduction=paragraphs,
        items=parsed,
        closing=_text(doc, "closing", where),
        ui=_strings(doc.get("ui"), UI_KEYS, f"{where} ui", UI_PLACEHOLDERS),
        summary=_strings(doc.get("summary"), SUMMARY_KEYS, f"{where} summary",
                         SUMMARY_PLACEHOLDERS),
    )


def _load_file(entry: Traversable, language: str) -> Template:
    where = f"{language}/{entry.name}"
    match = _FILE_NAME.match(entry.name)
    if match is None:
        raise TemplateInvalid(where, "file name must be <template>.json or <template>.vN.json")
    try:
        doc = json.loads(entry.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateInvalid(where, f"not valid JSON ({exc})") from None
    template = parse(doc, where)
    if template.language != language or template.template != match["template"]:
        raise TemplateInvalid(where, "language or template id differs from its file name")
    if match["version"] is not None and int(match["version"]) != template.version:
        raise TemplateInvalid(where, "version differs from its file name")
    return template


@cache
def available() -> tuple[Template, ...]:
    """Every shipped template, every version, every language (checked when first read)."""
    root = resource("consent")
    found: dict[tuple[str, int, str], Template] = {}
    for folder in sorted(root.iterdir(), key=lambda t: t.name):
        if not folder.is_dir() or folder.name.startswith(("_", ".")):
            continue
        for entry in sorted(folder.iterdir(), key=lambda t: t.name):
            if entry.name.endswith(".json"):
                template = _load_file(entry, folder.name)
                if template.key in found:
                    raise TemplateInvalid(f"{folder.name}/{entry.name}", "version given twice")
                found[template.key] = template
    return tuple(found[k] for k in sorted(found))


def load(template: str, language: str, version: int | None = None) -> Template:
    """One template; the latest version when `version` is None."""
    matches = [t for t in available() if t.template == template and t.language == language
               and (version is None or t.version == version)]
    if not matches:
        raise TemplateNotFound(template if version is None else f"{template} v{version}",
                               language)
    return max(matches, key=lambda t: t.version)


def latest(template: str = "standard") -> list[Template]:
    """The current version of `template` in every language it exists in."""
    languages = sorted({t.language for t in available() if t.template == template})
    return [load(template, language) for language in languages]
