"""Failures of duplicate-witness detection, one class each (the UI words them by code)."""

from __future__ import annotations

from ..errors import RecorderError


class NoLinkageKey(RecorderError):
    code = "no_linkage_key"
    english = ("This vault has no organisation linkage key. Trust your coordinator's key file "
               "made for this device ('testimony keys export --for' on the coordinator's "
               "side); it carries the key.")


class LinkageKeyLocked(RecorderError):
    code = "linkage_key_locked"
    english = ("The organisation linkage key is kept under the witness-identity key, which is "
               "not in this vault. Ask protection staff to do this.")


class LinkageKeyNotForThisDevice(RecorderError):
    code = "linkage_key_not_for_this_device"
    english = ("The key file of {fingerprint} carries a linkage key made for another device. "
               "Nothing was trusted; ask the coordinator for a key file made for this device.")
    fingerprint: str


class CoordinatorOnly(RecorderError):
    code = "coordinator_only"
    english = "Only a coordinator's vault can {detail}."
    detail: str  # what was asked, in English for the command line


class UnknownWitness(RecorderError):
    code = "unknown_witness"
    english = "No witness in this vault has the code '{ref}'."
    ref: str


class SameWitness(RecorderError):
    code = "same_witness"
    english = "A pair needs two different witnesses; {ref} was given twice."
    ref: str


class BadPriorIndex(RecorderError):
    code = "bad_prior_index"
    english = ("{where} is not a prior-interview index for this vault ({detail}). Nothing was "
               "changed; ask your coordinator for a fresh one.")
    where: str
    detail: str
