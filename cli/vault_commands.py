"""init, passwd, recovery (with the recovery key or shares), recovery shares, wipe."""

from __future__ import annotations

import argparse
import sys
import time

from testimony_recorder.recorder import kdf, shares, unlock
from testimony_recorder.recorder import vault as vault_mod
from testimony_recorder.recorder.vault import ROLES

from . import context
from .context import UsageError, say, warn


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a new vault")
    p.add_argument("--owner", required=True, help="your name or interviewer code")
    p.add_argument("--role", choices=ROLES, default="interviewer")
    p.add_argument("--new-passphrase-file", help="read the passphrase from this file")
    p.add_argument("--weak-kdf-for-tests", action="store_true",
                   help="cheap key derivation for automated tests only: a stolen laptop "
                        "would not protect such a vault well")
    p.set_defaults(func=init)

    p = sub.add_parser("passwd", help="change the passphrase")
    p.add_argument("--new-passphrase-file")
    p.set_defaults(func=passwd)

    p = sub.add_parser("recovery", help="open with the recovery key (or shares) and set a new "
                                        "passphrase; 'recovery shares' makes shares")
    p.add_argument("--recovery-key-file")
    p.add_argument("--shares", action="store_true",
                   help="use recovery shares instead of the recovery key: typed one after "
                        "another with a blank line between them (from standard input, or asked)")
    p.add_argument("--new-passphrase-file")
    p.set_defaults(func=recovery)
    rs = p.add_subparsers(dest="recovery_command", metavar="COMMAND")
    s = rs.add_parser("shares", help="split a way into the vault into shares for paper: any "
                                     "THRESHOLD of COUNT open it (older shares stop working)")
    s.add_argument("--threshold", type=int, default=shares.DEFAULT_THRESHOLD)
    s.add_argument("--count", type=int, default=shares.DEFAULT_COUNT)
    s.set_defaults(func=make_shares)

    p = sub.add_parser("wipe", help="destroy the vault's keys at once (panic wipe)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=wipe)


def _show_recovery_key(text: str) -> None:
    say("Recovery key (shown only now; write it on paper and keep it apart from this laptop):")
    say()
    say(f"    {text}")
    say()
    say("Anyone holding it can open the vault. It is the only way in if the passphrase is lost.")


def init(args: argparse.Namespace) -> int:
    path = context.vault_path(args)
    secret = context.new_passphrase(args, env=context.PASSPHRASE_ENV)
    params = kdf.WEAK_PARAMS_FOR_TESTS if args.weak_kdf_for_tests else None
    if params is not None:
        warn("weak key derivation requested (--weak-kdf-for-tests): never use this vault "
             "for real testimony.")
    vault, recovery_text = unlock.create(path, secret, owner=args.owner, role=args.role,
                                         kdf_params=params)
    vault.close()
    say(f"Created the vault at {path} (role: {args.role}).")
    _show_recovery_key(recovery_text)
    return 0


def passwd(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        vault.change_passphrase(context.new_passphrase(args))
    say("Passphrase changed.")
    return 0


def recovery(args: argparse.Namespace) -> int:
    path = context.vault_path(args)
    if args.shares:
        unlock.read_slots(path)  # refuse clearly before asking for shares
        opened = unlock.unlock_with_shares(path, _read_shares())
        way = "the recovery shares"
    else:
        opened = unlock.unlock_with_recovery_key(path, context.recovery_key(args))
        way = "the recovery key"
    with context.opened(opened) as vault:
        vault.change_passphrase(context.new_passphrase(args))
    say(f"Vault opened with {way}; the new passphrase is set.")
    return 0


def _read_shares() -> list[str]:
    """All of standard input, or shares typed at prompts until enough are given."""
    if not sys.stdin.isatty():
        return shares.split_text(sys.stdin.read())
    typed: list[str] = []
    needed = shares.DEFAULT_THRESHOLD
    while len(typed) < needed:
        print(f"Share {len(typed) + 1}: type its words, then an empty line.", file=sys.stderr)
        lines = []
        while line := input():
            lines.append(line)
        found = shares.split_text("\n".join(lines))
        if found:
            typed.extend(found)
            needed = max(needed, shares.threshold_of(found[0]))
    return typed


def make_shares(args: argparse.Namespace) -> int:
    try:
        shares.check_numbers(args.threshold, args.count)
    except ValueError:
        raise UsageError(f"Choose 2 <= --threshold <= --count <= {shares.MAX_COUNT}.") from None
    with context.unlock(args) as vault:
        prepared = vault.prepare_shares(args.threshold, args.count)
        vault.install_shares(prepared)
    print(f"Recovery shares: any {prepared.threshold} of these {prepared.count} open the "
          "vault. Write each on paper and give them to different people; older shares no "
          "longer work.", file=sys.stderr)
    say("\n\n".join(prepared.mnemonics))
    return 0


def wipe(args: argparse.Namespace) -> int:
    path = context.vault_path(args)
    unlock.read_slots(path)  # refuse clearly if there is no vault here
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("Add --yes to wipe without a terminal to confirm on.")
        answer = input(f"Destroy the vault at {path} for ever? Type WIPE to confirm: ")
        if answer.strip() != "WIPE":
            say("Nothing was wiped.")
            return 1
    start = time.perf_counter()
    vault_mod.wipe(path)
    say(f"Wiped in {time.perf_counter() - start:.2f} s: the keys are destroyed; "
        "neither the passphrase nor the recovery key can open this vault again.")
    return 0
