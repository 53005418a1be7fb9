"""The folder an export is written to, with the same rules wherever the app writes one (the
packet's seal page, the case export's output page): a folder must be chosen; the one used
last, or else a removable drive that is mounted, is offered first (recorder.output_folder);
and once written, the full path is shown with a button that opens its folder (write_panel)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Signal
from PySide6.QtWidgets import QWidget

from testimony_recorder.recorder import output_folder
from testimony_recorder.recorder.vault import Vault

from ..runner import VaultRunner
from ..tasks import Job
from . import file_dialogs
from .file_field import FileField

# Where desktops mount memory sticks and external disks (Linux, older Linux, macOS).
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/")


def removable_drives() -> list[Path]:
    """Writable drives mounted where desktops mount removable ones, or, on Windows, any
    writable drive but the system's (Qt does not say which drives are removable)."""
    system = Path(sys.executable).anchor.lower()
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly():
            continue
        removable = (root.startswith(_REMOVABLE_ROOTS) if sys.platform != "win32"
                     else Path(root).anchor.lower() != system)
        if removable:
            found.append(Path(root))
    return found


class OutputFolder(FileField):
    # The folder changed (it may now be usable or not).
    changed = Signal()

    def __init__(self, runner: VaultRunner, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, lambda parent: file_dialogs.choose_folder(
            parent, title, self.edit.text()), parent=parent)
        self.runner = runner
        self.edit.setPlaceholderText(self.tr("Choose a folder, for example on a memory stick"))
        self.edit.textChanged.connect(lambda _: self.changed.emit())
        removable = removable_drives()

        def work(vault: Vault, job: Job) -> Path | None:
            return output_folder.suggested(vault, removable)

        runner.run(work, owner=self, done=self._suggested, failed=lambda _: None)

    def folder(self) -> Path | None:
        """The chosen folder, or None while none is chosen or it does not exist."""
        return output_folder.usable(self.edit.text())

    def remember(self) -> None:
        """Offer this folder first next time (after something was written to it)."""
        folder = self.folder()
        if folder is not None:
            self.runner.run(lambda vault, job: output_folder.remember(vault, folder),
                            owner=self, failed=lambda _: None)

    def _suggested(self, folder: Path | None) -> None:
        if folder is not None and not self.edit.text():
            self.edit.setText(str(folder))
