"""Building the decoy vault: a complete vault database, filled with harmless interviews, padded
to the spare file's size and copied into spare.db.

The decoy is made by the real vault's own code paths (schema, device keys, custody log, search
index), so it works like any vault. Its content is interview JSON (docs/interchange.md) the
organisation chose, without attachments or consent records: either would add files to the
media folder, which a vault without a duress passphrase would not have.
"""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path

from .. import database, demo, strict_json
from ..bundled import resource
from ..filelock import FolderLock
from ..keys.device import ensure_device_keys
from ..keyslots import VAULT_KEY_SIZE
from ..model import bundle as bundle_mod
from ..unlock import create_database
from ..vault import LOCK_NAME, Vault
from . import spare
from .errors import DecoyContentInvalid, DecoyTooLarge

BUILD_NAME = f".{spare.SPARE_NAME}.building"
MAX_CONTENT_SIZE = 512 * 1024
MAX_INTERVIEWS = 50


def builtin_content() -> list[bundle_mod.Bundle]:
    """A few interviews about school attendance, shipped with the app."""
    return parse_content(resource("decoy/interviews.json").read_bytes())


def parse_content(raw: bytes) -> list[bundle_mod.Bundle]:
    """Interviews from a file: {"interviews": [...]}, a list, or one interview."""
    if len(raw) > MAX_CONTENT_SIZE:
        raise DecoyContentInvalid(f"the file is over {MAX_CONTENT_SIZE // 1024} KiB")
    try:
        data = strict_json.loads(raw)
    except ValueError:
        raise DecoyContentInvalid("it is not interview JSON") from None
    items = data.get("interviews") if isinstance(data, dict) and "interviews" in data else data
    items = items if isinstance(items, list) else [items]
    if not 1 <= len(items) <= MAX_INTERVIEWS:
        raise DecoyContentInvalid(f"it must hold 1 to {MAX_INTERVIEWS} interviews")
    bundles = [bundle_mod.parse(item) for item in items]
    for b in bundles:
        if b.attachments or b.consents:
            raise DecoyContentInvalid("decoy interviews cannot carry attachments or consent "
                                      "records")
    return bundles


def build(real: Vault, content: list[bundle_mod.Bundle]) -> bytes:
    """Make the decoy database and copy it into spare.db; return its key.

    The real vault holds the folder lock meanwhile; the decoy is built under a hidden name in
    the same folder (it is encrypted like any vault database) and removed once copied.
    """
    key = secrets.token_bytes(VAULT_KEY_SIZE)
    staging = real.path / BUILD_NAME
    create_database(staging, key, vault_id=str(uuid.uuid4()), owner=real.owner,
                     role=real.role, created=real.meta("created_at") or None)
    try:
        conn = database.open_encrypted(staging, key)
        # The lock object is never acquired: the real vault already holds the folder.
        decoy = Vault(real.path, conn, key, FolderLock(real.path / LOCK_NAME), BUILD_NAME)
        try:
            ensure_device_keys(decoy)
            for sample in content:
                demo.add_without_consent(decoy, sample)
            pages = spare.pad(decoy.conn)
        finally:
            decoy.close()
        if pages != spare.SPARE_PAGES:
            raise DecoyTooLarge(spare.SPARE_SIZE // 1024)
        spare.install(real.path, staging)
    finally:
        _remove(staging)
    return key


def _remove(staging: Path) -> None:
    for leftover in staging.parent.glob(f"{staging.name}*"):
        leftover.unlink()
