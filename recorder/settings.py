"""Settings that belong to one vault (kept inside it, encrypted): auto-lock time, the audio
input, default export recipients, the backup reminder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

from .vault import Vault

_KEY = "settings"


@dataclass
class VaultSettings:
    #: Lock after this many minutes without keyboard or mouse input; 0 turns it off.
    auto_lock_minutes: int = 5
    #: The audio input chosen in settings (a device id); empty for the system default.
    audio_input: str = ""
    #: Fingerprints of the recipients preselected in the export wizard.
    default_recipients: list[str] = field(default_factory=list)
    #: Remind to back up when the last backup is older than this many days; 0 turns it off.
    backup_reminder_days: int = 7


def load(vault: Vault) -> VaultSettings:
    raw = vault.meta(_KEY)
    data = json.loads(raw) if raw else {}
    known = {f.name for f in fields(VaultSettings)}
    return VaultSettings(**{k: v for k, v in data.items() if k in known})


def save(vault: Vault, settings: VaultSettings) -> None:
    if not 0 <= settings.auto_lock_minutes <= 24 * 60:
        raise ValueError("auto-lock minutes out of range")
    if not 0 <= settings.backup_reminder_days <= 365:
        raise ValueError("backup reminder days out of range")
    with vault.transaction():
        vault.set_meta(_KEY, json.dumps(asdict(settings)))
        vault.log("settings_changed", "vault", vault.vault_id, detail=asdict(settings))
