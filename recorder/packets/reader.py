"""Opening a packet: hostile input, read once, front to back, with every check in order.

The age layer is decrypted with this vault's own identities; the tar stream inside is parsed
strictly; the manifest's signature is checked against the enrolled sender before anything in
it is believed; then every member is checked against the manifest (name, order, size, hash)
as it streams past. A handler decides what to do with verified members (verify: look and
discard; import: store inside a transaction). Any failure raises one PacketError subclass.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from cryptography.exceptions import InvalidSignature

from ..age import (
    AgeError,
    ArmorError,
    HeaderError,
    HeaderMacError,
    NoIdentityMatchError,
    decrypt,
)
from ..age.stream import ENCRYPTED_CHUNK_SIZE
from ..errors import NotFound
from ..store.sealed_identity import MAX_IDENTITY_SIZE
from . import manifest as mf
from .errors import (
    BadSignature,
    MalformedMember,
    MissingVolume,
    NotAPacket,
    OversizeMember,
    PacketError,
    RevokedSender,
    TamperedPacket,
    TruncatedPacket,
    UnknownSender,
    UnreadablePacket,
    WrongRecipient,
)
from .progress import CancelFn, Meter, ProgressFn
from .records import MAX_CONSENT_SIZE, MAX_FINGERPRINTS_SIZE, MAX_RECORD_SIZE
from .tarstream import MAX_USTAR_SIZE, MemberHeader, TarReader
from .volumes import ConcatReader, find_volumes

if TYPE_CHECKING:
    from ..keys.keyring import Keyring
    from ..keys.trust import Contact

_MAGIC = b"age-encryption.org/v1\n"
_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"
_LIMITS = {"records": MAX_RECORD_SIZE, "identities": MAX_IDENTITY_SIZE,
           "consent": MAX_CONSENT_SIZE, "media": MAX_USTAR_SIZE,
           "fingerprints": MAX_FINGERPRINTS_SIZE}
_CUSTODY_LIMIT = 1024 * 1024 * 1024


def member_limit(name: str) -> int:
    if name == mf.MANIFEST:
        return mf.MAX_MANIFEST_SIZE
    if name == mf.SIGNATURE:
        return mf.SIGNATURE_SIZE
    if name == mf.CUSTODY:
        return _CUSTODY_LIMIT
    return _LIMITS[name.split("/", 1)[0]]


@dataclass(frozen=True)
class Opened:
    """A packet whose manifest is signed by an enrolled sender and addressed to us."""

    manifest: mf.Manifest
    manifest_sha256: str
    sender: Contact
    me: mf.RecipientEntry
    where: str
    size: int


class MemberStream:
    """One member's bytes, hashed as they are read; check() compares with the manifest."""

    def __init__(self, tar: TarReader, member: mf.Member, meter: Meter) -> None:
        self._tar = tar
        self.member = member
        self._digest = hashlib.sha256()
        self._meter = meter
        self.read_bytes = 0
        self._hash_checked_by: str | None = None

    @property
    def left(self) -> int:
        """Bytes of the member not read yet."""
        return self._tar.left

    def hash_checked_by(self, who: str) -> None:
        """Hand the hash check to a consumer that verifies this member's SHA-256 against the
        manifest's itself and fails otherwise (the media store on import), so the bytes are
        not hashed twice. Only before the first read."""
        if self.read_bytes:
            raise RuntimeError("the member is already being read")
        self._hash_checked_by = who

    def readinto(self, buf: memoryview) -> int:
        n = self._tar.readinto(buf)
        if n:
            if self._hash_checked_by is None:
                self._digest.update(buf[:n])
            self.read_bytes += n
            self._meter.add(n)
        return n

    def read(self, size: int = -1) -> bytes:
        want = self._tar.left if size is None or size < 0 else min(size, self._tar.left)
        buf = bytearray(want)
        view = memoryview(buf)
        got = 0
        while got < want:
            n = self.readinto(view[got:])
            if not n:
                break
            got += n
        return bytes(buf[:got])

    def read_verified(self) -> bytes:
        """The whole member (a small one), after its hash checked out."""
        data = self.read()
        self.check()
        return data

    def check(self) -> None:
        """Consume what the handler left and compare with the signed manifest."""
        if self.left:  # most handlers read their member whole
            block = memoryview(bytearray(min(self.left, 64 * 1024)))
            while self.readinto(block):
                pass
        if self.read_bytes != self.member.size:
            raise TamperedPacket(self.member.name, "its size differs from the signed manifest")
        if self._hash_checked_by is None and self._digest.hexdigest() != self.member.sha256:
            raise TamperedPacket(self.member.name, "it does not match its hash in the signed "
                                                   "manifest")


class Handler(Protocol):
    #: The vault's keys and its contacts', decoded once for as many packets as it serves.
    keys: Keyring

    def on_opened(self, opened: Opened) -> None: ...

    def on_member(self, stream: MemberStream) -> None: ...

    def on_end(self) -> None: ...


def read(path: Path, handler: Handler, *, progress: ProgressFn | None = None,
         cancel: CancelFn | None = None) -> Opened:
    """Read and check the packet at path, handing verified parts to handler."""
    try:
        paths, where = find_volumes(path)
    except FileNotFoundError:
        raise NotFound("packet file", str(path)) from None
    except OSError as exc:
        raise UnreadablePacket(path.name, exc.strerror or type(exc).__name__) from None
    try:
        src = ConcatReader(paths)
    except OSError as exc:
        raise UnreadablePacket(path.name, exc.strerror or type(exc).__name__) from None
    try:
        meter = Meter(src.total_size, progress, cancel, f"Reading {where}")
        return _read(src, where, handler, meter)
    except (IsADirectoryError, PermissionError) as exc:
        raise UnreadablePacket(where, exc.strerror or type(exc).__name__) from None
    finally:
        src.close()


