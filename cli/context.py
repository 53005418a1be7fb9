"""What every command needs: where the vault is, how to get secrets, how to print."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from testimony_recorder.recorder import strength
from testimony_recorder.recorder import unlock as opening
from testimony_recorder.recorder import vault as vault_mod
from testimony_recorder.recorder.unlock import Unlocked
from testimony_recorder.recorder.vault import Vault

# Names of environment variables, not secrets:
PASSPHRASE_ENV = "TESTIMONY_PASSPHRASE"  # noqa: S105
NEW_PASSPHRASE_ENV = "TESTIMONY_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_KEY_ENV = "TESTIMONY_RECOVERY_KEY"


class UsageError(Exception):
    """A command called wrongly (a missing option, an unreadable input file): English only, as
    everything the command line prints; never a failure of the core, so never a RecorderError
    (those carry a code the app words)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def vault_path(args: argparse.Namespace) -> Path:
    return vault_mod.chosen_path(args.vault)


def _read_secret_file(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.readline().rstrip("\r\n")
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror}.") from None


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError(
            f"{label} needed: set {PASSPHRASE_ENV} or use --passphrase-file "
            "(no terminal to ask on)."
        )
    return getpass.getpass(f"{label}: ")


def passphrase(args: argparse.Namespace) -> str:
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file)
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    return _prompt("Passphrase")


def new_passphrase(args: argparse.Namespace, *, env: str = NEW_PASSPHRASE_ENV) -> str:
    """A new passphrase: from a file or the environment, or typed twice."""
    if getattr(args, "new_passphrase_file", None):
        value = _read_secret_file(args.new_passphrase_file)
    elif os.environ.get(env):
        value = os.environ[env]
    else:
        value = _prompt("New passphrase")
        if _prompt("Type it again") != value:
            raise UsageError("The two passphrases differ; nothing was changed.")
    found = strength.estimate(value)
    if not found.acceptable:
        reasons = " ".join(_STRENGTH_HINTS[h] for h in found.hints)
        raise UsageError(f"That passphrase is too easy to guess. {reasons} Nothing was changed.")
    return value


#: Why a passphrase is weak (recorder.strength's codes), for the command line.
_STRENGTH_HINTS = {
    strength.TOO_SHORT: f"It is too short (at least {strength.MIN_LENGTH} characters).",
    strength.COMMON_PASSWORD: "It is, or contains, a commonly used password.",
    strength.COMMON_WORD: "It is built on a common word.",
    strength.NAME: "It contains a common name.",
    strength.PERSONAL: "It contains your name or your organisation's.",
    strength.KEYBOARD_PATTERN: "It follows keys that sit next to each other.",
    strength.REPEATED: "It repeats characters or words.",
    strength.SEQUENCE: "It contains a simple run like abc or 1234.",
    strength.DATE: "It contains a date or a year.",
    strength.USE_WORDS: "Four or more unrelated words you can remember make a strong one.",
}


def recovery_key(args: argparse.Namespace) -> str:
    if getattr(args, "recovery_key_file", None):
        return _read_secret_file(args.recovery_key_file)
    if os.environ.get(RECOVERY_KEY_ENV):
        return os.environ[RECOVERY_KEY_ENV]
    if not sys.stdin.isatty():
        raise UsageError(f"Recovery key needed: set {RECOVERY_KEY_ENV} or use "
                         "--recovery-key-file.")
    return input("Recovery key: ")


def unlock(args: argparse.Namespace) -> Vault:
    return opened(opening.unlock(vault_path(args), passphrase(args)))


def opened(unlocked: Unlocked) -> Vault:
    """The vault, once the person has been told what unlocking found."""
    for recovered in unlocked.recovered:
        warn(f"a recording interrupted by a crash was recovered: {recovered.id[:8]}, "
             f"{recovered.metadata.get('info:duration', '?')} s (interview "
             f"{recovered.interview_id[:8]}).")
    return unlocked.vault


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(text: str = "") -> None:
    print(text)


def warn(text: str) -> None:
    print(f"testimony: warning: {text}", file=sys.stderr)
