"""Checking a packet's members beyond their hashes: schema, consent, replay, sequence, custody.

CheckingHandler holds the checks that need no storing; the importer extends it to store what
passed, and meets the remaining checks as it stores. Verifying runs that same import and rolls
it back (importer.verify_packet), so verify and import share one path. Records are believed
only after the manifest signature and their own hash were checked (the reader guarantees both
before calling on_member's parsing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..consent import exchange, policy
from ..errors import InvalidRecord
from ..keys.keyring import Keyring
from ..model import bundle as bundle_mod
from ..model import codec
from ..model.attachment import Attachment
from ..model.bundle import Bundle
from ..strict_json import loads
from . import manifest as mf
from . import notices, records, state
from .custody_excerpt import ExcerptChecker, Link
from .errors import (
    ConsentMismatch,
    ForeignInterview,
    MalformedMember,
    ReplayedPacket,
    TamperedPacket,
)
from .reader import MemberStream, Opened
from .report import InterviewOutcome, Report

if TYPE_CHECKING:
    from ..vault import Vault

_AGE_MAGIC = b"age-encryption.org/v1\n"


class CheckingHandler:
    def __init__(self, vault: Vault, keys: Keyring | None = None) -> None:
        self.vault = vault
        self.keys = Keyring(vault) if keys is None else keys
        self.opened: Opened | None = None
        self.report: Report | None = None
        self.entries: dict[str, mf.InterviewEntry] = {}
        self.bundles: dict[str, Bundle] = {}
        self.sent: dict[str, Attachment] = {}
        self.custody: ExcerptChecker | None = None

    @property
    def rep(self) -> Report:
        if self.report is None:
            raise RuntimeError("no manifest read yet")
        return self.report

    @property
    def op(self) -> Opened:
        if self.opened is None:
            raise RuntimeError("no manifest read yet")
        return self.opened

    @property
    def checker(self) -> ExcerptChecker:
        if self.custody is None:
            raise RuntimeError("no manifest read yet")
        return self.custody

    # -- the manifest ------------------------------------------------------------------------

    def on_opened(self, opened: Opened) -> None:
        self.opened = opened
        m = opened.manifest
        self.report = Report(
            packet_id=m.packet_id, file=opened.where, size=opened.size,
            sender=opened.sender.fingerprint, sender_name=opened.sender.name,
            created_at=m.created_at, sequence=opened.me.sequence,
            previous_packet_id=opened.me.previous_packet_id, encryption=m.encryption,
            manifest_sha256=opened.manifest_sha256, members=len(m.members) + 2,
            custody_entries=m.custody.entries,
            left_out=[{"interview_id": x.interview_id, "reason": x.reason} for x in m.left_out],
            consent_changes=[{"interview_id": c.interview_id, "kind": c.kind}
                             for c in m.consent_changes])
        self.entries = {e.id: e for e in m.interviews}
        self._check_replay(opened)
        self._check_sequence(opened)
        self._check_custody_start(opened)
        self.custody = ExcerptChecker(m.custody)

    def _check_replay(self, opened: Opened) -> None:
        m = opened.manifest
        seen = state.packet_received(self.vault.conn, m.packet_id)
        if seen is not None:
            if seen["manifest_sha256"] != opened.manifest_sha256 or \
                    seen["sender"] != opened.sender.fingerprint:
                raise ReplayedPacket(m.packet_id, "a different packet with this id was imported "
                                                  f"on {seen['imported_at']}")
            self.rep.already_imported = seen["imported_at"]
            return
        other = self.vault.conn.execute(
            "SELECT packet_id FROM packet_received WHERE sender = ? AND sequence = ?",
            (opened.sender.fingerprint, opened.me.sequence)).fetchone()
        if other is not None:
            raise ReplayedPacket(m.packet_id, f"sequence number {opened.me.sequence} from this "
                                              f"sender was already used by packet {other[0]}")

    def _check_sequence(self, opened: Opened) -> None:
        report = self.rep
        if report.already_imported:
            return
        seqs = state.sender_sequences(self.vault.conn, opened.sender.fingerprint)
        for first, last in state.missing_ranges([*seqs, opened.me.sequence]):
            report.warnings.append(notices.gap(first, last, opened.sender.name,
                                               opened.sender.fingerprint))
        prev = opened.me.previous_packet_id
        if prev is not None and opened.me.sequence - 1 in seqs:
            row = self.vault.conn.execute(
                "SELECT packet_id FROM packet_received WHERE sender = ? AND sequence = ?",
                (opened.sender.fingerprint, opened.me.sequence - 1)).fetchone()
            if row is not None and row[0] != prev:
                report.warnings.append(notices.PreviousPacketDiffers(
                    prev, opened.me.sequence - 1, row[0]))

    def _check_custody_start(self, opened: Opened) -> None:
        """Does the sender's chain still extend what it showed us before?"""
        report = self.rep
        c = opened.manifest.custody
        sender = opened.sender.fingerprint
        row = self.vault.conn.execute("SELECT max(seq) FROM sender_custody WHERE sender = ?",
                                      (sender,)).fetchone()
        known = int(row[0] or 0)
        if known == 0:
            report.custody = (notices.CustodyFirstFromStart() if c.from_seq == 0
                              else notices.CustodyFirstFromEntry(c.from_seq))
        elif c.from_seq > known:
            report.custody = notices.CustodyUnlinked(known + 1, c.from_seq)
        for seq, digest in ((c.from_seq, c.from_hash), (c.head_seq, c.head_hash)):
            if self._conflicts(sender, seq, digest):
                self._rewritten(seq)

    def _conflicts(self, sender: str, seq: int, digest: str) -> bool:
        if seq == 0:
            return False
        row = self.vault.conn.execute("SELECT hash FROM sender_custody WHERE sender = ? AND "
                                      "seq = ?", (sender, seq)).fetchone()
        return row is not None and row[0] != digest

    def _rewritten(self, seq: int) -> None:
        report = self.rep
        if isinstance(report.custody, notices.CustodyRewritten):
            return
        report.custody = notices.CustodyRewritten(seq)
        report.warnings.append(report.custody)

    # -- members -------------------------------------------------------------------------------

    def on_member(self, stream: MemberStream) -> None:
        name = stream.member.name
        kind = name.split("/", 1)[0]
        if kind == "records":
            self.on_record(stream)
        elif kind == "identities":
            self.on_identity(stream)
        elif kind == "fingerprints":
            self.on_fingerprints(stream)
        elif kind == "media":
            self.on_media(stream, self._media_record(stream.member))
        elif kind == "consent":
            self.on_consent(stream)
        elif name == mf.CUSTODY:
            self._on_custody(stream)

    def on_record(self, stream: MemberStream) -> None:
        data = stream.read_verified()
        interview_id = stream.member.name[len("records/"):-len(".json")]
        entry = self.entries[interview_id]
        try:
            bundle = bundle_mod.parse(loads(data), where=stream.member.name)
        except (InvalidRecord, ValueError) as exc:
            raise MalformedMember(stream.member.name, str(exc)[:200]) from None
        self._check_record(stream.member.name, entry, bundle)
        self._check_consent(entry, bundle)
        self._check_owner(interview_id)
        self.bundles[interview_id] = bundle
        for att in bundle.attachments:
            self.sent[att.id] = att
        report = self.rep
        report.interviews.append(InterviewOutcome(
            interview_id, entry.witness_id, list(entry.testimony_versions),
            entry.identity is not None, {m.attachment_id: m.form for m in entry.media},
            record_sha256=stream.member.sha256))

    def _check_record(self, name: str, entry: mf.InterviewEntry, bundle: Bundle) -> None:
        def bad(detail: str) -> MalformedMember:
            return MalformedMember(name, detail)

        if bundle.identity is not None:
            raise bad("the record carries an identity in the clear")
        if bundle.interview.id != entry.id or bundle.witness.id != entry.witness_id:
            raise bad("the record is not the interview the manifest names")
        if sorted(t.version for t in bundle.testimonies) != sorted(entry.testimony_versions):
            raise bad("the testimony versions differ from the manifest")
        if any(not t.is_final for t in bundle.testimonies):
            raise bad("a draft testimony in a packet")
        sent_ids = sorted(m.sent_id for m in entry.media if m.sent_id)
        if sorted(a.id for a in bundle.attachments) != sent_ids:
            raise bad("the attachments differ from the manifest")
        owners = [p.interview_id for p in bundle.testimonies] + [
            p.interview_id for p in bundle.consents] + [p.interview_id for p in bundle.attachments]
        for owner in owners:
            if owner not in ("", entry.id):
                raise bad("a part belongs to another interview")

    def _check_owner(self, interview_id: str) -> None:
        """An interview already here may only be updated by the device it came from."""
        conn = self.vault.conn
        if conn.execute("SELECT 1 FROM interview WHERE id = ?", (interview_id,)).fetchone():
            source = conn.execute("SELECT sender FROM interview_source WHERE interview_id = ?",
                                  (interview_id,)).fetchone()
            if source is None or source[0] != self.op.sender.fingerprint:
                raise ForeignInterview(interview_id)

    def _check_consent(self, entry: mf.InterviewEntry, bundle: Bundle) -> None:
        """The sender enforces consent; the archive checks it was not exceeded."""
        body = self.op.me.body
        decision = policy.decide(policy.effective(bundle.consents), body)
        if not decision.testimony:
            raise ConsentMismatch(entry.id, f"no consent to share the testimony with {body}")
        if entry.identity is not None and not decision.identity:
            raise ConsentMismatch(entry.id, "an identity without consent to share it")
        for att in bundle.attachments:
            if att.kind == "audio" and not decision.audio:
                raise ConsentMismatch(entry.id, "audio without consent to share it")
            if (att.kind in ("image", "video") and att.metadata.get("subject") == "witness"
                    and not decision.witness_images):
                raise ConsentMismatch(entry.id, "images of the witness without consent")
            if decision.media_form == policy.REDACTED and \
                    att.metadata.get("redacted_copy") != "true":
                raise ConsentMismatch(entry.id, "an original where only redacted copies may go")

    def on_identity(self, stream: MemberStream) -> None:
        data = stream.read_verified()
        if not data.startswith(_AGE_MAGIC):
            raise MalformedMember(stream.member.name, "not a sealed (age) file")
        interview_id = stream.member.name[len("identities/"):-len(".age")]
        if interview_id not in self.bundles:
            raise MalformedMember(stream.member.name, "an identity before its record")
        self.on_sealed_identity(interview_id, data)

    def on_sealed_identity(self, interview_id: str, sealed: bytes) -> None:
        """Storing hook (the importer keeps the identity, still sealed)."""

    def on_fingerprints(self, stream: MemberStream) -> None:
        data = stream.read_verified()
        if not data.startswith(_AGE_MAGIC):
            raise MalformedMember(stream.member.name, "not a sealed (age) file")
        interview_id = stream.member.name[len("fingerprints/"):-len(".age")]
        if interview_id not in self.bundles:
            raise MalformedMember(stream.member.name, "fingerprints before their record")
        self.on_sealed_fingerprints(interview_id, data)

    def on_sealed_fingerprints(self, interview_id: str, sealed: bytes) -> None:
        """Verify: nothing more to do (they are opened on import)."""

    def _media_record(self, member: mf.Member) -> Attachment:
        attachment_id = member.name[len("media/"):]
        att = self.sent.get(attachment_id)
        if att is None:
            raise MalformedMember(member.name, "media before the record that lists it")
        if att.sha256 != member.sha256 or att.size != member.size:
            raise TamperedPacket(member.name, "its record and the manifest disagree")
        return att

    def on_media(self, stream: MemberStream, attachment: Attachment) -> None:
        """Storing hook (the importer stores the bytes; the reader hashes them as they pass)."""

    def on_consent(self, stream: MemberStream) -> None:
        data = stream.read_verified()
        try:
            interview_id, changes = records.parse_consent_member(data, stream.member.name)
        except (InvalidRecord, ValueError) as exc:
            raise MalformedMember(stream.member.name, str(exc)[:200]) from None
        if stream.member.name != mf.consent_member(interview_id):
            raise MalformedMember(stream.member.name, "consents of another interview")
        bundle = self.bundles.get(interview_id)
        if interview_id in self.entries:
            if bundle is None:
                raise MalformedMember(stream.member.name, "a consent history before its record")
            sent = {c.consent.id: c.received for c in changes}
            if sent != {c.id: codec.to_dict(c) for c in bundle.consents}:
                raise MalformedMember(stream.member.name, "it differs from the record's consents")
        self.on_consent_history(interview_id, changes, included=interview_id in self.entries)

    def on_consent_history(self, interview_id: str, changes: list[exchange.Change], *,
                           included: bool) -> None:
        """Storing hook (the importer adds the consent records)."""

    def _on_custody(self, stream: MemberStream) -> None:
        checker, opened = self.checker, self.op
        block = memoryview(bytearray(max(1, min(stream.left, 256 * 1024))))
        while n := stream.readinto(block):
            for link in checker.feed(bytes(block[:n])):
                if self._conflicts(opened.sender.fingerprint, link.seq, link.hash):
                    self._rewritten(link.seq)
                self.on_link(link)
        checker.finish()

    def on_link(self, link: Link) -> None:
        """Storing hook (the ExcerptChecker checked the link; the importer keeps it)."""

    def on_end(self) -> None:
        """Storing hook (the importer records the packet as received)."""

