"""Mapping record dataclasses to table rows: one column per field; lists, dicts and nested
records stored as canonical JSON."""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import canonical
from ..database import Connection
from ..model import codec

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def _column(value: Any) -> Any:
    if isinstance(value, list | dict) or dataclasses.is_dataclass(value):
        return canonical.dumps(codec.to_dict(value)).decode("utf-8")
    if isinstance(value, bool):
        return int(value)
    return value


def _columns(obj: Any) -> dict[str, Any]:
    return {f.name: _column(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def insert(conn: Connection, table: str, obj: Any, **extra: Any) -> None:
    """Insert `obj`; `extra` fills columns that are not part of the record (e.g. flags)."""
    cols = {**_columns(obj), **extra}
    names = ", ".join(cols)
    marks = ", ".join("?" for _ in cols)
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})",  # noqa: S608 - names are ours
                 tuple(cols.values()))


def update(conn: Connection, table: str, obj: Any) -> None:
    cols = _columns(obj)
    key = cols.pop("id")
    assignments = ", ".join(f"{name} = ?" for name in cols)
    conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?",  # noqa: S608 - names are ours
                 (*cols.values(), key))


def decode(cls: type[T], row: Any) -> T:
    json_fields = codec.structured_fields(cast(type, cls))
    data = {}
    for f in dataclasses.fields(cls):
        value = row[f.name]
        if f.name in json_fields and isinstance(value, str):
            value = json.loads(value)
        data[f.name] = value
    return codec.from_trusted(cls, data)


def get(conn: Connection, cls: type[T], table: str, record_id: str) -> T | None:
    row = conn.execute(f"SELECT * FROM {table} WHERE id = ?",  # noqa: S608 - names are ours
                       (record_id,)).fetchone()
    return None if row is None else decode(cls, row)


def select(conn: Connection, cls: type[T], table: str, where: str, params: tuple[Any, ...],
           order: str = "rowid") -> list[T]:
    sql = f"SELECT * FROM {table} WHERE {where} ORDER BY {order}"  # noqa: S608 - names are ours
    return [decode(cls, r) for r in conn.execute(sql, params)]
