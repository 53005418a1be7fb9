"""The backup format: which files a backup holds, in which order, and its signed manifest.

    backup-info.json       what this is (first, so a reader can refuse early)
    keyslots.json          the vault's key slots, as on disk
    vault.db, spare.db     both databases, as on disk (SQLCipher: encrypted)
    media/<32 hex>         the media store's files, as on disk (each encrypted with its own key)
    backup-manifest.json   every file's size and SHA-256, and an HMAC over all of it (last)

An incremental backup holds the same, less the media files an earlier backup of its chain
already holds; its manifest lists every media file and says which backup holds it. The HMAC
is keyed by a subkey of the vault key: a reader who opened the key slots with the recovery
key checks that the vault itself wrote this backup, not someone who only knew the (public)
recipient it was encrypted to.
"""

from __future__ import annotations

import hmac
import re
from dataclasses import dataclass
from hashlib import sha256
from typing import Any

from .. import canonical

INFO = "backup-info.json"
MANIFEST = "backup-manifest.json"
SLOTS = "keyslots.json"
DATABASES = ("vault.db", "spare.db")
MEDIA_PREFIX = "media/"
FORMAT = "testimony-recorder/backup"
MANIFEST_FORMAT = "testimony-recorder/backup-manifest"
VERSION = 1
FULL, INCREMENTAL = "full", "incremental"
MAC_PURPOSE = "backup manifest"
MAX_JSON = 64 * 1024 * 1024
MAX_SMALL = 64 * 1024
_HEX32 = r"[0-9a-f]{32}"
MEDIA_NAME = re.compile(rf"^{_HEX32}$")
NAMES = re.compile(rf"^(backup-info\.json|backup-manifest\.json|keyslots\.json|vault\.db"
                   rf"|spare\.db|media/{_HEX32})$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Info:
    backup_id: str
    vault_id: str
    kind: str
    base: str | None
    made_at: str
    app_version: str

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "backup_id": self.backup_id,
                "vault_id": self.vault_id, "kind": self.kind, "base": self.base,
                "made_at": self.made_at, "app_version": self.app_version}


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    sha256: str
    #: The backup holding the file (this one, or an earlier one of the chain).
    held_in: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "size": self.size, "sha256": self.sha256, "in": self.held_in}


@dataclass(frozen=True)
class Manifest:
    info: Info
    files: tuple[Entry, ...]
    media: tuple[Entry, ...]

    def body(self) -> dict[str, Any]:
        return {"format": MANIFEST_FORMAT, "version": VERSION, "info": self.info.to_json(),
                "files": [e.to_json() for e in self.files],
                "media": [e.to_json() for e in self.media]}

    def mac(self, key: bytes) -> str:
        return hmac.new(key, canonical.dumps(self.body()), sha256).hexdigest()

    def dumps(self, key: bytes) -> bytes:
        return canonical.dumps({**self.body(), "mac": self.mac(key)})


def _str(data: dict[str, Any], key: str, pattern: re.Pattern[str] | None = None,
         limit: int = 100) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > limit or (pattern and not pattern.match(value)):
        raise ValueError(f"bad {key}")
    return value


def parse_info(data: Any) -> Info:
    if (not isinstance(data, dict) or data.get("format") != FORMAT
            or data.get("version") != VERSION or set(data) != set(
                Info("", "", "", None, "", "").to_json())):
        raise ValueError("not a backup of this format")
    base = data["base"]
    kind = _str(data, "kind")
    if kind not in (FULL, INCREMENTAL) or (base is None) != (kind == FULL):
        raise ValueError("bad kind")
    if base is not None:
        _str(data, "base", _UUID)
    return Info(_str(data, "backup_id", _UUID), _str(data, "vault_id", _UUID), kind, base,
                _str(data, "made_at"), _str(data, "app_version"))


def _entry(item: Any, names: re.Pattern[str]) -> Entry:
    if not isinstance(item, dict) or set(item) != {"name", "size", "sha256", "in"}:
        raise ValueError("bad entry")
    size = item["size"]
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise ValueError("bad size")
    return Entry(_str(item, "name", names), size, _str(item, "sha256", _SHA),
                 _str(item, "in", _UUID))


def parse_manifest(data: Any, key: bytes) -> Manifest:
    """Check the manifest's shape and its HMAC (with the vault's backup subkey)."""
    if (not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT
            or data.get("version") != VERSION
            or set(data) != {"format", "version", "info", "files", "media", "mac"}
            or not isinstance(data["files"], list) or not isinstance(data["media"], list)):
        raise ValueError("not a backup manifest")
    files = tuple(_entry(e, re.compile(r"^(keyslots\.json|vault\.db|spare\.db)$"))
                  for e in data["files"])
    media = tuple(_entry(e, re.compile(rf"^media/{_HEX32}$")) for e in data["media"])
    found = Manifest(parse_info(data["info"]), files, media)
    if not isinstance(data["mac"], str) or not hmac.compare_digest(found.mac(key), data["mac"]):
        raise ValueError("its authentication code does not match")
    if len({e.name for e in (*files, *media)}) != len(files) + len(media):
        raise ValueError("a name twice")
    return found
