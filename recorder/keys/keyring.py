"""This vault's own keys and its contacts' key files, decoded once for a run of packets.

Decoding keys is slow: the post-quantum recipients are long bech32 strings, checked and
re-encoded in pure Python, about 10 ms a key. Opening a packet needs the vault's own keys
(to decrypt it and to find itself among the recipients) and the sender's key file (to check
the signature), so a batch of a thousand packets would decode the same few keys thousands of
times. A Keyring decodes each once.

What it keeps can never go stale in a way that matters: the device keys change only when the
vault is created or its witness key is handed off (never during an import, which holds the
vault's one connection), and a contact's key file is cached by its stored text, so a changed
file is decoded afresh. The contact's row itself is read on every lookup: a revocation made
between two packets refuses the next one. One Keyring serves one vault, on its thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import device, trust
from .bundle import KeyBundle

if TYPE_CHECKING:
    from ..vault import Vault


class Keyring:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._device: device.DeviceKeys | None = None
        self._bundles: dict[str, KeyBundle] = {}

    def device(self) -> device.DeviceKeys:
        """This vault's own keys (decrypted from the database the first time)."""
        if self._device is None:
            self._device = device.load(self.vault)
        return self._device

    def contact(self, fp: str) -> trust.Contact | None:
        """The contact with exactly this fingerprint, as it stands now (revoked or not)."""
        return trust.find(self.vault.conn, fp, parsed=self._bundles)
