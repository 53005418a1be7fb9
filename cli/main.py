"""Entry point of the `testimony` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from testimony_recorder.recorder import __version__, demo
from testimony_recorder.recorder.errors import RecorderError
from testimony_recorder.recorder.hardening import harden_process

from . import (
    archive_commands,
    backup_commands,
    case_commands,
    consent_commands,
    context,
    device_commands,
    duplicates_commands,
    duress_commands,
    identity_commands,
    interview_commands,
    keys_commands,
    media_commands,
    packet_commands,
    perpetrator_commands,
    search_commands,
    selftest_commands,
    stats_commands,
    vault_commands,
)
from .context import UsageError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="testimony",
        description="Testimony Recorder: with no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--vault", metavar="DIR",
                        help="the vault folder (default: $TESTIMONY_VAULT, or the per-user "
                             "data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from the first line of FILE "
                             "(default: $TESTIMONY_PASSPHRASE, or ask)")
    parser.add_argument("--demo", nargs="?", const=demo.ROLES[0], choices=demo.ROLES,
                        metavar="ROLE",
                        help="desktop app only: open a throwaway vault with fictional data "
                             "(an interviewer's; `--demo coordinator`: a coordinator's "
                             "archive of three fictional laptops' packets)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (vault_commands, interview_commands, search_commands, media_commands,
                   consent_commands, keys_commands, packet_commands, device_commands,
                   archive_commands, perpetrator_commands, duplicates_commands,
                   stats_commands, case_commands, selftest_commands, identity_commands,
                   duress_commands, backup_commands):
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # private files, no core dumps: before anything is written
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from testimony_recorder.ui.app import (
            main as gui_main,  # Qt is imported only for the desktop app
        )

        return gui_main(vault=args.vault, demo=args.demo)
    try:
        return int(args.func(args))
    except UsageError as exc:
        print(f"testimony: error: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except RecorderError as exc:
        print(f"testimony: error: {exc.message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("testimony: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: a message, never a traceback
        print(f"testimony: internal error ({type(exc).__name__}). Nothing half-done was kept. "
              "Please report this with the command you ran.", file=sys.stderr)
        return EXIT_INTERNAL


def run() -> None:
    code = main()
    context.flush_output()  # a closed pipe must not turn a finished command into a failure
    sys.exit(code)


if __name__ == "__main__":
    run()
