"""consent recordings list | attach | remove: the organisation's readings of the consent form,
played to witnesses in witness mode (the same as the desktop app's "Consent form recordings")."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from testimony_recorder.recorder.consent import recordings
from testimony_recorder.recorder.consent.recordings import MAX_RECORDING
from testimony_recorder.recorder.consent.text import ShownText, current_texts
from testimony_recorder.recorder.vault import Vault

from . import context
from .context import UsageError, emit_json, say


def register(consent_sub: argparse._SubParsersAction) -> None:
    r = consent_sub.add_parser("recordings", help="the organisation's recordings of the consent "
                                                  "form, read aloud to witnesses")
    rsub = r.add_subparsers(dest="recordings_command", required=True, metavar="COMMAND")
    ls = rsub.add_parser("list", help="which parts are recorded, in each language")
    ls.add_argument("--language", help="only this language (en, ar, ckb, ku, fr, tr)")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)
    at = rsub.add_parser("attach", help="keep an audio file as the reading of one part")
    at.add_argument("language")
    at.add_argument("part", help="'introduction', an item (see 'consent templates') or "
                                 "'closing'")
    at.add_argument("file", type=Path)
    at.set_defaults(func=attach)
    rm = rsub.add_parser("remove", help="remove the reading of one part (a system voice "
                                        "reads it instead, if there is one)")
    rm.add_argument("language")
    rm.add_argument("part")
    rm.set_defaults(func=remove)
    for p in (ls, at, rm):
        p.add_argument("--template", default="standard", help="default: standard")


def _texts(vault: Vault, template: str, language: str | None) -> list[ShownText]:
    texts = current_texts(vault.conn, template)
    if language is None:
        return list(texts.values())
    if language not in texts:
        raise UsageError(f"The consent form has no '{language}' version; it has: "
                         + ", ".join(texts) + ".")
    return [texts[language]]


def list_(args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]] = []
    with context.unlock(args) as vault:
        for shown in _texts(vault, args.template, args.language):
            kept = {r.section: r for r in recordings.listing(vault.conn, shown.template,
                                                             shown.language)}
            for part in recordings.sections(shown):
                rec = kept.get(part)
                state = ("none" if rec is None else
                         "current" if recordings.is_current(rec, shown) else "outdated")
                rows.append({"language": shown.language, "part": part, "state": state,
                             "media_type": rec and rec.media_type, "size": rec and rec.size,
                             "sha256": rec and rec.sha256,
                             "recorded_by": rec and rec.created_by,
                             "recorded_at": rec and rec.created_at})
    if args.json:
        emit_json(rows)
        return 0
    words = {"none": "not recorded (a system voice reads it, if there is one)",
             "current": "recorded", "outdated": "the wording changed since: record it again"}
    for row in rows:
        by = f" by {row['recorded_by']}, {row['recorded_at'][:10]}" if row["size"] else ""
        say(f"{row['language']:4} {row['part']:22} {words[row['state']]}{by}")
    return 0


def attach(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        if path.stat().st_size > MAX_RECORDING:
            raise UsageError(f"The recording {path} is larger than "
                             f"{MAX_RECORDING // 2**20} MiB.")
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read the recording {path}: {exc.strerror}.") from None
    with context.unlock(args) as vault:
        [shown] = _texts(vault, args.template, args.language)
        kept = recordings.attach(vault, shown, args.part, data, path.name)
    say(f"Kept: {shown.language}/{args.part} ({kept.media_type}, {kept.size} bytes); "
        "witness mode plays it from now on.")
    return 0


def remove(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        [shown] = _texts(vault, args.template, args.language)
        if args.part not in recordings.sections(shown):
            raise UsageError(f"The consent form has no part '{args.part}'.")
        recordings.remove(vault, shown.template, shown.language, args.part)
    say(f"Removed: {shown.language}/{args.part}.")
    return 0
