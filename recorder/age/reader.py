"""Decrypting age files: decrypt() checks the whole header, AgeReader streams the payload."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, BinaryIO

from .armor import ArmorReader, looks_armored
from .chunks import CHUNK_SIZE
from .errors import AgeError, HeaderError, NoIdentityMatchError
from .header import Header, read_header
from .primitives import PAYLOAD_NONCE_SIZE, payload_key
from .source import ByteSource, PrefixedReader, read_exact
from .stanza import Identity, Stanza
from .stream_reader import StreamDecryptor

if TYPE_CHECKING:
    from typing_extensions import Buffer  # typing only: collections.abc.Buffer in 3.12

__all__ = ["AgeReader", "decrypt", "open_payload", "unwrap_file_key"]

_SNIFF_SIZE = 1024


def open_payload(src: BinaryIO | ByteSource, armored: bool | None = None) -> ByteSource:
    """The binary age file inside src, de-armoring it when armored (None: autodetect).

    Autodetection looks at the first 1 KiB: if, after optional whitespace, it starts
    with "-----BEGIN ", the file is treated as armored. A binary age file starts with
    "age-encryption.org/", so the two cannot be confused.
    """
    if armored is False:
        return PrefixedReader(b"", src)
    head = read_exact(src, _SNIFF_SIZE)
    source = PrefixedReader(head, src)
    if armored is None:
        armored = looks_armored(head)
    return ArmorReader(source) if armored else source


def check_scrypt_alone(stanzas: Sequence[Stanza]) -> None:
    """Refuse headers mixing scrypt with anything, whichever identities we hold.

    A passphrase file implies that whoever knows the passphrase wrote it; another stanza
    would let a second party forge such a file, so the spec forbids the mix.
    """
    if len(stanzas) > 1 and any(s.type == "scrypt" for s in stanzas):
        raise HeaderError("An scrypt stanza must be the only stanza.")


def unwrap_file_key(header: Header, identities: Iterable[Identity]) -> bytes:
    """The file key from the first identity that unwraps a stanza, MAC verified."""
    check_scrypt_alone(header.stanzas)
    for identity in identities:
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            header.verify_mac(file_key)
            return file_key
    raise NoIdentityMatchError("No identity matches any recipient stanza of the file.")


def decrypt(
    src: BinaryIO | ByteSource, identities: Iterable[Identity], *, armored: bool | None = None
) -> AgeReader:
    """Check the header of the age file in src and return a reader for its plaintext.

    armored=None autodetects ASCII armor (see open_payload); True or False forces it.
    Raises ArmorError, HeaderError, NoIdentityMatchError or HeaderMacError here; the
    reader raises PayloadError (or ArmorError) later. src is read sequentially (never
    seeked), and never closed.
    """
    source = open_payload(src, armored)
    header, rest = read_header(source)
    payload = PrefixedReader(rest, source)
    nonce = read_exact(payload, PAYLOAD_NONCE_SIZE)
    if len(nonce) != PAYLOAD_NONCE_SIZE:
        raise HeaderError("The payload nonce is missing or short.")
    file_key = unwrap_file_key(header, identities)
    return AgeReader(StreamDecryptor(payload_key(file_key, nonce), payload))


class AgeReader(io.RawIOBase):
    """Plaintext of an age file, released one verified 64 KiB chunk at a time.

    read(n) and readinto() may return data and raise PayloadError on the next call
    (data before the defect is genuine); read() with no size raises and returns nothing
    if the file is defective anywhere, so whole-file readers never get partial data.
    Memory stays bounded whatever the file size: a chunk buffer, plus up to 4 MiB of
    ciphertext when readinto() is given a large buffer (decrypted in parallel).
    """

    def __init__(self, stream: StreamDecryptor) -> None:
        super().__init__()
        self._stream = stream
        self._buf = bytearray(CHUNK_SIZE)
        self._start = 0
        self._end = 0
        self._error: AgeError | None = None

    def readable(self) -> bool:
        return True

    def _refill(self) -> bool:
        """Decrypt the next chunk into the buffer; False at end of plaintext."""
        self._start = 0
        self._end = self._stream.decrypt_next(memoryview(self._buf))
        return self._end > 0

    def readinto(self, buf: Buffer) -> int:
        if self._error is not None:
            raise self._error
        try:
            return self._readinto(memoryview(buf).cast("B"))
        except AgeError as exc:
            self._error = exc  # sticky: no read ever gets past a defect
            raise

    def _readinto(self, view: memoryview) -> int:
        if not view:
            return 0
        if self._start == self._end:
            if len(view) >= 2 * CHUNK_SIZE:  # straight into the caller's buffer, in parallel
                return self._stream.decrypt_many(view)
            if len(view) >= CHUNK_SIZE:
                return self._stream.decrypt_next(view)
            if not self._refill():
                return 0
        n = min(len(view), self._end - self._start)
        view[:n] = memoryview(self._buf)[self._start : self._start + n]
        self._start += n
        return n

    def read(self, size: int | None = -1) -> bytes:
        if self._error is not None:
            raise self._error
        if size is None or size < 0:
            return self.readall()
        out = bytearray()
        while len(out) < size:
            try:
                if self._start == self._end and not self._refill():
                    break
            except AgeError as exc:
                self._error = exc
                if not out:
                    raise
                break  # hand over what verified; the defect is reported on the next call
            n = min(size - len(out), self._end - self._start)
            out += memoryview(self._buf)[self._start : self._start + n]
            self._start += n
        return bytes(out)

    def readall(self) -> bytes:
        parts = []
        while data := self.read(1 << 20):
            parts.append(data)
        if self._error is not None:
            raise self._error
        return b"".join(parts)

    def close(self) -> None:
        """Wipe buffered plaintext; the source file is left open (the caller owns it)."""
        self._buf[:] = bytes(CHUNK_SIZE)
        self._start = self._end = 0
        super().close()
