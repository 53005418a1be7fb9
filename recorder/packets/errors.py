"""Why a packet, a receipt or an export was refused: one class per reason.

Every rejection leaves the vault exactly as it was; messages say what happened and what to do.
"""

from __future__ import annotations

from ..errors import RecorderError


class PacketError(RecorderError):
    """Base class of every refusal to verify or import a packet."""

    code = "packet_error"


class NotAPacket(PacketError):
    code = "not_a_packet"

    def __init__(self, where: str) -> None:
        super().__init__(f"{where} is not a Testimony Recorder packet (not an age file).")


class TruncatedPacket(PacketError):
    code = "truncated_packet"

    def __init__(self, where: str) -> None:
        super().__init__(f"{where} is incomplete: the file was cut short (an unfinished copy or "
                         "a full disk?). Copy it again from the original; nothing was imported.")


class TamperedPacket(PacketError):
    code = "tampered_packet"

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(f"{where} was altered or damaged ({detail}). Do not use it; ask the "
                         "sender for a fresh copy. Nothing was imported.")
        self.detail = detail


class WrongRecipient(PacketError):
    code = "wrong_recipient"

    def __init__(self, where: str) -> None:
        super().__init__(f"{where} is not addressed to this vault (or its header is damaged): "
                         "none of this vault's keys opens it. Nothing was imported.")


class MissingVolume(PacketError):
    code = "missing_volume"

    def __init__(self, where: str, number: int) -> None:
        super().__init__(f"Volume {number:03d} of {where} is missing. Put every volume "
                         f"({where}.001, .002, ...) in the same folder and try again.")
        self.number = number


class UnreadablePacket(PacketError):
    code = "unreadable_packet"

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(f"{where} cannot be read ({detail}). Nothing was imported.")


class UnknownSender(PacketError):
    code = "unknown_sender"

    def __init__(self, fingerprint: str) -> None:
        super().__init__(f"The packet was signed by {fingerprint}, which is not a trusted key "
                         "here. Enrol the sender first ('testimony keys trust', after checking "
                         "the fingerprint with them); nothing was imported.")
        self.fingerprint = fingerprint


class RevokedSender(PacketError):
    code = "revoked_sender"

    def __init__(self, fingerprint: str) -> None:
        super().__init__(f"The packet was signed by {fingerprint}, whose key was revoked. "
                         "Nothing was imported.")
        self.fingerprint = fingerprint


class BadSignature(PacketError):
    code = "bad_signature"

    def __init__(self, fingerprint: str) -> None:
        super().__init__(f"The packet's signature does not verify with the key of "
                         f"{fingerprint}: it is forged or altered. Nothing was imported.")
        self.fingerprint = fingerprint


class ReplayedPacket(PacketError):
    code = "replayed_packet"

    def __init__(self, packet_id: str, detail: str) -> None:
        super().__init__(f"Packet {packet_id} is a replay ({detail}). Nothing was imported.")
        self.packet_id = packet_id


class MalformedMember(PacketError):
    code = "malformed_member"

    def __init__(self, member: str, detail: str) -> None:
        super().__init__(f"The packet's member {member!r} is malformed ({detail}). "
                         "Nothing was imported.")
        self.member = member
        self.detail = detail


class UnsafePath(PacketError):
    code = "unsafe_path"

    def __init__(self, member: str) -> None:
        super().__init__(f"The packet holds a member with an unsafe name ({member[:80]!r}). "
                         "It was refused; nothing was imported.")
        self.member = member


class OversizeMember(PacketError):
    code = "oversize_member"

    def __init__(self, member: str, size: int, limit: int) -> None:
        super().__init__(f"The packet's member {member!r} is {size} bytes, over the limit of "
                         f"{limit}. It was refused; nothing was imported.")
        self.member = member


class UnsupportedPacket(PacketError):
    code = "unsupported_packet"

    def __init__(self, detail: str) -> None:
        super().__init__(f"This packet needs a newer Testimony Recorder ({detail}). "
                         "Nothing was imported.")


class ConsentMismatch(PacketError):
    code = "consent_mismatch"

    def __init__(self, interview_id: str, detail: str) -> None:
        super().__init__(f"Interview {interview_id} in the packet goes beyond its witness's "
                         f"consent ({detail}). The packet was refused; nothing was imported.")


class ForeignInterview(PacketError):
    code = "foreign_interview"

    def __init__(self, interview_id: str) -> None:
        super().__init__(f"Interview {interview_id} was imported from another device; this "
                         "sender cannot replace it. Nothing was imported.")


# -- exporting ------------------------------------------------------------------------------


class ExportError(RecorderError):
    code = "export_error"


class NoRecipients(ExportError):
    code = "no_recipients"

    def __init__(self) -> None:
        super().__init__("Choose at least one trusted recipient.")


class RecipientUnusable(ExportError):
    code = "recipient_unusable"

    def __init__(self, fingerprint: str, detail: str) -> None:
        super().__init__(f"Cannot send to {fingerprint}: {detail}.")


class NothingToExport(ExportError):
    code = "nothing_to_export"

    def __init__(self) -> None:
        super().__init__("Nothing to export: no finalized interview is new or changed since "
                         "the last export to these recipients, and consent allows none.")


class PlanOutdated(ExportError):
    code = "plan_outdated"

    def __init__(self, ref: str) -> None:
        super().__init__(f"{ref} changed after the preview; preview the export again "
                         "(nothing was written).")
        self.ref = ref


class ExportStepError(ExportError):
    """A step the export flow does not allow from where it is (a programming error)."""

    code = "export_step"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The export steps were taken out of order ({detail}).")
        self.detail = detail


class PacketTooLarge(ExportError):
    code = "packet_too_large"

    def __init__(self, detail: str) -> None:
        super().__init__(f"The packet would be too large ({detail}). Export fewer interviews "
                         "at a time (--interview).")


class MediaChanged(ExportError):
    code = "media_changed"

    def __init__(self, attachment_id: str) -> None:
        super().__init__(f"Attachment {attachment_id} does not match its recorded hash in the "
                         "media store. The export was stopped; nothing was written.")


class CannotWrite(ExportError):
    code = "cannot_write"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"Cannot write the packet to {path} ({detail}); nothing was exported.")


class BadVolumeSize(ExportError):
    code = "bad_volume_size"

    def __init__(self, text: str) -> None:
        super().__init__(f"'{text}' is not a usable volume size (e.g. 4G, 700M; at least 1M).")


class OutputExists(ExportError):
    code = "output_exists"

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} already exists; choose another name (nothing was written).")


# -- receipts -------------------------------------------------------------------------------


class ReceiptError(RecorderError):
    code = "receipt_error"


class BadReceipt(ReceiptError):
    code = "bad_receipt"

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(f"{where} is not a valid receipt for this vault ({detail}). "
                         "Nothing was changed.")
        self.detail = detail


class NothingToReceipt(ReceiptError):
    code = "nothing_to_receipt"

    def __init__(self, fingerprint: str) -> None:
        super().__init__(f"No imported packet from {fingerprint} is waiting for a receipt.")


# -- purging --------------------------------------------------------------------------------


class PurgeOutdated(RecorderError):
    """What may be purged is no longer what the person confirmed: nothing is destroyed."""

    code = "purge_outdated"

    def __init__(self, ref: str) -> None:
        super().__init__(f"{ref} changed after the list of what to purge was shown; nothing "
                         "was purged. Look at the list again.")
        self.ref = ref
