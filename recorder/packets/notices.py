"""What verifying a packet noticed without refusing it: gaps in a sender's sequence, and how
the sender's custody log links to what it sent before.

Declared like errors (see recorder/errors.py): the command line prints `message`, `--json`
gives code and params, and the app words each code in its own language (ui/messages.py).
"""

from __future__ import annotations

from ..errors import Notice


class PacketMissing(Notice):
    code = "packet_missing"
    english = "packet {sequence} from {sender_name} (device {sender}) is missing"
    sequence: int
    sender_name: str
    sender: str


class PacketsMissing(Notice):
    code = "packets_missing"
    english = "packets {first}\u2013{last} from {sender_name} (device {sender}) are missing"
    first: int
    last: int
    sender_name: str
    sender: str


def gap(first: int, last: int, sender_name: str, sender: str) -> Notice:
    """The notice for packets first..last (inclusive) of a sender not received."""
    if first == last:
        return PacketMissing(first, sender_name, sender)
    return PacketsMissing(first, last, sender_name, sender)


class PreviousPacketDiffers(Notice):
    code = "previous_packet_differs"
    english = ("the previous packet named by this one ({previous}) is not the packet {sequence} "
               "received ({received})")
    previous: str
    sequence: int
    received: str


# -- the custody log: exactly one of these describes how a packet's excerpt links up ------------


class CustodyContinuous(Notice):
    code = "custody_continuous"
    english = "continuous with what this sender sent before"


class CustodyFirstFromStart(Notice):
    code = "custody_first_from_start"
    english = "first packet from this sender: chain checked from its start"


class CustodyFirstFromEntry(Notice):
    code = "custody_first_from_entry"
    english = "first packet from this sender: chain checked from entry {entry}"
    entry: int


class CustodyUnlinked(Notice):
    code = "custody_unlinked"
    english = ("cannot be linked yet: entries {first}\u2013{last} come in packets that are "
               "missing")
    first: int
    last: int


class CustodyRewritten(Notice):
    """Also a warning: the sender's log no longer extends what it sent before."""

    code = "custody_rewritten"
    english = ("REWRITTEN HISTORY: the sender's custody log no longer extends what it sent "
               "before (entry {entry} changed)")
    entry: int


class FingerprintsNotStored(Notice):
    """An interview's duplicate-witness fingerprints came but could not be kept."""

    code = "fingerprints_not_stored"
    english = "the fingerprints of interview {interview_id} were {detail}"
    interview_id: str
    detail: str  # why, in English for the command line
