"""A consent given on a paper form, entered afterwards from a JSON file (docs/consent.md).

The file says which template, version and language the form was printed from and what the
witness ticked; the text hash is computed here from that template, and when the file carries
one (printed on the form) the two must agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InvalidRecord
from ..model import checks, codec
from ..model.codec import field
from ..model.consent import Answer, Interpreter
from ..vault import Vault
from . import bodies, store, templates
from .artefacts import FileArtefact
from .errors import ConsentInvalid
from .store import ConsentDraft
from .text import ShownText, expand

FORMAT = "testimony-recorder/consent-entry"
VERSION = 1


@dataclass
class Entry:
    format: str = field(FORMAT, choices=(FORMAT,))
    version: int = field(VERSION)
    template: str = field("standard", max_len=100)
    #: The version printed on the form; the latest when left out.
    template_version: int | None = field(None)
    language: str = field("en", check=checks.language)
    #: The bodies the form asked about, in its order; the vault's list when left out.
    bodies: list[str] | None = field(None, max_len=64, max_items=50)  # noqa: RUF009 - codec.field wraps dataclasses.field
    #: The text hash printed on the form, if it carries one.
    text_hash: str | None = field(None, check=checks.sha256_hex)
    answers: list[Answer] = field(factory=list, max_items=100)  # noqa: RUF009 - codec.field wraps dataclasses.field
    method: str = field("paper", choices=("paper",))
    #: The scan of the signed form, relative to the JSON file (or given with --scan).
    scan: str = field("", max_len=1000)
    interpreter: Interpreter | None = field(None)  # noqa: RUF009 - codec.field wraps dataclasses.field
    attested_by: str = field("", max_len=200)
    given_at: str = field("", check=checks.timestamp)


def parse(data: Any, where: str = "consent entry") -> Entry:
    entry = codec.from_dict(Entry, data, where)
    if entry.version != VERSION:
        raise InvalidRecord(where, f"unsupported version {entry.version}")
    if not entry.given_at:
        raise InvalidRecord(where, "'given_at' (when the form was signed) is required")
    return entry


def shown_text(vault: Vault, entry: Entry) -> ShownText:
    """The text the paper form showed, rebuilt from its template and bodies."""
    template = templates.load(entry.template, entry.language, entry.template_version)
    if entry.bodies is None:
        chosen = bodies.active(vault.conn)
    else:
        known = {b.id: b for b, _ in bodies.all_bodies(vault.conn)}
        unknown = [b for b in entry.bodies if b not in known]
        if unknown:
            raise InvalidRecord("bodies", f"unknown body '{unknown[0]}'")
        chosen = [known[b] for b in entry.bodies]
    shown = expand(template, chosen)
    if entry.text_hash is not None and entry.text_hash != shown.hash:
        raise ConsentInvalid("the text hash on the form does not match the template, version, "
                             "language and bodies given: it was printed from another text")
    return shown


def draft(vault: Vault, interview_id: str, entry: Entry, scan: FileArtefact) -> ConsentDraft:
    previous = store.current(vault.conn, interview_id)
    return ConsentDraft(
        interview_id=interview_id, text=shown_text(vault, entry), answers=tuple(entry.answers),
        method="paper", proof=scan, attested_by=entry.attested_by or vault.owner,
        given_at=entry.given_at, interpreter=entry.interpreter,
        supersedes=None if previous is None else previous.id)
