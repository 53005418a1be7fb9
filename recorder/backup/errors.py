"""What can go wrong making, checking or restoring a backup."""

from __future__ import annotations

from pathlib import Path

from ..errors import RecorderError


class NoBackupKey(RecorderError):
    code = "no_backup_key"

    def __init__(self) -> None:
        super().__init__("This vault's recovery key is older than backups: make a new recovery "
                         "key first (the old one then stops working). Nothing was written.")


class BackupOutputExists(RecorderError):
    code = "backup_output_exists"

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists; choose another name. Nothing was written.")
        self.path = path


class BackupNotWritten(RecorderError):
    code = "backup_not_written"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"The backup cannot be written to {path} ({detail}). Nothing was "
                         "written; choose another place or free some space.")
        self.path = path
        self.detail = detail


class BackupWrongKey(RecorderError):
    code = "backup_wrong_key"

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} does not open with this recovery key: it is another vault's "
                         "backup, or one made before the recovery key was replaced.")
        self.path = path


class BackupDamaged(RecorderError):
    code = "backup_damaged"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is damaged or was altered ({detail}). It was refused; "
                         "nothing was restored.")
        self.path = path
        self.detail = detail


class BackupChainBroken(RecorderError):
    code = "backup_chain_broken"

    def __init__(self, detail: str) -> None:
        super().__init__(f"These backups do not form one chain ({detail}). Give the full "
                         "backup first, then each later one in order. Nothing was restored.")
        self.detail = detail


class RestoreTargetExists(RecorderError):
    code = "restore_target_exists"

    def __init__(self, path: Path) -> None:
        super().__init__(f"A vault already exists at {path}; it was left untouched. Choose "
                         "another folder, or ask to replace it.")
        self.path = path
