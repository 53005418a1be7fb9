"""What every command needs: where the vault is, how to get secrets, how to print."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from testimony_recorder.recorder import vault as vault_mod
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.vault import Vault

# Names of environment variables, not secrets:
PASSPHRASE_ENV = "TESTIMONY_PASSPHRASE"  # noqa: S105
NEW_PASSPHRASE_ENV = "TESTIMONY_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_KEY_ENV = "TESTIMONY_RECOVERY_KEY"


class UsageError(RecorderError):
    code = "usage"


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
    if len(value) < 8:
        raise UsageError("Choose a passphrase of at least 8 characters.")
    return value


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
    vault = Vault.unlock(vault_path(args), passphrase(args))
    for recovered in vault.recovered_recordings:
        warn(f"a recording interrupted by a crash was recovered: {recovered.id[:8]}, "
             f"{recovered.metadata.get('info:duration', '?')} s (interview "
             f"{recovered.interview_id[:8]}).")
    return vault


def emit_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def say(text: str = "") -> None:
    print(text)


def warn(text: str) -> None:
    print(f"testimony: warning: {text}", file=sys.stderr)
