"""Every failure the core can report, one class each, with a stable code and declared parameters.

How to add one (copy an existing class):

    class DiskFull(RecorderError):
        code = "disk_full"
        english = ("The disk holding {path} is full. Nothing was saved by this step; free some "
                   "space and try again.")
        path: Path

- `code` is unique across the project (tests/test_messages.py checks), lower_snake_case.
- The annotated fields are the declared parameters, in order: str, int or Path, nothing else.
  Each class is made a dataclass, so `raise DiskFull(path)` sets them; read them as attributes,
  or all together as `params` (Paths as text), which `--json` prints beside `code`.
- `english` is a `str.format` template naming exactly those fields. It makes `message` (and
  `str()`): the sentence the command line prints and logs keep. It says what happened and what
  to do. Different grammar is a different code (PacketMissing, PacketsMissing), never an `if`.
- A field named `detail` is technical English for the command line only: the app never shows it.
- The app words every code itself, `messages.describe(error)`: an entry in ui/messages.py
  names the parameters that fill its %1, %2... in order
  (`"disk_full": Wording(QT_TRANSLATE_NOOP("Messages", "The disk holding %1 is full..."),
  ("path",))`); text is isolated for bidi, numbers written the reader's way. The catalogs
  (translations/*.ts) then need the new text translated.
- A class only for `except` (PacketError) is declared with `family=True`: no code, never raised.
- A mistake in a declaration (no code, a template naming other fields) fails at import.

Warnings that do not stop an action (a packet missing from a sender's sequence) are `Notice`s,
declared the same way (`class PacketMissing(Notice)`, recorder/packets/notices.py), returned in
reports instead of raised; the command line prints `message`, `--json` gives `as_json()`
(code, params, message), and the app words them with the same `describe()`.
"""

from __future__ import annotations

import dataclasses
import string
from pathlib import Path
from typing import Any, ClassVar, dataclass_transform, get_type_hints

#: The types a parameter may have: text, numbers the app formats per language, and paths.
PARAM_TYPES = (str, int, Path)


@dataclass_transform(eq_default=False)
class Coded:
    """A code with declared parameters and an English template (see the module docstring)."""

    code: ClassVar[str] = ""
    english: ClassVar[str] = ""
    family: ClassVar[bool] = True

    def __init_subclass__(cls, *, family: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclasses.dataclass(eq=False)(cls)
        cls.family = family
        if family:
            cls.code, cls.english = "", ""
            return
        if "code" not in cls.__dict__ or "english" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} needs a code and an english template of its own")
        named = {field for _, field, _, _ in string.Formatter().parse(cls.english) if field}
        if named != set(cls.names()):
            raise TypeError(f"{cls.__name__}.english names {sorted(named)}, but its fields are "
                            f"{sorted(cls.names())}")

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The declared parameters, in order."""
        return tuple(getattr(cls, "__dataclass_fields__", {}))

    @classmethod
    def declared(cls) -> dict[str, Any]:
        """Each declared parameter's type (resolved now: annotations are text until asked)."""
        hints = get_type_hints(cls)
        return {name: hints[name] for name in cls.names()}

    @property
    def params(self) -> dict[str, str | int]:
        """The parameters as plain values, for `--json` and for the app's wording."""
        out: dict[str, str | int] = {}
        for name in self.names():
            value = getattr(self, name)
            out[name] = str(value) if isinstance(value, Path) else value
        return out

    @property
    def message(self) -> str:
        """The English sentence, for the command line and logs (never shown in the app)."""
        return self.english.format(**{name: getattr(self, name) for name in self.names()})

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.params, "message": self.message}

    def __str__(self) -> str:
        return self.message


class RecorderError(Coded, Exception, family=True):
    """Base class: a failure with a message a person can act on."""


class Notice(Coded, family=True):
    """Base class: something worth a person's attention that did not stop the action."""


class VaultNotFound(RecorderError):
    code = "vault_not_found"
    english = "No vault at {path}. Create one with 'testimony init'."
    path: Path


class VaultExists(RecorderError):
    code = "vault_exists"
    english = "A vault already exists at {path}; it was left untouched."
    path: Path


class VaultInUse(RecorderError):
    code = "vault_in_use"
    english = ("The vault at {path} is open in another Testimony Recorder window or command. "
               "Close it there first.")
    path: Path


class WrongPassphrase(RecorderError):
    code = "wrong_passphrase"
    english = "Wrong passphrase. Nothing was changed; try again."


class WrongRecoveryKey(RecorderError):
    code = "wrong_recovery_key"
    english = "That recovery key does not open this vault. Nothing was changed."


class RecoveryKeyTypo(WrongRecoveryKey):
    code = "recovery_key_typo"
    english = ("That recovery key has a typing mistake (its check letters do not match). "
               "Check every group against the printed key and type it again.")


class WrongShares(RecorderError):
    code = "wrong_shares"
    english = ("These recovery shares do not open this vault (they belong to another vault, or "
               "were replaced by newer shares). Nothing was changed.")


class NotEnoughShares(RecorderError):
    code = "not_enough_shares"
    english = ("This needs {needed} different recovery shares; {given} were given. Nothing was "
               "changed.")
    needed: int
    given: int


class BadShare(RecorderError):
    code = "bad_share"
    english = ("Share {number} cannot be read ({detail}). Check each word against the paper; "
               "nothing was changed.")
    number: int
    detail: str


