"""Importing packets into a coordinator's archive: each packet whole, or not at all.

One transaction per packet: every record, identity, media file, consent change and custody
link is written inside it, and it commits only after the whole packet (to its last
authenticated byte) has checked out, and only after the packet's new media files (and the
folder they were renamed into) are on disk, synced together just before the commit. Media
written to the encrypted store before a failure is discarded. Importing the same packet
again changes nothing and says so.

Inside a caller's transaction (a batch commits several packets at once), the packet's
transaction is a savepoint: a bad packet still leaves nothing, and the media fsyncs and the
sweep of media files no row names are the outermost transaction's, made once for all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import canonical, clock
from ..archive import facets
from ..consent import exchange
from ..consent.errors import ConsentChainBroken
from ..database import IntegrityError
from ..errors import (
    EmptyFile,
    HashMismatch,
    InvalidRecord,
    NotFound,
    TruncatedMedia,
    UnreadableMedia,
    UnsupportedMedia,
)
from ..fsutil import SyncLater
from ..keys import trust
from ..keys.keyring import Keyring
from ..linkage import capture
from ..model.attachment import Attachment
from ..store import bundles, rows
from . import consent_effects, media_io, notices, reader
from .check import CheckingHandler
from .custody_excerpt import Link
from .errors import ForeignInterview, MalformedMember, TamperedPacket
from .merge import merge
from .progress import CancelFn, ProgressFn
from .reader import MemberStream, Opened
from .report import Report

if TYPE_CHECKING:
    from ..vault import Vault


class _AlreadyImported(Exception):
    """Stops reading a packet that was imported before (nothing to do)."""


class ImportHandler(CheckingHandler):
    def __init__(self, vault: Vault, keys: Keyring | None = None) -> None:
        super().__init__(vault, keys)
        self.ingested: list[str] = []
        #: Whether consent made this packet destroy media held before (their files go).
        self.destroyed_media = False
        #: Interviews this packet holds an older state of than the archive (arrived late).
        self.outdated: set[str] = set()
        self.history_rewritten = False
        self._now = clock.now()

    def _detail(self, **extra: Any) -> dict[str, Any]:
        op = self.op
        return {"packet": op.manifest.packet_id, "sender": op.sender.fingerprint,
                "sender_name": op.sender.name, "time": self._now, **extra}

    def needs_sweep(self, committed: bool) -> bool:
        """Whether the media folder may hold files no row names once this packet's
        transaction ended (`committed` or not)."""
        return bool(self.ingested and not committed) or self.destroyed_media

    def on_opened(self, opened: Opened) -> None:
        super().on_opened(opened)
        if self.rep.already_imported:
            raise _AlreadyImported()

    def on_record(self, stream: MemberStream) -> None:
        super().on_record(stream)
        interview_id = stream.member.name[len("records/"):-len(".json")]
        bundle = self.bundles[interview_id]
        outcome = self.rep.interviews[-1]
        sender = self.op.sender.fingerprint
        exists = self.vault.conn.execute("SELECT 1 FROM interview WHERE id = ?",
                                         (interview_id,)).fetchone() is not None
        detail = self._detail(record_sha256=stream.member.sha256)
        stripped = replace(bundle, attachments=[], identity=None)
        try:
            if not exists:
                bundles.add(self.vault, stripped, learn_violation_types=True,
                            action="interview_imported", detail=detail)
                outcome.outcome = "new"
                self.vault.conn.execute(
                    "INSERT INTO interview_source (interview_id, sender, first_packet,"
                    " last_packet, record_sha256) VALUES (?, ?, ?, ?, ?)",
                    (interview_id, sender, self.op.manifest.packet_id,
                     self.op.manifest.packet_id, stream.member.sha256))
            elif self._newer_here(interview_id):
                self.outdated.add(interview_id)
                outcome.outcome = "older than the version held: ignored"
                return
            else:
                changed = merge(self.vault, stripped, self.op.manifest.packet_id, detail)
                outcome.outcome = "updated" if changed else "unchanged"
                self.vault.conn.execute(
                    "UPDATE interview_source SET last_packet = ?, record_sha256 = ?"
                    " WHERE interview_id = ?",
                    (self.op.manifest.packet_id, stream.member.sha256, interview_id))
        except IntegrityError as exc:
            raise MalformedMember(stream.member.name, "it conflicts with records in this "
                                  f"archive ({str(exc)[:80]})") from None
        except (InvalidRecord, NotFound) as exc:
            raise MalformedMember(stream.member.name, exc.message) from None

    def _newer_here(self, interview_id: str) -> bool:
        """Whether a later packet from this sender already brought the interview (a packet
        that arrives late must not roll an interview back)."""
        row = self.vault.conn.execute(
            "SELECT p.sequence FROM interview_source s JOIN packet_received p"
            " ON p.packet_id = s.last_packet WHERE s.interview_id = ?",
            (interview_id,)).fetchone()
        return row is not None and int(row[0]) > self.op.me.sequence

    def on_sealed_identity(self, interview_id: str, sealed: bytes) -> None:
        if interview_id in self.outdated:
            return
        witness_id = self.bundles[interview_id].witness.id
        sealed_to = " ".join(self.keys.device().witness_recipients)
        self.vault.conn.execute(
            "INSERT INTO witness_identity (witness_id, data, sealed, sealed_to, updated_at)"
            " VALUES (?, NULL, ?, ?, ?) ON CONFLICT (witness_id) DO UPDATE SET data = NULL,"
            " sealed = excluded.sealed, sealed_to = excluded.sealed_to,"
            " updated_at = excluded.updated_at",
            (witness_id, sealed, sealed_to, self._now))
        self.vault.log("identity_received_sealed", "witness", witness_id,
                       detail=self._detail(interview=interview_id))

    def on_sealed_fingerprints(self, interview_id: str, sealed: bytes) -> None:
        if interview_id in self.outdated:
            return
        witness_id = self.bundles[interview_id].witness.id
        outcome = capture.receive(self.vault, witness_id, sealed)
        if outcome != "stored" and "another coordinator" not in outcome:
            self.rep.warnings.append(notices.FingerprintsNotStored(interview_id, outcome))

    def on_media(self, stream: MemberStream, attachment: Attachment) -> None:
        conn = self.vault.conn
        if attachment.interview_id in self.outdated:
            return  # the reader still checks the bytes against the manifest
        existing = rows.get(conn, Attachment, "attachment", attachment.id)
        if existing is not None:
            if existing.sha256 != attachment.sha256 or existing.interview_id != \
                    attachment.interview_id:
                raise MalformedMember(stream.member.name, "another file under the same id")
            return  # already held; the reader still hashes the bytes
        self.ingested.append(attachment.id)
        # The store hashes what it stores and refuses anything but attachment.sha256, which
        # _media_record checked equals the manifest's hash for this member.
        stream.hash_checked_by("media store")
        try:
            # The new media files' fsyncs, made together just before the commit.
            sync_later = self.vault.before_commit("media_fsync", SyncLater)
            media_io.ingest_member(self.vault, attachment, stream, sync_later)
        except HashMismatch:
            raise TamperedPacket(stream.member.name, "it does not match its recorded hash") \
                from None
        except IntegrityError:
            raise MalformedMember(stream.member.name, "it conflicts with records in this "
                                  "archive") from None
        except (EmptyFile, UnsupportedMedia, TruncatedMedia, UnreadableMedia,
                InvalidRecord) as exc:
            raise MalformedMember(stream.member.name, exc.message) from None

    def on_consent_history(self, interview_id: str, changes: list[exchange.Change], *,
                           included: bool) -> None:
        """Keep the texts, add the records not held yet (each must extend the history held
        here), then obey the consent now in force."""
        conn = self.vault.conn
        if included:
            if interview_id in self.outdated:
                return
        else:
            report = next(c for c in self.rep.consent_changes
                          if c["interview_id"] == interview_id)
            source = conn.execute("SELECT sender FROM interview_source WHERE interview_id = ?",
                                  (interview_id,)).fetchone()
            if source is None:
                report["outcome"] = "not held here: noted only"
                return
            if source[0] != self.op.sender.fingerprint:
                raise ForeignInterview(interview_id)
        name = f"consent/{interview_id}.json"
        added = 0
        try:
            exchange.add_texts(self.vault, [c.text for c in changes if c.text is not None])
            for change in changes:
                added += exchange.apply(self.vault, change, source=self.op.manifest.packet_id)
        except ConsentChainBroken as exc:
            raise MalformedMember(name, exc.message) from None
        except (InvalidRecord, IntegrityError) as exc:
            raise MalformedMember(name, str(exc)[:200]) from None
        done = consent_effects.apply(self.vault, interview_id, self.op.me.body,
                                     self.op.manifest.packet_id)
        self.destroyed_media |= any(d.endswith(" destroyed") and d.startswith("attachment ")
                                    for d in done)
        if not included:
            self.vault.log("consent_change_imported", "interview", interview_id,
                           interview_id=interview_id, detail=self._detail(added=added))
            report["outcome"] = ", ".join(done) or "recorded"

    def _rewritten(self, seq: int) -> None:
        super()._rewritten(seq)
        self.history_rewritten = True

    def on_link(self, link: Link) -> None:
        self.vault.conn.execute(
            "INSERT OR IGNORE INTO sender_custody (sender, seq, hash, prev_hash, entry,"
            " packet_id) VALUES (?, ?, ?, ?, ?, ?)",
            (self.op.sender.fingerprint, link.seq, link.hash, link.prev_hash, link.entry,
             self.op.manifest.packet_id))

    def on_end(self) -> None:
        op, report = self.op, self.rep
        sender = op.sender.fingerprint
        if self.history_rewritten:
            trust.flag_rewritten_history(self.vault, sender)
            self.vault.log("sender_history_rewritten", "contact", sender,
                           detail=self._detail())
        report.imported = True
        report.outcome = "imported"
        self.vault.conn.execute(
            "INSERT INTO packet_received (packet_id, sender, sequence, manifest_sha256,"
            " created_at, imported_at, report) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (op.manifest.packet_id, sender, op.me.sequence, op.manifest_sha256,
             op.manifest.created_at, self._now, canonical.dumps(report.to_json()).decode()))
        self.vault.log("packet_imported", "packet", op.manifest.packet_id,
                       content_hash=op.manifest_sha256,
                       detail=self._detail(sequence=op.me.sequence,
                                           interviews=len(report.interviews),
                                           custody_head=op.manifest.custody.head_hash))
        # The archive's filters read facets: refresh them in this same transaction (with
        # the sender and import time just recorded).
        facets.changed(self.vault, [o.interview_id for o in report.interviews]
                       + [c["interview_id"] for c in report.consent_changes])


def import_packet(vault: Vault, path: Path, *, progress: ProgressFn | None = None,
                  cancel: CancelFn | None = None, handler: ImportHandler | None = None,
                  before_commit: Callable[[Report], None] | None = None) -> Report:
    """Import one packet (all of it, or nothing); a second import of it is a no-op.

    A caller that passes its own `handler` can still see, after a refusal, how far the
    packet got (`handler.opened` is set once the signature checked out). `before_commit`
    runs inside the packet's transaction once everything checked out, so what it writes (a
    batch's account of this packet) commits with the import, or not at all.
    """
    return _run(vault, path, keep=True, progress=progress, cancel=cancel, handler=handler,
                before_commit=before_commit)


def verify_packet(vault: Vault, path: Path, *, progress: ProgressFn | None = None,
                  cancel: CancelFn | None = None) -> Report:
    """Every check of an import, keeping nothing.

    Verifying *is* importing, rolled back at the end: checks that only storing reveals (a
    finalized testimony the archive holds in another wording, a record the database refuses,
    media the store will not take) are met exactly as an import would meet them, so `verify`
    can never pass a packet that `import` then refuses.
    """
    report = _run(vault, path, keep=False, progress=progress, cancel=cancel)
    if not report.already_imported:
        report.imported = False
        report.outcome = "verified"
        for item in report.interviews:
            item.outcome = "checked"
        for change in report.consent_changes:
            change.pop("outcome", None)
    return report


class _DryRun(Exception):
    """Ends a verification's transaction, so everything it stored is rolled back."""


def _run(vault: Vault, path: Path, *, keep: bool, progress: ProgressFn | None,
         cancel: CancelFn | None, handler: ImportHandler | None = None,
         before_commit: Callable[[Report], None] | None = None) -> Report:
    handler = ImportHandler(vault) if handler is None else handler
    nested = vault.conn.in_transaction
    committed = False
    try:
        with vault.transaction():
            reader.read(path, handler, progress=progress, cancel=cancel)
            if not keep:
                raise _DryRun()
            if before_commit is not None:
                before_commit(handler.rep)
        committed = True
    except (_AlreadyImported, _DryRun):
        pass
    finally:
        # Files of media rolled back, or of media consent destroyed. After a commit with
        # neither, every file written has its row: no need to read the whole media folder.
        # Nested, the outer transaction may still roll back: its owner sweeps once it ends.
        if not nested and handler.needs_sweep(committed):
            media_io.sweep(vault)
    report = handler.rep
    if report.already_imported:
        report.outcome = "already imported"
    return report
