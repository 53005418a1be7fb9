"""stats [--json] [--csv DIR] [filters]: counts over the coordinator's archive."""

from __future__ import annotations

import argparse
from pathlib import Path

from testimony_recorder.recorder.analysis import stats, tables

from . import context, filter_args
from .context import emit_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stats", help="coordinator: counts by violation, month, governorate, "
                                     "perpetrator affiliation and unit, victim gender and age")
    p.add_argument("--json", action="store_true")
    p.add_argument("--csv", metavar="DIR", help="also write each table as DIR/<table>.csv "
                                                "(plaintext, UTF-8)")
    p.add_argument("--language", default="en", metavar="LANG",
                   help="language of the labels (default en)")
    filter_args.add(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    filt = filter_args.read(args)
    with context.unlock(args) as vault:
        context.archive_ready(vault)
        result = stats.compute(vault.conn, filt)
    label = tables.labeler(args.language)
    if args.csv:
        written = tables.write_csv(result.tables, Path(args.csv), label)
        context.warn(f"{len(written)} tables written as plaintext CSV files in {args.csv}.")
    if args.json:
        emit_json(result.to_json())
        return 0
    say(f"{result.testimonies} testimonies, {result.incidents} incidents, "
        f"{result.victims} victims named.")
    for table in result.tables:
        say()
        say(f"{table.name}: {table.key_name} | {' | '.join(table.count_names)}")
        for row in table.rows:
            say(f"  {label(table, row)} | {' | '.join(str(n) for n in row.counts)}")
    return 0
