"""Reading a file a person chose (an interview to import, a paper consent entry, its scan):
bounded, so a wrong file (a video given by mistake) is refused instead of read into memory,
and every failure one coded error. The command line and the desktop app both read through
here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import strict_json
from .errors import CannotRead, InvalidRecord

#: The largest JSON input read (records, consent): far above any real one.
MAX_JSON_INPUT = 64 * 1024 * 1024


def read_bytes(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as f:
            raw = f.read(limit + 1)
    except OSError as exc:
        raise CannotRead(path, exc.strerror or type(exc).__name__) from None
    if len(raw) > limit:
        raise CannotRead(path, f"larger than {limit // 2**20} MiB")
    return raw


def parse_json(raw: bytes, where: str) -> Any:
    if len(raw) > MAX_JSON_INPUT:
        raise InvalidRecord(where, f"larger than {MAX_JSON_INPUT // 2**20} MiB")
    try:
        return strict_json.loads(raw)
    except ValueError as exc:
        raise InvalidRecord(where, f"not valid JSON ({exc}); fix the file and try "
                                   "again") from None


def read_json(path: Path) -> Any:
    return parse_json(read_bytes(path, MAX_JSON_INPUT), str(path))
