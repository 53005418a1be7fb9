"""identities status | seal: identities sealed to the witness-identity key."""

from __future__ import annotations

import argparse

from testimony_recorder.recorder.store import sealed_identity, witnesses

from . import context
from .context import emit_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("identities", help="witness identities sealed to the organisation's "
                                          "witness-identity key")
    ids = p.add_subparsers(dest="identities_command", required=True, metavar="COMMAND")
    s = ids.add_parser("status", help="whether a key is enrolled, and how many identities "
                                      "are still readable here")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=status)
    seal = ids.add_parser("seal", help="seal every identity still readable here (once a "
                                       "key is enrolled)")
    seal.set_defaults(func=seal_)


def status(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        enrolled = sealed_identity.sealing_keys(vault) is not None
        still_open = witnesses.open_identity_count(vault.conn)
    if args.json:
        emit_json({"key_enrolled": enrolled, "unsealed": still_open})
        return 0
    if enrolled:
        say("Identities are sealed to the witness-identity key when they are saved: this "
            "device cannot read them afterwards.")
    else:
        say("No witness-identity key is enrolled: identities saved now stay readable on this "
            "device (and to anyone who forces its passphrase). Trust your coordinator's key "
            "file, then run 'testimony identities seal'.")
    say(f"Identities still readable here: {still_open}.")
    return 0


def seal_(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        count = witnesses.seal_open_identities(vault)
    say(f"Sealed {count} identit{'y' if count == 1 else 'ies'}; this device can no longer "
        "read them.")
    return 0
