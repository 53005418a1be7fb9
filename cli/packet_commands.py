"""export | verify | receipt | purge: moving interviews as sealed packets (import is in
archive_commands: a batch of packets)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from testimony_recorder.recorder.packets import importer, purge, receipts
from testimony_recorder.recorder.packets.export_flow import ExportFlow
from testimony_recorder.recorder.packets.plan import ALL, CHOSEN, SINCE_LAST, UNACKNOWLEDGED, Scope
from testimony_recorder.recorder.packets.preview import Preview
from testimony_recorder.recorder.packets.volumes import neutral_name, parse_size
from testimony_recorder.recorder.store import interviews
from testimony_recorder.recorder.vault import Vault

from . import context
from .context import emit_json, say


def register(sub: argparse._SubParsersAction) -> None:
    e = sub.add_parser("export", help="seal interviews into a packet for trusted recipients")
    e.add_argument("--to", nargs="+", required=True, metavar="FINGERPRINT",
                   help="trusted recipients (a fingerprint, or its first characters)")
    e.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="the packet file; a folder gets a random name that reveals nothing")
    scope = e.add_mutually_exclusive_group()
    scope.add_argument("--since-last", action="store_true",
                       help="everything finalized that is new or changed since the last "
                            "export to these recipients (default)")
    scope.add_argument("--all", action="store_true", help="every finalized interview")
    scope.add_argument("--unacknowledged", action="store_true",
                       help="every finalized interview no receipt acknowledged yet in its "
                            "current version (to re-send packets that were lost)")
    scope.add_argument("--interview", nargs="+", metavar="ID", help="these interviews")
    e.add_argument("--volume-size", metavar="SIZE",
                   help="split into volumes FILE.001, FILE.002, ... of at most SIZE "
                        "(e.g. 4000M for FAT32 sticks)")
    e.add_argument("--pq", action="store_true",
                   help="post-quantum encryption (mlkem768x25519; recipients need age 1.3+ "
                        "to open it without this app)")
    e.add_argument("--dry-run", action="store_true", help="show the preview only")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=export)

    v = sub.add_parser("verify", help="check a packet without importing it")
    v.add_argument("packet")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=verify)

    r = sub.add_parser("receipt", help="write or import receipts for delivered packets")
    rs = r.add_subparsers(dest="receipt_command", required=True, metavar="COMMAND")
    w = rs.add_parser("write", help="coordinator: acknowledge packets imported from a sender")
    w.add_argument("--for", dest="sender", required=True, metavar="FINGERPRINT")
    w.add_argument("-o", "--output", required=True, metavar="FILE")
    w.add_argument("--packet", nargs="+", metavar="ID", help="only these packets")
    w.set_defaults(func=receipt_write)
    ri = rs.add_parser("import", help="interviewer: import a receipt from the coordinator")
    ri.add_argument("file")
    ri.add_argument("--json", action="store_true")
    ri.set_defaults(func=receipt_import)
    rl = rs.add_parser("list", help="interviewer: interviews acknowledged as delivered")
    rl.add_argument("--json", action="store_true")
    rl.set_defaults(func=receipt_list)

    p = sub.add_parser("purge", help="destroy delivered material on this device")
    p.add_argument("--delivered", action="store_true", required=True,
                   help="interviews a receipt acknowledged, unchanged since")
    p.add_argument("--dry-run", action="store_true", help="only list what would be purged")
    p.add_argument("--including-undelivered", action="store_true",
                   help="also destroy parts consent kept out of every packet")
    p.add_argument("--yes", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=purge_)


def export(args: argparse.Namespace) -> int:
    """The export flow the desktop app's wizard drives too, one step after the other."""
    volume = parse_size(args.volume_size) if args.volume_size else None
    flow = ExportFlow()
    with context.unlock(args) as vault:
        flow.choose_recipients(vault, args.to, post_quantum=args.pq)
        shown = flow.choose_scope(vault, _scope(vault, args))
        if args.dry_run:
            if args.json:
                emit_json(shown.to_json())
            else:
                _print_preview(shown)
            return 0
        out = Path(args.output)
        if out.is_dir():
            out = neutral_name(out)
        result = flow.seal(vault, out, volume_size=volume)
    if args.json:
        emit_json({"packet_id": result.packet_id, "files": [str(p) for p in result.paths],
                   "size": result.size, "manifest_sha256": result.manifest_sha256,
                   "interviews": result.interviews, "consent_changes": result.consent_changes,
                   "left_out": result.left_out, "sequences": result.sequences})
        return 0
    say(f"Sealed packet {result.packet_id}: {result.interviews} interview(s), "
        f"{result.consent_changes} consent change(s), {result.left_out} left out.")
    for path in result.paths:
        say(f"  {path}")
    return 0


