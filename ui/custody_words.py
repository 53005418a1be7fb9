"""The words for every custody action the core writes: the one table the editor's custody
history, the archive's provenance view and the case report all use.

The core logs stable codes ("packet_imported"); people read these labels in their language.
`tests/test_custody_words.py` reads the core's sources and fails when a code has no label here.
An unknown code (from a newer device's packet) is shown as written rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ACTIONS: dict[str, object] = {  # QT_TRANSLATE_NOOP returns its text untyped
    # The vault and its keys
    "vault_created": QT_TRANSLATE_NOOP("Custody", "Vault created"),
    "passphrase_changed": QT_TRANSLATE_NOOP("Custody", "Passphrase changed"),
    "recovery_shares_made": QT_TRANSLATE_NOOP("Custody", "Recovery shares made"),
    "settings_changed": QT_TRANSLATE_NOOP("Custody", "Settings changed"),
    "backup_made": QT_TRANSLATE_NOOP("Custody", "Backup made"),
    "device_keys_created": QT_TRANSLATE_NOOP("Custody", "Device keys created"),
    "witness_key_removed": QT_TRANSLATE_NOOP("Custody", "Witness-identity key removed"),
    "key_trusted": QT_TRANSLATE_NOOP("Custody", "Key trusted (device enrolled)"),
    "key_revoked": QT_TRANSLATE_NOOP("Custody", "Key revoked"),
    "linkage_key_created": QT_TRANSLATE_NOOP("Custody", "Linkage key created"),
    "fingerprints_computed": QT_TRANSLATE_NOOP("Custody", "Fingerprints computed from sealed "
                                                          "identities"),
    "linkage_key_issued": QT_TRANSLATE_NOOP("Custody", "Linkage key given to a device"),
    "linkage_key_received": QT_TRANSLATE_NOOP("Custody", "Linkage key received"),
    "prior_index_issued": QT_TRANSLATE_NOOP("Custody", "Prior-interview index given out"),
    "prior_index_imported": QT_TRANSLATE_NOOP("Custody", "Prior-interview index received"),
    "prior_index_removed": QT_TRANSLATE_NOOP("Custody", "Prior-interview index removed"),
    # Interviews and their parts
    "interview_created": QT_TRANSLATE_NOOP("Custody", "Interview created"),
    "interview_updated": QT_TRANSLATE_NOOP("Custody", "Interview details changed"),
    "interview_added": QT_TRANSLATE_NOOP("Custody", "Interview added from a file"),
    "interview_imported": QT_TRANSLATE_NOOP("Custody", "Interview imported from a packet"),
    "interview_updated_from_packet": QT_TRANSLATE_NOOP("Custody",
                                                       "Interview updated from a packet"),
    "interview_exported": QT_TRANSLATE_NOOP("Custody", "Interview sent in a packet"),
    "interview_withdrawn": QT_TRANSLATE_NOOP("Custody", "Interview closed: consent withdrawn"),
    "interview_consent_restored": QT_TRANSLATE_NOOP("Custody",
                                                    "Interview reopened: consent given again"),
    "interview_purged": QT_TRANSLATE_NOOP("Custody", "Interview purged"),
    "witness_created": QT_TRANSLATE_NOOP("Custody", "Witness added"),
    "witness_updated": QT_TRANSLATE_NOOP("Custody", "Witness details changed"),
    "testimony_created": QT_TRANSLATE_NOOP("Custody", "Testimony started"),
    "testimony_saved": QT_TRANSLATE_NOOP("Custody", "Testimony saved"),
    "testimony_finalized": QT_TRANSLATE_NOOP("Custody", "Testimony finalized"),
    "testimony_version_created": QT_TRANSLATE_NOOP("Custody", "Correction started (new version)"),
    "incident_created": QT_TRANSLATE_NOOP("Custody", "Incident added"),
    "incident_updated": QT_TRANSLATE_NOOP("Custody", "Incident changed"),
    "incident_deleted": QT_TRANSLATE_NOOP("Custody", "Incident removed"),
    "person_created": QT_TRANSLATE_NOOP("Custody", "Person added"),
    "person_updated": QT_TRANSLATE_NOOP("Custody", "Person changed"),
    "person_deleted": QT_TRANSLATE_NOOP("Custody", "Person removed"),
    "involvement_created": QT_TRANSLATE_NOOP("Custody", "Role in an incident added"),
    "involvement_updated": QT_TRANSLATE_NOOP("Custody", "Role in an incident changed"),
    "involvement_deleted": QT_TRANSLATE_NOOP("Custody", "Role in an incident removed"),
    "command_link_created": QT_TRANSLATE_NOOP("Custody", "Command link added"),
    "command_link_updated": QT_TRANSLATE_NOOP("Custody", "Command link changed"),
    "command_link_deleted": QT_TRANSLATE_NOOP("Custody", "Command link removed"),
    "violation_type_added": QT_TRANSLATE_NOOP("Custody", "Violation type added to the list"),
    "duplicate_marked": QT_TRANSLATE_NOOP("Custody", "Possible duplicate witnesses marked"),
    "perpetrators_merged": QT_TRANSLATE_NOOP("Custody", "Perpetrator entries merged"),
    "perpetrators_unmerged": QT_TRANSLATE_NOOP("Custody", "Perpetrator merge undone"),
    # Identities
    "identity_set": QT_TRANSLATE_NOOP("Custody", "Witness identity recorded"),
    "identity_replaced": QT_TRANSLATE_NOOP("Custody", "Witness identity changed"),
    "identity_sealed": QT_TRANSLATE_NOOP("Custody", "Witness identity sealed"),
    "identity_exported": QT_TRANSLATE_NOOP("Custody", "Sealed identity sent in a packet"),
    "identity_received_sealed": QT_TRANSLATE_NOOP("Custody", "Sealed identity received"),
    "identity_revealed": QT_TRANSLATE_NOOP("Custody", "Witness identity revealed"),
    "identity_destroyed": QT_TRANSLATE_NOOP("Custody", "Witness identity destroyed"),
    # Attachments and recordings
    "attachment_added": QT_TRANSLATE_NOOP("Custody", "Attachment added"),
    "attachment_imported": QT_TRANSLATE_NOOP("Custody", "Attachment imported from a packet"),
    "attachment_redacted": QT_TRANSLATE_NOOP("Custody", "Redacted copy made"),
    "attachment_deleted": QT_TRANSLATE_NOOP("Custody", "Attachment deleted"),
    "attachment_destroyed": QT_TRANSLATE_NOOP("Custody", "Attachment destroyed"),
    "attachment_exported": QT_TRANSLATE_NOOP("Custody", "Attachment exported"),
    "recording_started": QT_TRANSLATE_NOOP("Custody", "Recording started"),
    "recording_added": QT_TRANSLATE_NOOP("Custody", "Recording saved"),
    "recording_recovered": QT_TRANSLATE_NOOP("Custody", "Interrupted recording recovered"),
    "recording_discarded": QT_TRANSLATE_NOOP("Custody", "Recording discarded"),
    "recording_lost": QT_TRANSLATE_NOOP("Custody", "Interrupted recording could not be saved"),
    # Consent
    "consent_recorded": QT_TRANSLATE_NOOP("Custody", "Consent recorded"),  # older vaults
    "consent_given": QT_TRANSLATE_NOOP("Custody", "Consent given"),
    "consent_amended": QT_TRANSLATE_NOOP("Custody", "Consent changed"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("Custody", "Consent withdrawn"),
    "consent_received": QT_TRANSLATE_NOOP("Custody", "Consent change received"),
    "consent_audio_attached": QT_TRANSLATE_NOOP("Custody", "Spoken consent recording attached"),
    "consent_audio_removed": QT_TRANSLATE_NOOP("Custody", "Spoken consent recording removed"),
    "consent_body_added": QT_TRANSLATE_NOOP("Custody", "Accountability body added"),
    "consent_body_enabled": QT_TRANSLATE_NOOP("Custody", "Accountability body turned on"),
    "consent_body_disabled": QT_TRANSLATE_NOOP("Custody", "Accountability body turned off"),
    "consent_change_exported": QT_TRANSLATE_NOOP("Custody", "Consent change sent in a packet"),
    "consent_change_imported": QT_TRANSLATE_NOOP("Custody",
                                                 "Consent change imported from a packet"),
    # Packets, receipts and case exports
    "packet_exported": QT_TRANSLATE_NOOP("Custody", "Packet sealed"),
    "packet_imported": QT_TRANSLATE_NOOP("Custody", "Packet imported"),
    "sender_history_rewritten": QT_TRANSLATE_NOOP("Custody",
                                                  "Sender's custody history changed"),
    "receipt_issued": QT_TRANSLATE_NOOP("Custody", "Receipt issued"),
    "receipt_imported": QT_TRANSLATE_NOOP("Custody", "Receipt received"),
    "case_exported": QT_TRANSLATE_NOOP("Custody", "Included in a case export"),
}


def action_text(action: str) -> str:
    """The label of a custody action in the current language (the code itself if unknown)."""
    source = ACTIONS.get(action)
    return QCoreApplication.translate("Custody", str(source)) if source else action
