"""init, passwd, recovery, wipe."""

from __future__ import annotations

import argparse
import sys
import time

from testimony_recorder.recorder import kdf, unlock
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

    p = sub.add_parser("recovery", help="open with the recovery key and set a new passphrase")
    p.add_argument("--recovery-key-file")
    p.add_argument("--new-passphrase-file")
    p.set_defaults(func=recovery)

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
    with context.opened(unlock.unlock_with_recovery_key(path, context.recovery_key(args))) \
            as vault:
        vault.change_passphrase(context.new_passphrase(args))
    say("Vault opened with the recovery key; the new passphrase is set.")
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
