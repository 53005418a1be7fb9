"""Why an archive action was refused: one class per reason, each with a unique code.

The facts of each failure are named attributes (for the UI's wording and for `--json`); the
English sentence is for the command line and logs only.
"""

from __future__ import annotations

from ..errors import RecorderError


class ArchiveError(RecorderError):
    """Base class of every refusal in the coordinator's archive."""

    code = "archive_error"


class NotACoordinatorVault(ArchiveError):
    code = "not_a_coordinator_vault"

    def __init__(self, role: str) -> None:
        super().__init__(f"This is an {role} vault; the archive is kept in a coordinator's "
                         "vault (made with 'testimony init --role coordinator').")
        self.role = role


class BadFilterDate(ArchiveError):
    code = "bad_filter_date"

    def __init__(self, value: str) -> None:
        super().__init__(f"'{value[:40]}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.")
        self.value = value[:40]


class BadFilterValue(ArchiveError):
    code = "bad_filter_value"

    def __init__(self, name: str, value: str, allowed: tuple[str, ...]) -> None:
        super().__init__(f"'{value[:40]}' is not a value of {name}; use one of "
                         f"{', '.join(allowed)}.")
        self.name = name
        self.value = value[:40]
        self.allowed = allowed


class NotADeviceKey(ArchiveError):
    code = "not_a_device_key"

    def __init__(self, fingerprint: str, role: str) -> None:
        super().__init__(f"The key {fingerprint} belongs to a {role}, not to an interviewer's "
                         "device; it was not enrolled.")
        self.fingerprint = fingerprint
        self.role = role


class UnknownDevice(ArchiveError):
    code = "unknown_device"

    def __init__(self, ref: str) -> None:
        super().__init__(f"No enrolled device matches '{ref[:60]}'.")
        self.ref = ref[:60]


class UnknownPerpetrator(ArchiveError):
    code = "unknown_perpetrator"

    def __init__(self, ref: str) -> None:
        super().__init__(f"No entry of the perpetrator index matches '{ref[:60]}'.")
        self.ref = ref[:60]


class AmbiguousPerpetrator(ArchiveError):
    code = "ambiguous_perpetrator"

    def __init__(self, ref: str) -> None:
        super().__init__(f"'{ref[:60]}' matches more than one entry of the perpetrator index; "
                         "type more of its id.")
        self.ref = ref[:60]


class AlreadyMerged(ArchiveError):
    code = "already_merged"

    def __init__(self, first: str, second: str) -> None:
        super().__init__(f"{first} and {second} are already one entry; nothing was changed.")
        self.first = first
        self.second = second


class MergeKindsDiffer(ArchiveError):
    code = "merge_kinds_differ"

    def __init__(self, first: str, second: str) -> None:
        super().__init__(f"{first} is a person and {second} a unit (or the reverse): only two "
                         "persons or two units can be merged. Nothing was changed.")
        self.first = first
        self.second = second


class UnknownMerge(ArchiveError):
    code = "unknown_merge"

    def __init__(self, ref: str) -> None:
        super().__init__(f"No merge in force matches '{ref[:60]}' (it may have been undone "
                         "already); nothing was changed.")
        self.ref = ref[:60]




class WitnessKeyClosed(ArchiveError):
    code = "witness_key_closed"

    def __init__(self) -> None:
        super().__init__("Identities stay sealed until the witness-identity key is opened "
                         "(held in this vault, or the key file protection staff keep).")


class WrongWitnessKey(ArchiveError):
    code = "wrong_witness_key"

    def __init__(self) -> None:
        super().__init__("That is not this archive's witness-identity key; no identity was "
                         "revealed.")


class RevealReasonRequired(ArchiveError):
    code = "reveal_reason_required"

    def __init__(self) -> None:
        super().__init__("Say why the identity is needed: each reveal is written in the "
                         "custody log with its reason. Nothing was revealed.")


class NoIdentityHeld(ArchiveError):
    code = "no_identity_held"

    def __init__(self, interview_id: str) -> None:
        super().__init__(f"The archive holds no identity for the witness of interview "
                         f"{interview_id} (consent did not allow it to be shared, or it was "
                         "destroyed).")
        self.interview_id = interview_id


class BatchNotReady(ArchiveError):
    code = "batch_not_ready"

    def __init__(self, state: str) -> None:
        super().__init__(f"The import cannot do that now (it is {state}).")
        self.state = state


class UnknownBatch(ArchiveError):
    code = "unknown_batch"

    def __init__(self, ref: str) -> None:
        super().__init__(f"No stored import report matches '{ref[:60]}'.")
        self.ref = ref[:60]
