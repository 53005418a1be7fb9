"""What people read when something goes wrong: what happened, and what to do next.

The core raises one exception class per failure with a stable `code`; this table gives each its
translated wording. Paths and names are isolated for right-to-left text. An error without an
entry falls back to a general sentence plus its code, never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from recorder.errors import RecorderError

from .i18n import isolate

# Called with the literal context and text at every use, never through a helper taking `text`:
# pyside6-lupdate extracts only literal arguments, and a helper's strings never reach a catalog.
translate = QCoreApplication.translate


def describe(error: BaseException) -> str:
    code = getattr(error, "code", "")
    path = isolate(str(getattr(error, "path", "")))
    texts = {
        "wrong_passphrase": translate(
            "Messages", "That passphrase does not open this vault. Check the keyboard language "
            "and Caps Lock, then try again. Nothing was changed."),
        "wrong_recovery_key": translate(
            "Messages", "That recovery key does not open this vault. Nothing was changed."),
        "vault_in_use": translate(
            "Messages", "This vault is already open in another Testimony Recorder window or "
            "command. Close it there, then try again."),
        "vault_not_found": translate(
            "Messages", "There is no vault at %1.").replace("%1", path),
        "vault_wiped": translate(
            "Messages", "The key file of this vault is gone: the vault was wiped, or the file "
            "was deleted. Without it the vault cannot be opened. Restore the key file from a "
            "backup if you have one."),
        "keyslots_damaged": translate(
            "Messages", "The key file %1 is damaged. Restore it from a backup. The vault "
            "itself was not changed.").replace("%1", path),
        "database_damaged": translate(
            "Messages", "The vault's database %1 is damaged or unreadable. Restore it from a "
            "backup; nothing was changed.").replace("%1", path),
        "vault_too_new": translate(
            "Messages", "This vault was written by a newer version of Testimony Recorder. "
            "Update the app; the vault was not changed."),
        "migration_failed": translate(
            "Messages", "Upgrading the vault failed, so it was left exactly as it was. Please "
            "report this problem."),
        "disk_full": translate(
            "Messages", "The disk is full. This step was not saved; free some space and try "
            "again. Everything saved before is safe."),
        "record_frozen": translate(
            "Messages", "This testimony is finalized and cannot be changed. Add a correction "
            "instead: it becomes a new version."),
        "not_found": translate(
            "Messages", "That item no longer exists; it may have been removed."),
        "invalid_record": translate(
            "Messages", "Some of this information is not valid: %1").replace(
            "%1", isolate(getattr(error, "detail", ""))),
        "vault_locked": translate(
            "Messages", "The vault is locked. Unlock it to continue."),
        "cancelled": translate(
            "Messages", "Cancelled. Nothing half-done was kept."),
    }
    if code in texts:
        return texts[code]
    if isinstance(error, RecorderError):
        return error.message  # core errors always carry a readable English sentence
    return translate("Messages", "Something went wrong (%1). Nothing half-done was kept. Please "
                     "report this problem.").replace("%1", isolate(type(error).__name__))


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    title = title or translate("Messages", "Testimony Recorder")
    box = QMessageBox(QMessageBox.Icon.Warning, title, describe(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # never rich text from data
    box.exec()
