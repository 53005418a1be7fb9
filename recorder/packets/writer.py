"""Sealing a planned packet: tar stream inside an age file, manifest first, signed.

Everything happens inside one vault transaction: the plan is re-checked against the vault,
the manifest (with every member's hash and size) is built and signed, the members are
streamed through the age writer into temporary files, and only when all of that succeeded
are the files synced and renamed into place; then the export is recorded (sequence numbers,
deliveries, custody) and committed. A packet is thus never recorded as sent before it is on
disk, and any failure or cancel, the commit's included, removes the files and leaves no record.
A kill between the rename and the commit leaves a packet the vault does not count as sent; the
next export repeats its contents under the same sequence number. A failure to write the packet
names the packet's disk (volumes.VolumeWriter), a failure to commit names the vault's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__, canonical, clock, custody
from ..age import encrypt
from ..age.keys import AnyRecipient
from ..keys import device, trust
from ..model import new_id
from ..model.attachment import Attachment
from ..pipeline import Pipeline
from . import choose, media_io, records, state, tarstream
from . import manifest as mf
from .errors import (
    MediaChanged,
    NothingToExport,
    PacketTooLarge,
    PlanOutdated,
    RecipientKeyMissing,
)
from .plan import ExportPlan
from .progress import CancelFn, Meter, ProgressFn
from .seal_members import Planned, plan_members
from .volumes import VolumeWriter

BLOCK = 2 * 1024 * 1024  # what the pipeline carries at a time (media blocks are this size)

if TYPE_CHECKING:
    from ..vault import Vault


@dataclass(frozen=True)
class ExportResult:
    packet_id: str
    paths: list[Path]
    size: int
    manifest_sha256: str
    interviews: int
    consent_changes: int
    left_out: int
    sequences: dict[str, int]


def seal(vault: Vault, plan: ExportPlan, out: Path, *, volume_size: int | None = None,
         progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> ExportResult:
    """Write the packet for `plan` to `out` (or out.001, out.002, ...)."""
    if plan.empty:
        raise NothingToExport()
    writer: VolumeWriter | None = None
    try:
        with vault.transaction():
            _recheck(vault, plan)
            keys = device.load(vault)
            members = plan_members(vault, plan)
            manifest = _manifest(vault, plan, keys.fingerprint, members)
            raw = manifest.dumps()
            if len(raw) > mf.MAX_MANIFEST_SIZE:
                raise PacketTooLarge("the manifest is over 16 MiB")
            signature = keys.sign(raw)
            total = tarstream.archive_size([len(raw), len(signature)]
                                           + [m.size for m in members])
            meter = Meter(total, progress, cancel, "Sealing the packet")
            writer = VolumeWriter(out, volume_size)
            _write(plan, vault, writer, manifest, raw, signature, members, meter)
            digest = hashlib.sha256(raw).hexdigest()
            paths = writer.commit()
            _record(vault, plan, manifest, digest, members)
        meter.finish()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    return ExportResult(manifest.packet_id, paths, writer.written, digest,
                        len(plan.included), len(plan.consent_changes), len(plan.left_out),
                        {r.fingerprint: r.sequence for r in manifest.recipients})


def _recheck(vault: Vault, plan: ExportPlan) -> None:
    """Sealing writes exactly what was previewed, to whom it was previewed: a change since then
    stops it."""
    for recipient in plan.recipients:
        if not trust.resolve(vault.conn, recipient.fingerprint).usable:
            raise PlanOutdated(recipient.fingerprint)
    for choice in plan.included:
        bundle = records.finalized_bundle(vault, choice.interview_id)
        if bundle is None or records.state_hash(bundle) != plan.state_hashes.get(
                choice.interview_id):
            raise PlanOutdated(choice.interview_id)
        _, decisions = choose.decisions_for(vault, choice.interview_id, plan.recipients)
        if decisions != choice.decisions:
            raise PlanOutdated(choice.interview_id)


def _manifest(vault: Vault, plan: ExportPlan, sender_fp: str,
              members: list[Planned]) -> mf.Manifest:
    fps = [r.fingerprint for r in plan.recipients]
    from_seq, from_hash = state.custody_from(vault.conn, fps)
    head_seq, head_hash = custody.head(vault.conn)
    recipients = []
    for r in plan.recipients:
        seq, previous = state.last_sent(vault.conn, r.fingerprint)
        recipients.append(mf.RecipientEntry(r.fingerprint, r.body, seq + 1, previous))
    with_prints = {m.ref for m in members if m.name.startswith("fingerprints/")}
    interviews = [_interview_entry(c, c.interview_id in with_prints) for c in plan.included]
    only_own = all(r.body == "own_organisation" for r in plan.recipients)
    left_out = [mf.LeftOut(x.interview_id, x.reason) for x in plan.left_out] if only_own else []
    return mf.Manifest(
        packet_id=new_id(), created_at=clock.now(), app_version=__version__,
        sender=mf.Sender(sender_fp, vault.owner, vault.role, vault.meta("organisation")),
        recipients=recipients,
        encryption="mlkem768x25519" if plan.post_quantum else "x25519",
        custody=mf.CustodyRange(from_seq, from_hash, head_seq, head_hash, head_seq - from_seq),
        counts=mf.Counts(
            interviews=len(interviews),
            testimonies=sum(len(e.testimony_versions) for e in interviews),
            attachments=sum(1 for e in interviews for m in e.media if m.member),
            identities=sum(1 for e in interviews if e.identity),
            consent_changes=len(plan.consent_changes), left_out=len(left_out)),
        interviews=interviews,
        consent_changes=[mf.ConsentChange(c.interview_id, mf.consent_member(c.interview_id),
                                          c.consent_id, c.kind) for c in plan.consent_changes],
        left_out=left_out,
        members=[mf.Member(m.name, m.size, m.sha256) for m in members])


def _interview_entry(c: choose.InterviewChoice, fingerprints: bool) -> mf.InterviewEntry:
    media = []
    for m in c.media:
        sent = m.send.id if m.send is not None and m.form != choose.LEFT_OUT else None
        media.append(mf.MediaEntry(m.attachment.id, sent,
                                   mf.media_member(sent) if sent else None, m.form, m.rule))
    return mf.InterviewEntry(
        id=c.interview_id, witness_id=c.witness_id, record=mf.record_member(c.interview_id),
        identity=mf.identity_member(c.interview_id) if c.identity.included else None,
        fingerprints=mf.fingerprints_member(c.interview_id) if fingerprints else None,
        consent=mf.consent_member(c.interview_id), consent_id=c.consent_id,
        decisions={body: mf.Decision(d.testimony, d.identity, d.audio, d.witness_images,
                                     d.media_form, dict(d.rules))
                   for body, d in c.decisions.items()},
        testimony_versions=list(c.testimony_versions), media=media)


def _recipients(plan: ExportPlan) -> list[AnyRecipient]:
    """Whom the packet is encrypted to: each recipient's hybrid key, or its X25519 one."""
    keys: list[AnyRecipient] = []
    for r in plan.recipients:
        key = r.bundle.hybrid() if plan.post_quantum else r.bundle.x25519()
        if key is None:  # build() refuses such a recipient; never encrypt to fewer
            raise RecipientKeyMissing(r.fingerprint, "its key file lacks the key asked for")
        keys.append(key)
    return keys


