"""perpetrators list | suggest | merge | unmerge | history, and command-chain."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from testimony_recorder.recorder.archive import (
    chain,
    merges,
    merging,
    perpetrator_index,
    suggestions,
)

from . import context
from .context import emit_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("perpetrators", help="the index of alleged perpetrators (persons, units)")
    psub = p.add_subparsers(dest="perpetrators_command", required=True, metavar="COMMAND")
    ls = psub.add_parser("list", help="every entry, most corroborated first")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--kind", choices=(merges.PERSON, merges.UNIT))
    ls.add_argument("--name", metavar="TEXT", default="",
                    help="only entries whose name holds TEXT, in any spelling or script")
    ls.set_defaults(func=list_)
    sg = psub.add_parser("suggest", help="likely pairs that are one person or unit (a person "
                                         "decides; nothing is merged)")
    sg.add_argument("--json", action="store_true")
    sg.set_defaults(func=suggest)
    m = psub.add_parser("merge", help="make entry A stand for entry B too (logged in custody)")
    m.add_argument("a", metavar="A")
    m.add_argument("b", metavar="B")
    m.add_argument("--note", default="", help="why (kept with the merge)")
    m.set_defaults(func=merge)
    u = psub.add_parser("unmerge", help="undo a merge (by its id, or the entry it absorbed)")
    u.add_argument("id", metavar="ID")
    u.set_defaults(func=unmerge)
    h = psub.add_parser("history", help="every merge, in force or undone")
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=history)

    c = sub.add_parser("command-chain", help="persons, units and command links, each link with "
                                             "the testimonies that support it")
    c.add_argument("--json", action="store_true")
    c.add_argument("--unit", metavar="UNIT", help="a unit entry id or a unit's name")
    c.add_argument("--from", dest="date_from", metavar="DATE")
    c.add_argument("--to", dest="date_to", metavar="DATE")
    c.set_defaults(func=command_chain)


def list_(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        context.archive_ready(vault)
        entries = perpetrator_index.named(vault.conn, args.name, kind=args.kind)
    if args.json:
        emit_json([asdict(e) for e in entries])
        return 0
    for e in entries:
        c = e.corroboration
        say(f"{e.id}  {e.kind:6}  {e.name}  ({c.witnesses} witness(es), {c.interviewers} "
            f"interviewer(s), {c.testimonies} testimony(ies))")
        if len(e.members) > 1:
            say(f"    merged: {', '.join(e.members[1:])}")
        for a in e.allegations:
            say(f"    {a.role} {a.violation or '-'}: {a.corroboration.witnesses} witness(es)")
    return 0


def suggest(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        context.archive_ready(vault)
        found = suggestions.suggest(perpetrator_index.summaries(vault.conn))
    if args.json:
        emit_json([asdict(s) for s in found])
        return 0
    for s in found:
        say(f"{s.score:.2f}  {s.first}  {s.second}  ({', '.join(s.reasons)})")
    return 0


def merge(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        context.archive_ready(vault)
        done = merging.merge(vault, args.a, args.b, note=args.note)
    say(f"Merged {done.absorbed} into {done.kept} (merge {done.id}; undo with "
        f"'testimony perpetrators unmerge {done.id}').")
    return 0


def unmerge(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        done = merging.unmerge(vault, args.id)
    say(f"Undid merge {done.id}: {done.absorbed} is its own entry again.")
    return 0


def history(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        found = merges.history(vault.conn)
    if args.json:
        emit_json([asdict(m) for m in found])
        return 0
    for m in found:
        state = f"undone {m.undone_at}" if m.undone_at else "in force"
        say(f"{m.id}  {m.kept} <- {m.absorbed}  {m.merged_at} by {m.merged_by}  ({state})")
    return 0


def command_chain(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        context.archive_ready(vault)
        graph = chain.build(vault.conn, unit=args.unit, date_from=args.date_from,
                            date_to=args.date_to)
    if args.json:
        emit_json(graph.to_json())
        return 0
    labels = {n.id: n.label for n in graph.nodes}
    for link in graph.links:
        c = link.corroboration
        say(f"{labels[link.source]} -[{', '.join(link.relations)}]-> {labels[link.target]}  "
            f"({c.testimonies} testimony(ies), {c.witnesses} witness(es)): "
            + ", ".join(sorted({s.interview_id for s in link.supports})))
    return 0
