"""Reading JSON that comes from outside the vault: packets, key files, receipts, and the files
and standard input the command line reads.

Python's json module accepts things that later break code far from the parser: nesting deep
enough to exhaust the stack, integers with more digits than int() will convert, numbers too
large for a float, duplicate keys, NaN, and escaped lone surrogates ("\\ud800"), which are not
Unicode text and cannot be stored (UTF-8 has no encoding for them). Each is refused here with a
ValueError saying which, so callers turn it into their own "not valid JSON" error.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

#: Upper bound on the number of JSON values in one document, checked before decoding: it bounds
#: the memory hostile JSON can take (a legitimate 20,000-interview manifest has under 1M).
MAX_VALUES = 1_500_000
#: Longest integer accepted, in characters: more than any count, size or time the app uses.
MAX_INT_DIGITS = 40

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def loads(raw: bytes) -> Any:
    """Decode strict JSON: UTF-8 only, no duplicate keys, no NaN or infinities, bounded
    nesting, numbers and number of values, and no lone surrogates."""
    if raw.count(b",") + raw.count(b"[") + raw.count(b"{") > MAX_VALUES:
        raise ValueError("too many values")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_int,
                           parse_float=_float, parse_constant=_reject_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except ValueError as exc:
        raise ValueError(str(exc)[:100]) from None
    if _SURROGATE_ESCAPE.search(raw) and _has_lone_surrogate(value):
        raise ValueError("text holding a lone surrogate (\\ud800-\\udfff), which is not "
                         "valid Unicode")
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def _int(text: str) -> int:
    if len(text) > MAX_INT_DIGITS:
        raise ValueError(f"a number of more than {MAX_INT_DIGITS} digits")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("a number too large to store")
    return value


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def _has_lone_surrogate(value: Any) -> bool:
    """Walk the decoded value without recursion (it may be nested hundreds deep)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False
