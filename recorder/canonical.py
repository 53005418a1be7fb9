"""Canonical JSON and content hashes, so the same record always hashes the same way."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def dumps(value: Any) -> bytes:
    """Deterministic UTF-8 JSON: sorted keys, no spaces, no ASCII escaping."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def digest(value: Any) -> str:
    """Hex SHA-256 of the canonical JSON of `value`."""
    return hashlib.sha256(dumps(value)).hexdigest()
