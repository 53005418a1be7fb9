"""One encrypted media file: a short header, then a STREAM payload under a per-file key.

Layout (docs/media-store.md): 8 bytes `TRMEDIA\\x01`, then age's STREAM construction (64 KiB
ChaCha20-Poly1305 chunks, counter nonces, a final-chunk flag). The 32-byte file key is random
and used for this one file only, so a nonce can never repeat; it is stored only wrapped under a
subkey of the vault key, bound to the attachment id and file name.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from ..age.errors import PayloadError
from ..age.stream import ENCRYPTED_CHUNK_SIZE, KEY_SIZE, StreamReader, StreamWriter
from ..errors import DiskFull, MediaDamaged
from ..fsutil import PRIVATE_FILE_MODE, SyncLater, fsync_dir, is_disk_full, start_writeback
from ..pipeline import Pipeline

if TYPE_CHECKING:
    from typing_extensions import Buffer  # typing only: collections.abc.Buffer in 3.12

MAGIC = b"TRMEDIA\x01"
HEADER_SIZE = len(MAGIC)
WRAP_PURPOSE = "media-key-wrap"
PARTIAL_SUFFIX = ".partial"
_WRAP_AAD = b"testimony-recorder media key v1\x00"
WRITEBACK_CHUNKS = 128  # 8 MiB
#: A file is hashed and written on the caller's thread until it grows past this; only a large
#: one gains from the two threads, which cost more to start than a few blocks take to hash.
INLINE_BYTES = 4 << 20


def new_blob_name() -> str:
    """A random file name: it says nothing about the content, the interview or the time."""
    return secrets.token_hex(16)


def _aad(blob_id: str, blob_name: str) -> bytes:
    return _WRAP_AAD + blob_id.encode("ascii") + b"\x00" + blob_name.encode("ascii")


def wrap_key(kek: bytes, file_key: bytes, blob_id: str, blob_name: str) -> tuple[bytes, bytes]:
    """Encrypt a file key for storage in the database; return (wrapped, nonce)."""
    nonce = secrets.token_bytes(12)
    return ChaCha20Poly1305(kek).encrypt(nonce, file_key, _aad(blob_id, blob_name)), nonce


def unwrap_key(kek: bytes, wrapped: bytes, nonce: bytes, blob_id: str,
               blob_name: str) -> bytes:
    try:
        key = ChaCha20Poly1305(kek).decrypt(nonce, wrapped, _aad(blob_id, blob_name))
    except InvalidTag:
        raise MediaDamaged(blob_id, "its key does not unwrap") from None
    if len(key) != KEY_SIZE:
        raise MediaDamaged(blob_id, "its key has the wrong size")
    return key


class BlobWriter:
    """Streams plaintext into a new encrypted file, hashing it on the way.

    Once a file outgrows INLINE_BYTES, hashing and encrypting-and-writing each run on a thread
    of their own (recorder.pipeline), so a large file is hashed on one core while the previous
    blocks are encrypted and written on another; write() then only queues a copy of the block,
    in memory. A small file (most photos, a short recording) is done on the caller's thread.

    The file is written under a hidden `.partial` name and only renamed to its final random name
    by `publish()`, which the caller does inside the database transaction that records it. Any
    failure before that leaves nothing but the partial file, which `discard()` removes (and the
    unlock sweep removes after a crash).
    """

    def __init__(self, media_dir: Path, *, sync_later: SyncLater | None = None) -> None:
        """With `sync_later`, finish() and publish() leave their fsyncs to it (the caller
        flushes it before committing); otherwise each makes its step durable at once."""
        self.media_dir = media_dir
        self._sync_later = sync_later
        self.key = secrets.token_bytes(KEY_SIZE)
        self.name = new_blob_name()
        self.partial = media_dir / f".{self.name}{PARTIAL_SUFFIX}"
        self.final = media_dir / self.name
        self.size = 0
        self._hash = hashlib.sha256()
        self._file: io.FileIO | None = None
        self._stream: StreamWriter | None = None
        self._pipe: Pipeline | None = None
        self._finished = False
        try:
            fd = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
            self._file = io.FileIO(fd, "wb")
            self._file.write(MAGIC)
            self._stream = StreamWriter(self.key, self._file, self._chunk_written)
        except OSError as exc:
            self.discard()
            raise self._translate(exc) from None

    def _hashed(self, block: bytes | bytearray | memoryview) -> bytes | bytearray | memoryview:
        self._hash.update(block)
        return block

    def _store(self, block: bytes | bytearray | memoryview) -> None:
        assert self._stream is not None  # noqa: S101 - set in __init__
        try:
            self._stream.write(block)
        except OSError as exc:
            raise self._translate(exc) from None

    def _chunk_written(self, counter: int) -> None:
        if (counter + 1) % WRITEBACK_CHUNKS == 0 and self._file is not None:
            # Large files: let the disk work while we go on, so finish()'s fsync is short.
            start = HEADER_SIZE + (counter + 1 - WRITEBACK_CHUNKS) * ENCRYPTED_CHUNK_SIZE
            start_writeback(self._file.fileno(), start, WRITEBACK_CHUNKS * ENCRYPTED_CHUNK_SIZE)

    def _translate(self, exc: OSError) -> Exception:
        if is_disk_full(exc):
            return DiskFull(self.media_dir)
        return exc

    @property
    def sha256(self) -> str:
        return self._hash.hexdigest()

    def write(self, data: bytes | bytearray | memoryview) -> None:
        """Queue a copy of `data` (the caller may reuse its buffer); raises the error of an
        earlier block's hashing or writing."""
        if not data:
            return
        if self._pipe is None and self.size + len(data) <= INLINE_BYTES:
            self._store(self._hashed(data))
        else:
            if self._pipe is None:
                self._pipe = Pipeline(self._hashed, self._store, name="media-blob")
            self._pipe.put(bytes(data))
        self.size += len(data)

    def finish(self) -> None:
        """Seal the final chunk and make the file durable (still under its partial name), or
        start writing it back for a later sync."""
        stream, file = self._stream, self._file
        assert stream and file  # noqa: S101 - set in __init__, cleared only by discard
        if self._pipe is not None:
            self._pipe.close()  # every block hashed and written, or the first error raised
        try:
            stream.close()
            if self._sync_later is None:
                os.fsync(file.fileno())
            else:
                start_writeback(file.fileno(), 0, file.tell())
        except OSError as exc:
            raise self._translate(exc) from None
        self._finished = True

    def reader(self) -> BinaryIO:
        """A decrypting, seekable reader over the finished partial file."""
        if not self._finished:
            raise RuntimeError("finish() the blob before reading it")
        return open_blob_file(self.partial, self.key, self.name)

    def publish(self) -> None:
        """Rename to the final name and make that durable; call inside the recording transaction."""
        if self._file is not None:
            self._file.close()
            self._file = None
        try:
            os.replace(self.partial, self.final)
            if self._sync_later is None:
                fsync_dir(self.media_dir)
            else:
                self._sync_later.renamed(self.final)
        except OSError as exc:
            raise self._translate(exc) from None

    def discard(self) -> None:
        """Forget everything written (safe to call more than once, and after publish)."""
        if self._pipe is not None:
            self._pipe.abort()  # no thread writes after this
        if self._stream is not None and not self._stream.closed:
            self._stream.abort()
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None
        with contextlib.suppress(OSError):
            self.partial.unlink()

    def unpublish(self) -> None:
        """Undo `publish()` when the transaction that recorded the file failed."""
        with contextlib.suppress(OSError):
            self.final.unlink()


