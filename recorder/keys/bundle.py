"""The public key file people exchange: who, which role, which keys; self-signed.

A key file is JSON (format testimony-recorder/public-key, version 1). It is hostile input
until its fingerprint has been compared with the one the person read out: parsing is strict
and bounded, and the self-signature proves the file was made by the holder of the signing
key (so name and organisation cannot be swapped by someone without that key).
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from .. import canonical, clock, strict_json
from ..age import HybridRecipient, X25519Recipient, parse_recipient
from . import device, fingerprint
from .errors import BadKeyFile

if TYPE_CHECKING:
    from ..vault import Vault

FORMAT = "testimony-recorder/public-key"
VERSION = 1
MAX_FILE_SIZE = 64 * 1024
ROLES = ("interviewer", "coordinator")
_FIELDS = {"format", "version", "name", "role", "organisation", "signing_key",
           "age_recipients", "identity_recipients", "created_at", "fingerprint", "signature"}
#: Present only in a coordinator's file made for one interviewer's device.
_OPTIONAL = {"linkage_key"}
MAX_LINKAGE_KEY = 4000
_TEXT_LIMIT = 200
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


@dataclass(frozen=True)
class KeyBundle:
    name: str
    role: str
    organisation: str
    signing_key: bytes
    #: age1... (X25519) first, then optionally one age1pq1... (post-quantum hybrid).
    age_recipients: tuple[str, ...]
    #: The witness-identity key of a coordinator (same shape), empty for interviewers.
    identity_recipients: tuple[str, ...]
    created_at: str
    signature: bytes = b""
    #: The organisation's linkage key sealed to one interviewer device (base64 of an age
    #: file; recorder/linkage/orgkey.py), or "". Signed with the rest, outside the
    #: fingerprint: it does not change who the key belongs to.
    linkage_key: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint.compute(self.signing_key, self.age_recipients,
                                   self.identity_recipients)

    def signed_part(self) -> dict[str, Any]:
        part = {
            "format": FORMAT, "version": VERSION, "name": self.name, "role": self.role,
            "organisation": self.organisation,
            "signing_key": base64.b64encode(self.signing_key).decode("ascii"),
            "age_recipients": list(self.age_recipients),
            "identity_recipients": list(self.identity_recipients),
            "created_at": self.created_at, "fingerprint": self.fingerprint,
        }
        if self.linkage_key:
            part["linkage_key"] = self.linkage_key
        return part

    def to_json(self) -> dict[str, Any]:
        return {**self.signed_part(),
                "signature": base64.b64encode(self.signature).decode("ascii")}

    def dumps(self) -> bytes:
        """The file's bytes: readable JSON, one field a line."""
        return (json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n").encode()

    def verify_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.signing_key)

    def x25519(self, *, identity: bool = False) -> X25519Recipient | None:
        for text in self.identity_recipients if identity else self.age_recipients:
            recipient = parse_recipient(text)
            if isinstance(recipient, X25519Recipient):
                return recipient
        return None

    def hybrid(self, *, identity: bool = False) -> HybridRecipient | None:
        for text in self.identity_recipients if identity else self.age_recipients:
            recipient = parse_recipient(text)
            if isinstance(recipient, HybridRecipient):
                return recipient
        return None


def own_bundle(vault: Vault, *, name: str | None = None, organisation: str | None = None,
               linkage_key: str = "") -> KeyBundle:
    """This vault's public key file, freshly signed (with a sealed linkage key when made for
    one interviewer's device)."""
    keys = device.load(vault)
    draft = KeyBundle(
        name=(name or vault.owner)[:_TEXT_LIMIT], role=vault.role,
        organisation=(organisation if organisation is not None
                      else vault.meta("organisation"))[:_TEXT_LIMIT],
        signing_key=keys.signing_public, age_recipients=keys.age_recipients,
        identity_recipients=keys.witness_recipients, created_at=clock.now(),
        linkage_key=linkage_key)
    signature = keys.sign(canonical.dumps(draft.signed_part()))
    return KeyBundle(**{**draft.__dict__, "signature": signature})


