"""case-export: a selection of the archive, for one body, in the forms investigators read."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from testimony_recorder.recorder.archive import identity
from testimony_recorder.recorder.case_export.flow import CaseExportFlow
from testimony_recorder.recorder.case_export.sinks import AGE, FOLDER, FORMATS
from testimony_recorder.recorder.preferences import LANGUAGES

from . import context, filter_args
from .context import emit_json, say, warn

_IDENTITY = {"allowed": "goes", "refused": "stays (no consent for this body)",
             "no_identity": "none recorded", "witness_key_closed":
             "stays (the witness-identity key is not open: --identities or --witness-key)"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("case-export", help="coordinator: export testimonies for one body "
                                           "(records.json, Uwazi, Bayanat, media, PDF reports)")
    p.add_argument("-o", "--output", required=True, metavar="PATH",
                   help="the folder, .zip or .age file to write (must not exist)")
    p.add_argument("--for", dest="body", required=True, metavar="BODY",
                   help="the receiving body: own_organisation or a consent body id (iiim...)")
    p.add_argument("--format", choices=FORMATS, default=FOLDER,
                   help="folder and zip are PLAINTEXT; age is sealed to --to")
    p.add_argument("--to", dest="recipient", metavar="FP",
                   help="the investigator's trusted key (for --format age)")
    p.add_argument("--language", choices=LANGUAGES, default="en",
                   help="language of the PDF reports")
    p.add_argument("--identities", action="store_true",
                   help="include identities where consent allows (opens this vault's "
                        "witness-identity key; each one is logged)")
    p.add_argument("--witness-key", metavar="FILE",
                   help="like --identities, with the witness-identity key file")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would go, and why, and write nothing")
    p.add_argument("--json", action="store_true")
    filter_args.add(p, to_is_date=False)
    p.set_defaults(func=run)


def _print_preview(preview: dict[str, Any]) -> None:
    say(f"{preview['selected']} testimonies selected; {len(preview['included'])} may go to "
        f"{preview['body']}.")
    for entry in preview["included"]:
        ident = entry["identity"]
        say(f"  {entry['witness_code']}  goes: testimony versions "
            f"{', '.join(map(str, entry['testimony_versions']))} ({entry['rule']})")
        say(f"      identity: {_IDENTITY.get(ident['why'], ident['rule'])}")
        for m in entry["media"]:
            say(f"      {m['kind']} {m['attachment_id'][:8]}: {m['form']} ({m['rule']})")
    for left in preview["left_out"]:
        say(f"  {left['witness_code']}  stays: {left['reason']}")


def _renderer() -> tuple[Any, Any]:
    """The app's PDF renderer (Qt's text layout, which needs a QGuiApplication: offscreen
    when there is no display), and the application, which the caller keeps while rendering."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from testimony_recorder.ui.reports.case_pdf import CasePdfRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    return app, CasePdfRenderer()


def run(args: argparse.Namespace) -> int:
    filt = filter_args.read(args)
    out = Path(args.output)
    with context.unlock(args) as vault:
        flow = CaseExportFlow(vault)
        flow.choose_filter(filt)
        if args.witness_key:
            try:
                text = Path(args.witness_key).read_text("utf-8")
            except OSError as exc:
                raise context.UsageError(f"Cannot read {args.witness_key}: "
                                         f"{exc.strerror}.") from None
            flow.use_witness_key(identity.open_from_file(vault, text))
        elif args.identities:
            flow.use_witness_key(identity.open_from_vault(vault))
        flow.choose_body(args.body)
        preview = flow.preview()
        if args.dry_run:
            flow.recipient(args.format, args.recipient)
            if args.json:
                emit_json(preview)
            else:
                _print_preview(preview)
                say("Dry run: nothing was written.")
            return 0
        flow.recipient(args.format, args.recipient)  # a wrong key is refused before any work
        app, renderer = _renderer()
        result = flow.write(out, args.format, language=args.language, renderer=renderer,
                            to=args.recipient)
        del app
    if args.json:
        emit_json({"preview": preview, "result": {
            "path": str(result.path), "format": result.format,
            "testimonies": result.testimonies, "files": result.files,
            "bytes": result.bytes_written, "manifest_sha256": result.manifest_sha256,
            "plaintext": result.plaintext, "recipient": result.recipient}})
    else:
        _print_preview(preview)
        say(f"Wrote {result.testimonies} testimonies, {result.files} files, to {out}.")
        say(f"Check it with: sha256sum -c SHA256SUMS (SHA256SUMS: {result.manifest_sha256}).")
    if result.format == AGE:
        say(f"Sealed to {result.recipient}: no plaintext was written.")
    else:
        warn(f"{out} holds PLAINTEXT testimony (as you chose --format {result.format}); keep "
             "it on encrypted storage and remove it once delivered.")
    return 0
