"""Encrypting age files: encrypt() writes the header, AgeWriter streams the payload."""

from __future__ import annotations

import os
from collections.abc import Iterable
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO

from .armor import ArmorWriter
from .header import serialise_header
from .hybrid import HybridRecipient
from .primitives import PAYLOAD_NONCE_SIZE, new_file_key, payload_key
from .scrypt import ScryptRecipient
from .source import ByteSink, write_all
from .stanza import Recipient
from .stream_writer import StreamWriter
from .x25519 import X25519Recipient

if TYPE_CHECKING:
    from typing_extensions import Buffer

__all__ = ["AgeWriter", "check_recipients", "encrypt"]


def check_recipients(recipients: list[Recipient]) -> None:
    """Refuse recipient sets that would weaken the file."""
    if not recipients:
        raise ValueError("At least one recipient is needed.")
    if any(isinstance(r, ScryptRecipient) for r in recipients) and len(recipients) > 1:
        raise ValueError("A passphrase must be the only recipient of a file.")
    has_pq = any(isinstance(r, HybridRecipient) for r in recipients)
    if has_pq and any(isinstance(r, X25519Recipient) for r in recipients):
        # The file would only be as strong as X25519 against a quantum attacker.
        raise ValueError("Post-quantum and X25519 recipients cannot be mixed in one file.")


def encrypt(dst: ByteSink, recipients: Iterable[Recipient], *, armor: bool = False) -> AgeWriter:
    """Start an age file in dst for the recipients; write plaintext to the returned writer.

    close() (or leaving a with-block normally) finishes the file. dst is never closed.
    """
    recipients = list(recipients)
    check_recipients(recipients)
    file_key = new_file_key()
    stanzas = [stanza for r in recipients for stanza in r.wrap(file_key)]
    nonce = os.urandom(PAYLOAD_NONCE_SIZE)
    armor_writer = ArmorWriter(dst) if armor else None
    sink: ByteSink = armor_writer or dst
    write_all(sink, memoryview(serialise_header(stanzas, file_key) + nonce))
    stream = StreamWriter(payload_key(file_key, nonce), sink)
    return AgeWriter(stream, armor_writer)


class AgeWriter:
    """Write-only file-like for the plaintext of one age file.

    An exception inside a with-block abandons the file without a final chunk, so a
    half-written file can never pass for a complete, shorter one.
    """

    def __init__(self, stream: StreamWriter, armor: ArmorWriter | None) -> None:
        self._stream = stream
        self._armor = armor

    @property
    def closed(self) -> bool:
        return self._stream.closed

    def writable(self) -> bool:
        return True

    def write(self, data: Buffer) -> int:
        return self._stream.write(data)

    def write_from(self, src: BinaryIO) -> int:
        """Encrypt the rest of src (fastest from a regular file); return bytes read."""
        return self._stream.write_from(src)

    def flush(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        """Write the final chunk (and the armor END line); dst stays open."""
        if self._stream.closed:
            return
        self._stream.close()
        if self._armor is not None:
            self._armor.close()

    def abort(self) -> None:
        """Stop without finishing the file: readers will report it truncated."""
        self._stream.abort()

    def __enter__(self) -> AgeWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
