"""A witness's keyed fingerprints: what the archive compares instead of names.

Computed once, from the plaintext identity at the moment it is saved, with the organisation's
linkage key (orgkey.py):

- `names`: a hardened Bloom filter of the bigrams of every name part's skeleton (names.py);
- `given` and `father`: the same for the first name and for the next one (in Arabic and
  Kurdish names, the father's): brothers share every name but the first, and a father and
  his son share names in other places;
- `birth_year`: keyed tokens of the year of birth and the years either side, so a year that
  differs by one still agrees, and nobody without the key learns the year;
- `governorate`: a keyed token of the governorate of origin;
- `index`: slow keyed hashes (scrypt) of a first name, one other name part, the year and the
  governorate together: the entries of the prior-interview index (prior_index.py), built
  from these at the coordinator without names.

Every part is keyed by a subkey of the linkage key derived with HKDF, one per purpose.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .. import canonical
from ..search.normalize import fold
from . import bloom, names

FORMAT = "testimony-recorder/witness-fingerprints"
VERSION = 1
NAME_BITS, NAME_K = 1024, 20
GIVEN_BITS, GIVEN_K = 256, 20
FOLDS = 1
TOKEN_SIZE = 16
INDEX_SIZE = 12
#: Index entries pair the first name with up to this many other name parts.
INDEX_PAIRS = 3
MAX_SIZE = 8 * 1024
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_HEX = re.compile(r"^[0-9a-f]+$")


@dataclass(frozen=True)
class IndexCost:
    """scrypt's work factor for index entries: each guess at a name costs an attacker this
    much (16 MiB and about 50 ms at the default)."""

    n: int = 2 ** 14
    r: int = 8


DEFAULT_COST = IndexCost()
#: Only for automated tests and the measurement, chosen explicitly by the caller.
WEAK_COST_FOR_TESTS = IndexCost(n=2 ** 4, r=1)


def _subkey(key: bytes, purpose: str, size: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=size, salt=None,
                info=f"testimony-recorder linkage v1 {purpose}".encode()).derive(key)


def key_id(key: bytes) -> str:
    """A public name for the key: fingerprints made under different keys never compare."""
    return _subkey(key, "key id", 8).hex()


def birth_year(date_of_birth: str) -> int | None:
    """The year in a free-text date of birth ("1985", "about 1985", "15/03/1985", Arabic
    digits), or None."""
    found = _YEAR.search(fold(date_of_birth))
    return int(found.group(1)) if found else None


def governorate(origin_area: str | None) -> str:
    """A vocabulary code as it is; free text folded."""
    return " ".join(fold(origin_area or "").split())


def _token(key: bytes, purpose: str, value: str) -> str:
    digest = hmac.new(_subkey(key, purpose), value.encode("utf-8"), hashlib.sha256).digest()
    return digest[:TOKEN_SIZE].hex()


def index_entry(key: bytes, first: str, other: str, year: int | None, gov: str,
                cost: IndexCost) -> bytes:
    """One entry of the prior-interview index (a slow hash: see IndexCost)."""
    material = "\x1f".join((first, other, str(year or ""), gov)).encode("utf-8")
    return hashlib.scrypt(material, salt=_subkey(key, "prior index salt", 16), n=cost.n,
                          r=cost.r, p=1, dklen=INDEX_SIZE, maxmem=64 * 1024 * 1024)


def index_entries(key: bytes, parts: list[str], year: int | None, gov: str,
                  cost: IndexCost) -> list[bytes]:
    if len(parts) < 2:
        return []
    return [index_entry(key, parts[0], other, year, gov, cost)
            for other in parts[1:1 + INDEX_PAIRS]]


@dataclass(frozen=True)
class Fingerprints:
    key_id: str
    names: int
    given: int
    father: int
    #: Tokens of (year - 1, year, year + 1); empty when the year is unknown.
    birth_year: tuple[str, ...] = ()
    governorate: str = ""
    index: tuple[bytes, ...] = field(default=(), repr=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION, "key_id": self.key_id,
            "names": _b64(bloom.to_bytes(self.names, NAME_BITS >> FOLDS)),
            "given": _b64(bloom.to_bytes(self.given, GIVEN_BITS >> FOLDS)),
            "father": _b64(bloom.to_bytes(self.father, GIVEN_BITS >> FOLDS)),
            "birth_year": list(self.birth_year), "governorate": self.governorate,
            "index": [e.hex() for e in self.index],
        }

    def dumps(self) -> bytes:
        return canonical.dumps(self.to_json())


def compute(key: bytes, full_name: str, date_of_birth: str, origin_area: str | None, *,
            cost: IndexCost = DEFAULT_COST) -> Fingerprints | None:
    """The fingerprints of one identity, or None when it has no usable name."""
    parts = names.parts(full_name)
    if not parts:
        return None
    year = birth_year(date_of_birth)
    gov = governorate(origin_area)
    return Fingerprints(
        key_id=key_id(key),
        names=bloom.encode(bloom.bigrams(parts), _subkey(key, "names"), bits=NAME_BITS,
                           k=NAME_K, folds=FOLDS),
        given=_part(key, parts[:1]),
        father=_part(key, parts[1:2]),
        birth_year=tuple(_token(key, "birth year", str(y)) for y in (year - 1, year, year + 1))
        if year else (),
        governorate=_token(key, "governorate", gov) if gov else "",
        index=tuple(index_entries(key, parts, year, gov, cost)),
    )


def _part(key: bytes, part: list[str]) -> int:
    """One name part's filter (under one key for both positions, so that a first name and
    a father's name can be compared if a witness gave them in another order)."""
    return bloom.encode(bloom.bigrams(part), _subkey(key, "part"), bits=GIVEN_BITS, k=GIVEN_K,
                        folds=FOLDS)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(value: Any, size: int) -> int:
    if not isinstance(value, str) or len(value) > 200:
        raise ValueError("not base64")
    raw = base64.b64decode(value.encode("ascii"), validate=True)
    if len(raw) != size:
        raise ValueError("wrong length")
    return bloom.from_bytes(raw)


def _hex(value: Any, size: int) -> str:
    if not isinstance(value, str) or len(value) != 2 * size or not _HEX.match(value):
        raise ValueError("not a token")
    return value


def parse(data: Any) -> Fingerprints:
    """Strictly read fingerprints from outside (a packet): ValueError on anything else."""
    if (not isinstance(data, dict) or data.get("format") != FORMAT
            or data.get("version") != VERSION
            or set(data) != {"format", "version", "key_id", "names", "given", "father",
                             "birth_year", "governorate", "index"}):
        raise ValueError("not witness fingerprints")
    years, index = data["birth_year"], data["index"]
    if not isinstance(years, list) or len(years) not in (0, 3):
        raise ValueError("bad birth year tokens")
    if not isinstance(index, list) or len(index) > INDEX_PAIRS:
        raise ValueError("bad index entries")
    gov = data["governorate"]
    return Fingerprints(
        key_id=_hex(data["key_id"], 8),
        names=_unb64(data["names"], (NAME_BITS >> FOLDS) // 8),
        given=_unb64(data["given"], (GIVEN_BITS >> FOLDS) // 8),
        father=_unb64(data["father"], (GIVEN_BITS >> FOLDS) // 8),
        birth_year=tuple(_hex(y, TOKEN_SIZE) for y in years),
        governorate=_hex(gov, TOKEN_SIZE) if gov != "" else "",
        index=tuple(bytes.fromhex(_hex(e, INDEX_SIZE)) for e in index),
    )
