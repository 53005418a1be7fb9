"""consent templates | record | show | withdraw | bodies (and recordings, in its own module)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from testimony_recorder.recorder.consent import (
    bodies,
    enforce,
    entry,
    items,
    paper,
    store,
    templates,
)
from testimony_recorder.recorder.consent.artefacts import MAX_ARTEFACT, FileArtefact
from testimony_recorder.recorder.consent.text import current_texts
from testimony_recorder.recorder.model import codec
from testimony_recorder.recorder.model.consent import METHODS, Consent
from testimony_recorder.recorder.store.interviews import get_interview, resolve
from testimony_recorder.recorder.store.witnesses import get_witness
from testimony_recorder.recorder.vault import Vault

from . import consent_recordings_commands, context
from .context import UsageError, emit_json, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("consent", help="consent templates, records and withdrawals")
    csub = p.add_subparsers(dest="consent_command", required=True, metavar="COMMAND")

    t = csub.add_parser("templates", help="list the consent templates and their languages")
    t.add_argument("--json", action="store_true")
    t.set_defaults(func=templates_)

    r = csub.add_parser("record", help="enter a consent given on a paper form "
                                       "(docs/consent.md)")
    r.add_argument("interview", help="an interview id (or its first characters) or a witness "
                                     "code")
    r.add_argument("--json", required=True, metavar="FILE", help="the entry, or - for stdin")
    r.add_argument("--scan", metavar="FILE", help="the scan of the signed form (default: the "
                                                   "file named in the entry)")
    r.set_defaults(func=record)

    s = csub.add_parser("show", help="the consent history of an interview")
    s.add_argument("interview")
    s.add_argument("--json", action="store_true")
    s.add_argument("--text", action="store_true", help="also the exact text each record "
                                                       "answered")
    s.set_defaults(func=show)

    w = csub.add_parser("withdraw", help="record that the witness withdrew consent (all of it, "
                                         "or some items)")
    w.add_argument("interview")
    w.add_argument("--items", nargs="+", metavar="ITEM",
                   help="withdraw only these items (see 'consent show'); default: everything")
    w.add_argument("--method", choices=METHODS, default="verbal",
                   help="how the witness said it (default: verbal)")
    w.add_argument("--proof", metavar="FILE", help="a scan or recording of the withdrawal")
    w.add_argument("--attested-by", metavar="NAME", help="who took the withdrawal "
                                                          "(default: the vault owner)")
    w.add_argument("--json", action="store_true")
    w.set_defaults(func=withdraw)

    b = csub.add_parser("bodies", help="the accountability bodies witnesses are asked about")
    bsub = b.add_subparsers(dest="bodies_command", required=True, metavar="COMMAND")
    bl = bsub.add_parser("list")
    bl.add_argument("--json", action="store_true")
    bl.set_defaults(func=bodies_list)
    ba = bsub.add_parser("add", help="add this organisation's own body")
    ba.add_argument("id", help="lower-case letters, digits and _")
    ba.add_argument("--name", action="append", required=True, metavar="LANG=TEXT",
                    help="its name in a language (English required); repeat per language")
    ba.add_argument("--about", action="append", default=[], metavar="LANG=TEXT",
                    help="one plain sentence on what it does; repeat per language")
    ba.set_defaults(func=bodies_add)
    for name, enabled in (("enable", True), ("disable", False)):
        be = bsub.add_parser(name, help=f"{name} asking witnesses about a body")
        be.add_argument("id")
        be.set_defaults(func=bodies_switch, enabled=enabled)

    consent_recordings_commands.register(csub)


# -- helpers -------------------------------------------------------------------------------------

def _read_file(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > MAX_ARTEFACT:
            raise UsageError(f"The {what} {path} is larger than "
                             f"{MAX_ARTEFACT // 2**20} MiB.")
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read the {what} {path}: {exc.strerror}.") from None


def _pairs(values: list[str], option: str) -> dict[str, str]:
    out = {}
    for value in values:
        language, sep, text = value.partition("=")
        if not sep or not text.strip():
            raise UsageError(f"{option} takes LANG=TEXT, e.g. {option} en=\"...\"")
        out[language.strip()] = text.strip()
    return out


# -- commands ------------------------------------------------------------------------------------

def templates_(args: argparse.Namespace) -> int:
    shipped = templates.available()
    if args.json:
        emit_json({
            "templates": [{"template": t.template, "version": t.version,
                           "language": t.language, "language_name": t.language_name,
                           "direction": t.direction, "title": t.title,
                           "items": [i.id for i in t.items]} for t in shipped],
            "bodies": [{"id": b.id, "names": dict(b.names)} for b in bodies.builtin()],
        })
        return 0
    for t in shipped:
        say(f"{t.template:10} v{t.version}  {t.language:4} {t.direction}  "
            f"{t.language_name}: {t.title}")
    say("")
    say("Items: " + ", ".join(i.id for i in shipped[0].items))
    say("Shipped bodies (per vault: 'testimony consent bodies list'): "
        + ", ".join(b.id for b in bodies.builtin()))
    return 0


def record(args: argparse.Namespace) -> int:
    parsed = entry.parse(context.load_json(args.json), where=args.json)
    scan_path = Path(args.scan) if args.scan else None
    if scan_path is None:
        if not parsed.scan:
            raise UsageError("A paper consent needs the scan of the signed form: give --scan "
                             "or 'scan' in the entry.")
        base = Path.cwd() if args.json == "-" else Path(args.json).resolve().parent
        scan_path = base / parsed.scan
    scan = FileArtefact(_read_file(scan_path, "scan"), scan_path.name)
    with context.unlock(args) as vault:
        interview_id = resolve(vault.conn, args.interview)
        consent = paper.record(vault, interview_id, parsed, scan)
    say(consent.id)
    return 0


def _describe(vault: Vault, interview_id: str, with_text: bool) -> dict[str, Any]:
    conn = vault.conn
    history = store.history(conn, interview_id)
    effective = store.current(conn, interview_id)
    body_ids = [items.OWN_ORGANISATION, *(b.id for b in bodies.active(conn))]
    out: dict[str, Any] = {
        "interview_id": interview_id,
        "witness_code": get_witness(conn, get_interview(conn, interview_id).witness_id).code,
        "in_force": None if effective is None else effective.id,
        "records": [codec.to_dict(c) for c in history],
        "decisions": {b: asdict(enforce.decision(conn, interview_id, b)) for b in body_ids},
        "audio_recording_allowed": enforce.audio_allowed(conn, interview_id),
    }
    if with_text:
        texts = {}
        for c in history:
            shown = store.shown_text(conn, c.text_hash)
            texts[c.text_hash] = None if shown is None else shown.document()
        out["texts"] = texts
    return out


def _say_record(number: int, c: Consent, before: Consent | None, titles: dict[str, str]) -> None:
    say(f"#{number} {c.kind:9} given {c.given_at}  recorded {c.created_at}")
    say(f"   {c.template_id} v{c.template_version} in '{c.language}', text sha256 "
        f"{c.text_hash}")
    interp = f"; interpreter {c.interpreter.name} ({c.interpreter.language})" \
        if c.interpreter else ""
    say(f"   confirmed by {c.method}{' (proof ' + c.artefact_id + ')' if c.artefact_id else ''}"
        f"; attested by {c.attested_by}{interp}")
    if before is None:
        for a in c.answers:
            detail = f"  ({a.detail})" if a.detail else ""
            say(f"   {a.answer:3}  {a.item}: {titles.get(a.item, '')}{detail}")
    else:
        for item, old, new in store.changed_items(before, c):
            say(f"   {old} -> {new}  {item}: {titles.get(item, '')}")


def show(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        interview_id = resolve(vault.conn, args.interview)
        described = _describe(vault, interview_id, args.text)
        history = store.history(vault.conn, interview_id)
        texts = current_texts(vault.conn)
    if args.json:
        emit_json(described)
        return 0
    say(f"Consent for interview {interview_id} (witness {described['witness_code']})")
    if not history:
        say("No consent record: nothing about this interview may be exported, and the "
            "recorder stays off.")
        return 0
    titles = {i.id: i.title for i in texts.get("en", next(iter(texts.values()))).items}
    before = None
    for n, c in enumerate(history, 1):
        _say_record(n, c, before, titles)
        before = c
    say(f"In force: {described['in_force']}")
    own = described["decisions"][items.OWN_ORGANISATION]
    say(f"Audio recording allowed: {'yes' if described['audio_recording_allowed'] else 'no'}; "
        f"own organisation may keep the testimony: {'yes' if own['testimony'] else 'no'}")
    if args.text:
        for digest, doc in described["texts"].items():
            say(f"\nText {digest}:")
            say(json.dumps(doc, ensure_ascii=False, indent=1) if doc else "  (not held here)")
    return 0


def withdraw(args: argparse.Namespace) -> int:
    proof = None
    if args.proof:
        path = Path(args.proof)
        proof = FileArtefact(_read_file(path, "proof"), path.name)
    with context.unlock(args) as vault:
        interview_id = resolve(vault.conn, args.interview)
        consent = store.withdraw(vault, interview_id, args.items, method=args.method,
                                 proof=proof, attested_by=args.attested_by)
    if args.json:
        emit_json(codec.to_dict(consent))
        return 0
    what = "all consent" if args.items is None else ", ".join(args.items)
    say(f"Recorded: the witness withdrew {what} (record {consent.id}).")
    say("Anything already sent out will be told with the next consent-change packet.")
    return 0


def bodies_list(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        listed = bodies.all_bodies(vault.conn)
    if args.json:
        emit_json([{"id": b.id, "enabled": on, "builtin": b.builtin, "names": dict(b.names),
                    "about": dict(b.abouts)} for b, on in listed])
        return 0
    for b, on in listed:
        say(f"{'on ' if on else 'off'}  {b.id:16} {b.name('en')}"
            f"{'' if b.builtin else '  (this organisation)'}")
    return 0


def bodies_add(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        body = bodies.add(vault, args.id, _pairs(args.name, "--name"),
                          _pairs(args.about, "--about"))
    say(f"Added {body.id}; witnesses will be asked about it from the next consent on.")
    return 0


def bodies_switch(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        bodies.set_enabled(vault, args.id, args.enabled)
    say(f"{args.id}: {'on' if args.enabled else 'off'} for future consents.")
    return 0



