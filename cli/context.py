"""What every command needs: where the vault is, how to get secrets, how to print."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from testimony_recorder.recorder import file_input, strength
from testimony_recorder.recorder import unlock as opening
from testimony_recorder.recorder import vault as vault_mod
from testimony_recorder.recorder.archive import facets
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
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text. Save it as UTF-8 (or type the passphrase "
                         "when asked) and try again.") from None


def load_json(source: str) -> Any:
    """JSON from a file, or standard input for '-', read strictly (recorder.file_input)."""
    if source == "-":
        return file_input.parse_json(sys.stdin.buffer.read(file_input.MAX_JSON_INPUT + 1),
                                       source)
    return file_input.read_json(Path(source))


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


def new_passphrase(args: argparse.Namespace, *, env: str = NEW_PASSPHRASE_ENV,
                   file_arg: str = "new_passphrase_file", label: str = "New passphrase") -> str:
    """A new passphrase: from a file or the environment, or typed twice."""
    if getattr(args, file_arg, None):
        value = _read_secret_file(getattr(args, file_arg))
    elif os.environ.get(env):
        value = os.environ[env]
    else:
        value = _prompt(label)
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
    out(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def say(text: str = "") -> None:
    out(text + "\n")


def out(text: str) -> None:
    """Write to standard output; a reader that went away (`| head`) changes nothing else."""
    try:
        sys.stdout.write(text)
    except BrokenPipeError:
        _reader_gone()


def flush_output() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _reader_gone()


def _reader_gone() -> None:
    """Nobody reads our output any more: send the rest to the null device, so the command
    finishes what it was doing (an import goes on, and commits) and reports its own outcome,
    instead of failing half-way on a write that did not matter."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def warn(text: str) -> None:
    print(f"testimony: warning: {text}", file=sys.stderr)


def archive_ready(vault: Vault) -> None:
    """Build the archive's facets and perpetrator index if this vault has none of this version
    yet (once, after an update; minutes at 100,000 testimonies), saying so on stderr when
    there are testimonies to go over."""
    if count := facets.to_prepare(vault):
        print(f"testimony: preparing the archive ({count} testimonies) for this version of the"
              " app, once; a large archive takes a few minutes...", file=sys.stderr, flush=True)
    facets.ensure(vault)
