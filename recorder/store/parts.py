"""The structured parts of an interview: incidents, persons, each person's role in an incident,
and command links between persons. One set of functions serves all four."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from .. import canonical, clock, vocabulary
from ..database import Connection
from ..errors import InvalidRecord, NotFound
from ..model import codec, new_id
from ..model.incident import Incident
from ..model.person import CommandLink, Involvement, Person
from ..vault import Vault
from . import rows
from .changes import recorded
from .interviews import get_interview

P = TypeVar("P", Incident, Person, Involvement, CommandLink)

TABLES: dict[type, str] = {
    Incident: "incident", Person: "person", Involvement: "involvement",
    CommandLink: "command_link",
}
#: How to find the interview a part belongs to (involvements and links go through persons).
_OWNER_SQL = {
    "incident": "SELECT interview_id FROM incident WHERE id = ?",
    "person": "SELECT interview_id FROM person WHERE id = ?",
    "involvement": "SELECT p.interview_id FROM involvement v JOIN person p"
                   " ON p.id = v.person_id WHERE v.id = ?",
    "command_link": "SELECT p.interview_id FROM command_link c JOIN person p"
                    " ON p.id = c.superior_id WHERE c.id = ?",
}
_LIST_SQL = {
    "incident": "SELECT * FROM incident WHERE interview_id = ? ORDER BY created_at, rowid",
    "person": "SELECT * FROM person WHERE interview_id = ? ORDER BY created_at, rowid",
    "involvement": "SELECT v.* FROM involvement v JOIN person p ON p.id = v.person_id"
                   " WHERE p.interview_id = ? ORDER BY v.rowid",
    "command_link": "SELECT c.* FROM command_link c JOIN person p ON p.id = c.superior_id"
                    " WHERE p.interview_id = ? ORDER BY c.rowid",
}


def _table(part: Any) -> str:
    return TABLES[part if isinstance(part, type) else type(part)]


def _owner(conn: Connection, table: str, part_id: str) -> str | None:
    row = conn.execute(_OWNER_SQL[table], (part_id,)).fetchone()
    return None if row is None else str(row[0])


def _person_interview(conn: Connection, person_id: str) -> str:
    owner = _owner(conn, "person", person_id)
    if owner is None:
        raise NotFound("person", person_id)
    return owner


def interview_of(conn: Connection, part: Any) -> str:
    """The interview a new or changed part belongs to, checking its references agree."""
    if isinstance(part, Incident | Person):
        get_interview(conn, part.interview_id)
        return part.interview_id
    if isinstance(part, Involvement):
        interview_id = _person_interview(conn, part.person_id)
        if _owner(conn, "incident", part.incident_id) != interview_id:
            raise InvalidRecord("involvement", "person and incident are in different interviews")
        return interview_id
    interview_id = _person_interview(conn, part.superior_id)
    if _person_interview(conn, part.subordinate_id) != interview_id:
        raise InvalidRecord("command link", "the two persons are in different interviews")
    return interview_id


def _check_violations(conn: Connection, part: Any) -> None:
    if isinstance(part, Incident):
        known = {t.code for t in vocabulary.violation_terms(conn)}
        unknown = [v for v in part.violations if v not in known]
        if unknown:
            raise InvalidRecord("incident.violations", f"unknown violation type '{unknown[0]}'")


def add(vault: Vault, part: P) -> P:
    table = _table(part)
    part.id = part.id or new_id()
    _stamp(part, created=True)
    codec.check(part, table)
    with vault.transaction():
        interview_id = interview_of(vault.conn, part)
        _check_violations(vault.conn, part)
        rows.insert(vault.conn, table, part)
        recorded(vault, f"{table}_created", table, part.id, interview_id,
                 content_hash=canonical.digest(codec.to_dict(part)))
    return part


def update(vault: Vault, part: P) -> P:
    table = _table(part)
    _stamp(part, created=False)
    codec.check(part, table)
    with vault.transaction():
        if _owner(vault.conn, table, part.id) is None:
            raise NotFound(table, part.id)
        interview_id = interview_of(vault.conn, part)
        _check_violations(vault.conn, part)
        rows.update(vault.conn, table, part)
        recorded(vault, f"{table}_updated", table, part.id, interview_id,
                 content_hash=canonical.digest(codec.to_dict(part)))
    return part


def delete(vault: Vault, cls: type[P], part_id: str) -> None:
    table = _table(cls)
    with vault.transaction():
        interview_id = _owner(vault.conn, table, part_id)
        if interview_id is None:
            raise NotFound(table, part_id)
        vault.conn.execute(f"DELETE FROM {table} WHERE id = ?", (part_id,))  # noqa: S608
        recorded(vault, f"{table}_deleted", table, part_id, interview_id)


def list_for(conn: Connection, cls: type[P], interview_id: str) -> list[P]:
    return [rows.decode(cls, r) for r in conn.execute(_LIST_SQL[_table(cls)], (interview_id,))]


def _stamp(part: Any, *, created: bool) -> None:
    names = {f.name for f in dataclasses.fields(part)}
    now = clock.now()
    if "created_at" in names and (created and not part.created_at):
        part.created_at = now
    if "updated_at" in names:
        part.updated_at = now


def add_violation_type(vault: Vault, code: str, label: str) -> None:
    """Extend this vault's vocabulary with a violation type of its own."""
    from ..model import checks

    try:
        checks.code(code)
    except ValueError as exc:
        raise InvalidRecord("violation type", str(exc)) from None
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO violation_type (code, label, created_at) VALUES (?, ?, ?)",
            (code, label, clock.now()))
        vault.log("violation_type_added", "vocabulary", code, detail={"label": label})