class VaultWiped(RecorderError):
    code = "vault_wiped"
    english = "The vault at {path} was wiped: its keys are destroyed and it cannot be opened."
    path: Path


class KeySlotsDamaged(RecorderError):
    code = "keyslots_damaged"
    english = ("The key file {path} is damaged ({detail}). Restore it from a backup; "
               "the vault was not changed.")
    path: Path
    detail: str


class DatabaseDamaged(RecorderError):
    code = "database_damaged"
    english = ("The vault database {path} is damaged or unreadable ({detail}). "
               "Restore it from a backup; nothing was changed.")
    path: Path
    detail: str


class VaultTooNew(RecorderError):
    code = "vault_too_new"
    english = ("This vault was written by a newer Testimony Recorder (schema {version}; this "
               "version knows up to {supported}). Update the app; the vault was not changed.")
    version: int
    supported: int


class MigrationFailed(RecorderError):
    code = "migration_failed"
    english = ("Upgrading the vault to schema {version} failed ({detail}). "
               "The vault was left exactly as it was.")
    version: int
    detail: str


class DiskFull(RecorderError):
    code = "disk_full"
    english = ("The disk holding {path} is full. Nothing was saved by this step; "
               "free some space and try again.")
    path: Path


class NotFound(RecorderError):
    code = "not_found"
    english = "No {kind} matches '{ref}'."
    kind: str
    ref: str


class AmbiguousReference(RecorderError):
    code = "ambiguous_reference"
    english = "'{ref}' matches more than one {kind}; type more of its id."
    kind: str
    ref: str


class InvalidRecord(RecorderError):
    code = "invalid_record"
    english = "{where}: {detail}"
    where: str
    detail: str


class IdentitySealed(RecorderError):
    code = "identity_sealed"
    english = ("This identity is sealed to the organisation's witness-identity key: this device "
               "cannot read it. To correct it, enter it again.")


class NoWitnessKeyEnrolled(RecorderError):
    code = "no_witness_key_enrolled"
    english = ("No witness-identity key is enrolled: trust your coordinator's key file (it "
               "carries the key) first. Nothing was sealed.")


class SelfLink(RecorderError):
    code = "self_link"
    english = ("A command link needs two different persons; nobody commands themselves. "
               "Nothing was changed.")


class AlreadyRecorded(RecorderError):
    code = "already_recorded"
    english = "This {kind} is already recorded ({detail}); nothing was added."
    kind: str
    detail: str


class RecordFrozen(RecorderError):
    code = "record_frozen"
    english = "The {what} is finalized and cannot be changed; add a correction as a new version."
    what: str


# -- media ---------------------------------------------------------------------------------------


class EmptyFile(RecorderError):
    code = "empty_file"
    english = "{name} is empty (0 bytes); nothing was stored."
    name: str


class UnsupportedMedia(RecorderError):
    code = "unsupported_media"
    english = ("{name} is not a supported media file ({detail}). Supported: WAV, FLAC, MP3, "
               "AAC, Ogg (Opus, Vorbis), MP4/M4A/MOV/3GP, JPEG, PNG, WebP, PDF and plain text. "
               "Nothing was stored.")
    name: str
    detail: str


class TruncatedMedia(RecorderError):
    code = "truncated_media"
    english = ("{name} is incomplete ({detail}): it was probably cut off while being copied. "
               "Copy it again from its source; nothing was stored.")
    name: str
    detail: str


class UnreadableMedia(RecorderError):
    code = "unreadable_media"
    english = "{name} cannot be read ({detail}); nothing was stored."
    name: str
    detail: str


class HashMismatch(RecorderError):
    code = "hash_mismatch"
    english = ("{name} does not match its recorded SHA-256 (expected {expected:.16}..., got "
               "{actual:.16}...): it was altered or damaged. Nothing was stored.")
    name: str
    expected: str
    actual: str


class MediaDamaged(RecorderError):
    code = "media_damaged"
    english = ("The stored media {ref} is damaged or was tampered with ({detail}). "
               "Restore the vault from a backup.")
    ref: str
    detail: str


class RedactionFailed(RecorderError):
    code = "redaction_failed"
    english = ("A redacted copy of {name} could not be made safely ({detail}). "
               "Do not share the original; nothing was stored.")
    name: str
    detail: str


class RecordingFailed(RecorderError):
    code = "recording_failed"
    english = "Recording failed: {detail}. Everything captured so far was kept."
    detail: str


class NoMicrophone(RecorderError):
    code = "no_microphone"
    english = "No audio input (microphone) was found. Plug one in and try again."


class MicrophoneNotFound(RecorderError):
    code = "microphone_not_found"
    english = ("No audio input named '{name}' was found. Check that it is plugged in, or "
               "leave out the name to use the default input.")
    name: str


class Cancelled(RecorderError):
    code = "cancelled"
    english = "{what} was cancelled; nothing half-done was kept."
    what: str


class AttachmentInUse(RecorderError):
    code = "attachment_in_use"
    english = "The attachment {ref} is the evidence of {used_by} and cannot be deleted."
    ref: str
    used_by: str


class CannotRead(RecorderError):
    """A file the person chose (an interview, a consent entry, its scan) could not be read."""

    code = "cannot_read"
    english = "Cannot read {path} ({detail}). Nothing was changed."
    path: Path
    detail: str


class CannotWrite(RecorderError):
    """A plaintext copy of an attachment (media export) could not be written."""

    code = "cannot_write"
    english = "Cannot write {path} ({detail}). Nothing was written."
    path: Path
    detail: str
