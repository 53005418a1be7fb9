"""devices list | enrol | revoke: the interviewer devices a coordinator accepts packets from."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from testimony_recorder.recorder.archive import devices
from testimony_recorder.recorder.archive.devices import Device
from testimony_recorder.recorder.keys import bundle as key_bundle

from . import context
from .context import emit_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("devices", help="enrolled interviewer devices (coordinator)")
    ds = p.add_subparsers(dest="devices_command", required=True, metavar="COMMAND")
    ls = ds.add_parser("list", help="every enrolled device: packets, sequence numbers, gaps")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)
    e = ds.add_parser("enrol", help="accept packets from an interviewer's device, after "
                                    "checking its fingerprint")
    e.add_argument("keyfile", metavar="KEYFILE", help="the device's public key file")
    e.add_argument("--fingerprint", required=True, metavar="FP",
                   help="the fingerprint the interviewer read out or showed you")
    e.set_defaults(func=enrol)
    r = ds.add_parser("revoke", help="refuse the device's packets from now on (what was "
                                     "imported from it stays)")
    r.add_argument("fingerprint", metavar="FP", help="its fingerprint, or the start of it")
    r.add_argument("--reason", default="", help="why (kept in the custody log)")
    r.set_defaults(func=revoke)


def _ranges(missing: tuple[tuple[int, int], ...]) -> str:
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in missing) or "none"


def _describe(d: Device) -> None:
    state = f"REVOKED {d.revoked_at[:10]}" if d.revoked_at else "enrolled"
    say(f"{d.fingerprint}  {d.name} ({d.organisation or '-'})  {state}")
    say(f"    {d.packets} packet(s), {d.interviews} interview(s); last sequence "
        f"{d.last_sequence if d.last_sequence is not None else '-'}; missing: "
        f"{_ranges(d.missing)}")
    if d.first_packet_at:
        say(f"    packets sealed {d.first_packet_at} .. {d.last_packet_at}; last import "
            f"{d.last_import_at}")
    if d.revoked_reason:
        say(f"    revoked because: {d.revoked_reason}")
    if d.history_rewritten_at:
        say(f"    WARNING: its custody log was rewritten (seen {d.history_rewritten_at})")


def list_(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        found = devices.list_devices(vault.conn)
    if args.json:
        emit_json({"devices": [{**asdict(d), "revoked": d.revoked,
                                "missing": [list(m) for m in d.missing]} for d in found]})
        return 0
    for d in found:
        _describe(d)
    say(f"{len(found)} device(s).")
    return 0


def enrol(args: argparse.Namespace) -> int:
    path = Path(args.keyfile)
    raw = key_bundle.read_file(path)
    with context.unlock(args) as vault:
        device = devices.enrol(vault, raw, args.fingerprint, where=str(path))
    say(f"Enrolled {device.name} ({device.organisation or '-'}) {device.fingerprint}: its "
        "packets are accepted from now on.")
    return 0


def revoke(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        device = devices.revoke(vault, args.fingerprint, args.reason)
    say(f"Revoked {device.name} {device.fingerprint}: its new packets are refused; the "
        f"{device.interviews} interview(s) imported from it stay.")
    return 0
