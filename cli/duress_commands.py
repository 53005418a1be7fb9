"""duress set | remove | status: a passphrase that opens a decoy vault."""

from __future__ import annotations

import argparse
from pathlib import Path

from testimony_recorder.recorder.duress import decoy, setup

from . import context
from .context import say

#: The name of an environment variable, not a secret.
DURESS_ENV = "TESTIMONY_DURESS_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("duress", help="a duress passphrase that opens a decoy vault")
    ds = p.add_subparsers(dest="duress_command", required=True, metavar="COMMAND")
    s = ds.add_parser("set", help="set or replace the duress passphrase and its decoy")
    s.add_argument("--decoy", metavar="FILE",
                   help="the decoy's interviews (interview JSON, as 'interview add' takes; "
                        "default: a few interviews about school attendance)")
    s.add_argument("--destroy-real", action="store_true",
                   help="typing the duress passphrase also destroys this vault's key slots")
    s.add_argument("--duress-passphrase-file",
                   help=f"read it from this file (default: ${DURESS_ENV}, or ask twice)")
    s.set_defaults(func=set_)
    r = ds.add_parser("remove", help="remove the duress passphrase and its decoy")
    r.set_defaults(func=remove)
    st = ds.add_parser("status", help="whether this vault has a duress passphrase")
    st.set_defaults(func=status)


def set_(args: argparse.Namespace) -> int:
    content = (decoy.parse_content(Path(args.decoy).read_bytes()) if args.decoy
               else decoy.builtin_content())
    duress = context.new_passphrase(args, env=DURESS_ENV, file_arg="duress_passphrase_file",
                                    label="Duress passphrase")
    with context.unlock(args) as vault:
        setup.configure(vault, duress, content, destroy_real=args.destroy_real)
    say(f"Duress passphrase set: it opens a decoy vault with {len(content)} interview(s)"
        + (" and destroys this vault's key slots." if args.destroy_real else "."))
    return 0


def remove(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        setup.remove(vault)
    say("The duress passphrase and its decoy are gone.")
    return 0


def status(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        found = setup.status(vault)
    if found.set_at is None:
        say("No duress passphrase is set.")
    else:
        say(f"A duress passphrase is set (since {found.set_at}); typing it "
            + ("also destroys this vault's key slots." if found.destroys
               else "opens the decoy only."))
    return 0
