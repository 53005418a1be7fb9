"""What people read when something goes wrong or needs attention: what happened, and what to do.

The core raises one exception class per failure, and reports warnings as notices, each with a
stable `code` and declared parameters (recorder/errors.py). This table gives every code its
translated wording and names, in order, the parameters that fill its %1, %2...; nothing is
guessed, and the core's English (`message`, technical `detail`) never reaches the screen.
Inserted names and paths are isolated for right-to-left text, numbers written the reader's way.
tests/test_messages.py checks that every code has an entry here whose placeholders match its
parameters, and that every entry is translated in every catalog.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from testimony_recorder.recorder.errors import Coded

from . import formatting
from .i18n import isolate

# Messages are marked with QT_TRANSLATE_NOOP (literal context and text, which pyside6-lupdate
# extracts) and translated when shown.
translate = QCoreApplication.translate


class Wording(NamedTuple):
    # The English source, marked for translation in the "Messages" context (PySide6 types
    # QT_TRANSLATE_NOOP as returning object; it returns the source string).
    text: object
    # The parameters that fill %1, %2... in order (names declared by the error or notice).
    params: tuple[str, ...] = ()


_TEXTS: dict[str, Wording] = {
    "wrong_passphrase": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That passphrase does not open this vault. Check the keyboard language "
        "and Caps Lock, then try again. Nothing was changed.")),
    "wrong_recovery_key": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That recovery key does not open this vault. Nothing was changed.")),
    "recovery_key_typo": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That recovery key has a typing mistake: its check letters do not match. "
        "Compare every group with the printed key, then type it again.")),
    "vault_in_use": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This vault is already open in another Testimony Recorder window or "
        "command. Close it there, then try again.")),
    "vault_not_found": Wording(QT_TRANSLATE_NOOP(
        "Messages", "There is no vault at %1."), ("path",)),
    "vault_exists": Wording(QT_TRANSLATE_NOOP(
        "Messages", "There is already a vault at %1. It was left untouched: open it, or "
        "choose another folder for the new vault."), ("path",)),
    "vault_wiped": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The key file of this vault is gone: the vault was wiped, or the file "
        "was deleted. Without it the vault cannot be opened. Restore the key "
        "file from a backup if you have one.")),
    "keyslots_damaged": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The key file %1 is damaged. Restore it from a backup. The vault itself "
        "was not changed."), ("path",)),
    "database_damaged": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The vault's database %1 is damaged or unreadable. Restore it from a "
        "backup; nothing was changed."), ("path",)),
    "vault_too_new": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This vault was written by a newer version of Testimony Recorder. "
        "Update the app; the vault was not changed.")),
    "migration_failed": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Upgrading the vault failed, so it was left exactly as it was. Please "
        "report this problem.")),
    "disk_full": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The disk holding %1 is full. This step was not saved; free some space "
        "and try again. Everything saved before is safe."), ("path",)),
    "record_frozen": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This testimony is finalized and cannot be changed. Add a correction "
        "instead: it becomes a new version.")),
    "not_found": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That item no longer exists; it may have been removed.")),
    "ambiguous_reference": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 matches more than one item. Type more of its id, then try again. "
        "Nothing was changed."), ("ref",)),
    "invalid_record": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Some of this information is not valid, so it was not saved. Check what "
        "you entered, then try again.")),
    "self_link": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A command link needs two different persons: nobody gives orders to "
        "themselves. Nothing was changed.")),
    "already_recorded": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That is already recorded, so nothing was added.")),
    "empty_file": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is empty (0 bytes), so nothing was stored. Check that it is the "
        "right file, or copy it again from where it came from."), ("name",)),
    "unsupported_media": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is not a kind of file Testimony Recorder can keep, so nothing was "
        "stored. It takes audio (WAV, FLAC, MP3, AAC, Ogg, M4A), video (MP4, "
        "MOV, 3GP), pictures (JPEG, PNG, WebP), PDF and plain text."), ("name",)),
    "truncated_media": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is incomplete: it was probably cut off while it was being copied, "
        "so nothing was stored. Copy it again from where it came from, then add "
        "it again."), ("name",)),
    "vault_locked": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The vault is locked. Unlock it to continue.")),
    "cancelled": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Cancelled. Nothing half-done was kept.")),
    "unreadable_media": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 cannot be read as the kind of file it claims to be, so nothing was "
        "stored. Open it on the device it came from to check it, then copy it "
        "again."), ("name",)),
    "hash_mismatch": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is not the file that was expected (its fingerprint differs), so "
        "nothing was stored."), ("name",)),
    "media_damaged": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A stored file is damaged or was altered, so it cannot be opened. The "
        "record and its fingerprint are intact; restore the vault's media "
        "folder from a backup.")),
    "redaction_failed": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A shareable copy without identifying details could not be made of %1. "
        "The original is unchanged; the file will not be shared."), ("name",)),
    "too_large_to_play": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is too large to be played inside the app. It stays safe in the "
        "vault; nothing was changed."), ("name",)),
    "too_large_to_view": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is too large to be shown inside the app. It stays safe in the "
        "vault; nothing was changed."), ("name",)),
    "cannot_show_file": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 could not be shown: it is damaged, or of a kind the app cannot show. "
        "It stays in the vault as it came; nothing was changed."), ("name",)),
    "recording_failed": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The recording stopped because of a problem with the microphone or the "
        "disk. Everything recorded until then was kept.")),
    "no_microphone": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No microphone was found. Connect one (or choose it in Settings), then "
        "try again.")),
    "microphone_not_found": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The microphone %1 was not found. Check that it is connected, or choose "
        "another one in Settings."), ("name",)),
    "attachment_in_use": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This file is the proof of a consent record, so it cannot be deleted.")),
    "no_consent_record": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No consent is recorded for this interview, so nothing about it can "
        "leave this device. Take the witness's consent first.")),
    "consent_withdrawn": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The witness withdrew consent for this interview.")),
    "audio_not_consented": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The witness did not agree to audio recording, so the recorder is off "
        "for this interview.")),
    "consent_invalid": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This consent cannot be recorded: the answers do not fit the consent "
        "form. Go back to the review and check every answer.")),
    "consent_chain_broken": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This consent does not follow the consent in force (it was changed "
        "meanwhile). Open the interview again and repeat the step.")),
    "consent_artefact_rejected": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The proof of consent was not accepted: it must be a picture, PDF or "
        "audio file of this interview, not empty, not too large, and not the proof of "
        "another consent. Nothing was saved.")),
    "consent_flow": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The consent steps were not completed in order. Start again from the "
        "first step.")),
    "consent_template_not_found": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The consent text for this language is missing from this installation. "
        "Choose another language or reinstall the app.")),
    "consent_template_invalid": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The consent text of this installation is damaged. Reinstall the app.")),
    "bad_key_file": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is not a valid key file, or it was damaged. Nothing was trusted; "
        "ask its owner for a fresh copy."), ("where",)),
    "fingerprint_mismatch": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The fingerprint you typed does not match this key file. The key was "
        "NOT trusted. Check with its owner in person: someone may have swapped "
        "the file.")),
    "key_revoked": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This key was revoked earlier; it cannot be trusted again.")),
    "unknown_contact": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No trusted key matches %1."), ("ref",)),
    "ambiguous_contact": Wording(QT_TRANSLATE_NOOP(
        "Messages", "More than one trusted key matches %1. Type more of the fingerprint."),
        ("ref",)),
    "unknown_body": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That body is not among those the consent form asks about, so consent "
        "could never allow sharing with it.")),
    "own_key": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That is this device's own key; it does not need to be trusted.")),
    "private_key_elsewhere": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This vault does not hold the private key needed for that.")),
    "no_witness_key": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This vault has no witness-identity key.")),
    "no_recipients": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Choose at least one trusted recipient.")),
    "recipient_revoked": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The key of %1 was revoked, so nothing can be sent to it. Choose another "
        "recipient."), ("fingerprint",)),
    "recipient_not_post_quantum": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The key file of %1 cannot receive post-quantum encryption. Ask its "
        "owner for a new key file, or send without post-quantum encryption."),
        ("fingerprint",)),
    "recipient_key_missing": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Cannot send to %1: its key file lacks a key this needs. Ask for a new key "
        "file and trust it again."), ("fingerprint",)),
    "identity_key_not_post_quantum": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The witness-identity key of %1 cannot receive post-quantum encryption. "
        "Ask its owner for a new key file, or send without post-quantum encryption."),
        ("fingerprint",)),
    "nothing_to_export": Wording(QT_TRANSLATE_NOOP(
        "Messages", "There is nothing to send: no finalized interview is new or changed "
        "since the last packet.")),
    "plan_outdated": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Something changed after the preview. Go back and check the preview "
        "again.")),
    "export_step": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The export steps were not taken in order. Close the export and start it "
        "again; nothing was written.")),
    "packet_too_large": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The packet would be too large. Send fewer interviews at a time.")),
    "interview_vanished": Wording(QT_TRANSLATE_NOOP(
        "Messages", "An interview was deleted, or its final version was reopened, while the "
        "packet was being sealed. Nothing was written; go back and check the preview "
        "again.")),
    "attachment_too_large": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A file of this interview is larger than 8 GiB, more than a packet can "
        "carry, so nothing was written. Ask your coordinator how to deliver it.")),
    "media_changed": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A stored file does not match its record, so the packet was not "
        "written. Nothing was sent.")),
    "cannot_read": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 cannot be read (it may have been moved, or be too large). Nothing was "
        "changed; choose the file again."), ("path",)),
    "cannot_write": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 cannot be written. Nothing was written; choose another place or free "
        "some space."), ("path",)),
    "bad_volume_size": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That piece size cannot be used.")),
    "output_exists": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A file with that name already exists there; nothing was written.")),
    "not_a_packet": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This file is not a Testimony Recorder packet.")),
    "truncated_packet": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet is incomplete: it was cut short, probably while being "
        "copied. Copy it again from the original.")),
    "tampered_packet": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet was altered or damaged after it was sealed. Do not use it; "
        "ask the sender for a new copy. Nothing was imported.")),
    "wrong_recipient": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet is not addressed to this vault. Nothing was imported.")),
    "missing_volume": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A piece of this packet is missing. Put every piece (.001, .002, ...) "
        "in the same folder and try again.")),
    "unreadable_packet": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet cannot be read. Nothing was imported.")),
    "unknown_sender": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet was signed by a key this vault does not trust (%1). "
        "Nothing was imported. Trust the sender's key first, after checking its "
        "fingerprint."), ("fingerprint",)),
    "revoked_sender": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet was signed by a revoked key (%1). Nothing was imported."),
        ("fingerprint",)),
    "bad_signature": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet's signature is not valid: it is forged or was altered. "
        "Nothing was imported.")),
    "replayed_packet": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet was already received (or is an old copy played back). "
        "Nothing was imported.")),
    "malformed_member": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet contains a damaged part. It was refused; nothing was "
        "imported.")),
    "unsafe_path": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet contains a part with an unsafe name. It was refused; "
        "nothing was imported.")),
    "oversize_member": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet contains a part over the size limit. It was refused; "
        "nothing was imported.")),
    "unsupported_packet": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet was made by a newer version of Testimony Recorder. Update "
        "the app, then import it again.")),
    "consent_mismatch": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet carries more than its witnesses agreed to share. It was "
        "refused; nothing was imported.")),
    "foreign_interview": Wording(QT_TRANSLATE_NOOP(
        "Messages", "An interview in this packet belongs to another device. It was refused; "
        "nothing was imported.")),
    "purge_outdated": Wording(QT_TRANSLATE_NOOP(
        "Messages", "What can be purged changed after the list was shown (%1), so nothing was "
        "purged. Look at the list again."), ("ref",)),
    "bad_receipt": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This is not a valid receipt for this vault.")),
    "nothing_to_receipt": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No imported packet from that sender is waiting for a receipt.")),
    # -- notices: what importing a packet noticed without refusing it ---------------------
    "packet_missing": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Packet %1 from %2 (device %3) has not arrived. Ask the sender for it."),
        ("sequence", "sender_name", "sender")),
    "packets_missing": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Packets %1 to %2 from %3 (device %4) have not arrived. Ask the sender "
        "for them."), ("first", "last", "sender_name", "sender")),
    "previous_packet_differs": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This packet names %1 as the one before it, but the packet %2 received "
        "from this sender is %3. Ask the sender which is right."),
        ("previous", "sequence", "received")),
    "custody_continuous": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The sender's custody log continues what it sent before.")),
    "custody_first_from_start": Wording(QT_TRANSLATE_NOOP(
        "Messages", "First packet from this sender: its custody log was checked from the "
        "start.")),
    "custody_first_from_entry": Wording(QT_TRANSLATE_NOOP(
        "Messages", "First packet from this sender: its custody log was checked from entry "
        "%1."), ("entry",)),
    "custody_unlinked": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The sender's custody log cannot be linked yet: entries %1 to %2 come in "
        "packets that have not arrived."), ("first", "last")),
    "custody_rewritten": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The sender's custody log no longer matches what it sent before (entry %1 "
        "changed): its history was rewritten. Ask the sender why before relying on this "
        "packet."), ("entry",)),
    # -- the coordinator's archive -------------------------------------------------------------
    "not_a_coordinator_vault": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This is an interviewer's vault. The archive is kept in a coordinator's "
        "vault.")),
    "bad_filter_date": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is not a date. Write a year, a year and month, or a full date "
        "(2024, 2024-03 or 2024-03-06)."), ("value",)),
    "bad_filter_value": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is not a value this filter takes."), ("value",)),
    "not_a_device_key": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The key %1 does not belong to an interviewer's device. It was not "
        "enrolled."), ("fingerprint",)),
    "unknown_device": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No enrolled device matches %1."), ("ref",)),
    "unknown_perpetrator": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No entry of the perpetrator index matches %1."), ("ref",)),
    "ambiguous_perpetrator": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 matches more than one entry of the perpetrator index. Choose one from "
        "the list."), ("ref",)),
    "already_merged": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 and %2 are already one entry. Nothing was changed."),
        ("first", "second")),
    "merge_kinds_differ": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Only two persons or two units can be merged, not a person with a unit. "
        "Nothing was changed.")),
    "unknown_merge": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No merge in force matches %1; it may have been undone already. Nothing "
        "was changed."), ("ref",)),
    "witness_key_closed": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Identities stay sealed until the witness-identity key is opened. Open it "
        "first (protection staff keep it).")),
    "wrong_witness_key": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That is not this archive's witness-identity key. No identity was "
        "revealed.")),
    "case_nothing_to_export": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The witnesses agreed to share none of the selected testimonies with this "
        "body, so there is nothing to export. Nothing was written.")),
    "case_output_exists": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 already exists. Choose another name; nothing was written."), ("path",)),
    "case_needs_recipient": Wording(QT_TRANSLATE_NOOP(
        "Messages", "An encrypted export is sealed to the investigator's key: choose their "
        "trusted key. Nothing was written.")),
    "case_recipient_body": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The key %1 belongs to another body than the one chosen. Consent was "
        "checked for the chosen body only, so nothing was sealed to this key."),
        ("fingerprint",)),
    "case_recipient_unusable": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The key %1 was revoked or cannot be sealed to. Nothing was written."),
        ("fingerprint",)),
    "case_changed": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The testimony %1 changed after the preview (its consent or its record). "
        "Look at the preview again; nothing was written."), ("ref",)),
    "case_media_changed": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A stored file does not match its recorded fingerprint, so the case "
        "export was stopped. Nothing was written.")),
    "case_format_unknown": Wording(QT_TRANSLATE_NOOP(
        "Messages", "That form of export is not known. Choose a folder, a zip file or an "
        "encrypted file.")),
    "case_language_unknown": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Reports cannot be written in that language. Choose another one.")),
    "case_flow": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The case export steps were not taken in order. Start again from the "
        "first step.")),
    "reveal_reason_required": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Say why the identity is needed: each reveal is written in the custody log "
        "with its reason. Nothing was revealed.")),
    "no_identity_held": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The archive holds no identity for this witness: consent did not allow it "
        "to be shared, or it was destroyed.")),
    "batch_not_ready": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The import cannot do that now. Wait until it has finished.")),
    "unknown_batch": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No stored import report matches %1."), ("ref",)),
    "fingerprints_not_stored": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The duplicate-witness fingerprints of one interview in this packet could "
        "not be kept; the interview itself was imported.")),
    # -- duplicate witnesses ------------------------------------------------------------------
    "no_linkage_key": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This vault has no organisation linkage key yet. Trust your "
        "coordinator's key file made for this device; it carries the key.")),
    "linkage_key_locked": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The organisation linkage key is kept under the witness-identity key, "
        "which is not in this vault. Ask protection staff to do this.")),
    "linkage_key_not_for_this_device": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The key file of %1 carries a linkage key made for another device. "
        "Nothing was trusted; ask the coordinator for a key file made for this device."),
        ("fingerprint",)),
    "coordinator_only": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Only a coordinator's vault can do this.")),
    "unknown_witness": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No witness in this vault has the code %1."), ("ref",)),
    "same_witness": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A pair needs two different witnesses; %1 was given twice."), ("ref",)),
    "bad_prior_index": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is not a prior-interview index for this device. Nothing was "
        "changed; ask your coordinator for a fresh one."), ("where",)),
    # -- recovery shares ----------------------------------------------------------------------
    "wrong_shares": Wording(QT_TRANSLATE_NOOP(
        "Messages", "These recovery shares do not open this vault: they belong to another "
        "vault, or newer shares replaced them. Nothing was changed.")),
    "not_enough_shares": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This needs %1 different recovery shares; %2 were given. Type them with "
        "an empty line between them. Nothing was changed."), ("needed", "given")),
    "bad_share": Wording(QT_TRANSLATE_NOOP(
        "Messages", "Share %1 cannot be read. Compare each word with the paper; nothing was "
        "changed."), ("number",)),
    # -- identities sealed at entry -------------------------------------------------------------
    "identity_sealed": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This identity is sealed to the organisation's witness-identity key, so "
        "it cannot be read on this device. To correct it, enter it again.")),
    "no_witness_key_enrolled": Wording(QT_TRANSLATE_NOOP(
        "Messages", "No witness-identity key is enrolled yet. Trust your coordinator's key "
        "file first (Keys and contacts); it carries the key. Nothing was sealed.")),
    # -- duress passphrase ----------------------------------------------------------------------
    "duress_unavailable": Wording(QT_TRANSLATE_NOOP(
        "Messages", "A duress passphrase cannot be set or removed here. Nothing was changed.")),
    "duress_is_passphrase": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The duress passphrase must be different from the vault's passphrase. "
        "Nothing was changed.")),
    "decoy_too_large": Wording(QT_TRANSLATE_NOOP(
        "Messages", "The decoy content does not fit in %1 KiB. Choose fewer or shorter "
        "interviews. Nothing was changed."), ("limit_kib",)),
    "decoy_content_invalid": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This file cannot be used as decoy content. It must be interview JSON "
        "holding a few interviews without attachments or consent records. Nothing was "
        "changed.")),
    # -- backups --------------------------------------------------------------------------------
    "no_backup_key": Wording(QT_TRANSLATE_NOOP(
        "Messages", "This vault's recovery key was made before backups existed. Make a new "
        "recovery key first (the old one then stops working). Nothing was written.")),
    "backup_output_exists": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 already exists. Choose another name; nothing was written."),
        ("path",)),
    "backup_inside_vault": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is inside the vault folder. Choose a place outside it, such as a USB "
        "stick; nothing was written."), ("path",)),
    "backup_wrong_key": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 does not open with this recovery key. It is another vault's backup, "
        "or one made before the recovery key was replaced."), ("path",)),
    "backup_damaged": Wording(QT_TRANSLATE_NOOP(
        "Messages", "%1 is damaged or was altered after it was made. Do not rely on it; "
        "nothing was restored."), ("path",)),
    "backup_chain_broken": Wording(QT_TRANSLATE_NOOP(
        "Messages", "These backups do not follow one another. Give the full backup first, "
        "then each later one in order. Nothing was restored.")),
    "restore_target_exists": Wording(QT_TRANSLATE_NOOP(
        "Messages", "There is already a vault at %1. It was left untouched."), ("path",)),
}

_PLACEHOLDER = re.compile(r"%(\d)")


def _shown(value: str | int) -> str:
    if isinstance(value, int):
        value = formatting.number(value, formatting.ui_language())
    return isolate(value)


def describe(error: BaseException | Coded) -> str:
    """The translated sentence for an error or a notice; a general one for anything else."""
    wording = _TEXTS.get(error.code) if isinstance(error, Coded) else None
    if isinstance(error, Coded) and wording is not None:
        values = [_shown(error.params[name]) for name in wording.params]
        text = translate("Messages", str(wording.text))
        # One pass, so a value that happens to hold "%2" is never filled in again.
        return _PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1], text)
    what = error.code if isinstance(error, Coded) else type(error).__name__
    return translate("Messages", "Something went wrong (%1). Nothing half-done was kept. Please "
                     "report this problem.").replace("%1", isolate(what))


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    title = title or translate("Messages", "Testimony Recorder")
    box = QMessageBox(QMessageBox.Icon.Warning, title, describe(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # never rich text from data
    box.exec()
