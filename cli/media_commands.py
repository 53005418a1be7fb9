"""attach | attachments list | attachment export/redact/delete/markers | record."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from testimony_recorder.recorder.audio import headless
from testimony_recorder.recorder.consent import enforce
from testimony_recorder.recorder.errors import CannotWrite
from testimony_recorder.recorder.media import ingest, recording, redact, store
from testimony_recorder.recorder.media.export import export_plaintext
from testimony_recorder.recorder.model import codec
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.store import interviews

from . import context
from .context import UsageError, emit_json, say, warn


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("attach", help="add media files to an interview (encrypted in the vault)")
    p.add_argument("interview", help="an interview id (or its first characters) or witness code")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=attach)

    p = sub.add_parser("attachments", help="list an interview's attachments")
    asub = p.add_subparsers(dest="attachments_command", required=True, metavar="COMMAND")
    ls = asub.add_parser("list", help="list attachments with their hashes and flags")
    ls.add_argument("interview")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)

    p = sub.add_parser("attachment", help="export, redact or delete one attachment")
    asub = p.add_subparsers(dest="attachment_command", required=True, metavar="COMMAND")
    ex = asub.add_parser("export", help="write an attachment out as a PLAINTEXT file")
    ex.add_argument("id", help="an attachment id or its first characters")
    ex.add_argument("-o", "--output", required=True, metavar="FILE")
    ex.add_argument("--redacted", action="store_true",
                    help="export the redacted copy (made now if there is none)")
    ex.add_argument("--force", action="store_true", help="replace FILE if it exists")
    ex.set_defaults(func=export)
    rd = asub.add_parser("redact", help="make a copy without identifying metadata")
    rd.add_argument("id")
    rd.add_argument("--json", action="store_true")
    rd.set_defaults(func=redact_)
    rm = asub.add_parser("delete", help="delete an attachment and destroy its key")
    rm.add_argument("id")
    rm.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    rm.set_defaults(func=delete)
    mk = asub.add_parser("markers", help="list a recording's markers")
    mk.add_argument("id")
    mk.add_argument("--json", action="store_true")
    mk.set_defaults(func=list_markers)

    p = sub.add_parser("record", help="record audio from the microphone into an interview")
    p.add_argument("interview")
    p.add_argument("--seconds", type=float, required=True, help="length of the recording")
    p.add_argument("--device", help="part of the input device's name (default: system default)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=record)


def _summary(a: Attachment) -> str:
    flags = f"  {len(a.flags)} identifying item(s)" if a.flags else ""
    derived = "  (redacted copy)" if a.derived_from else ""
    return (f"{a.id[:8]}  {a.media_type:16} {a.size:>12,}  {a.sha256[:16]}  "
            f"{a.filename}{derived}{flags}")


def _warn_flags(a: Attachment) -> None:
    if not a.flags:
        return
    warn(f"{a.filename} carries metadata that may identify someone "
         f"(share the redacted copy: 'testimony attachment export {a.id[:8]} --redacted'):")
    for flag in a.flags:
        print(f"    {flag.reason:18} {flag.key}: {flag.value[:80]}", file=sys.stderr)


def attach(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        interview_id = interviews.resolve(vault.conn, args.interview)
        added = ingest.ingest_files(vault, interview_id, [Path(f) for f in args.files])
    if args.json:
        emit_json({"added": [codec.to_dict(a) for a in added.attachments],
                   "rejected": [{"file": r.filename, "code": r.error.code,
                                 "message": r.error.message} for r in added.rejected]})
    else:
        for a in added.attachments:
            say(_summary(a))
            _warn_flags(a)
        for r in added.rejected:
            warn(f"not added: {r.error.message}")
        if added.rejected:
            warn(f"{len(added.attachments)} file(s) added, {len(added.rejected)} not added; "
                 "check the files named above and add them again once fixed.")
    return 1 if added.rejected else 0


def list_(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        interview_id = interviews.resolve(vault.conn, args.interview)
        found = store.list_attachments(vault.conn, interview_id)
    if args.json:
        emit_json({"interview_id": interview_id,
                   "attachments": [codec.to_dict(a) for a in found]})
        return 0
    for a in found:
        say(_summary(a))
    say(f"({len(found)} attachment(s))")
    return 0


def export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.exists() and not args.force:
        raise UsageError(f"{out} exists; choose another name or add --force.")
    if not out.parent.is_dir():
        raise UsageError(f"The folder {out.parent} does not exist.")
    with context.unlock(args) as vault:
        attachment_id = store.resolve(vault.conn, args.id)
        if args.redacted:
            attachment = redact.make_redacted(vault, attachment_id)
        else:
            attachment = store.get_attachment(vault.conn, attachment_id)
        warn(f"{out} will hold the attachment UNENCRYPTED. Anyone who gets this file can read "
             "it; delete it when it is no longer needed.")
        try:
            export_plaintext(vault, attachment.id, out)
        except CannotWrite as exc:
            raise UsageError(f"Cannot write {out}: {exc.detail}.") from None
    if not attachment.derived_from and attachment.flags:
        _warn_flags(attachment)
    say(f"Wrote {out} ({attachment.size:,} bytes, sha256 {attachment.sha256}).")
    return 0


def redact_(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        derivative = redact.make_redacted(vault, store.resolve(vault.conn, args.id))
    if args.json:
        emit_json(codec.to_dict(derivative))
    else:
        say(_summary(derivative))
    return 0


def delete(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        attachment = store.get_attachment(vault.conn, store.resolve(vault.conn, args.id))
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("Add --yes to delete without a question (no terminal to ask).")
            answer = input(f"Delete {attachment.filename} and destroy its key? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                say("Nothing was deleted.")
                return 0
        store.delete_attachment(vault, attachment.id)
    say(f"Deleted {attachment.filename}; its key is destroyed.")
    return 0


def list_markers(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        found = recording.markers(vault.conn, store.resolve(vault.conn, args.id))
    if args.json:
        emit_json([m.__dict__ for m in found])
        return 0
    for m in found:
        seconds = m.position_ms / 1000
        say(f"{int(seconds // 60):02d}:{seconds % 60:06.3f}  {m.note}")
    return 0


def record(args: argparse.Namespace) -> int:
    if not 0 < args.seconds <= 24 * 3600:
        raise UsageError("--seconds must be between 0 and 86400.")
    # The microphone is QtMultimedia's, imported only here so that the other commands never
    # load Qt; the recording itself is the core's.
    from testimony_recorder.ui.audio.microphone import command_line_microphone

    with context.unlock(args) as vault:
        interview_id = interviews.resolve(vault.conn, args.interview)
        enforce.require_audio(vault.conn, interview_id)  # no audio consent, no recording
        source = command_line_microphone(args.device)

        def started(recording_id: str) -> None:
            print(f"Recording {args.seconds:g} s from '{source.name}' ({recording_id[:8]})...",
                  file=sys.stderr, flush=True)

        attachment = headless.record(vault, interview_id, args.seconds, source, started)
    if args.json:
        emit_json(codec.to_dict(attachment))
    else:
        say(_summary(attachment))
    return 0


