"""What people read when something goes wrong: what happened, and what to do next.

The core raises one exception class per failure with a stable `code`; this table gives each its
translated wording. Paths and names are isolated for right-to-left text. An error without an
entry falls back to a general sentence plus its code, never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from testimony_recorder.recorder.errors import RecorderError

from .i18n import isolate

# Messages are marked with QT_TRANSLATE_NOOP (literal context and text, which pyside6-lupdate
# extracts) and translated when shown.
translate = QCoreApplication.translate


_TEXTS: dict[str, object] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Messages", "That passphrase does not open this vault. Check the keyboard language "
        "and Caps Lock, then try again. Nothing was changed."),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Messages", "That recovery key does not open this vault. Nothing was changed."),
    "vault_in_use": QT_TRANSLATE_NOOP(
        "Messages", "This vault is already open in another Testimony Recorder window or "
        "command. Close it there, then try again."),
    "vault_not_found": QT_TRANSLATE_NOOP(
        "Messages", "There is no vault at %1."),
    "vault_exists": QT_TRANSLATE_NOOP(
        "Messages", "There is already a vault at %1. It was left untouched: open it, or "
        "choose another folder for the new vault."),
    "vault_wiped": QT_TRANSLATE_NOOP(
        "Messages", "The key file of this vault is gone: the vault was wiped, or the file "
        "was deleted. Without it the vault cannot be opened. Restore the key "
        "file from a backup if you have one."),
    "keyslots_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The key file %1 is damaged. Restore it from a backup. The vault itself "
        "was not changed."),
    "database_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The vault's database %1 is damaged or unreadable. Restore it from a "
        "backup; nothing was changed."),
    "vault_too_new": QT_TRANSLATE_NOOP(
        "Messages", "This vault was written by a newer version of Testimony Recorder. "
        "Update the app; the vault was not changed."),
    "migration_failed": QT_TRANSLATE_NOOP(
        "Messages", "Upgrading the vault failed, so it was left exactly as it was. Please "
        "report this problem."),
    "disk_full": QT_TRANSLATE_NOOP(
        "Messages", "The disk is full. This step was not saved; free some space and try "
        "again. Everything saved before is safe."),
    "record_frozen": QT_TRANSLATE_NOOP(
        "Messages", "This testimony is finalized and cannot be changed. Add a correction "
        "instead: it becomes a new version."),
    "not_found": QT_TRANSLATE_NOOP(
        "Messages", "That item no longer exists; it may have been removed."),
    "ambiguous_reference": QT_TRANSLATE_NOOP(
        "Messages", "%1 matches more than one item. Type more of its id, then try again. "
        "Nothing was changed."),
    "invalid_record": QT_TRANSLATE_NOOP(
        "Messages", "Some of this information is not valid: %1"),
    "self_link": QT_TRANSLATE_NOOP(
        "Messages", "A command link needs two different persons: nobody gives orders to "
        "themselves. Nothing was changed."),
    "already_recorded": QT_TRANSLATE_NOOP(
        "Messages", "That is already recorded, so nothing was added."),
    "empty_file": QT_TRANSLATE_NOOP(
        "Messages", "%1 is empty (0 bytes), so nothing was stored. Check that it is the "
        "right file, or copy it again from where it came from."),
    "unsupported_media": QT_TRANSLATE_NOOP(
        "Messages", "%1 is not a kind of file Testimony Recorder can keep, so nothing was "
        "stored. It takes audio (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, "
        "MOV, 3GP), pictures (JPEG, PNG, WebP), PDF and plain text."),
    "truncated_media": QT_TRANSLATE_NOOP(
        "Messages", "%1 is incomplete: it was probably cut off while it was being copied, "
        "so nothing was stored. Copy it again from where it came from, then add "
        "it again."),
    "vault_locked": QT_TRANSLATE_NOOP(
        "Messages", "The vault is locked. Unlock it to continue."),
    "cancelled": QT_TRANSLATE_NOOP(
        "Messages", "Cancelled. Nothing half-done was kept."),
    "unreadable_media": QT_TRANSLATE_NOOP(
        "Messages", "%1 cannot be read as the kind of file it claims to be, so nothing was "
        "stored. Open it on the device it came from to check it, then copy it "
        "again."),
    "hash_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "%1 is not the file that was expected (its fingerprint differs), so "
        "nothing was stored."),
    "media_damaged": QT_TRANSLATE_NOOP(
        "Messages", "A stored file is damaged or was altered, so it cannot be opened. The "
        "record and its fingerprint are intact; restore the vault's media "
        "folder from a backup."),
    "redaction_failed": QT_TRANSLATE_NOOP(
        "Messages", "A shareable copy without identifying details could not be made of %1. "
        "The original is unchanged; the file will not be shared."),
    "too_large_to_play": QT_TRANSLATE_NOOP(
        "Messages", "%1 is too large to be played inside the app. It stays safe in the "
        "vault; nothing was changed."),
    "recording_failed": QT_TRANSLATE_NOOP(
        "Messages", "The recording stopped because of a problem with the microphone or the "
        "disk. Everything recorded until then was kept."),
    "no_microphone": QT_TRANSLATE_NOOP(
        "Messages", "No microphone was found. Connect one (or choose it in Settings), then "
        "try again."),
    "attachment_in_use": QT_TRANSLATE_NOOP(
        "Messages", "This file is the proof of a consent record, so it cannot be deleted."),
    "no_consent_record": QT_TRANSLATE_NOOP(
        "Messages", "No consent is recorded for this interview, so nothing about it can "
        "leave this device. Take the witness's consent first."),
    "consent_withdrawn": QT_TRANSLATE_NOOP(
        "Messages", "The witness withdrew consent for this interview."),
    "audio_not_consented": QT_TRANSLATE_NOOP(
        "Messages", "The witness did not agree to audio recording, so the recorder is off "
        "for this interview."),
    "consent_invalid": QT_TRANSLATE_NOOP(
        "Messages", "This consent cannot be recorded: %1"),
    "consent_chain_broken": QT_TRANSLATE_NOOP(
        "Messages", "This consent does not follow the consent in force (it was changed "
        "meanwhile). Open the interview again and repeat the step."),
    "consent_artefact_rejected": QT_TRANSLATE_NOOP(
        "Messages", "The proof of consent was not accepted: %1"),
    "consent_flow": QT_TRANSLATE_NOOP(
        "Messages", "The consent steps were not completed in order. Start again from the "
        "first step."),
    "consent_template_not_found": QT_TRANSLATE_NOOP(
        "Messages", "The consent text for this language is missing from this installation. "
        "Choose another language or reinstall the app."),
    "consent_template_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The consent text of this installation is damaged. Reinstall the app."),
    "bad_key_file": QT_TRANSLATE_NOOP(
        "Messages", "This is not a valid key file, or it was damaged: %1"),
    "fingerprint_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The fingerprint you typed does not match this key file. The key was "
        "NOT trusted. Check with its owner in person: someone may have swapped "
        "the file."),
    "key_revoked": QT_TRANSLATE_NOOP(
        "Messages", "This key was revoked earlier; it cannot be trusted again."),
    "unknown_contact": QT_TRANSLATE_NOOP(
        "Messages", "No trusted key matches %1."),
    "ambiguous_contact": QT_TRANSLATE_NOOP(
        "Messages", "More than one trusted key matches %1. Type more of the fingerprint."),
    "unknown_body": QT_TRANSLATE_NOOP(
        "Messages", "That body is not among those the consent form asks about, so consent "
        "could never allow sharing with it."),
    "own_key": QT_TRANSLATE_NOOP(
        "Messages", "That is this device's own key; it does not need to be trusted."),
    "private_key_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "This vault does not hold the private key needed for that."),
    "no_witness_key": QT_TRANSLATE_NOOP(
        "Messages", "This vault has no witness-identity key."),
    "no_recipients": QT_TRANSLATE_NOOP(
        "Messages", "Choose at least one trusted recipient."),
    "recipient_unusable": QT_TRANSLATE_NOOP(
        "Messages", "A recipient cannot be used: %1"),
    "nothing_to_export": QT_TRANSLATE_NOOP(
        "Messages", "There is nothing to send: no finalized interview is new or changed "
        "since the last packet."),
    "plan_outdated": QT_TRANSLATE_NOOP(
        "Messages", "Something changed after the preview. Go back and check the preview "
        "again."),
    "packet_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The packet would be too large. Send fewer interviews at a time."),
    "media_changed": QT_TRANSLATE_NOOP(
        "Messages", "A stored file does not match its record, so the packet was not "
        "written. Nothing was sent."),
    "cannot_write": QT_TRANSLATE_NOOP(
        "Messages", "The packet cannot be written there (%1). Nothing was written; choose "
        "another place or free some space."),
    "bad_volume_size": QT_TRANSLATE_NOOP(
        "Messages", "That piece size cannot be used."),
    "output_exists": QT_TRANSLATE_NOOP(
        "Messages", "A file with that name already exists there; nothing was written."),
    "not_a_packet": QT_TRANSLATE_NOOP(
        "Messages", "This file is not a Testimony Recorder packet."),
    "truncated_packet": QT_TRANSLATE_NOOP(
        "Messages", "This packet is incomplete: it was cut short, probably while being "
        "copied. Copy it again from the original."),
    "tampered_packet": QT_TRANSLATE_NOOP(
        "Messages", "This packet was altered or damaged after it was sealed. Do not use it; "
        "ask the sender for a new copy. Nothing was imported."),
    "wrong_recipient": QT_TRANSLATE_NOOP(
        "Messages", "This packet is not addressed to this vault. Nothing was imported."),
    "missing_volume": QT_TRANSLATE_NOOP(
        "Messages", "A piece of this packet is missing. Put every piece (.001, .002, ...) "
        "in the same folder and try again."),
    "unreadable_packet": QT_TRANSLATE_NOOP(
        "Messages", "This packet cannot be read. Nothing was imported."),
    "unknown_sender": QT_TRANSLATE_NOOP(
        "Messages", "This packet was signed by a key this vault does not trust (%1). "
        "Nothing was imported. Trust the sender's key first, after checking its "
        "fingerprint."),
    "revoked_sender": QT_TRANSLATE_NOOP(
        "Messages", "This packet was signed by a revoked key (%1). Nothing was imported."),
    "bad_signature": QT_TRANSLATE_NOOP(
        "Messages", "This packet's signature is not valid: it is forged or was altered. "
        "Nothing was imported."),
    "replayed_packet": QT_TRANSLATE_NOOP(
        "Messages", "This packet was already received (or is an old copy played back). "
        "Nothing was imported."),
    "malformed_member": QT_TRANSLATE_NOOP(
        "Messages", "This packet contains a damaged part. It was refused; nothing was "
        "imported."),
    "unsafe_path": QT_TRANSLATE_NOOP(
        "Messages", "This packet contains a part with an unsafe name. It was refused; "
        "nothing was imported."),
    "oversize_member": QT_TRANSLATE_NOOP(
        "Messages", "This packet contains a part over the size limit. It was refused; "
        "nothing was imported."),
    "unsupported_packet": QT_TRANSLATE_NOOP(
        "Messages", "This packet was made by a newer version of Testimony Recorder. Update "
        "the app, then import it again."),
    "consent_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This packet carries more than its witnesses agreed to share. It was "
        "refused; nothing was imported."),
    "foreign_interview": QT_TRANSLATE_NOOP(
        "Messages", "An interview in this packet belongs to another device. It was refused; "
        "nothing was imported."),
    "bad_receipt": QT_TRANSLATE_NOOP(
        "Messages", "This is not a valid receipt for this vault."),
    "nothing_to_receipt": QT_TRANSLATE_NOOP(
        "Messages", "No imported packet from that sender is waiting for a receipt."),
    # -- recovery shares ----------------------------------------------------------------------
    "wrong_shares": QT_TRANSLATE_NOOP(
        "Messages", "These recovery shares do not open this vault: they belong to another "
        "vault, or newer shares replaced them. Nothing was changed."),
    "not_enough_shares": QT_TRANSLATE_NOOP(
        "Messages", "More recovery shares are needed: type as many different shares as the "
        "paper says, with an empty line between them. Nothing was changed."),
    "bad_share": QT_TRANSLATE_NOOP(
        "Messages", "One of the shares cannot be read (%1). Compare each word with the "
        "paper; nothing was changed."),
    # -- identities sealed at entry -------------------------------------------------------------
    "identity_sealed": QT_TRANSLATE_NOOP(
        "Messages", "This identity is sealed to the organisation's witness-identity key, so "
        "it cannot be read on this device. To correct it, enter it again."),
    "no_witness_key_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "No witness-identity key is enrolled yet. Trust your coordinator's key "
        "file first (Keys and contacts); it carries the key. Nothing was sealed."),
    # -- duress passphrase ----------------------------------------------------------------------
    "duress_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "A duress passphrase cannot be set or removed here. Nothing was changed."),
    "duress_is_passphrase": QT_TRANSLATE_NOOP(
        "Messages", "The duress passphrase must be different from the vault's passphrase. "
        "Nothing was changed."),
    "decoy_too_large": QT_TRANSLATE_NOOP(
        "Messages", "The decoy content is too large. Choose fewer or shorter interviews. "
        "Nothing was changed."),
    "decoy_content_invalid": QT_TRANSLATE_NOOP(
        "Messages", "This file cannot be used as decoy content: %1"),
    # -- backups --------------------------------------------------------------------------------
    "no_backup_key": QT_TRANSLATE_NOOP(
        "Messages", "This vault's recovery key was made before backups existed. Make a new "
        "recovery key first (the old one then stops working). Nothing was written."),
    "backup_output_exists": QT_TRANSLATE_NOOP(
        "Messages", "%1 already exists. Choose another name; nothing was written."),
    "backup_not_written": QT_TRANSLATE_NOOP(
        "Messages", "The backup cannot be written to %1. Nothing was written; choose another "
        "place, or free some space."),
    "backup_wrong_key": QT_TRANSLATE_NOOP(
        "Messages", "%1 does not open with this recovery key. It is another vault's backup, "
        "or one made before the recovery key was replaced."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "Messages", "%1 is damaged or was altered after it was made. Do not rely on it; "
        "nothing was restored."),
    "backup_chain_broken": QT_TRANSLATE_NOOP(
        "Messages", "These backups do not follow one another. Give the full backup first, "
        "then each later one in order. Nothing was restored."),
    "restore_target_exists": QT_TRANSLATE_NOOP(
        "Messages", "There is already a vault at %1. It was left untouched."),
}


#: What fills %1 in a message: the first of these the error carries.
_SUBJECTS = ("path", "name", "ref", "fingerprint", "detail")


def describe(error: BaseException) -> str:
    source = _TEXTS.get(getattr(error, "code", ""))
    if source is not None:
        text = translate("Messages", str(source))
        subject = next((str(getattr(error, a)) for a in _SUBJECTS if getattr(error, a, None)),
                       "")
        return text.replace("%1", isolate(subject))
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
