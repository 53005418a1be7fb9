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
    name = isolate(str(getattr(error, "name", "")))
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
        "vault_exists": translate(
            "Messages", "There is already a vault at %1. It was left untouched: open it, or "
            "choose another folder for the new vault.").replace("%1", path),
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
        "ambiguous_reference": translate(
            "Messages", "%1 matches more than one item. Type more of its id, then try again. "
            "Nothing was changed.").replace("%1", isolate(str(getattr(error, "ref", "")))),
        "invalid_record": translate(
            "Messages", "Some of this information is not valid: %1").replace(
            "%1", isolate(getattr(error, "detail", ""))),
        "self_link": translate(
            "Messages", "A command link needs two different persons: nobody gives orders to "
            "themselves. Nothing was changed."),
        "already_recorded": translate(
            "Messages", "That is already recorded, so nothing was added."),
        "empty_file": translate(
            "Messages", "%1 is empty (0 bytes), so nothing was stored. Check that it is the "
            "right file, or copy it again from where it came from.").replace("%1", name),
        "unsupported_media": translate(
            "Messages", "%1 is not a kind of file Testimony Recorder can keep, so nothing was "
            "stored. It takes audio (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, MOV, 3GP), "
            "pictures (JPEG, PNG, WebP), PDF and plain text.").replace("%1", name),
        "truncated_media": translate(
            "Messages", "%1 is incomplete: it was probably cut off while it was being copied, "
            "so nothing was stored. Copy it again from where it came from, then add it "
            "again.").replace("%1", name),
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
