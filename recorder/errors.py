"""Every failure the core can report, one class each.

Each class carries the structured facts (a path, an id) and an English sentence for the command
line and logs. The desktop app shows its own translated wording, chosen by class, and never the
`str()` of an exception.
"""

from __future__ import annotations

from pathlib import Path


class RecorderError(Exception):
    """Base class: a failure with a message a person can act on."""

    #: Stable identifier for scripts (`--json` output) and for the UI's wording table.
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class VaultNotFound(RecorderError):
    code = "vault_not_found"

    def __init__(self, path: Path) -> None:
        super().__init__(f"No vault at {path}. Create one with 'testimony init'.")
        self.path = path


class VaultExists(RecorderError):
    code = "vault_exists"

    def __init__(self, path: Path) -> None:
        super().__init__(f"A vault already exists at {path}; it was left untouched.")
        self.path = path


class VaultInUse(RecorderError):
    code = "vault_in_use"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The vault at {path} is open in another Testimony Recorder window or command. "
            "Close it there first."
        )
        self.path = path


class WrongPassphrase(RecorderError):
    code = "wrong_passphrase"

    def __init__(self) -> None:
        super().__init__("Wrong passphrase. Nothing was changed; try again.")


class WrongRecoveryKey(RecorderError):
    code = "wrong_recovery_key"

    def __init__(self, typo: bool = False) -> None:
        if typo:
            msg = "That recovery key has a typing mistake (its check letters do not match)."
        else:
            msg = "That recovery key does not open this vault."
        super().__init__(msg)
        self.typo = typo


class WrongShares(RecorderError):
    code = "wrong_shares"

    def __init__(self) -> None:
        super().__init__("These recovery shares do not open this vault (they belong to another "
                         "vault, or were replaced by newer shares). Nothing was changed.")


class NotEnoughShares(RecorderError):
    code = "not_enough_shares"

    def __init__(self, needed: int, given: int) -> None:
        super().__init__(f"This needs {needed} different recovery shares; {given} were given. "
                         "Nothing was changed.")
        self.needed = needed
        self.given = given


class BadShare(RecorderError):
    code = "bad_share"

    def __init__(self, number: int, detail: str) -> None:
        super().__init__(f"Share {number} cannot be read ({detail}). Check each word against "
                         "the paper; nothing was changed.")
        self.number = number
        self.detail = detail


class VaultWiped(RecorderError):
    code = "vault_wiped"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The vault at {path} was wiped: its keys are destroyed and it cannot be opened."
        )
        self.path = path


class KeySlotsDamaged(RecorderError):
    code = "keyslots_damaged"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The key file {path} is damaged ({detail}). Restore it from a backup; "
            "the vault was not changed."
        )
        self.path = path


class DatabaseDamaged(RecorderError):
    code = "database_damaged"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"The vault database {path} is damaged or unreadable ({detail}). "
            "Restore it from a backup; nothing was changed."
        )
        self.path = path


class VaultTooNew(RecorderError):
    code = "vault_too_new"

    def __init__(self, version: int, supported: int) -> None:
        super().__init__(
            f"This vault was written by a newer Testimony Recorder (schema {version}; this "
            f"version knows up to {supported}). Update the app; the vault was not changed."
        )


class MigrationFailed(RecorderError):
    code = "migration_failed"

    def __init__(self, version: int, detail: str) -> None:
        super().__init__(
            f"Upgrading the vault to schema {version} failed ({detail}). "
            "The vault was left exactly as it was."
        )


class DiskFull(RecorderError):
    code = "disk_full"

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The disk holding {path} is full. Nothing was saved by this step; "
            "free some space and try again."
        )
        self.path = path


class NotFound(RecorderError):
    code = "not_found"

    def __init__(self, kind: str, ref: str) -> None:
        super().__init__(f"No {kind} matches '{ref}'.")
        self.kind = kind
        self.ref = ref


class AmbiguousReference(RecorderError):
    code = "ambiguous_reference"

    def __init__(self, kind: str, ref: str) -> None:
        super().__init__(f"'{ref}' matches more than one {kind}; type more of its id.")
        self.kind = kind
        self.ref = ref


