"""export | verify | receipt | purge: moving interviews as sealed packets (import is in
archive_commands: a batch of packets)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from testimony_recorder.recorder.packets import importer, purge, receipts
from testimony_recorder.recorder.packets.plan import ALL, CHOSEN, SINCE_LAST, UNACKNOWLEDGED, Scope
from testimony_recorder.recorder.packets.volumes import neutral_name, parse_size
from testimony_recorder.recorder.packets.writer import export as export_packet
from testimony_recorder.recorder.store import interviews

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
    volume = parse_size(args.volume_size) if args.volume_size else None
    with context.unlock(args) as vault:
        if args.interview:
            scope = Scope(CHOSEN, tuple(interviews.resolve(vault.conn, ref)
                                        for ref in args.interview))
        else:
            mode = ALL if args.all else UNACKNOWLEDGED if args.unacknowledged else SINCE_LAST
            scope = Scope(mode)
        if args.dry_run:
            from testimony_recorder.recorder.keys.trust import resolve
            from testimony_recorder.recorder.packets.plan import build

            plan = build(vault, [resolve(vault.conn, fp) for fp in args.to], scope,
                         post_quantum=args.pq)
            preview = plan.preview()
            if args.json:
                emit_json(preview)
            else:
                _print_preview(preview)
            return 0
        out = Path(args.output)
        if out.is_dir():
            out = neutral_name(out)
        result = export_packet(vault, args.to, out, scope=scope,
                               post_quantum=args.pq, volume_size=volume)
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


def _print_preview(preview: dict) -> None:
    for item in preview["included"]:
        identity = "identity sealed" if item["identity"]["included"] else (
            "identity left out: " + item["identity"]["rule"])
        say(f"include  {item['interview_id']}  {item['witness_code']}  "
            f"v{','.join(map(str, item['testimony_versions']))}  {identity}")
        for m in item["media"]:
            say(f"           {m['attachment_id']}  {m['form']}: {m['rule']}")
    for item in preview["left_out"]:
        say(f"leave out {item['interview_id']}  {item['witness_code']}: {item['reason']}")
    for item in preview["consent_changes"]:
        say(f"consent  {item['interview_id']}: {item['kind']} (follows the earlier delivery)")


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
    with context.unlock(args) as vault:
        preview = purge.purge_delivered(vault, dry_run=True,
                                        include_undelivered=args.including_undelivered)
        if not args.dry_run and preview.purged:
            if not args.yes:
                if not sys.stdin.isatty():
                    raise context.UsageError("Add --yes to purge (no terminal to confirm on).")
                answer = input(f"Destroy {len(preview.purged)} delivered interview(s) on this "
                               "device? Type PURGE to confirm: ")
                if answer.strip() != "PURGE":
                    say("Nothing was purged.")
                    return 1
            report = purge.purge_delivered(vault, include_undelivered=args.including_undelivered)
        else:
            report = preview
    if args.json:
        emit_json(report.to_json())
        return 0
    verb = "Would purge" if report.dry_run else "Purged"
    for c in report.purged:
        say(f"{verb} {c.interview_id}  {c.witness_code}  (receipt {c.receipt_id})")
    for c in report.skipped:
        say(f"Kept    {c.interview_id}  {c.witness_code}: {c.reason}")
    return 0
