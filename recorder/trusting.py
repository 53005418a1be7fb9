"""Trusting a key file, with what a coordinator's key file brings for this device.

Trusting a key (recorder.keys.trust) is one step; a coordinator's key file made for this
device also carries the organisation's linkage key, which fingerprints every witness identity
saved here (recorder.linkage). Both happen in one transaction, so a device never trusts a
coordinator without taking its key, or the reverse. Front ends call this, not keys.trust.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .consent import items
from .keys import trust
from .keys.bundle import parse
from .linkage import capture, orgkey

if TYPE_CHECKING:
    from .vault import Vault


def trust_key_file(vault: Vault, raw: bytes, typed_fingerprint: str, *,
                   body: str = items.OWN_ORGANISATION, where: str = "key file") -> trust.Contact:
    """Trust the key file if its fingerprint is the one the person showed (keys.trust.trust);
    from a coordinator, also take the linkage key it carries and fingerprint past identities."""
    with vault.transaction():
        contact = trust.trust(vault, raw, typed_fingerprint, body=body, where=where)
        bundle = parse(raw, where)
        if bundle.role == "coordinator" and orgkey.receive(vault, bundle, where):
            capture.backfill(vault)
    return contact
