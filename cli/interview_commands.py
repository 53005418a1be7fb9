"""interview add | list | show | finalize."""

from __future__ import annotations

import argparse

from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.model import codec
from testimony_recorder.recorder.store import bundles, interviews, listing, readiness, testimonies

from . import context
from .context import emit_json, say, warn

#: What `readiness.before_finalize` found, said in English on stderr before finalizing.
GAPS = {
    readiness.Gap.NO_CONSENT: "no consent is recorded",
    readiness.Gap.CONSENT_WITHDRAWN: "the witness withdrew consent",
    readiness.Gap.NO_TESTIMONY_TEXT: "the testimony has no text",
    readiness.Gap.NO_SUMMARY: "the testimony has no summary",
    readiness.Gap.NO_INCIDENT: "no incident is recorded",
    readiness.Gap.UNTITLED_INCIDENT: "incident(s) without a title",
    readiness.Gap.UNDATED_INCIDENT: "incident(s) without a date",
    readiness.Gap.NO_VIOLATION: "incident(s) without a violation",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("interview", help="add, list, show and finalize interviews")
    isub = p.add_subparsers(dest="interview_command", required=True, metavar="COMMAND")

    a = isub.add_parser("add", help="add an interview from a JSON file (docs/interchange.md)")
    a.add_argument("--json", required=True, metavar="FILE", help="the file, or - for stdin")
    a.set_defaults(func=add)

    ls = isub.add_parser("list", help="list interviews, most recently changed first")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--status", choices=listing.STATUSES)
    ls.add_argument("--violation", metavar="CODE")
    ls.add_argument("--limit", type=int, default=100)
    ls.add_argument("--offset", type=int, default=0)
    ls.set_defaults(func=list_)

    s = isub.add_parser("show", help="show one interview")
    s.add_argument("id", help="an interview id (or its first characters) or a witness code")
    s.add_argument("--json", action="store_true")
    s.add_argument("--identity", action="store_true",
                   help="include the witness's protected identity (logged in custody)")
    s.set_defaults(func=show)

    f = isub.add_parser("finalize", help="freeze the current testimony version")
    f.add_argument("id")
    f.set_defaults(func=finalize)


def add(args: argparse.Namespace) -> int:
    bundle = bundle_mod.parse(context.load_json(args.json), where=args.json)
    with context.unlock(args) as vault:
        interview_id = bundles.add(vault, bundle)
    say(interview_id)
    return 0


def list_(args: argparse.Namespace) -> int:
    filt = listing.ListFilter(status=args.status, violation=args.violation)
    with context.unlock(args) as vault:
        rows = listing.page(vault.conn, filt, offset=args.offset, limit=args.limit)
        total = listing.count(vault.conn, filt)
    if args.json:
        emit_json({"total": total, "interviews": [codec.to_dict(r) for r in rows]})
        return 0
    for r in rows:
        started = (r.started_at or "")[:10] or "-"
        say(f"{r.id[:8]}  {r.witness_code}  {started:10}  {r.status:9}  v{r.version}  "
            f"{r.place[:40]}")
    say(f"({len(rows)} of {total})")
    return 0


def show(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        interview_id = interviews.resolve(vault.conn, args.id)
        bundle = bundles.export(vault, interview_id, include_identity=args.identity)
    if args.json:
        emit_json(bundle_mod.dump(bundle))
        return 0
    i, w = bundle.interview, bundle.witness
    say(f"Interview {i.id}")
    say(f"  Witness      {w.code}  ({w.gender or '-'}, {w.age_range or '-'}, "
        f"{w.origin_area or '-'})")
    if bundle.identity is not None:
        say(f"  Identity     {bundle.identity.full_name}")
    say(f"  Interviewer  {i.interviewer}")
    say(f"  When         {i.started_at or '-'} to {i.ended_at or '-'}")
    say(f"  Place        {i.place or '-'}")
    say(f"  Languages    {', '.join(i.languages) or '-'}")
    for t in bundle.testimonies:
        say(f"\nTestimony version {t.version} ({t.status})")
        if t.content_hash:
            say(f"  sha256 {t.content_hash}")
        if t.summary:
            say(f"  Summary: {t.summary}")
        say("")
        say(t.narrative)
    for n in bundle.incidents:
        when = n.date.start if n.date else "date unknown"
        say(f"\nIncident: {n.title} ({when}; {', '.join(n.violations)})")
    for p in bundle.persons:
        say(f"Person: {p.name} {('- ' + p.position) if p.position else ''}")
    return 0


def finalize(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        interview_id = interviews.resolve(vault.conn, args.id)
        for missing in readiness.before_finalize(vault.conn, interview_id):
            count = f"{missing.count} " if missing.count > 1 else ""
            warn(f"finalizing although {count}{GAPS[missing.gap]}")
        testimony = testimonies.finalize(vault, interview_id)
    say(f"Finalized version {testimony.version}; sha256 {testimony.content_hash}")
    return 0
