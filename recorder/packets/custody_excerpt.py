"""The custody-log excerpt in a packet: the sender's chain from where the recipient last saw
it up to its current head.

Entries about what the packet shares (its interviews and witnesses, and vault-level events
such as exports and keys) go in full, so their hashes can be recomputed. Entries about
interviews the recipient does not receive go redacted (sequence number and hashes only): the
links of the chain can still be followed, and nothing about those interviews is revealed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .. import canonical
from ..custody import Entry
from ..database import Connection
from ..model import checks
from ..strict_json import loads
from .errors import MalformedMember, TamperedPacket
from .manifest import CUSTODY, CustodyRange

MAX_LINE = 1024 * 1024
MAX_EXCERPT = 1024 * 1024 * 1024
VAULT_LEVEL = frozenset({"vault", "contact", "packet", "receipt", "vocabulary"})
_FULL_KEYS = {"seq", "at", "actor", "action", "entity_type", "entity_id", "interview_id",
              "content_hash", "detail", "prev_hash", "hash"}
_REDACTED_KEYS = {"seq", "prev_hash", "hash", "redacted"}


def _shared(row: Any, interviews: set[str], witnesses: set[str]) -> bool:
    if row["interview_id"] is not None:
        return row["interview_id"] in interviews
    if row["entity_type"] == "witness":
        return row["entity_id"] in witnesses
    if row["entity_type"] == "interview":
        return row["entity_id"] in interviews
    return row["entity_type"] in VAULT_LEVEL


def lines(conn: Connection, from_seq: int, head_seq: int, interviews: set[str],
          witnesses: set[str]) -> Iterator[bytes]:
    """The excerpt, one canonical JSON line per entry, read from the log as it goes."""
    rows = conn.execute("SELECT * FROM custody_log WHERE seq > ? AND seq <= ? ORDER BY seq",
                        (from_seq, head_seq))
    for row in rows:
        if _shared(row, interviews, witnesses):
            data: dict[str, Any] = {k: row[k] for k in _FULL_KEYS}
            data["detail"] = None if row["detail"] is None else loads(row["detail"].encode())
        else:
            data = {"seq": row["seq"], "prev_hash": row["prev_hash"], "hash": row["hash"],
                    "redacted": True}
        line = canonical.dumps(data) + b"\n"
        if len(line) > MAX_LINE:
            line = canonical.dumps({"seq": row["seq"], "prev_hash": row["prev_hash"],
                                    "hash": row["hash"], "redacted": True}) + b"\n"
        yield line


def measure(conn: Connection, from_seq: int, head_seq: int, interviews: set[str],
            witnesses: set[str]) -> tuple[int, str]:
    """Size and SHA-256 of the excerpt (computed before writing, for the manifest)."""
    digest = hashlib.sha256()
    size = 0
    for line in lines(conn, from_seq, head_seq, interviews, witnesses):
        digest.update(line)
        size += len(line)
    return size, digest.hexdigest()


@dataclass(frozen=True)
class Link:
    seq: int
    hash: str
    prev_hash: str
    #: The full entry as canonical JSON text, None for a redacted one.
    entry: str | None
    interview_id: str | None


def _bad(detail: str) -> MalformedMember:
    return MalformedMember(CUSTODY, detail)


def _hex(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise _bad(f"{what} is not a hash")
    try:
        checks.sha256_hex(value)
    except ValueError:
        raise _bad(f"{what} is not a hash") from None
    return value


def _parse_line(raw: bytes) -> Link:
    try:
        data = loads(raw)
    except ValueError as exc:
        raise _bad(f"a line is not JSON ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("seq"), int) \
            or isinstance(data.get("seq"), bool):
        raise _bad("a line is not a custody entry")
    seq, digest = data["seq"], _hex(data.get("hash"), "hash")
    prev = _hex(data.get("prev_hash"), "prev_hash")
    if set(data) == _REDACTED_KEYS and data["redacted"] is True:
        return Link(seq, digest, prev, None, None)
    if set(data) != _FULL_KEYS:
        raise _bad(f"entry {seq} has unexpected fields")
    try:
        entry = Entry(**data)
        recomputed = entry.computed_hash()
    except (TypeError, ValueError):
        raise _bad(f"entry {seq} has fields of the wrong type") from None
    if recomputed != digest:
        raise TamperedPacket(CUSTODY, f"custody entry {seq} does not match its hash")
    interview = data["interview_id"]
    if interview is not None and not isinstance(interview, str):
        raise _bad(f"entry {seq} has a malformed interview id")
    return Link(seq, digest, prev, canonical.dumps(data).decode("utf-8"), interview)


class ExcerptChecker:
    """Follows the excerpt line by line: every link, every full entry's hash, and that it runs
    exactly over the range the signed manifest announces."""

    def __init__(self, announced: CustodyRange) -> None:
        self._range = announced
        self._expect_seq = announced.from_seq + 1
        self._prev = announced.from_hash
        self._pending = bytearray()
        self.count = 0

    def feed(self, data: bytes) -> Iterator[Link]:
        self._pending += data
        while True:
            end = self._pending.find(b"\n")
            if end < 0:
                if len(self._pending) > MAX_LINE:
                    raise _bad("a line is too long")
                return
            raw = bytes(self._pending[:end])
            del self._pending[: end + 1]
            if len(raw) > MAX_LINE:
                raise _bad("a line is too long")
            yield self._check(_parse_line(raw))

    def _check(self, link: Link) -> Link:
        if link.seq != self._expect_seq:
            raise _bad(f"entry {self._expect_seq} is missing")
        if link.prev_hash != self._prev:
            raise TamperedPacket(CUSTODY, f"custody entry {link.seq} does not follow the one "
                                          "before it")
        self._expect_seq += 1
        self._prev = link.hash
        self.count += 1
        return link

    def finish(self) -> None:
        if self._pending:
            raise _bad("the last line is unfinished")
        if self.count != self._range.entries or self._prev != self._range.head_hash:
            raise TamperedPacket(CUSTODY, "the custody excerpt does not end at the announced "
                                          "head")
