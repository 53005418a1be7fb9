"""search, audit verify."""

from __future__ import annotations

import argparse

from testimony_recorder.recorder import custody
from testimony_recorder.recorder.model import codec
from testimony_recorder.recorder.search import query

from . import context
from .context import emit_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search testimonies, incidents, places and perpetrators")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=search)

    a = sub.add_parser("audit", help="check the custody log")
    asub = a.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    v = asub.add_parser("verify", help="walk the hash chain and report the first broken link")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=audit_verify)


def search(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        hits = query.search(vault.conn, args.query, limit=args.limit)
    if args.json:
        emit_json([codec.to_dict(h) for h in hits])
        return 0
    for h in hits:
        say(f"{h.interview_id[:8]}  [{h.kind}]  {h.snippet.text}")
    say(f"({len(hits)} found)")
    return 0


def audit_verify(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        report = custody.verify(vault.conn)
    if args.json:
        emit_json(codec.to_dict(report))
    elif report.ok:
        say(f"Custody log intact: {report.entries} entries, head {report.head}")
    else:
        say(f"Custody log BROKEN at entry {report.broken_at}: {report.reason}")
    return 0 if report.ok else 1
