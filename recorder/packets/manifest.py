"""The packet manifest (docs/packet-format.md): what the packet holds, signed by the sender.

It is read with the same strict codec as every other record from outside: unknown fields,
wrong types, overlong text and oversized lists are refused. Cross-checks that need more than
one field (members named by interviews exist, counts agree, names are unique) follow in
`check()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import canonical
from ..errors import InvalidRecord
from ..model import checks
from ..model.codec import field, from_dict, to_dict
from ..strict_json import loads
from .errors import MalformedMember, UnsupportedPacket
from .tarstream import NAME_PATTERN

FORMAT = "testimony-recorder/packet"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CUSTODY = "custody.jsonl"
SIGNATURE_SIZE = 64
MAX_MANIFEST_SIZE = 16 * 1024 * 1024
MAX_MEMBERS = 100_000
MAX_INTERVIEWS = 20_000
ENCRYPTIONS = ("x25519", "mlkem768x25519")
FORMS = ("original", "redacted", "left_out")
_FP_LEN = 29


def _fingerprint(value: str) -> None:
    from ..keys.fingerprint import normalise

    if normalise(value) != value:
        raise ValueError("expected a key fingerprint")


def _member_name(value: str) -> None:
    if not NAME_PATTERN.match(value):
        raise ValueError("not a packet member name")


def record_member(interview_id: str) -> str:
    return f"records/{interview_id}.json"


def identity_member(interview_id: str) -> str:
    return f"identities/{interview_id}.age"


def fingerprints_member(interview_id: str) -> str:
    return f"fingerprints/{interview_id}.age"


def media_member(attachment_id: str) -> str:
    return f"media/{attachment_id}"


def consent_member(interview_id: str) -> str:
    return f"consent/{interview_id}.json"


@dataclass
class Sender:
    fingerprint: str = field("", check=_fingerprint)
    name: str = field("", max_len=200)
    role: str = field("", max_len=40)
    organisation: str = field("", max_len=200)


@dataclass
class RecipientEntry:
    fingerprint: str = field("", check=_fingerprint)
    #: The consent body the sender assigned to this recipient.
    body: str = field("", max_len=100)
    #: Packets from this sender to this recipient are numbered 1, 2, 3...
    sequence: int = field(1)
    previous_packet_id: str | None = field(None, check=checks.record_id)


@dataclass
class CustodyRange:
    """The sender's custody log: entries after (from_seq, from_hash) up to the head."""

    from_seq: int = field(0)
    from_hash: str = field("", check=checks.sha256_hex)
    head_seq: int = field(0)
    head_hash: str = field("", check=checks.sha256_hex)
    entries: int = field(0)


@dataclass
class Counts:
    interviews: int = field(0)
    testimonies: int = field(0)
    attachments: int = field(0)
    identities: int = field(0)
    consent_changes: int = field(0)
    left_out: int = field(0)


@dataclass
class Decision:
    """What consent allowed for one recipient body, with the rule behind each answer."""

    testimony: bool = field(False)
    identity: bool = field(False)
    audio: bool = field(False)
    witness_images: bool = field(False)
    media_form: str = field("redacted", choices=("original", "redacted"))
    rules: dict[str, str] = field(factory=dict, max_len=300, max_items=20)


@dataclass
class MediaEntry:
    attachment_id: str = field("", check=checks.record_id)
    #: The attachment actually sent: the original, or its redacted derivative.
    sent_id: str | None = field(None, check=checks.record_id)
    member: str | None = field(None, check=_member_name)
    form: str = field("left_out", choices=FORMS)
    rule: str = field("", max_len=300)


@dataclass
class InterviewEntry:
    id: str = field("", check=checks.record_id)
    witness_id: str = field("", check=checks.record_id)
    record: str = field("", check=_member_name)
    identity: str | None = field(None, check=_member_name)
    #: The witness's keyed fingerprints (recorder/linkage), sealed to the coordinator that
    #: issued the organisation's linkage key; never names.
    fingerprints: str | None = field(None, check=_member_name)
    #: The consent history with the texts answered (consent/<id>.json).
    consent: str = field("", check=_member_name)
    consent_id: str = field("", check=checks.record_id)
    decisions: dict[str, Decision] = field(factory=dict, max_items=20)
    testimony_versions: list[int] = field(factory=list, max_items=100)
    media: list[MediaEntry] = field(factory=list, max_items=1000)


@dataclass
class ConsentChange:
    interview_id: str = field("", check=checks.record_id)
    member: str = field("", check=_member_name)
    consent_id: str = field("", check=checks.record_id)
    kind: str = field("given", choices=("given", "amended", "withdrawn"))


@dataclass
class LeftOut:
    interview_id: str = field("", check=checks.record_id)
    reason: str = field("", max_len=300)


@dataclass
class Member:
    name: str = field("", check=_member_name)
    size: int = field(0)
    sha256: str = field("", check=checks.sha256_hex)


