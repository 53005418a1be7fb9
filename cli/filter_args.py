"""The archive filter on the command line: the same options for `archive list`, `stats` and
`case-export`, so a selection is typed the same way everywhere."""

from __future__ import annotations

import argparse

from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.keys import fingerprint


def add(parser: argparse.ArgumentParser, *, to_is_date: bool = True) -> None:
    """The filter options. `case-export` uses `--to` for the recipient's key, as `export`
    does, so there the end of the date range is only `--until` (an alias everywhere)."""
    parser.add_argument("--device", action="append", metavar="FP",
                        help="from this device (fingerprint); may be repeated")
    parser.add_argument("--interviewer", metavar="NAME")
    parser.add_argument("--violation", action="append", metavar="CODE")
    parser.add_argument("--place", metavar="TEXT", help="a governorate (code or name) or place")
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="incidents from DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    ends = ("--to", "--until") if to_is_date else ("--until",)
    parser.add_argument(*ends, dest="date_to", metavar="DATE", help="incidents until DATE")
    parser.add_argument("--within", action="store_true",
                        help="incident dates certainly within the range (default: could be)")
    parser.add_argument("--perpetrator", metavar="TEXT",
                        help="a name, alias or unit, any spelling")
    parser.add_argument("--shareable-with", metavar="BODY",
                        help="consent allows sharing with BODY")
    parser.add_argument("--versions", choices=("original", "corrected"))
    parser.add_argument("--interview", action="append", metavar="ID", dest="interview_ids",
                        help="only this interview (id); may be repeated")


def read(args: argparse.Namespace) -> ArchiveFilter:
    devices = tuple(fingerprint.normalise(d) or d for d in args.device or ())
    return ArchiveFilter(
        devices=devices, interviewer=args.interviewer, violations=tuple(args.violation or ()),
        place=args.place, date_from=args.date_from, date_to=args.date_to,
        date_match="within" if args.within else "overlaps", perpetrator=args.perpetrator,
        shareable_with=args.shareable_with, versions=args.versions,
        interview_ids=tuple(args.interview_ids) if args.interview_ids else None)