def _text(data: dict[str, Any], key: str, where: str, limit: int = _TEXT_LIMIT) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > limit or "\x00" in value:
        raise BadKeyFile(where, f"'{key}' must be text of at most {limit} characters")
    return value


def _b64(data: dict[str, Any], key: str, where: str, size: int) -> bytes:
    value = _text(data, key, where, 200)
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise BadKeyFile(where, f"'{key}' is not base64") from None
    if len(raw) != size:
        raise BadKeyFile(where, f"'{key}' has the wrong length")
    return raw


def _recipients(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or len(value) > 2:
        raise BadKeyFile(where, f"'{key}' must be a list of at most two age recipients")
    kinds = []
    out = []
    for item in value:
        if not isinstance(item, str) or len(item) > 4000:
            raise BadKeyFile(where, f"'{key}' holds something that is not a recipient")
        try:
            recipient = parse_recipient(item)
        except ValueError:
            raise BadKeyFile(where, f"'{key}' holds an invalid age recipient") from None
        kinds.append(type(recipient))
        out.append(recipient.to_string())
    if len(set(kinds)) != len(kinds) or (out and kinds[0] is not X25519Recipient):
        raise BadKeyFile(where, f"'{key}' must list one X25519 recipient, then at most one "
                                "post-quantum recipient")
    return tuple(out)


def read_file(path: Path) -> bytes:
    """A key file's bytes, read no further than parse() accepts (a wrong file chosen by
    mistake may be huge), or BadKeyFile saying why it cannot be read."""
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_FILE_SIZE + 1)
    except OSError as exc:
        raise BadKeyFile(str(path), f"cannot read it: {exc.strerror}") from None


def parse(raw: bytes, where: str = "key file") -> KeyBundle:
    """Strictly read and check a key file: format, fields, fingerprint and self-signature."""
    if len(raw) > MAX_FILE_SIZE:
        raise BadKeyFile(where, "too large")
    try:
        data = strict_json.loads(raw)
    except ValueError as exc:
        raise BadKeyFile(where, f"not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not _FIELDS <= set(data) <= _FIELDS | _OPTIONAL:
        raise BadKeyFile(where, "unexpected or missing fields")
    if data["format"] != FORMAT or data["version"] != VERSION:
        raise BadKeyFile(where, "unknown format or version")
    role = _text(data, "role", where)
    if role not in ROLES:
        raise BadKeyFile(where, f"unknown role '{role[:40]}'")
    created_at = _text(data, "created_at", where, 40)
    if not _TIMESTAMP.match(created_at):
        raise BadKeyFile(where, "'created_at' is not a UTC timestamp")
    bundle = KeyBundle(
        name=_text(data, "name", where), role=role,
        organisation=_text(data, "organisation", where),
        signing_key=_b64(data, "signing_key", where, 32),
        age_recipients=_recipients(data, "age_recipients", where),
        identity_recipients=_recipients(data, "identity_recipients", where),
        created_at=created_at, signature=_b64(data, "signature", where, 64),
        linkage_key=_text(data, "linkage_key", where, MAX_LINKAGE_KEY)
        if "linkage_key" in data else "")
    if "linkage_key" in data and (role != "coordinator" or not bundle.linkage_key):
        raise BadKeyFile(where, "only a coordinator's file carries a linkage key")
    if not bundle.age_recipients:
        raise BadKeyFile(where, "it has no age recipient")
    if data["fingerprint"] != bundle.fingerprint:
        raise BadKeyFile(where, "its fingerprint field does not match its keys")
    try:
        bundle.verify_key().verify(bundle.signature, canonical.dumps(bundle.signed_part()))
    except (InvalidSignature, ValueError):
        raise BadKeyFile(where, "its self-signature does not verify") from None
    return bundle
