"""import (a batch of packets) | archive list | show | reveal: the coordinator's archive."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from testimony_recorder.recorder.archive import batch, identity, listing, view
from testimony_recorder.recorder.archive.batch_report import REJECTED, BatchReport
from testimony_recorder.recorder.archive.errors import WrongWitnessKey
from testimony_recorder.recorder.model import codec
from testimony_recorder.recorder.vault import Vault

from . import archive_texts, context, filter_args
from .context import UsageError, emit_json, say


def register(sub: argparse._SubParsersAction) -> None:
    i = sub.add_parser("import", help="import packets: files, volumes or whole folders "
                                      "(each packet whole, or not at all)")
    i.add_argument("paths", nargs="+", metavar="DIR|FILE")
    i.add_argument("--json", action="store_true", help="print the report as JSON")
    i.add_argument("--report", metavar="FILE", help="also save the report as JSON in FILE")
    i.set_defaults(func=import_)

    a = sub.add_parser("archive", help="the coordinator's archive of imported testimony")
    asub = a.add_subparsers(dest="archive_command", required=True, metavar="COMMAND")
    ls = asub.add_parser("list", help="testimonies, newest import first")
    ls.add_argument("--json", action="store_true")
    filter_args.add(ls)
    ls.add_argument("--limit", type=int, default=100)
    ls.add_argument("--offset", type=int, default=0)
    ls.add_argument("--sort", choices=sorted(listing.SORTS), default="imported",
                    help="the order, latest (or Z) first: import time (the default), the "
                         "incidents' earliest date, or the interviewer's name")
    ls.add_argument("--ascending", action="store_true",
                    help="earliest (or A) first instead")
    ls.set_defaults(func=list_)
    s = asub.add_parser("show", help="one imported interview, read-only, with provenance")
    s.add_argument("id")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=show)
    r = asub.add_parser("reveal", help="show a witness's identity: needs the witness-identity "
                                       "key and a reason, both written to the custody log")
    r.add_argument("id", metavar="ID", help="the interview")
    r.add_argument("--reason", required=True, metavar="TEXT", help="why it is needed")
    r.add_argument("--identity-key", metavar="FILE",
                   help="the witness-identity key file protection staff keep (default: the "
                        "key held in this vault)")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=reveal)


def _print_report(report: BatchReport) -> None:
    for r in report.results:
        head = f"{r.name}: {archive_texts.outcome(r.outcome)}"
        if r.outcome == REJECTED and r.rejection is not None:
            print(f"testimony: error: {r.name}: "
                  f"{archive_texts.rejection(r.rejection.code, r.rejection.params)}",
                  file=sys.stderr)
        say(head)
        if r.sender:
            say(f"  from      {r.sender_name} [{r.sender}], packet {r.sequence}, "
                f"signature {r.signature}")
        if r.interviews:
            counts = ", ".join(f"{n} {k}" for k, n in r.records.items() if n)
            say(f"  records   {counts}")
        for change in r.consent_changes:
            say(f"  consent   {change['interview_id']}: {change['kind']} "
                f"({', '.join(change['effects'])})")
        for warning in r.warnings:
            say(f"  WARNING   {archive_texts.warning(warning)}")
    s = report.summary
    say(f"{s.imported} imported, {s.already_had} already had, {s.rejected} refused"
        + (f", {s.not_imported} not imported (cancelled)" if s.not_imported else "") + ".")
    for gap in s.gaps:
        say("Missing: " + archive_texts.gap(gap.name, gap.fingerprint, gap.first, gap.last))


def import_(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        context.archive_ready(vault)
        report = batch.BatchImport(vault, [Path(p) for p in args.paths]).run()
    if args.report:
        from testimony_recorder.recorder.archive.batch_store import write_json

        write_json(report, Path(args.report))
    if args.json:
        emit_json(report.to_json())
    else:
        _print_report(report)
    return 1 if report.summary.rejected else 0


def list_(args: argparse.Namespace) -> int:
    filt = filter_args.read(args)
    with context.unlock(args) as vault:
        context.archive_ready(vault)
        rows = listing.page(vault.conn, filt, sort=args.sort, descending=not args.ascending,
                            offset=args.offset, limit=args.limit)
        total = listing.count(vault.conn, filt)
    if args.json:
        emit_json({"total": total, "filter": filt.to_json(),
                   "interviews": [asdict(r) for r in rows]})
        return 0
    for r in rows:
        dates = r.date_start if r.date_start == r.date_end else f"{r.date_start}..{r.date_end}"
        say(f"{r.interview_id}  {r.witness_code}  {r.device_name or 'this vault'}  "
            f"{dates if r.date_start else '-'}  {','.join(r.violations) or '-'}")
    say(f"{len(rows)} of {total} testimonies.")
    return 0


def _json_view(v: view.InterviewView) -> dict[str, Any]:
    p = v.provenance
    return {
        "record": codec.to_dict(v.bundle),
        "attachments": [{"id": a.attachment.id, "kind": a.attachment.kind,
                         "filename": a.attachment.filename, "form": a.form,
                         "allowed": a.allowed} for a in v.attachments],
        "consent_in_force": None if v.consent_in_force is None else v.consent_in_force.id,
        "decisions": {body: {"testimony": d.testimony, "identity": d.identity,
                             "audio": d.audio, "witness_images": d.witness_images,
                             "media_form": d.media_form} for body, d in v.decisions.items()},
        "withdrawn": v.withdrawn, "identity_held": v.identity_held,
        "identity_sealed": v.identity_sealed,
        "replaced": [asdict(r) for r in v.replaced],
        "provenance": None if p is None else {
            "sender": p.sender, "device": None if p.device is None else asdict(p.device),
            "packets": [asdict(x) for x in p.packets], "record_sha256": p.record_sha256,
            "signature": p.signature,
            "device_custody": [asdict(e) for e in p.device_custody],
            "archive_custody": [asdict(e) for e in p.archive_custody]},
    }


def show(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        v = view.show(vault, args.id)
    if args.json:
        emit_json(_json_view(v))
        return 0
    b = v.bundle
    say(f"Interview {b.interview.id}  witness {b.witness.code}  by {b.interview.interviewer}")
    for t in b.testimonies:
        say(f"  version {t.version} ({t.status}, {t.finalized_at or '-'}): {t.summary}")
    for n in b.incidents:
        say(f"  incident {n.id}: {n.title} [{', '.join(n.violations)}]")
    for person in b.persons:
        say(f"  person   {person.id}: {person.name} ({person.unit or '-'})")
    for a in v.attachments:
        say(f"  attachment {a.attachment.id}: {a.attachment.filename} ({a.form}"
            f"{'' if a.allowed else ', not allowed by consent'})")
    say(f"  consent  {len(v.consents)} record(s); "
        + ("WITHDRAWN" if v.withdrawn else "in force: "
           + (v.consent_in_force.kind if v.consent_in_force else "none")))
    p = v.provenance
    if p is None:
        say("  provenance: entered in this vault")
        return 0
    name = p.device.name if p.device else "a device no longer enrolled"
    say(f"  from     {name} [{p.sender}], signature {p.signature}")
    for x in p.packets:
        say(f"  packet   {x.packet_id} #{x.sequence} sealed {x.created_at}, imported "
            f"{x.imported_at}")
    for e in [*p.device_custody, *p.archive_custody]:
        say(f"  custody  {e.at} {e.actor}: {e.action}")
    return 0


def _witness_key(vault: Vault, path: str | None) -> identity.WitnessKey:
    if path is None:
        return identity.open_from_vault(vault)
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read(identity.MAX_KEY_FILE + 1)
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror}; no identity was shown.") \
            from None
    except UnicodeDecodeError:
        raise WrongWitnessKey() from None
    return identity.open_from_file(vault, text)


def reveal(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        key = _witness_key(vault, args.identity_key)
        found = identity.reveal(vault, key, args.id, args.reason)
    if args.json:
        emit_json(codec.to_dict(found))
        return 0
    say(f"Name           {found.full_name or '-'}")
    for label, value in (("Other names", ", ".join(found.other_names)),
                         ("Date of birth", found.date_of_birth), ("Phone", found.phone),
                         ("Address", found.address), ("Notes", found.notes)):
        if value:
            say(f"{label:15}{value}")
    for doc in found.id_documents:
        say(f"{'ID document':15}{doc.kind}: {doc.number} ({doc.issued_by or '-'})")
    say("This reveal and its reason are in the custody log.")
    return 0
