"""English wording of the archive's codes for the command line (the desktop app words them
in each language in ui/)."""

from __future__ import annotations

from typing import Any

_REJECTIONS = {
    "file_not_found": "no such file or folder",
    "unreadable_file": "cannot be read ({reason})",
    "not_a_packet": "not a Testimony Recorder packet",
    "truncated_packet": "incomplete (cut short while copying?); copy it again",
    "tampered_packet": "altered or damaged ({detail}); ask the sender for a fresh copy",
    "wrong_recipient": "not addressed to this vault",
    "missing_volume": "volume {number} is missing; put every volume in the same folder",
    "unreadable_packet": "cannot be read",
    "unknown_sender": "signed by {fingerprint}, a device not enrolled here",
    "revoked_sender": "signed by {fingerprint}, a revoked device",
    "bad_signature": "the signature of {fingerprint} does not verify: forged or altered",
    "replayed_packet": "a replay of packet {packet_id}",
    "malformed_member": "its part {member} is malformed ({detail})",
    "unsafe_path": "it holds a part with an unsafe name",
    "oversize_member": "its part {member} is too large",
    "unsupported_packet": "it needs a newer Testimony Recorder",
    "consent_mismatch": "it goes beyond a witness's consent",
    "foreign_interview": "it would overwrite an interview from another device",
    "cancelled": "cancelled",
    "disk_full": "the disk is full",
}
_OUTCOMES = {
    "imported": "imported",
    "already_had": "already had (imported before; nothing changed)",
    "rejected": "REFUSED, nothing imported",
    "cancelled": "cancelled, nothing of it kept",
    "not_started": "not started",
}


def rejection(code: str, params: dict[str, Any]) -> str:
    template = _REJECTIONS.get(code)
    if template is None:
        return code.replace("_", " ")
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template.split(" (")[0].split(":")[0]


def outcome(code: str) -> str:
    return _OUTCOMES.get(code, code)


def warning(data: dict[str, Any]) -> str:
    if data.get("code") == "sequence_gap":
        first, last = data["first"], data["last"]
        return (f"packet {first} from this device is missing" if first == last
                else f"packets {first}-{last} from this device are missing")
    if data.get("code") == "history_rewritten":
        return "the device's custody log no longer extends what it sent before"
    return str(data.get("code"))


def gap(name: str, fingerprint: str, first: int, last: int) -> str:
    what = f"packet {first}" if first == last else f"packets {first}-{last}"
    verb = "is" if first == last else "are"
    return f"{what} from {name} (device {fingerprint}) {verb} missing"
