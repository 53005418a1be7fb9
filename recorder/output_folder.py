"""Where exports go: the folder a packet or case export is written to.

A folder is always chosen, never implied: an empty choice once meant "the working directory",
which was the repository checkout. The folder used last is remembered inside the vault
(encrypted; a path, nothing about what was written there), so the next export offers it again;
with none remembered, the front end may offer a removable drive it sees mounted.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .vault import Vault

_KEY = "last_output_folder"


def usable(text: str) -> Path | None:
    """The folder `text` names when it is an existing folder given in full, else None."""
    text = text.strip()
    if not text:
        return None
    folder = Path(text).expanduser()
    return folder if folder.is_absolute() and folder.is_dir() else None


def last_used(vault: Vault) -> Path | None:
    """The folder used last, while it still exists (a memory stick may have gone)."""
    return usable(vault.meta(_KEY))


def remember(vault: Vault, folder: Path) -> None:
    with vault.transaction():
        vault.set_meta(_KEY, str(folder))


def suggested(vault: Vault, removable: Sequence[Path]) -> Path | None:
    """The folder used last, else the first removable drive mounted, else None (choose)."""
    found = last_used(vault)
    if found is not None:
        return found
    return next((p for p in removable if usable(str(p)) is not None), None)


def free_path(folder: Path, stem: str, suffix: str = "") -> Path:
    """`folder/stem suffix`, or `stem-2`, `stem-3`... when that name is taken."""
    candidate, number = folder / f"{stem}{suffix}", 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate
