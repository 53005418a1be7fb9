"""One strict converter between record dataclasses and JSON-ready dicts.

The same code reads a person's JSON file, the vault's own rows and, later, records from packets
sent by other devices, which is hostile input: unknown keys, wrong types, oversized strings and
overlong lists are all rejected with a message saying where.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from ..errors import InvalidRecord

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")

DEFAULT_MAX_TEXT = 10_000
#: Lone surrogates: Python strings may hold them (from JSON escapes or undecodable file names),
#: but they are not Unicode text and UTF-8, hence the database, cannot store them.
_SURROGATE = re.compile("[\ud800-\udfff]")
DEFAULT_MAX_ITEMS = 200


def spec(
    *,
    max_len: int = DEFAULT_MAX_TEXT,
    max_items: int = DEFAULT_MAX_ITEMS,
    choices: tuple[str, ...] | None = None,
    check: Callable[[Any], None] | None = None,
) -> dict[str, Any]:
    """Field metadata: limits and allowed values used when reading untrusted data."""
    return {"max_len": max_len, "max_items": max_items, "choices": choices, "check": check}


def field(default: Any = dataclasses.MISSING, *, factory: Any = dataclasses.MISSING,
          **limits: Any) -> Any:
    """`dataclasses.field` with validation limits attached."""
    if factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=factory, metadata=spec(**limits))
    return dataclasses.field(default=default, metadata=spec(**limits))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def structured_fields(cls: type) -> frozenset[str]:
    """Fields holding lists, dicts or records (stored as JSON in a single column)."""
    def structured(tp: Any) -> bool:
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            return any(structured(a) for a in typing.get_args(tp))
        return origin in (list, dict) or dataclasses.is_dataclass(tp)

    return frozenset(name for name, tp in _hints(cls).items() if structured(tp))


def to_dict(obj: Any) -> Any:
    """Dataclass (or list of them) to plain JSON values."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    hint: Any
    limits: dict[str, Any]
    required: bool


@cache
def _plan(cls: type) -> tuple[dict[str, _Field], frozenset[str]]:
    """What from_dict needs of `cls`, worked out once per class (reading records is hot: an
    import reads thousands, and typing's introspection is slow)."""
    hints = _hints(cls)
    fields = {f.name: _Field(f.name, hints[f.name], dict(f.metadata) if f.metadata else spec(),
                             f.default is dataclasses.MISSING
                             and f.default_factory is dataclasses.MISSING)
              for f in dataclasses.fields(cls)}
    return fields, frozenset(fields)


@cache
def _shape(tp: Any) -> tuple[str, tuple[Any, ...]]:
    """The kind of a field's type (optional, list, dict, record or scalar) and its arguments,
    worked out once per type."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return "optional", tuple(a for a in typing.get_args(tp) if a is not type(None))[:1]
    if origin is list:
        return "list", typing.get_args(tp)
    if origin is dict:
        return "dict", typing.get_args(tp)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return "record", ()
    return "scalar", ()


def from_dict(cls: type[T], data: Any, where: str) -> T:
    """Build `cls` from untrusted `data`; missing optional keys take the field default."""
    if not isinstance(data, dict):
        raise InvalidRecord(where, "expected an object")
    fields, names = _plan(cast(type, cls))
    if not names.issuperset(data):
        unknown = sorted(set(data) - names)
        raise InvalidRecord(where, f"unknown field '{unknown[0]}'")
    values = {}
    for name, f in fields.items():
        if name not in data:
            if f.required:
                raise InvalidRecord(where, f"'{name}' is required")
            continue
        values[name] = _convert(f.hint, data[name], f"{where}.{name}", f.limits)
    return cls(**values)


def _convert(tp: Any, value: Any, where: str, limits: dict[str, Any]) -> Any:
    kind, args = _shape(tp)
    if kind == "optional":
        if value is None:
            return None
        return _convert(args[0], value, where, limits)
    if kind == "list":
        if not isinstance(value, list):
            raise InvalidRecord(where, "expected a list")
        if len(value) > limits["max_items"]:
            raise InvalidRecord(where, f"more than {limits['max_items']} items")
        (item_type,) = args
        return [_convert(item_type, v, f"{where}[{i}]", limits) for i, v in enumerate(value)]
    if kind == "dict":
        if not isinstance(value, dict):
            raise InvalidRecord(where, "expected an object")
        if len(value) > limits["max_items"]:
            raise InvalidRecord(where, f"more than {limits['max_items']} entries")
        _, value_type = args
        out = {}
        for key, item in value.items():
            _scalar(str, key, f"{where} key", {**limits, "choices": None})
            out[key] = _convert(value_type, item, f"{where}.{key[:40]}", limits)
        return out
    if kind == "record":
        return from_dict(tp, value, where)
    result = _scalar(tp, value, where, limits)
    if limits["check"] is not None:
        try:
            limits["check"](result)
        except ValueError as exc:
            raise InvalidRecord(where, str(exc)) from None
    return result


def _scalar(tp: Any, value: Any, where: str, limits: dict[str, Any]) -> Any:
    if tp is bool:
        if not isinstance(value, bool):
            raise InvalidRecord(where, "expected true or false")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**53:
            raise InvalidRecord(where, "expected a whole number")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidRecord(where, "expected a number")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise InvalidRecord(where, "expected text")
        if len(value) > limits["max_len"]:
            raise InvalidRecord(where, f"longer than {limits['max_len']} characters")
        if "\x00" in value:
            raise InvalidRecord(where, "contains a NUL character")
        if _SURROGATE.search(value):
            raise InvalidRecord(where, "contains a lone surrogate (\\ud800-\\udfff), which is "
                                       "not valid Unicode text")
        choices = limits["choices"]
        if choices is not None and value not in choices:
            raise InvalidRecord(where, f"'{value[:40]}' is not one of {', '.join(choices)}")
        return value
    raise TypeError(f"unsupported field type {tp!r} at {where}")


def check(obj: Any, where: str) -> None:
    """Apply the same limits to a record built in code (e.g. from a form) as to input files."""
    from_dict(type(obj), to_dict(obj), where)


def from_trusted(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a dataclass from the vault's own rows: types are restored, nothing is re-checked
    (a vocabulary that changed since must not make old records unreadable)."""
    hints = _hints(cast(type, cls))
    return cls(**{k: _rebuild(hints[k], v) for k, v in data.items()})


def _rebuild(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    kind, args = _shape(tp)
    if kind == "optional":
        return _rebuild(args[0], value)
    if kind == "list":
        (item_type,) = args
        return [_rebuild(item_type, v) for v in value]
    if kind == "record":
        return from_trusted(tp, value)
    if tp is bool:
        return bool(value)
    return value
