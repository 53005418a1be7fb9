"""duplicates [--json] | duplicates mark A B same|different | duplicates names A B;
prior-index write | import | check | forget."""

from __future__ import annotations

import argparse
from pathlib import Path

from testimony_recorder.recorder.linkage import compare, duplicates, prior_index

from . import context
from .context import emit_json, say, warn

_FIELDS = {"names": "names", "first_name": "first name", "father_name": "father's name",
           "birth_year": "year of birth", "governorate": "governorate"}
_ANSWERS = {
    prior_index.Answer.NO_INDEX: "No prior-interview index on this device: nothing to check "
                                 "against. Ask your coordinator for one.",
    prior_index.Answer.NOT_ENOUGH: "Give at least two parts of the name (the first name and "
                                   "the father's name).",
    prior_index.Answer.NOT_FOUND: "Not in the prior-interview index of %s.",
    prior_index.Answer.MAY_HAVE_BEEN_INTERVIEWED:
        "This person may already have been interviewed; ask your coordinator before you "
        "start (index of %s).",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("duplicates", help="coordinator: witnesses who may have been "
                                          "interviewed twice (no names shown)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--threshold", type=float, default=compare.THRESHOLD,
                   help=f"lowest score listed (default {compare.THRESHOLD})")
    p.set_defaults(func=list_)
    ds = p.add_subparsers(dest="duplicates_command", metavar="COMMAND")
    m = ds.add_parser("mark", help="record that two witnesses are the same person or not")
    m.add_argument("a", help="a witness code (W-...)")
    m.add_argument("b", help="another witness code")
    m.add_argument("verdict", choices=duplicates.VERDICTS)
    m.set_defaults(func=mark)
    n = ds.add_parser("names", help="show the names behind a pair (needs the witness-identity "
                                    "key; each reveal is logged)")
    n.add_argument("a")
    n.add_argument("b")
    n.set_defaults(func=names)
    f = ds.add_parser("fingerprint", help="fingerprint witnesses whose identity arrived sealed "
                                          "without fingerprints (needs the witness-identity "
                                          "key in this vault; no name is shown)")
    f.set_defaults(func=fingerprint)

    q = sub.add_parser("prior-index", help="the prior-interview index sent to field devices")
    qs = q.add_subparsers(dest="prior_command", required=True, metavar="COMMAND")
    w = qs.add_parser("write", help="coordinator: write the index, sealed to one device")
    w.add_argument("--for", dest="for_", required=True, metavar="FP",
                   help="the interviewer device's key fingerprint")
    w.add_argument("-o", "--output", required=True, metavar="FILE")
    w.set_defaults(func=write_index)
    i = qs.add_parser("import", help="field: keep the index your coordinator sent")
    i.add_argument("file")
    i.set_defaults(func=import_index)
    c = qs.add_parser("check", help="field: may this person already have been interviewed?")
    c.add_argument("--name", required=True, help="the full name as the witness gives it")
    c.add_argument("--born", default="", help="year of birth")
    c.add_argument("--area", default=None, help="governorate of origin (a code, e.g. SY-HL)")
    c.set_defaults(func=check)
    f = qs.add_parser("forget", help="field: remove the index from this device")
    f.set_defaults(func=forget)


def list_(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        found = duplicates.find(vault, threshold=args.threshold)
        waiting = duplicates.sealed_without_fingerprints(vault.conn)
    if args.json:
        emit_json({"threshold": args.threshold, "pairs": [c.to_json() for c in found],
                   "not_compared": waiting})
        return 0
    if not found:
        say("No likely duplicates.")
    if waiting:
        warn(f"{waiting} witness(es) cannot be compared yet: their identity was sealed on a "
             "laptop that had no linkage key. 'testimony duplicates fingerprint' computes "
             "their fingerprints.")
    for c in found:
        agree = ", ".join(_FIELDS[f] for f in c.comparison.agreeing()) or "nothing"
        verdict = f"  [marked {c.verdict}]" if c.verdict else ""
        sources = f" (from {c.a_source or 'here'} / {c.b_source or 'here'})"
        say(f"{c.a_code} and {c.b_code} may be the same person: score {c.score:.2f}; "
            f"agree: {agree}{sources}{verdict}")
    return 0


def mark(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        listed = duplicates.mark(vault, args.a, args.b, args.verdict)
    what = "the same person" if args.verdict == "same" else "different people"
    say(f"Marked {args.a.upper()} and {args.b.upper()} as {what}; written in the custody log.")
    if listed is None:
        warn("one of them has no fingerprints to compare.")
    return 0


def fingerprint(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        done = duplicates.fingerprint_sealed(vault)
    say(f"Fingerprinted {done} witness(es) from their sealed identities; written in the "
        "custody log.")
    return 0


def names(args: argparse.Namespace) -> int:
    warn("names are shown on purpose; each reveal is written in the custody log.")
    with context.unlock(args) as vault:
        found = duplicates.reveal_pair(vault, args.a, args.b)
    for code, identity in found.items():
        if identity is None:
            say(f"{code}: no identity recorded")
        else:
            say(f"{code}: {identity.full_name} (born {identity.date_of_birth or '?'})")
    return 0


def write_index(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.exists():
        raise context.UsageError(f"{out} already exists; nothing was written.")
    with context.unlock(args) as vault:
        count = prior_index.write(vault, args.for_, out)
    say(f"Wrote {out}: {count} entries (padded with decoys), sealed to {args.for_}.")
    return 0


def import_index(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        got = prior_index.import_index(vault, Path(args.file))
    say(f"Kept the prior-interview index of {got.issued_at[:10]} from {got.issuer}.")
    return 0


def check(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        result = prior_index.check(vault, args.name, args.born, args.area)
    text = _ANSWERS[result.answer]
    say(text % result.issued_at[:10] if "%s" in text else text)
    return 3 if result.answer is prior_index.Answer.MAY_HAVE_BEEN_INTERVIEWED else 0


def forget(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        prior_index.forget(vault)
    say("The prior-interview index is no longer on this device.")
    return 0