def _read(src: ConcatReader, where: str, handler: Handler, meter: Meter) -> Opened:
    first = _sniff(src.paths)
    try:
        age_reader = decrypt(src, handler.keys.device().identities())
    except NoIdentityMatchError:
        raise WrongRecipient(where) from None
    except AgeError as exc:
        raise _classify(exc, first, src, where) from None
    try:
        tar = TarReader(age_reader, where)
        opened = _open_manifest(handler.keys, tar, where, src.total_size, meter)
        handler.on_opened(opened)
        for member in opened.manifest.members:
            _next_member(tar, member, opened.manifest)
            stream = MemberStream(tar, member, meter)
            handler.on_member(stream)
            stream.check()
        if tar.next() is not None:
            raise MalformedMember("tar stream", "a member not listed in the manifest")
        handler.on_end()
        return opened
    except AgeError as exc:
        raise _classify(exc, first, src, where) from None
    finally:
        age_reader.close()


def _sniff(paths: list[Path]) -> bytes:
    """The start of the file, for telling a damaged packet from something else entirely."""
    with open(paths[0], "rb") as fh:
        head = fh.read(1 << 20)
    if head.lstrip().startswith(_ARMOR):
        return head
    if len(head) < len(_MAGIC) and _MAGIC.startswith(head):
        raise TruncatedPacket(paths[0].name)
    if not head.startswith(_MAGIC):
        if len(paths) > 1:  # volumes of a packet, but the first is not its start
            raise TamperedPacket(paths[0].name, "its first volume is not the start of a "
                                                "packet: were the volumes renamed or swapped?")
        raise NotAPacket(paths[0].name)
    return head


def _classify(exc: AgeError, head: bytes, src: ConcatReader, where: str) -> PacketError:
    """Turn an age-layer failure into the packet error that says what probably happened."""
    message = str(exc).lower()
    if isinstance(exc, HeaderMacError):
        return TamperedPacket(where, "the header was altered")
    if "ends inside" in message or "nonce" in message or "end line" in message:
        return TruncatedPacket(where)
    if isinstance(exc, ArmorError):
        return TamperedPacket(where, "the armor is damaged")
    if isinstance(exc, HeaderError):
        return TamperedPacket(where, "the header is malformed")
    cut = any(w in message for w in ("truncated", "no final chunk", "no chunks"))
    if head.startswith(_MAGIC):
        end = head.find(b"\n--- ")
        header_len = head.find(b"\n", end + 5) + 1
        # Packets fill every age chunk (tarstream.PAD_TO): a payload that is not a whole
        # number of chunks was cut short (or, for files other tools made, may be damaged).
        if (src.total_size - header_len - 16) % ENCRYPTED_CHUNK_SIZE:
            cut = True
    if cut and src.ends_on_full_volume():
        return MissingVolume(where, len(src.paths) + 1)
    if cut:
        return TruncatedPacket(where)
    return TamperedPacket(where, "the encrypted contents do not authenticate")


def _open_manifest(keys: Keyring, tar: TarReader, where: str, size: int,
                   meter: Meter) -> Opened:
    raw = _small_member(tar, mf.MANIFEST, meter)
    signature = _small_member(tar, mf.SIGNATURE, meter)
    if len(signature) != mf.SIGNATURE_SIZE:
        raise MalformedMember(mf.SIGNATURE, "not an Ed25519 signature")
    sender_fp = mf.sender_of(raw)
    sender = keys.contact(sender_fp)
    if sender is None:
        raise UnknownSender(sender_fp)
    if sender.revoked_at is not None:
        raise RevokedSender(sender_fp)
    try:
        sender.bundle.verify_key().verify(signature, raw)
    except InvalidSignature:
        raise BadSignature(sender_fp) from None
    manifest = mf.parse(raw)
    mine = keys.device().fingerprint
    me = manifest.recipient(mine)
    if me is None:
        raise WrongRecipient(where)
    return Opened(manifest, hashlib.sha256(raw).hexdigest(), sender, me, where, size)


def _small_member(tar: TarReader, name: str, meter: Meter) -> bytes:
    header = tar.next()
    if header is None or header.name != name:
        raise MalformedMember(name, "missing, or not where the format puts it")
    _check_size(header)
    buf = bytearray(header.size)
    view = memoryview(buf)
    got = 0
    while got < header.size:
        n = tar.readinto(view[got:])
        got += n
    meter.add(header.size)
    return bytes(buf)


def _check_size(header: MemberHeader) -> None:
    limit = member_limit(header.name)
    if header.size > limit:
        raise OversizeMember(header.name, header.size, limit)


def _next_member(tar: TarReader, member: mf.Member, manifest: mf.Manifest) -> None:
    limit = member_limit(member.name)
    if member.size > limit:
        raise OversizeMember(member.name, member.size, limit)
    header = tar.next()
    if header is None:
        raise TamperedPacket(member.name, "it is listed in the signed manifest but missing")
    if header.name != member.name:
        listed = {m.name for m in manifest.members}
        if header.name in listed:
            raise TamperedPacket(header.name, "members are out of order")
        raise MalformedMember(header.name, "not listed in the signed manifest")
    _check_size(header)
    if header.size != member.size:
        raise TamperedPacket(member.name, "its size differs from the signed manifest")
