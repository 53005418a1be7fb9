"""Why a packet, a receipt or an export was refused: one class per reason.

Every rejection leaves the vault exactly as it was; messages say what happened and what to do.
How to declare one: see recorder/errors.py.
"""

from __future__ import annotations

from ..errors import RecorderError


class PacketError(RecorderError, family=True):
    """Every refusal to verify or import a packet."""


class NotAPacket(PacketError):
    code = "not_a_packet"
    english = "{where} is not a Testimony Recorder packet (not an age file)."
    where: str


class TruncatedPacket(PacketError):
    code = "truncated_packet"
    english = ("{where} is incomplete: the file was cut short (an unfinished copy or a full "
               "disk?). Copy it again from the original; nothing was imported.")
    where: str


class TamperedPacket(PacketError):
    code = "tampered_packet"
    english = ("{where} was altered or damaged ({detail}). Do not use it; ask the sender for a "
               "fresh copy. Nothing was imported.")
    where: str
    detail: str


class WrongRecipient(PacketError):
    code = "wrong_recipient"
    english = ("{where} is not addressed to this vault (or its header is damaged): none of this "
               "vault's keys opens it. Nothing was imported.")
    where: str


class MissingVolume(PacketError):
    code = "missing_volume"
    english = ("Volume {number:03d} of {where} is missing. Put every volume ({where}.001, .002, "
               "...) in the same folder and try again.")
    where: str
    number: int


class UnreadablePacket(PacketError):
    code = "unreadable_packet"
    english = "{where} cannot be read ({detail}). Nothing was imported."
    where: str
    detail: str


class UnknownSender(PacketError):
    code = "unknown_sender"
    english = ("The packet was signed by {fingerprint}, which is not a trusted key here. Enrol "
               "the sender first ('testimony keys trust', after checking the fingerprint with "
               "them); nothing was imported.")
    fingerprint: str


class RevokedSender(PacketError):
    code = "revoked_sender"
    english = ("The packet was signed by {fingerprint}, whose key was revoked. "
               "Nothing was imported.")
    fingerprint: str


class BadSignature(PacketError):
    code = "bad_signature"
    english = ("The packet's signature does not verify with the key of {fingerprint}: it is "
               "forged or altered. Nothing was imported.")
    fingerprint: str


class ReplayedPacket(PacketError):
    code = "replayed_packet"
    english = "Packet {packet_id} is a replay ({detail}). Nothing was imported."
    packet_id: str
    detail: str


class MalformedMember(PacketError):
    code = "malformed_member"
    english = "The packet's member {member!r} is malformed ({detail}). Nothing was imported."
    member: str
    detail: str


class UnsafePath(PacketError):
    code = "unsafe_path"
    english = ("The packet holds a member with an unsafe name ({member!r:.80}). It was refused; "
               "nothing was imported.")
    member: str


class OversizeMember(PacketError):
    code = "oversize_member"
    english = ("The packet's member {member!r} is {size} bytes, over the limit of {limit}. It was "
               "refused; nothing was imported.")
    member: str
    size: int
    limit: int


class UnsupportedPacket(PacketError):
    code = "unsupported_packet"
    english = "This packet needs a newer Testimony Recorder ({detail}). Nothing was imported."
    detail: str


class ConsentMismatch(PacketError):
    code = "consent_mismatch"
    english = ("Interview {interview_id} in the packet goes beyond its witness's consent "
               "({detail}). The packet was refused; nothing was imported.")
    interview_id: str
    detail: str


class ForeignInterview(PacketError):
    code = "foreign_interview"
    english = ("Interview {interview_id} was imported from another device; this sender cannot "
               "replace it. Nothing was imported.")
    interview_id: str


# -- exporting ------------------------------------------------------------------------------


class ExportError(RecorderError, family=True):
    """Every refusal to seal a packet."""


class NoRecipients(ExportError):
    code = "no_recipients"
    english = "Choose at least one trusted recipient."


class RecipientUnusable(ExportError, family=True):
    """A chosen recipient's key cannot carry this packet."""


class RecipientRevoked(RecipientUnusable):
    code = "recipient_revoked"
    english = "Cannot send to {fingerprint}: its key was revoked. Choose another recipient."
    fingerprint: str


class RecipientNotPostQuantum(RecipientUnusable):
    code = "recipient_not_post_quantum"
    english = ("Cannot send to {fingerprint} with post-quantum encryption: its key file has no "
               "post-quantum recipient. Ask for a new key file, or leave out --pq.")
    fingerprint: str


class RecipientKeyMissing(RecipientUnusable):
    code = "recipient_key_missing"
    english = ("Cannot send to {fingerprint}: {detail}. Ask for a new key file and trust it "
               "again.")
    fingerprint: str
    detail: str  # which key is missing, in English for the command line


class IdentityKeyNotPostQuantum(RecipientUnusable):
    code = "identity_key_not_post_quantum"
    english = ("Cannot send to {fingerprint} with post-quantum encryption: its witness-identity "
               "key is not post-quantum. Ask for a new key file, or leave out --pq.")
    fingerprint: str


class NothingToExport(ExportError):
    code = "nothing_to_export"
    english = ("Nothing to export: no finalized interview is new or changed since the last "
               "export to these recipients, and consent allows none.")


class PlanOutdated(ExportError):
    code = "plan_outdated"
    english = "{ref} changed after the preview; preview the export again (nothing was written)."
    ref: str


class InterviewVanished(ExportError):
    code = "interview_vanished"
    english = ("Interview {interview_id} was deleted, or lost its finalized testimony, while the "
               "packet was being sealed. Nothing was written; preview the export again.")
    interview_id: str


class PacketTooLarge(ExportError):
    code = "packet_too_large"
    english = ("The packet would be too large ({detail}). Export fewer interviews at a time "
               "(--interview).")
    detail: str


class AttachmentTooLarge(ExportError):
    code = "attachment_too_large"
    english = ("Attachment {attachment_id} is larger than 8 GiB, the most a packet can carry, "
               "so nothing was written. Ask your coordinator how to deliver it.")
    attachment_id: str


class MediaChanged(ExportError):
    code = "media_changed"
    english = ("Attachment {attachment_id} does not match its recorded hash in the media store. "
               "The export was stopped; nothing was written.")
    attachment_id: str


class BadVolumeSize(ExportError):
    code = "bad_volume_size"
    english = "'{text}' is not a usable volume size (e.g. 4G, 700M; at least 1M)."
    text: str


class OutputExists(ExportError):
    code = "output_exists"
    english = "{path} already exists; choose another name (nothing was written)."
    path: str


# -- receipts -------------------------------------------------------------------------------


class ReceiptError(RecorderError, family=True):
    """Every refusal to write or import a receipt."""


class BadReceipt(ReceiptError):
    code = "bad_receipt"
    english = "{where} is not a valid receipt for this vault ({detail}). Nothing was changed."
    where: str
    detail: str


class NothingToReceipt(ReceiptError):
    code = "nothing_to_receipt"
    english = "No imported packet from {fingerprint} is waiting for a receipt."
    fingerprint: str
