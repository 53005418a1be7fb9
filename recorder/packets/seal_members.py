"""The members of a packet being sealed, in order, each with its size and SHA-256.

The manifest comes first in the packet and lists every member's hash, so each member is
produced twice: once here to measure it, and again while writing (records are rebuilt from
the vault inside the same transaction, so they come out identical; the writer checks).
Media hashes come from the media store's records and are re-verified while streaming.
Sealed identities cannot be rebuilt identically (encryption is randomised), so they are
kept in memory (about a kilobyte each).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from .. import custody
from ..age import HybridRecipient, X25519Recipient
from ..linkage import capture
from ..model.attachment import Attachment
from ..store import sealed_identity
from . import choose, custody_excerpt, records, state
from . import manifest as mf
from .errors import AttachmentTooLarge, InterviewVanished
from .tarstream import MAX_USTAR_SIZE

if TYPE_CHECKING:
    from ..vault import Vault
    from .plan import ExportPlan


@dataclass
class Planned:
    name: str
    size: int
    sha256: str
    ref: str
    attachment: Attachment | None = None
    chunks: Callable[[], Iterator[bytes]] | None = field(default=None, repr=False)


def _measure(chunks: Callable[[], Iterator[bytes]]) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    for chunk in chunks():
        digest.update(chunk)
        size += len(chunk)
    return size, digest.hexdigest()


def _record_chunks(vault: Vault, choice: choose.InterviewChoice) -> Iterator[bytes]:
    bundle = records.finalized_bundle(vault, choice.interview_id)
    if bundle is None:
        raise InterviewVanished(choice.interview_id)
    sent = [_as_sent(m) for m in choice.media if m.form != choose.LEFT_OUT]
    yield records.record_bytes(bundle, [a for a in sent if a is not None])


def _as_sent(media: choose.MediaChoice) -> Attachment | None:
    if media.send is None:
        return None
    if media.form == choose.REDACTED:
        return records.sent_derivative(media.send, media.attachment)
    return media.send


def _consent_chunks(vault: Vault, interview_id: str) -> Iterator[bytes]:
    yield records.consent_member_bytes(vault.conn, interview_id)


def _identity_recipients(plan: ExportPlan) -> list[X25519Recipient | HybridRecipient]:
    out: list[X25519Recipient | HybridRecipient] = []
    for r in plan.recipients:
        found = (r.bundle.hybrid(identity=True) if plan.post_quantum
                 else r.bundle.x25519(identity=True))
        if found is not None:
            out.append(found)
    return out


def _one(data: bytes) -> Iterator[bytes]:
    yield data


def plan_members(vault: Vault, plan: ExportPlan) -> list[Planned]:
    members: list[Planned] = []
    for choice in plan.included:
        chunks = partial(_record_chunks, vault, choice)
        members.append(Planned(mf.record_member(choice.interview_id), *_measure(chunks),
                               ref=choice.interview_id, chunks=chunks))
        history = partial(_consent_chunks, vault, choice.interview_id)
        members.append(Planned(mf.consent_member(choice.interview_id), *_measure(history),
                               ref=choice.interview_id, chunks=history))
        if choice.identity.included:
            sealed = choice.identity.sealed
            if sealed is None and choice.identity.data is not None:
                sealed = sealed_identity.seal(choice.witness_id, choice.identity.data,
                                              _identity_recipients(plan))
                vault.log("identity_exported", "witness", choice.witness_id,
                          detail={"interview": choice.interview_id})
            if sealed is not None:
                name = mf.identity_member(choice.interview_id)
                members.append(Planned(name, len(sealed), hashlib.sha256(sealed).hexdigest(),
                                       ref=choice.interview_id,
                                       chunks=partial(_one, sealed)))
        prints = capture.sealed_for(vault.conn, choice.witness_id,
                                    {r.fingerprint for r in plan.recipients})
        if prints is not None:
            members.append(Planned(mf.fingerprints_member(choice.interview_id), len(prints),
                                   hashlib.sha256(prints).hexdigest(),
                                   ref=choice.interview_id, chunks=partial(_one, prints)))
        for media in choice.media:
            if media.form == choose.LEFT_OUT or media.send is None:
                continue
            att = media.send
            if att.size > MAX_USTAR_SIZE:
                raise AttachmentTooLarge(att.id)
            members.append(Planned(mf.media_member(att.id), att.size, att.sha256, ref=att.id,
                                   attachment=att))
    for change in plan.consent_changes:
        chunks = partial(_consent_chunks, vault, change.interview_id)
        members.append(Planned(mf.consent_member(change.interview_id), *_measure(chunks),
                               ref=change.interview_id, chunks=chunks))
    members.append(_custody_member(vault, plan))
    return members


def _custody_member(vault: Vault, plan: ExportPlan) -> Planned:
    fps = [r.fingerprint for r in plan.recipients]
    from_seq, _ = state.custody_from(vault.conn, fps)
    head_seq, _ = custody.head(vault.conn)
    interviews = {c.interview_id for c in plan.included} | {
        c.interview_id for c in plan.consent_changes}
    witnesses = {c.witness_id for c in plan.included}
    chunks = partial(custody_excerpt.lines, vault.conn, from_seq, head_seq, interviews,
                     witnesses)
    return Planned(mf.CUSTODY, *_measure(chunks), ref="custody", chunks=chunks)
