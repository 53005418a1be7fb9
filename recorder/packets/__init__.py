"""Sealed packets: the signed, encrypted files that carry interviews from the field to a
coordinator (docs/packet-format.md), their receipts, and purging what was delivered."""
