"""What can go wrong making, checking or restoring a backup (writing one fails as any file
does: recorder.errors.CannotWrite or DiskFull, from fsutil.write_error)."""

from __future__ import annotations

from pathlib import Path

from ..errors import RecorderError


class NoBackupKey(RecorderError):
    code = "no_backup_key"
    english = ("This vault's recovery key is older than backups: make a new recovery key first "
               "(the old one then stops working). Nothing was written.")


class BackupOutputExists(RecorderError):
    code = "backup_output_exists"
    english = "{path} already exists; choose another name. Nothing was written."
    path: Path


class BackupInsideVault(RecorderError):
    code = "backup_inside_vault"
    english = ("{path} is inside the vault folder, which a backup must not be: choose a place "
               "outside it, such as a USB stick. Nothing was written.")
    path: Path


class BackupWrongKey(RecorderError):
    code = "backup_wrong_key"
    english = ("{path} does not open with this recovery key: it is another vault's backup, or "
               "one made before the recovery key was replaced.")
    path: Path


class BackupDamaged(RecorderError):
    code = "backup_damaged"
    english = "{path} is damaged or was altered ({detail}). It was refused; nothing was restored."
    path: Path
    detail: str


class BackupChainBroken(RecorderError):
    code = "backup_chain_broken"
    english = ("These backups do not form one chain ({detail}). Give the full backup first, "
               "then each later one in order. Nothing was restored.")
    detail: str


class RestoreTargetExists(RecorderError):
    code = "restore_target_exists"
    english = ("A vault already exists at {path}; it was left untouched. Choose another folder, "
               "or ask to replace it.")
    path: Path
