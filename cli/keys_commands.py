"""keys export | fingerprint | trust | list | revoke | export-identity | forget-witness-key."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from testimony_recorder.recorder import trusting
from testimony_recorder.recorder.consent import items
from testimony_recorder.recorder.fsutil import atomic_write
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.keys import device, trust
from testimony_recorder.recorder.linkage import orgkey

from . import context
from .context import UsageError, emit_json, say, warn


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help="this device's public key, trusted contacts")
    ks = p.add_subparsers(dest="keys_command", required=True, metavar="COMMAND")

    e = ks.add_parser("export", help="write this vault's public key file (safe to share)")
    e.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    e.add_argument("--name", help="the name to show (default: the vault owner)")
    e.add_argument("--organisation", help="your organisation (remembered for next time)")
    e.add_argument("--for", dest="for_", metavar="FP",
                   help="coordinator: make the file for one trusted interviewer device; it "
                        "then carries the organisation's linkage key, sealed to that device")
    e.set_defaults(func=export)

    f = ks.add_parser("fingerprint", help="show this vault's key fingerprint")
    f.set_defaults(func=fingerprint_)

    t = ks.add_parser("trust", help="trust someone's key file after checking its fingerprint")
    t.add_argument("file", help="their public key file")
    t.add_argument("--fingerprint", required=True,
                   help="the fingerprint the person read out or showed you")
    t.add_argument("--body", default=items.OWN_ORGANISATION,
                   help="whose consent rules apply when sending to this key: "
                        "own_organisation (default) or an accountability body id (e.g. iiim)")
    t.set_defaults(func=trust_)

    ls = ks.add_parser("list", help="list trusted keys")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=list_)

    r = ks.add_parser("revoke", help="stop trusting a key, for good")
    r.add_argument("fingerprint")
    r.add_argument("--reason", default="")
    r.set_defaults(func=revoke)

    x = ks.add_parser("export-identity",
                      help="write a SECRET age identity file, for recovery with the plain "
                           "'age' tool")
    x.add_argument("-o", "--output", required=True, metavar="FILE")
    x.add_argument("--witness-key", action="store_true",
                   help="the witness-identity key (for protection staff) instead of the "
                        "device key")
    x.add_argument("--include-pq", action="store_true",
                   help="also the post-quantum identity (needs age 1.3 or later to use)")
    x.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    x.set_defaults(func=export_identity)

    w = ks.add_parser("forget-witness-key",
                      help="remove the private witness-identity key from this vault (after "
                           "protection staff have it)")
    w.add_argument("--yes", action="store_true")
    w.set_defaults(func=forget_witness_key)


def export(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        if args.organisation is not None:
            with vault.transaction():
                vault.set_meta("organisation", args.organisation)
        linkage_key = ""
        if args.for_:
            linkage_key = orgkey.for_device(vault, trust.resolve(vault.conn, args.for_))
        bundle = key_bundle.own_bundle(vault, name=args.name, linkage_key=linkage_key)
    data = bundle.dumps()
    if args.output:
        atomic_write(Path(args.output), data)
        say(f"Wrote {args.output}.")
        say(f"Fingerprint: {bundle.fingerprint}")
        say("Read this fingerprint to the person who will trust the file, by another channel.")
    else:
        context.out(data.decode("utf-8"))
    return 0


def fingerprint_(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        say(device.load(vault).fingerprint)
    return 0


def trust_(args: argparse.Namespace) -> int:
    path = Path(args.file)
    raw = key_bundle.read_file(path)
    with context.unlock(args) as vault:
        contact = trusting.trust_key_file(vault, raw, args.fingerprint, body=args.body,
                                          where=str(path))
    say(f"Trusted {contact.name} ({contact.role}, {contact.organisation or '-'}) "
        f"{contact.fingerprint}; consent body: {contact.body}")
    return 0


def list_(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        found = trust.contacts(vault.conn)
        mine = device.load(vault).fingerprint
    if args.json:
        emit_json({"own_fingerprint": mine, "contacts": [{
            "fingerprint": c.fingerprint, "name": c.name, "role": c.role,
            "organisation": c.organisation, "body": c.body, "trusted_at": c.trusted_at,
            "revoked_at": c.revoked_at, "history_rewritten_at": c.history_rewritten_at,
            "post_quantum": c.bundle.hybrid() is not None,
            "witness_identity_key": bool(c.bundle.identity_recipients)} for c in found]})
        return 0
    say(f"This vault: {mine}")
    for c in found:
        flags = []
        if c.revoked_at:
            flags.append(f"REVOKED {c.revoked_at[:10]}")
        if c.history_rewritten_at:
            flags.append("HISTORY REWRITTEN")
        say(f"{c.fingerprint}  {c.role:11}  {c.body:16}  {c.name} ({c.organisation or '-'})"
            + (f"  [{'; '.join(flags)}]" if flags else ""))
    return 0


def revoke(args: argparse.Namespace) -> int:
    with context.unlock(args) as vault:
        contact = trust.revoke(vault, args.fingerprint, args.reason)
    say(f"Revoked {contact.fingerprint} ({contact.name}).")
    return 0


_IDENTITY_WARNING = (
    "This writes a SECRET KEY in plain text. Anyone who gets the file can open every packet "
    "(or, with --witness-key, every witness identity) sealed to this vault, for ever. Write it "
    "only to removable media kept in a safe, never to a shared or synced folder, and delete "
    "any other copy.")


def _confirm(args: argparse.Namespace, question: str) -> None:
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UsageError("Add --yes to confirm (no terminal to ask on).")
    if input(f"{question} Type YES to continue: ").strip() != "YES":
        raise UsageError("Nothing was written.")


def export_identity(args: argparse.Namespace) -> int:
    warn(_IDENTITY_WARNING)
    out = Path(args.output)
    if out.exists():
        raise UsageError(f"{out} already exists; nothing was written.")
    _confirm(args, "Write the secret key?")
    with context.unlock(args) as vault:
        text = device.identity_text(vault, witness=args.witness_key,
                                    include_pq=args.include_pq)
        with vault.transaction():
            vault.log("identity_key_exported", "vault", vault.vault_id,
                      detail={"witness_key": args.witness_key, "pq": args.include_pq})
    atomic_write(out, text.encode("ascii"))
    say(f"Wrote the secret key to {out}. Decrypt a packet with: "
        f"age -d -i {out} PACKET | tar -x")
    return 0


def forget_witness_key(args: argparse.Namespace) -> int:
    _confirm(args, "Remove the private witness-identity key from this vault? Sealed "
                   "identities can then be opened only with the exported key file.")
    with context.unlock(args) as vault:
        device.forget_witness_key(vault)
    say("The private witness-identity key is no longer in this vault.")
    return 0
