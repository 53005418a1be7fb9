"""Identities sealed at the moment they are saved, to the organisation's witness-identity key.

From then on this device cannot read them: someone who seizes the laptop and forces the
passphrase out of the interviewer still gets no names. What stays readable is derived from
the plaintext once, before sealing (`facts_of`): which fields were filled in and which
attachment is the witness's photo. The sealed age file is what packets carry; the coordinator
opens it only with the witness-identity key, which protection staff hold.

The key comes from the trusted coordinator contacts of the own organisation (their key files
carry it), or on a coordinator's vault from its own witness-identity key. Each identity is
sealed twice, as two age files: to the key's X25519 part, which default packets carry and
any `age` opens, and, when every key has one, to its post-quantum (mlkem768x25519) part,
which post-quantum packets carry. age does not mix the two kinds in one file.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from .. import canonical, strict_json
from ..age import HybridRecipient, X25519Recipient, decrypt, encrypt, parse_recipient
from ..age.errors import AgeError
from ..consent import items
from ..errors import InvalidRecord
from ..keys import device, trust
from ..linkage import capture
from ..model import codec
from ..model.witness import Identity, Witness

if TYPE_CHECKING:
    from ..vault import Vault

IDENTITY_FORMAT = "testimony-recorder/identity"
MAX_IDENTITY_SIZE = 1024 * 1024
AnyRecipient = X25519Recipient | HybridRecipient


@dataclass(frozen=True)
class IdentityFacts:
    """What is kept in the clear about an identity, all derived before it is sealed."""

    #: Names of the Identity fields that hold something (never their values).
    filled: tuple[str, ...]
    #: The attachment that is the witness's photo: it must never leave as an ordinary one.
    photo_attachment_id: str | None
    #: Keyed duplicate-witness fingerprints (recorder.linkage), None without a linkage key.
    fingerprints: capture.StoredFingerprints | None


def facts_of(vault: Vault, witness: Witness, identity: Identity) -> IdentityFacts:
    """The one place that sees an identity's plaintext on its way to being sealed.

    Everything that must stay searchable or comparable without the witness-identity key is
    computed here, on every save and when an open identity is sealed later: the filled
    fields, the photo, and the duplicate-witness fingerprints (keyed, never the names).
    """
    return IdentityFacts(filled_fields(identity), identity.photo_attachment_id,
                         capture.fingerprint_identity(vault, witness, identity))


def filled_fields(identity: Identity) -> tuple[str, ...]:
    return tuple(f.name for f in fields(Identity) if getattr(identity, f.name))


def payload(witness_id: str, identity_json: str) -> bytes:
    return canonical.dumps({"format": IDENTITY_FORMAT, "version": 1, "witness_id": witness_id,
                            "identity": json.loads(identity_json)})


def seal(witness_id: str, identity_json: str, recipients: list[AnyRecipient]) -> bytes:
    """The identity as an age file that only the witness-identity key opens."""
    out = io.BytesIO()
    with encrypt(out, recipients) as writer:
        writer.write(payload(witness_id, identity_json))
    return out.getvalue()


def parse_payload(raw: bytes) -> tuple[str, Identity]:
    """Read an unsealed identity (by protection staff holding the witness-identity key)."""
    data = strict_json.loads(raw)
    if (not isinstance(data, dict) or data.get("format") != IDENTITY_FORMAT
            or set(data) != {"format", "version", "witness_id", "identity"}):
        raise ValueError("not a sealed identity")
    return str(data["witness_id"]), codec.from_dict(Identity, data["identity"], "identity")


@dataclass(frozen=True)
class SealingKeys:
    x25519: list[X25519Recipient]
    #: Empty unless every key has a post-quantum part.
    hybrid: list[HybridRecipient]

    @property
    def text(self) -> str:
        """As stored in witness_identity.sealed_to: the recipients, space separated."""
        return " ".join([r.to_string() for r in self.x25519]
                        + [r.to_string() for r in self.hybrid])

    def seal(self, witness_id: str, identity_json: str) -> tuple[bytes, bytes | None]:
        """The identity sealed to the X25519 keys, and to the post-quantum ones if any."""
        return (seal(witness_id, identity_json, list(self.x25519)),
                seal(witness_id, identity_json, list(self.hybrid)) if self.hybrid else None)


def sealing_keys(vault: Vault) -> SealingKeys | None:
    """The witness-identity keys identities are sealed to now; None if none is enrolled."""
    own = device.load(vault).witness_recipients
    if own:
        options = [[parse_recipient(t) for t in own]]
    else:
        options = [[parse_recipient(t) for t in c.bundle.identity_recipients]
                   for c in trust.contacts(vault.conn, include_revoked=False)
                   if c.body == items.OWN_ORGANISATION and c.bundle.identity_recipients]
    x25519 = [r for keys in options for r in keys if isinstance(r, X25519Recipient)]
    hybrid = [[r for r in keys if isinstance(r, HybridRecipient)] for keys in options]
    if not x25519:
        return None
    return SealingKeys(x25519, [h[0] for h in hybrid] if all(hybrid) else [])


def open_sealed(vault: Vault, sealed: bytes) -> tuple[str, Identity] | None:
    """Open a sealed identity with this vault's witness-identity key, if it holds one."""
    identities = list(device.load(vault).witness_identities)
    if not identities:
        return None
    try:
        raw = decrypt(io.BytesIO(sealed), identities).read(MAX_IDENTITY_SIZE + 1)
        return parse_payload(raw)
    except (AgeError, ValueError, InvalidRecord):
        return None