def _write(plan: ExportPlan, vault: Vault, writer: VolumeWriter, manifest: mf.Manifest,
           raw: bytes, signature: bytes, members: list[Planned], meter: Meter) -> None:
    """Stream the tar archive through age into `writer`.

    Three threads share the work (recorder.pipeline): this one reads the members (media
    decrypted from the store), the first stage hashes media whose hash the store does not
    prove against the hashes the manifest holds, the second encrypts and writes."""
    age_writer = encrypt(writer, _recipients(plan))
    mtime = int(clock.parse(manifest.created_at).timestamp())
    try:
        with Pipeline(_verify, age_writer.write, name="seal") as pipe:
            out = _Gather(pipe)
            for name, data in ((mf.MANIFEST, raw), (mf.SIGNATURE, signature)):
                out.write(tarstream.header(name, len(data), mtime) + data
                          + tarstream.padding(len(data)))
                meter.add(tarstream.member_size(len(data)))
            for member in members:
                out.write(tarstream.header(member.name, member.size, mtime))
                if member.attachment is not None:
                    _copy_media(vault, member.attachment, out, meter)
                else:
                    _write_produced(member, out, meter)
                out.write(tarstream.padding(member.size))
                meter.add(tarstream.BLOCK + len(tarstream.padding(member.size)))
            out.write(tarstream.END_OF_ARCHIVE)
            out.write(bytes(meter.total - meter.done - len(tarstream.END_OF_ARCHIVE)))
            out.flush()
    except BaseException:
        age_writer.abort()
        raise
    age_writer.close()


@dataclass(frozen=True)
class _Hashed:
    """A block of a media member, hashed by the pipeline's first stage."""

    block: bytes | bytearray
    digest: hashlib._Hash


@dataclass(frozen=True)
class _Check:
    """The end of a media member: its blocks must have hashed to `sha256`, else `error`."""

    digest: hashlib._Hash
    sha256: str
    error: Exception


def _verify(item: bytes | bytearray | _Hashed | _Check) -> bytes | bytearray | None:
    """The pipeline's hash stage: hash media blocks, check each member at its end, and pass
    the bytes on to be encrypted."""
    if isinstance(item, _Check):
        if item.digest.hexdigest() != item.sha256:
            raise item.error
        return None
    if isinstance(item, _Hashed):
        item.digest.update(item.block)
        return item.block
    return item


