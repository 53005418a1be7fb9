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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def describe(error: BaseException) -> str:
    code = getattr(error, "code", "")
    path = isolate(str(getattr(error, "path", "")))
    name = isolate(str(getattr(error, "name", "")))
    detail = isolate(str(getattr(error, "detail", "")))
    texts = {
        "wrong_passphrase": _tr("That passphrase does not open this vault. Check the keyboard "
                                "language and Caps Lock, then try again. Nothing was changed."),
        "wrong_recovery_key": _tr("That recovery key does not open this vault. Nothing was "
                                  "changed."),
        "vault_in_use": _tr("This vault is already open in another Testimony Recorder window "
                            "or command. Close it there, then try again."),
        "vault_not_found": _tr("There is no vault at %1.").replace("%1", path),
        "vault_wiped": _tr("The key file of this vault is gone: the vault was wiped, or the "
                           "file was deleted. Without it the vault cannot be opened. Restore "
                           "the key file from a backup if you have one."),
        "keyslots_damaged": _tr("The key file %1 is damaged. Restore it from a backup. The "
                                "vault itself was not changed.").replace("%1", path),
        "database_damaged": _tr("The vault's database %1 is damaged or unreadable. Restore it "
                                "from a backup; nothing was changed.").replace("%1", path),
        "vault_too_new": _tr("This vault was written by a newer version of Testimony "
                             "Recorder. Update the app; the vault was not changed."),
        "migration_failed": _tr("Upgrading the vault failed, so it was left exactly as it "
                                "was. Please report this problem."),
        "disk_full": _tr("The disk is full. This step was not saved; free some space and try "
                         "again. Everything saved before is safe."),
        "record_frozen": _tr("This testimony is finalized and cannot be changed. Add a "
                             "correction instead: it becomes a new version."),
        "not_found": _tr("That item no longer exists; it may have been removed."),
        "invalid_record": _tr("Some of this information is not valid: %1").replace(
            "%1", isolate(getattr(error, "detail", ""))),
        "vault_locked": _tr("The vault is locked. Unlock it to continue."),
        "cancelled": _tr("Cancelled. Nothing half-done was kept."),
        "empty_file": _tr("%1 is empty (0 bytes). Nothing was added.").replace("%1", name),
        "unsupported_media": _tr(
            "%1 is not a kind of file the vault can keep. Supported: audio (WAV, FLAC, MP3, "
            "AAC, Ogg, M4A), video (MP4, MOV, 3GP), photos (JPEG, PNG, WebP), PDF and plain "
            "text. Nothing was added.").replace("%1", name),
        "truncated_media": _tr(
            "%1 is incomplete: it was probably cut off while being copied. Copy it again from "
            "its source. Nothing was added.").replace("%1", name),
        "unreadable_media": _tr("%1 cannot be read (%2). Nothing was added.").replace(
            "%1", name).replace("%2", detail),
        "hash_mismatch": _tr("%1 does not match its recorded fingerprint (SHA-256): it was "
                             "altered or damaged. Nothing was added.").replace("%1", name),
        "media_damaged": _tr("A stored file is damaged or was tampered with, so it cannot be "
                             "opened. Restore the vault from a backup."),
        "redaction_failed": _tr(
            "A redacted copy of %1 could not be made safely (%2). Nothing was stored. Do not "
            "share the original.").replace("%1", name).replace("%2", detail),
        "recording_failed": _tr("The recording stopped: %1. Everything captured until then "
                                "was kept.").replace("%1", detail),
        "no_microphone": _tr("No microphone was found. Plug one in (or choose another in "
                             "Settings) and try again."),
        "attachment_in_use": _tr("This attachment is the proof of a consent record, so it is "
                                 "kept and cannot be deleted."),
        "audio_not_consented": _tr("The witness has not agreed to audio recording, so the "
                                   "recorder stays off for this interview."),
        "too_large_to_play": _tr("%1 is too large to be played inside the app.").replace(
            "%1", name),
        "cannot_write": _tr("%1 could not be written (%2). Nothing was written; choose "
                            "another place.").replace("%1", path).replace("%2", detail),
    }
    if code in texts:
        return texts[code]
    if isinstance(error, RecorderError):
        return error.message  # core errors always carry a readable English sentence
    return _tr("Something went wrong (%1). Nothing half-done was kept. Please report this "
               "problem.").replace("%1", isolate(type(error).__name__))


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or _tr("Testimony Recorder"),
                      describe(error), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # never rich text from data
    box.exec()
