"""Likely duplicates in a coordinator's archive, people's verdicts on them, and the names
behind a pair for those who hold the witness-identity key.

A candidate says "W-0042 and W-0107 may be the same person", with the score and the fields
that agree, and the devices each came from; it never shows a name. Names are shown only by
`reveal_pair`, which needs the witness-identity key and writes `identity_revealed` in the
custody log for each witness, as everywhere else. Marking a pair "same" or "different" is
kept, and logged too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import clock
from ..age import small
from ..errors import InvalidRecord
from ..keys import device
from ..keys.errors import PrivateKeyElsewhere
from ..model import codec
from ..model.witness import Identity, Witness
from ..store import rows, witnesses
from ..store.sealed_identity import MAX_IDENTITY_SIZE, parse_payload
from . import capture, compare, orgkey
from .errors import CoordinatorOnly, LinkageKeyLocked, SameWitness, UnknownWitness

if TYPE_CHECKING:
    from ..database import Connection
    from ..vault import Vault

VERDICTS = ("same", "different")


@dataclass(frozen=True)
class Candidate:
    a_id: str
    b_id: str
    a_code: str
    b_code: str
    #: Who sent each witness (a contact's name), "" when entered here.
    a_source: str
    b_source: str
    comparison: compare.Comparison
    verdict: str | None

    @property
    def score(self) -> float:
        return self.comparison.score

    def to_json(self) -> dict[str, object]:
        c = self.comparison
        return {"a": self.a_code, "b": self.b_code, "a_source": self.a_source,
                "b_source": self.b_source, "score": c.score, "agree": c.agreeing(),
                "names": c.names, "first_name": c.given, "father_name": c.father,
                "birth_year": c.birth_year, "governorate": c.governorate,
                "verdict": self.verdict}


def _require_coordinator(vault: Vault, action: str) -> None:
    if vault.role != "coordinator":
        raise CoordinatorOnly(action)


def _codes(conn: Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT id, code FROM witness")}


def _sources(conn: Connection) -> dict[str, str]:
    """Each witness's sending device, by the contact's name."""
    return {r[0]: r[1] or "" for r in conn.execute(
        "SELECT i.witness_id, c.name FROM interview i JOIN interview_source s"
        " ON s.interview_id = i.id LEFT JOIN contact c ON c.fingerprint = s.sender")}


def _marks(conn: Connection) -> dict[tuple[str, str], str]:
    return {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT witness_a, witness_b, verdict FROM duplicate_mark")}


def find(vault: Vault, *, threshold: float = compare.THRESHOLD) -> list[Candidate]:
    """Likely duplicates, best first, and every pair someone has marked."""
    _require_coordinator(vault, "look for duplicate witnesses")
    conn = vault.conn
    prints = capture.readable(conn)
    marks = _marks(conn)
    pairs = {(a, b): c for a, b, c in compare.likely(prints, threshold)}
    for a, b in marks:
        if (a, b) not in pairs and a in prints and b in prints:
            pairs[(a, b)] = compare.compare(prints[a], prints[b])
    codes, sources = _codes(conn), _sources(conn)
    found = [Candidate(a, b, codes.get(a, a), codes.get(b, b), sources.get(a, ""),
                       sources.get(b, ""), c, marks.get((a, b)))
             for (a, b), c in pairs.items()]
    found.sort(key=lambda c: (c.verdict is not None, -c.score, c.a_code, c.b_code))
    return found


def _resolve(conn: Connection, ref: str) -> str:
    found = witnesses.find_by_code(conn, ref.strip())
    if found is None:
        raise UnknownWitness(ref)
    return found.id


def _ordered(conn: Connection, ref_a: str, ref_b: str) -> tuple[str, str]:
    a, b = _resolve(conn, ref_a), _resolve(conn, ref_b)
    if a == b:
        raise SameWitness(ref_a)
    return (a, b) if a < b else (b, a)


def mark(vault: Vault, ref_a: str, ref_b: str, verdict: str) -> Candidate | None:
    """Record that two witnesses are the same person or different people; returns the pair
    as now listed (None if it has no fingerprints to compare)."""
    _require_coordinator(vault, "mark duplicate witnesses")
    if verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {VERDICTS}")
    a, b = _ordered(vault.conn, ref_a, ref_b)
    codes = _codes(vault.conn)
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO duplicate_mark (witness_a, witness_b, verdict, marked_at, marked_by)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (witness_a, witness_b) DO UPDATE SET"
            " verdict = excluded.verdict, marked_at = excluded.marked_at,"
            " marked_by = excluded.marked_by",
            (a, b, verdict, clock.now(), vault.owner))
        vault.log("duplicate_marked", "witness", a,
                  detail={"other": b, "codes": [codes[a], codes[b]], "verdict": verdict})
    return next((c for c in find(vault) if (c.a_id, c.b_id) == (a, b)), None)


def _identity(vault: Vault, witness_id: str) -> Identity | None:
    row = vault.conn.execute("SELECT data, sealed FROM witness_identity WHERE witness_id = ?",
                             (witness_id,)).fetchone()
    if row is None:
        return None
    if row["data"] is not None:
        return codec.from_trusted(Identity, json.loads(row["data"]))
    opened = device.load(vault).witness_identities
    if not opened:
        raise PrivateKeyElsewhere(device.WITNESS_AGE)
    plain = small.open_(bytes(row["sealed"]), opened, MAX_IDENTITY_SIZE)
    if plain is None:
        raise PrivateKeyElsewhere(device.WITNESS_AGE)
    return parse_payload(plain)[1]


def reveal_pair(vault: Vault, ref_a: str, ref_b: str) -> dict[str, Identity | None]:
    """The identities behind a pair, by witness code: needs the witness-identity key, and
    each reveal is written in the custody log."""
    _require_coordinator(vault, "show the names behind a pair")
    a, b = _ordered(vault.conn, ref_a, ref_b)
    codes = _codes(vault.conn)
    found = {codes[w]: _identity(vault, w) for w in (a, b)}
    with vault.transaction():
        for w in (a, b):
            vault.log("identity_revealed", "witness", w,
                      detail={"purpose": "duplicate review"})
    return found


_SEALED_UNFINGERPRINTED = (
    " FROM witness w JOIN witness_identity i ON i.witness_id = w.id"
    " WHERE i.data IS NULL AND i.sealed IS NOT NULL"
    " AND w.id NOT IN (SELECT witness_id FROM witness_fingerprint)")


def sealed_without_fingerprints(conn: Connection) -> int:
    """Witnesses a coordinator cannot compare yet: their identity was sealed on a laptop
    that had no linkage key then, so it sent no fingerprints (see `fingerprint_sealed`)."""
    return int(conn.execute("SELECT count(*)" + _SEALED_UNFINGERPRINTED).fetchone()[0])


def fingerprint_sealed(vault: Vault) -> int:
    """Coordinator: fingerprint the witnesses of `sealed_without_fingerprints`, opening each
    identity in memory with the witness-identity key held in this vault (which the linkage
    key needs too). No name is shown or kept; the custody log says how many were done."""
    _require_coordinator(vault, "compute fingerprints from sealed identities")
    orgkey.ensure(vault)
    opened = device.load(vault).witness_identities
    if not opened or orgkey.key(vault) is None:
        raise LinkageKeyLocked()
    found = vault.conn.execute("SELECT w.*, i.sealed" + _SEALED_UNFINGERPRINTED).fetchall()

    def identities() -> Iterator[tuple[Witness, Identity]]:
        for row in found:
            plain = small.open_(bytes(row["sealed"]), opened, MAX_IDENTITY_SIZE)
            if plain is None:
                continue  # sealed to a key this archive no longer holds
            try:
                sealed_for, identity = parse_payload(plain)
            except (ValueError, InvalidRecord):
                continue  # damaged: compared never, as before
            if sealed_for == row["id"]:
                yield rows.decode(Witness, row), identity

    with vault.transaction():
        done = capture.fingerprint_all(vault, identities())
        vault.log("fingerprints_computed", "vault", vault.vault_id,
                  detail={"witnesses": done, "key": orgkey.current_id(vault)})
    return done