class _Gather:
    """Puts the archive into the pipeline in blocks: small pieces (tar headers, records,
    custody lines) are gathered first, large ones go as they are."""

    def __init__(self, pipe: Pipeline) -> None:
        self._pipe = pipe
        self._buf = bytearray()

    def write(self, data: bytes | bytearray) -> None:
        self._buf += data
        if len(self._buf) >= BLOCK:
            self.flush()

    def put(self, item: bytes | bytearray | _Hashed | _Check) -> None:
        self.flush()
        self._pipe.put(item)

    def flush(self) -> None:
        if self._buf:
            self._pipe.put(self._buf)
            self._buf = bytearray()


def _write_produced(member: Planned, out: _Gather, meter: Meter) -> None:
    """Records, identities, consent changes and the custody excerpt, checked against the
    hash measured for the manifest."""
    digest = hashlib.sha256()
    size = 0
    if member.chunks is None:
        raise PlanOutdated(member.ref)
    for chunk in member.chunks():
        digest.update(chunk)
        size += len(chunk)
        if size > member.size:
            raise PlanOutdated(member.ref)
        out.write(chunk)
        meter.add(len(chunk))
    if size != member.size or digest.hexdigest() != member.sha256:
        raise PlanOutdated(member.ref)


def _copy_media(vault: Vault, attachment: Attachment, out: _Gather, meter: Meter) -> None:
    """Stream the attachment's bytes from the media store, checked against its recorded hash
    (MediaChanged): at once when the store proves the bytes' hash (media_io.stored_blocks),
    else by the pipeline's hash stage, at the next block or at the end of the archive."""
    stored = media_io.stored_blocks(vault, attachment.id)
    if stored.sha256 is not None and stored.sha256 != attachment.sha256:
        raise MediaChanged(attachment.id)
    digest = hashlib.sha256() if stored.sha256 is None else None
    size = 0
    for block in stored.blocks:
        size += len(block)
        if size > attachment.size:
            raise MediaChanged(attachment.id)
        out.put(block if digest is None else _Hashed(block, digest))
        meter.add(len(block))
    if size != attachment.size:
        raise MediaChanged(attachment.id)
    if digest is not None:
        out.put(_Check(digest, attachment.sha256, MediaChanged(attachment.id)))


def _record(vault: Vault, plan: ExportPlan, manifest: mf.Manifest, digest: str,
            members: list[Planned]) -> None:
    """Remember the export: sequence numbers, what each recipient now has, custody."""
    conn = vault.conn
    summary = {"interviews": len(plan.included), "consent_changes": len(plan.consent_changes),
               "recipients": [r.fingerprint for r in plan.recipients]}
    conn.execute("INSERT INTO packet_sent (packet_id, created_at, manifest_sha256, custody_seq,"
                 " custody_hash, summary) VALUES (?, ?, ?, ?, ?, ?)",
                 (manifest.packet_id, manifest.created_at, digest, manifest.custody.head_seq,
                  manifest.custody.head_hash, canonical.dumps(summary).decode()))
    for entry in manifest.recipients:
        conn.execute("INSERT INTO packet_sent_to (packet_id, fingerprint, sequence,"
                     " previous_packet_id) VALUES (?, ?, ?, ?)",
                     (manifest.packet_id, entry.fingerprint, entry.sequence,
                      entry.previous_packet_id))
    hashes = {m.name: m.sha256 for m in members}
    for choice in plan.included:
        record_sha = hashes[mf.record_member(choice.interview_id)]
        consent = records.consent_hash(conn, choice.interview_id)
        for r in plan.recipients:
            conn.execute("INSERT INTO delivery (interview_id, fingerprint, packet_id,"
                         " record_sha256, state_hash, consent_hash, complete)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (choice.interview_id, r.fingerprint, manifest.packet_id, record_sha,
                          plan.state_hashes[choice.interview_id], consent,
                          int(choice.complete)))
        vault.log("interview_exported", "interview", choice.interview_id,
                  interview_id=choice.interview_id, content_hash=record_sha,
                  detail={"packet": manifest.packet_id, "identity": choice.identity.included,
                          "to": [r.fingerprint for r in plan.recipients]})
    for change in plan.consent_changes:
        consent = records.consent_hash(conn, change.interview_id)
        for r in plan.recipients:
            conn.execute("INSERT INTO delivery (interview_id, fingerprint, packet_id,"
                         " consent_hash, complete) VALUES (?, ?, ?, ?, 0)",
                         (change.interview_id, r.fingerprint, manifest.packet_id, consent))
        vault.log("consent_change_exported", "interview", change.interview_id,
                  interview_id=change.interview_id,
                  detail={"packet": manifest.packet_id, "consent": change.consent_id})
    vault.log("packet_exported", "packet", manifest.packet_id, content_hash=digest,
              detail={**summary, "sequences": {r.fingerprint: r.sequence
                                               for r in manifest.recipients}})


__all__ = ["ExportResult", "PlanOutdated", "seal"]
