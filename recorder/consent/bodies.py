"""The accountability bodies a witness can agree to share with, each asked about separately.

The shipped list (resources/consent/bodies.json) holds the bodies most teams work with, named
and explained in every template language. A vault can switch a shipped body off (a team that
never works with it should not ask about it) and add its own. The list in force when consent is
taken is part of the text shown, so it is covered by that consent's text hash.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import clock
from ..bundled import resource
from ..database import Connection
from ..errors import InvalidRecord, NotFound
from ..model import checks
from ..vault import Vault
from . import items

FORMAT = "testimony-recorder/consent-bodies"
MAX_NAME = 200
MAX_ABOUT = 1000


@dataclass(frozen=True)
class Body:
    id: str
    names: Mapping[str, str]
    abouts: Mapping[str, str]
    builtin: bool = False

    def name(self, language: str) -> str:
        """The name in `language`; English (then the id) where no translation exists."""
        return self.names.get(language) or self.names.get("en") or self.id

    def about(self, language: str) -> str:
        return self.abouts.get(language) or self.abouts.get("en") or ""


def _labels(value: Any, where: str, limit: int) -> dict[str, str]:
    if not isinstance(value, dict):
        raise InvalidRecord(where, "expected an object of language: text")
    out = {}
    for language, text in value.items():
        try:
            checks.language(language)
        except ValueError as exc:
            raise InvalidRecord(f"{where}.{language[:10]}", str(exc)) from None
        if not isinstance(text, str) or not text.strip() or len(text) > limit:
            raise InvalidRecord(f"{where}.{language}", f"expected text of 1 to {limit} characters")
        out[language] = text
    return out


def _check_id(body_id: str) -> None:
    try:
        checks.code(body_id)
    except ValueError as exc:
        raise InvalidRecord("body id", str(exc)) from None


@cache
def builtin() -> tuple[Body, ...]:
    """The shipped bodies, in their shipped order."""
    path = resource("consent/bodies.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    if doc.get("format") != FORMAT:
        raise InvalidRecord("bodies.json", "not a bodies file")
    out = []
    for entry in doc["bodies"]:
        _check_id(entry["id"])
        out.append(Body(entry["id"], _labels(entry["name"], "bodies.json name", MAX_NAME),
                        _labels(entry["about"], "bodies.json about", MAX_ABOUT), builtin=True))
    return tuple(out)


def all_bodies(conn: Connection) -> list[tuple[Body, bool]]:
    """Every body this vault knows, with whether it is switched on (for settings screens)."""
    rows = {r["id"]: r for r in conn.execute("SELECT * FROM consent_body ORDER BY position, id")}
    out: list[tuple[Body, bool]] = []
    for body in builtin():
        row = rows.pop(body.id, None)
        out.append((body, True if row is None else bool(row["enabled"])))
    for row in rows.values():
        if row["names"] is None:
            continue  # a switch for a shipped body this version no longer ships
        body = Body(row["id"], json.loads(row["names"]), json.loads(row["about"] or "{}"))
        out.append((body, bool(row["enabled"])))
    return out


def active(conn: Connection) -> list[Body]:
    """The bodies a witness is asked about, in the order they are asked."""
    return [body for body, enabled in all_bodies(conn) if enabled]


def add(vault: Vault, body_id: str, names: Mapping[str, str],
        abouts: Mapping[str, str] | None = None) -> Body:
    """Add this organisation's own body (a national unit by name, a regional court...)."""
    _check_id(body_id)
    names = _labels(dict(names), "name", MAX_NAME)
    abouts = _labels(dict(abouts or {}), "about", MAX_ABOUT)
    if "en" not in names:
        raise InvalidRecord("name", "an English name is needed as the fallback")
    if any(b.id == body_id for b, _ in all_bodies(vault.conn)):
        raise InvalidRecord("body id", f"'{body_id}' already exists")
    with vault.transaction():
        position = vault.conn.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM consent_body").fetchone()[0]
        vault.conn.execute(
            "INSERT INTO consent_body (id, names, about, enabled, position, created_at)"
            " VALUES (?, ?, ?, 1, ?, ?)",
            (body_id, json.dumps(names, ensure_ascii=False),
             json.dumps(abouts, ensure_ascii=False), position, clock.now()))
        vault.log("consent_body_added", "consent_body", body_id, detail={"names": names})
        _answered_before(vault, body_id)
    return Body(body_id, names, abouts)


def _answered_before(vault: Vault, body_id: str) -> None:
    """Consents that already answer about a body added only now (a coordinator's archive
    imports consents taken on laptops that knew the body first): what derives from them (the
    archive's "may be shared with" filter) is brought up to date with the body's addition."""
    if vault.on_interview_changed is None:
        return
    pattern = f'%"{items.share_testimony(body_id)}"%'
    for (interview_id,) in vault.conn.execute(
            "SELECT DISTINCT interview_id FROM consent WHERE answers LIKE ?", (pattern,)):
        vault.on_interview_changed(vault, interview_id)


def set_enabled(vault: Vault, body_id: str, enabled: bool) -> None:
    """Switch a body on or off for future consents (records already taken keep their text)."""
    known = {b.id: b for b, _ in all_bodies(vault.conn)}
    if body_id not in known:
        raise NotFound("accountability body", body_id)
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO consent_body (id, names, about, enabled, position, created_at)"
            " VALUES (?, NULL, NULL, ?, 0, ?)"
            " ON CONFLICT (id) DO UPDATE SET enabled = excluded.enabled",
            (body_id, int(enabled), clock.now()))
        vault.log("consent_body_enabled" if enabled else "consent_body_disabled",
                  "consent_body", body_id)