class BlobReader(io.RawIOBase):
    """Seekable plaintext view of an encrypted blob file, optionally behind a synthesized prefix.

    The prefix is how a recording (stored as raw PCM) is presented as a WAV file: its 44-byte
    header is built from the database row on read, never stored or encrypted twice.
    """

    def __init__(self, path: Path, key: bytes, ref: str, prefix: bytes = b"") -> None:
        super().__init__()
        self._ref = ref
        self._file = open(path, "rb")  # noqa: SIM115 - owned by this reader, closed in close()
        try:
            if self._file.read(HEADER_SIZE) != MAGIC:
                raise MediaDamaged(ref, "not a media store file")
            self._stream = StreamReader(key, self._file)
        except PayloadError as exc:
            self._file.close()
            raise MediaDamaged(ref, str(exc)) from None
        except BaseException:
            self._file.close()
            raise
        self._prefix = prefix
        self._size = len(prefix) + self._stream.size
        self._pos = 0

    @property
    def size(self) -> int:
        return self._size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}.get(whence)
        if base is None:
            raise ValueError("invalid whence")
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    def readinto(self, buf: Buffer) -> int:
        view = memoryview(buf).cast("B")
        done = 0
        if self._pos < len(self._prefix) and view:
            take = min(len(view), len(self._prefix) - self._pos)
            view[:take] = self._prefix[self._pos : self._pos + take]
            done = take
            self._pos += take
        if done < len(view) and self._pos < self._size:
            self._stream.seek(self._pos - len(self._prefix))
            try:
                got = self._stream.readinto(view[done:])
            except PayloadError as exc:
                raise MediaDamaged(self._ref, str(exc)) from None
            done += got
            self._pos += got
        return done

    def close(self) -> None:
        if not self.closed:
            self._stream.close()
            self._file.close()
        super().close()


def open_blob_file(path: Path, key: bytes, ref: str, prefix: bytes = b"") -> BinaryIO:
    """Open a blob for reading; a missing or damaged file is MediaDamaged naming `ref`."""
    try:
        raw = BlobReader(path, key, ref, prefix)
    except FileNotFoundError:
        raise MediaDamaged(ref, "its encrypted file is missing") from None
    return io.BufferedReader(raw, buffer_size=1 << 16)
