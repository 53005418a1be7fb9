"""Failures of duplicate-witness detection, one class each (the UI words them by code)."""

from __future__ import annotations

from ..errors import RecorderError


class NoLinkageKey(RecorderError):
    code = "no_linkage_key"

    def __init__(self) -> None:
        super().__init__("This vault has no organisation linkage key. Trust your "
                         "coordinator's key file made for this device ('testimony keys export "
                         "--for' on the coordinator's side); it carries the key.")


class LinkageKeyLocked(RecorderError):
    code = "linkage_key_locked"

    def __init__(self) -> None:
        super().__init__("The organisation linkage key is kept under the witness-identity "
                         "key, which is not in this vault. Ask protection staff to do this.")


class LinkageKeyNotForThisDevice(RecorderError):
    code = "linkage_key_not_for_this_device"

    def __init__(self, fingerprint: str) -> None:
        super().__init__(f"The key file of {fingerprint} carries a linkage key made for another "
                         "device. Nothing was trusted; ask the coordinator for a key file made "
                         "for this device.")
        self.fingerprint = fingerprint


class CoordinatorOnly(RecorderError):
    code = "coordinator_only"

    def __init__(self, action: str) -> None:
        super().__init__(f"Only a coordinator's vault can {action}.")
        self.action = action


class UnknownWitness(RecorderError):
    code = "unknown_witness"

    def __init__(self, ref: str) -> None:
        super().__init__(f"No witness in this vault has the code '{ref[:40]}'.")
        self.ref = ref


class SameWitness(RecorderError):
    code = "same_witness"

    def __init__(self, ref: str) -> None:
        super().__init__(f"A pair needs two different witnesses; {ref[:40]} was given twice.")
        self.ref = ref


class BadPriorIndex(RecorderError):
    code = "bad_prior_index"

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(f"{where} is not a prior-interview index for this vault ({detail}). "
                         "Nothing was changed; ask your coordinator for a fresh one.")
        self.name = where  # the file's name, which the app's wording shows
        self.detail = detail
