"""backup [-o FILE] | backup check | backup identity | restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from testimony_recorder.recorder import recovery_key
from testimony_recorder.recorder.backup import reader, restore, writer
from testimony_recorder.recorder.fsutil import atomic_write

from . import context
from .context import UsageError, say, warn


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="write an encrypted backup of the whole vault "
                                      "(opened with the recovery key)")
    p.add_argument("-o", "--output", metavar="FILE", help="the backup file to write (new)")
    p.add_argument("--incremental", action="store_true",
                   help="only media added since the last backup (restore needs the earlier "
                        "ones too); a full backup if there is no earlier one to build on")
    p.set_defaults(func=backup)
    bs = p.add_subparsers(dest="backup_command", metavar="COMMAND")
    c = bs.add_parser("check", help="read a backup back and check it, without restoring")
    c.add_argument("file")
    c.add_argument("--recovery-key-file")
    c.set_defaults(func=check)
    i = bs.add_parser("identity", help="write the SECRET age identity that opens this "
                                       "vault's backups with plain 'age' (from the recovery "
                                       "key)")
    i.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    i.add_argument("--recovery-key-file")
    i.set_defaults(func=identity)

    r = sub.add_parser("restore", help="rebuild a vault folder from a backup (a full one, "
                                       "then any incremental ones after it, in order)")
    r.add_argument("files", nargs="+", metavar="FILE")
    # Also accepted after the command (testimony restore FILE --vault DIR); SUPPRESS keeps the
    # value given before it.
    r.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS,
                   help="the vault folder to create")
    r.add_argument("--replace", action="store_true",
                   help="wipe and replace a vault already in that folder")
    r.add_argument("--recovery-key-file")
    r.set_defaults(func=restore_)


def backup(args: argparse.Namespace) -> int:
    if not args.output:
        raise UsageError("Say where to write the backup: testimony backup -o FILE.")
    with context.unlock(args) as vault:
        result = writer.make(vault, Path(args.output), incremental=args.incremental)
    if args.incremental and result.kind == "full":
        warn("no earlier backup to build on (or the recovery key changed): this one is full.")
    say(f"Wrote a {result.kind} backup to {result.path} ({result.size / 1e6:.1f} MB of vault "
        f"files, {result.media_files} media files) in {result.seconds:.1f} s.")
    say("It opens only with the recovery key. Check it with: testimony backup check FILE")
    return 0


def check(args: argparse.Namespace) -> int:
    found = reader.read(Path(args.file), context.recovery_key(args))
    held = sum(1 for e in found.manifest.media if e.held_in == found.info.backup_id)
    say(f"{args.file}: a {found.info.kind} backup made {found.info.made_at}, intact; it opens "
        f"with this recovery key.")
    say(f"  {len(found.manifest.files)} vault files, {held} of {len(found.manifest.media)} "
        "media files in it" + ("" if found.info.base is None else
                               f"; the rest in earlier backups (it follows {found.info.base})"))
    return 0


def identity(args: argparse.Namespace) -> int:
    secret = recovery_key.parse(context.recovery_key(args))
    ident = recovery_key.backup_identity(secret)
    text = ("# Testimony Recorder backup identity (from the recovery key)\n"
            "# SECRET: anyone holding this file can open the vault's backups.\n"
            f"# public key: {ident.recipient().to_string()}\n{ident.to_string()}\n")
    if args.output:
        atomic_write(Path(args.output), text.encode("ascii"))
        say(f"Wrote {args.output}. Open a backup with: age -d -i {args.output} FILE | tar -x")
    else:
        sys.stdout.write(text)
    return 0


def restore_(args: argparse.Namespace) -> int:
    target = restore.check_target(context.vault_path(args), args.replace)  # before asking
    done = restore.restore([Path(f) for f in args.files], target, context.recovery_key(args),
                           replace=args.replace)
    say(f"Restored the vault at {done.path} from {done.backups} backup(s), the newest made "
        f"{done.made_at} ({done.media_files} media files).")
    say("Unlock it with the passphrase it had then, or with the recovery key.")
    return 0