@dataclass
class Manifest:
    format: str = field(FORMAT, choices=(FORMAT,))
    version: int = field(VERSION)
    packet_id: str = field("", check=checks.record_id)
    created_at: str = field("", check=checks.timestamp)
    app_version: str = field("", max_len=40)
    sender: Sender = field(factory=Sender)
    recipients: list[RecipientEntry] = field(factory=list, max_items=20)
    encryption: str = field("x25519", choices=ENCRYPTIONS)
    custody: CustodyRange = field(factory=CustodyRange)
    counts: Counts = field(factory=Counts)
    interviews: list[InterviewEntry] = field(factory=list, max_items=MAX_INTERVIEWS)
    consent_changes: list[ConsentChange] = field(factory=list, max_items=MAX_INTERVIEWS)
    left_out: list[LeftOut] = field(factory=list, max_items=MAX_INTERVIEWS)
    members: list[Member] = field(factory=list, max_items=MAX_MEMBERS)

    def dumps(self) -> bytes:
        return canonical.dumps(to_dict(self))

    def recipient(self, fingerprint: str) -> RecipientEntry | None:
        return next((r for r in self.recipients if r.fingerprint == fingerprint), None)


def sender_of(raw: bytes) -> str:
    """The sender fingerprint, read before the signature is checked (nothing else is used
    until it is)."""
    try:
        data = loads(raw)
        fp = data["sender"]["fingerprint"]
    except (ValueError, KeyError, TypeError):
        raise MalformedMember(MANIFEST, "no sender") from None
    if not isinstance(fp, str) or len(fp) != _FP_LEN:
        raise MalformedMember(MANIFEST, "no sender")
    return fp


def parse(raw: bytes) -> Manifest:
    """Strictly read a signed manifest and cross-check it."""
    try:
        data = loads(raw)
    except ValueError as exc:
        raise MalformedMember(MANIFEST, f"not valid JSON: {exc}") from None
    if isinstance(data, dict) and data.get("format") == FORMAT and data.get("version") != VERSION:
        raise UnsupportedPacket(f"packet format version {str(data.get('version'))[:10]}")
    try:
        manifest = from_dict(Manifest, data, "manifest")
    except InvalidRecord as exc:
        raise MalformedMember(MANIFEST, exc.message) from None
    check(manifest)
    return manifest


def check(m: Manifest) -> None:
    """The rules the codec cannot express on single fields."""
    def bad(detail: str) -> MalformedMember:
        return MalformedMember(MANIFEST, detail)

    names = [member.name for member in m.members]
    if len(set(names)) != len(names):
        raise bad("a member is listed twice")
    if MANIFEST in names or SIGNATURE in names:
        raise bad("the manifest lists itself")
    if any(member.size < 0 for member in m.members):
        raise bad("negative size")
    if not m.recipients:
        raise bad("no recipients")
    if len({r.fingerprint for r in m.recipients}) != len(m.recipients):
        raise bad("a recipient is listed twice")
    if any(r.sequence < 1 for r in m.recipients):
        raise bad("sequence numbers start at 1")
    listed = set(names)
    referenced: list[str] = []
    for entry in m.interviews:
        if entry.record != record_member(entry.id):
            raise bad(f"interview {entry.id} names the wrong record member")
        if entry.identity not in (None, identity_member(entry.id)):
            raise bad(f"interview {entry.id} names the wrong identity member")
        if entry.consent != consent_member(entry.id):
            raise bad(f"interview {entry.id} names the wrong consent member")
        if entry.fingerprints not in (None, fingerprints_member(entry.id)):
            raise bad(f"interview {entry.id} names the wrong fingerprints member")
        referenced += [entry.record, entry.consent] + [
            m for m in (entry.identity, entry.fingerprints) if m]
        for media in entry.media:
            if (media.member is None) != (media.form == "left_out"):
                raise bad(f"attachment {media.attachment_id}: member and form disagree")
            if media.member is not None:
                if media.sent_id is None or media.member != media_member(media.sent_id):
                    raise bad(f"attachment {media.attachment_id} names the wrong member")
                referenced.append(media.member)
    for change in m.consent_changes:
        if change.member != consent_member(change.interview_id):
            raise bad(f"consent change for {change.interview_id} names the wrong member")
        referenced.append(change.member)
    if len({e.id for e in m.interviews}) != len(m.interviews):
        raise bad("an interview is listed twice")
    if len(set(referenced)) != len(referenced) or set(referenced) - listed:
        raise bad("a member named by an interview is missing or named twice")
    extra = listed - set(referenced) - {CUSTODY}
    if extra:
        raise bad(f"unexplained member {sorted(extra)[0]!r}")
    if CUSTODY not in listed:
        raise bad("no custody log excerpt")
    counts = m.counts
    if (counts.interviews != len(m.interviews)
            or counts.consent_changes != len(m.consent_changes)
            or counts.identities != sum(1 for e in m.interviews if e.identity)
            or counts.attachments != sum(1 for e in m.interviews for x in e.media if x.member)
            or counts.testimonies != sum(len(e.testimony_versions) for e in m.interviews)
            or counts.left_out != len(m.left_out)):
        raise bad("the counts do not match the contents")
    c = m.custody
    if not (0 <= c.from_seq <= c.head_seq) or c.entries != c.head_seq - c.from_seq:
        raise bad("the custody range is inconsistent")
