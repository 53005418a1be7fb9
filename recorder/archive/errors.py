"""Why an archive action was refused: one class per reason, each with a unique code and its
facts as declared parameters (recorder/errors.py says how); the app words each code."""

from __future__ import annotations

from ..errors import RecorderError


class ArchiveError(RecorderError, family=True):
    """Base class of every refusal in the coordinator's archive."""


class NotACoordinatorVault(ArchiveError):
    code = "not_a_coordinator_vault"
    english = ("This is an {role} vault; the archive is kept in a coordinator's vault (made "
               "with 'testimony init --role coordinator').")
    role: str


class BadFilterDate(ArchiveError):
    code = "bad_filter_date"
    english = "'{value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD."
    value: str


class BadFilterValue(ArchiveError):
    code = "bad_filter_value"
    english = "'{value}' is not a value of {name}; use one of {allowed}."
    name: str
    value: str
    allowed: str  # the values allowed, comma-separated


class NotADeviceKey(ArchiveError):
    code = "not_a_device_key"
    english = ("The key {fingerprint} belongs to a {role}, not to an interviewer's device; it "
               "was not enrolled.")
    fingerprint: str
    role: str


class UnknownDevice(ArchiveError):
    code = "unknown_device"
    english = "No enrolled device matches '{ref}'."
    ref: str


class UnknownPerpetrator(ArchiveError):
    code = "unknown_perpetrator"
    english = "No entry of the perpetrator index matches '{ref}'."
    ref: str


class AmbiguousPerpetrator(ArchiveError):
    code = "ambiguous_perpetrator"
    english = ("'{ref}' matches more than one entry of the perpetrator index; type more of "
               "its id.")
    ref: str


class AlreadyMerged(ArchiveError):
    code = "already_merged"
    english = "{first} and {second} are already one entry; nothing was changed."
    first: str
    second: str


class MergeKindsDiffer(ArchiveError):
    code = "merge_kinds_differ"
    english = ("{first} is a person and {second} a unit (or the reverse): only two persons or "
               "two units can be merged. Nothing was changed.")
    first: str
    second: str


class UnknownMerge(ArchiveError):
    code = "unknown_merge"
    english = ("No merge in force matches '{ref}' (it may have been undone already); nothing "
               "was changed.")
    ref: str


class WitnessKeyClosed(ArchiveError):
    code = "witness_key_closed"
    english = ("Identities stay sealed until the witness-identity key is opened (held in this "
               "vault, or the key file protection staff keep).")


class WrongWitnessKey(ArchiveError):
    code = "wrong_witness_key"
    english = "That is not this archive's witness-identity key; no identity was revealed."


class RevealReasonRequired(ArchiveError):
    code = "reveal_reason_required"
    english = ("Say why the identity is needed: each reveal is written in the custody log with "
               "its reason. Nothing was revealed.")


class NoIdentityHeld(ArchiveError):
    code = "no_identity_held"
    english = ("The archive holds no identity for the witness of interview {interview_id} "
               "(consent did not allow it to be shared, or it was destroyed).")
    interview_id: str


class BatchNotReady(ArchiveError):
    code = "batch_not_ready"
    english = "The import cannot do that now (it is {state})."
    state: str


class UnknownBatch(ArchiveError):
    code = "unknown_batch"
    english = "No stored import report matches '{ref}'."
    ref: str
