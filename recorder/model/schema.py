"""JSON Schema of the interchange format, generated from the record dataclasses and their field
limits, so the published schema can never drift from what the code accepts.

Regenerate with: python -m recorder.model.schema > resources/schema/interview.schema.json
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

from . import checks
from .bundle import FORMAT, Bundle
from .codec import _hints, spec

_CHECKS: dict[Any, dict[str, Any]] = {
    checks.record_id: {"pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},
    checks.timestamp: {"format": "date-time"},
    checks.day: {"format": "date"},
    checks.language: {"pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"},
    checks.code: {"pattern": "^[a-z0-9_]{1,64}$"},
    checks.sha256_hex: {"pattern": "^[0-9a-f]{64}$"},
    checks.latitude: {"minimum": -90, "maximum": 90},
    checks.longitude: {"minimum": -180, "maximum": 180},
}


def _type(tp: Any, limits: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [_type(inner, limits, defs), {"type": "null"}]}
    if origin is list:
        (item,) = typing.get_args(tp)
        return {"type": "array", "maxItems": limits["max_items"],
                "items": _type(item, limits, defs)}
    if origin is dict:
        _, value = typing.get_args(tp)
        return {"type": "object", "maxProperties": limits["max_items"],
                "additionalProperties": _type(value, limits, defs)}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _object(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    schema: dict[str, Any] = {
        bool: {"type": "boolean"}, int: {"type": "integer"}, float: {"type": "number"},
        str: {"type": "string", "maxLength": limits["max_len"]},
    }[tp]
    if tp is str and limits["choices"] is not None:
        schema["enum"] = list(limits["choices"])
    schema.update(_CHECKS.get(limits["check"], {}))
    return dict(schema)


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = _hints(cls)
    properties = {}
    required = []
    for f in dataclasses.fields(cls):
        properties[f.name] = _type(hints[f.name], dict(f.metadata or spec()), defs)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    result: dict[str, Any] = {"type": "object", "additionalProperties": False,
                              "properties": properties}
    if required:
        result["required"] = required
    return result


def interview_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    root = _object(Bundle, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:{FORMAT.replace('/', ':')}:1",
        "title": "Testimony Recorder interview interchange, version 1",
        "description": "One interview with everything recorded about it. See docs/interchange.md.",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


if __name__ == "__main__":
    print(json.dumps(interview_schema(), indent=1, ensure_ascii=False))