def _scope(vault: Vault, args: argparse.Namespace) -> Scope:
    if args.interview:
        return Scope(CHOSEN, tuple(interviews.resolve(vault.conn, ref) for ref in args.interview))
    return Scope(ALL if args.all else UNACKNOWLEDGED if args.unacknowledged else SINCE_LAST)


def _print_preview(shown: Preview) -> None:
    for item in shown.included:
        identity = "identity sealed" if item.identity.included else (
            "identity left out: " + item.identity.rule)
        say(f"include  {item.interview_id}  {item.witness_code}  "
            f"v{','.join(map(str, item.testimony_versions))}  {identity}")
        for m in item.media:
            say(f"           {m.attachment_id}  {m.form}: {m.rule}")
    for left in shown.left_out:
        say(f"leave out {left.interview_id}  {left.witness_code}: {left.reason}")
    for change in shown.consent_changes:
        say(f"consent  {change.interview_id}: {change.kind} (follows the earlier delivery)")


def verify(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        report = importer.verify_packet(vault, Path(args.packet))
    if args.json:
        emit_json(report.to_json())
    else:
        say(report.to_text())
    return 0


def receipt_write(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        result = receipts.make_receipt(vault, args.sender, Path(args.output), args.packet)
    say(f"Wrote receipt {result.receipt_id} for {len(result.packets)} packet(s) to "
        f"{result.path}.")
    return 0


def receipt_import(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        result = receipts.import_receipt(vault, Path(args.file))
    if args.json:
        emit_json(result.__dict__)
    elif result.already_imported:
        say(f"Receipt {result.receipt_id} was imported before; nothing changed.")
    else:
        say(f"Receipt {result.receipt_id} from {result.coordinator}: "
            f"{len(result.delivered)} interview(s) delivered.")
        for interview_id in result.delivered:
            say(f"  delivered {interview_id}")
    return 0


def receipt_list(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        delivered = receipts.delivered_interviews(vault)
    if args.json:
        emit_json(delivered)
        return 0
    for d in delivered:
        say(f"{d['interview_id']}  to {d['fingerprint']}  packet {d['packet_id']}  "
            f"acknowledged {d['acknowledged_at']}")
    return 0


def purge_(args: argparse.Namespace) -> int:
    """List what can be purged; after confirmation destroy exactly that list (or nothing, if
    it changed meanwhile)."""
    with context.unlock(args) as vault:
        shown = purge.plan(vault, include_undelivered=args.including_undelivered)
        if args.dry_run or not shown.purgeable:
            _print_purge(args, shown, dry_run=True)
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise context.UsageError("Add --yes to purge (no terminal to confirm on).")
            if not args.json:
                _print_purge(args, shown, dry_run=True)
            answer = input(f"Destroy these {len(shown.purgeable)} delivered interview(s) on "
                           "this device? Type PURGE to confirm: ")
            if answer.strip() != "PURGE":
                say("Nothing was purged.")
                return 1
        purge.purge(vault, shown)
    _print_purge(args, shown, dry_run=False)
    return 0


def _print_purge(args: argparse.Namespace, shown: purge.PurgePlan, *, dry_run: bool) -> None:
    if args.json:
        emit_json(shown.to_json(dry_run=dry_run))
        return
    verb = "Would purge" if dry_run else "Purged"
    for c in shown.purgeable:
        say(f"{verb} {c.interview_id}  {c.witness_code}  (receipt {c.receipt_id})")
    for c in shown.skipped:
        say(f"Kept    {c.interview_id}  {c.witness_code}: {c.reason}")