class InvalidRecord(RecorderError):
    code = "invalid_record"

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(f"{where}: {detail}")
        self.where = where
        self.detail = detail


class IdentitySealed(RecorderError):
    code = "identity_sealed"

    def __init__(self) -> None:
        super().__init__("This identity is sealed to the organisation's witness-identity key: "
                         "this device cannot read it. To correct it, enter it again.")


class NoWitnessKeyEnrolled(RecorderError):
    code = "no_witness_key_enrolled"

    def __init__(self) -> None:
        super().__init__("No witness-identity key is enrolled: trust your coordinator's key "
                         "file (it carries the key) first. Nothing was sealed.")


class SelfLink(RecorderError):
    code = "self_link"

    def __init__(self) -> None:
        super().__init__("A command link needs two different persons; nobody commands "
                         "themselves. Nothing was changed.")


class AlreadyRecorded(RecorderError):
    code = "already_recorded"

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"This {kind} is already recorded ({detail}); nothing was added.")
        self.kind = kind
        self.detail = detail


class RecordFrozen(RecorderError):
    code = "record_frozen"

    def __init__(self, what: str) -> None:
        super().__init__(
            f"The {what} is finalized and cannot be changed; add a correction as a new version."
        )


# -- media ---------------------------------------------------------------------------------------


class EmptyFile(RecorderError):
    code = "empty_file"

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is empty (0 bytes); nothing was stored.")
        self.name = name


class UnsupportedMedia(RecorderError):
    code = "unsupported_media"

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            f"{name} is not a supported media file ({detail}). Supported: WAV, FLAC, MP3, "
            "AAC, Ogg (Opus, Vorbis), MP4/M4A/MOV/3GP, JPEG, PNG, WebP, PDF and plain text. "
            "Nothing was stored."
        )
        self.name = name
        self.detail = detail


class TruncatedMedia(RecorderError):
    code = "truncated_media"

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            f"{name} is incomplete ({detail}): it was probably cut off while being copied. "
            "Copy it again from its source; nothing was stored."
        )
        self.name = name
        self.detail = detail


class UnreadableMedia(RecorderError):
    code = "unreadable_media"

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"{name} cannot be read ({detail}); nothing was stored.")
        self.name = name
        self.detail = detail


class HashMismatch(RecorderError):
    code = "hash_mismatch"

    def __init__(self, name: str, expected: str, actual: str) -> None:
        super().__init__(
            f"{name} does not match its recorded SHA-256 (expected {expected[:16]}..., got "
            f"{actual[:16]}...): it was altered or damaged. Nothing was stored."
        )
        self.name = name


class MediaDamaged(RecorderError):
    code = "media_damaged"

    def __init__(self, ref: str, detail: str) -> None:
        super().__init__(
            f"The stored media {ref} is damaged or was tampered with ({detail}). "
            "Restore the vault from a backup."
        )
        self.ref = ref


class RedactionFailed(RecorderError):
    code = "redaction_failed"

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            f"A redacted copy of {name} could not be made safely ({detail}). "
            "Do not share the original; nothing was stored."
        )
        self.name = name
        self.detail = detail


class RecordingFailed(RecorderError):
    code = "recording_failed"

    def __init__(self, detail: str) -> None:
        super().__init__(f"Recording failed: {detail}. Everything captured so far was kept.")
        self.detail = detail


class NoMicrophone(RecorderError):
    code = "no_microphone"

    def __init__(self, wanted: str | None = None) -> None:
        if wanted:
            msg = f"No audio input named '{wanted}' was found. Check that it is plugged in."
        else:
            msg = "No audio input (microphone) was found. Plug one in and try again."
        super().__init__(msg)


class Cancelled(RecorderError):
    code = "cancelled"

    def __init__(self, what: str) -> None:
        super().__init__(f"{what} was cancelled; nothing half-done was kept.")


class AttachmentInUse(RecorderError):
    code = "attachment_in_use"

    def __init__(self, ref: str, used_by: str) -> None:
        super().__init__(
            f"The attachment {ref} is the evidence of {used_by} and cannot be deleted."
        )
        self.ref = ref


class CannotWrite(RecorderError):
    code = "cannot_write"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"Cannot write {path} ({detail}). Nothing was written.")
        self.path = path
        self.detail = detail
