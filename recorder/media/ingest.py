"""Adding files to the vault: hashed, checked, encrypted, and recorded in one step.

The original bytes are streamed once: each block is hashed (SHA-256, written to the custody
log) and encrypted into a new blob under a hidden partial name. The stored blob is then
inspected through its decrypting reader (type from content, integrity, metadata, identifying
flags), so the same path serves files on disk and streams from a packet. Only when everything
passed does one transaction record the attachment and rename the blob into place; any failure,
a full disk or a cancel leaves nothing behind.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .. import clock
from ..age.source import ByteSource
from ..errors import (
    Cancelled,
    EmptyFile,
    HashMismatch,
    MediaDamaged,
    NotFound,
    RecorderError,
    TruncatedMedia,
    UnreadableMedia,
    UnsupportedMedia,
)
from ..fsutil import SyncLater
from ..model import codec, new_id
from ..model.attachment import Attachment
from ..store import rows
from ..store.changes import recorded
from . import metadata, sniff, store
from .blob import BlobWriter

if TYPE_CHECKING:
    from ..vault import Vault

#: Called with (bytes done, bytes in total); total is 0 when a stream's length is unknown.
Progress = Callable[[int, int], None]
#: Polled between blocks; returning True stops the ingest and keeps nothing.
Cancel = Callable[[], bool]

READ_SIZE = 1 << 20
#: What can be wrong with one file of a batch: the file's own fault, so the others go on. A
#: full disk or a failing vault is not among them: it stops the whole batch.
FILE_PROBLEMS = (EmptyFile, TruncatedMedia, UnreadableMedia, UnsupportedMedia, MediaDamaged)


@dataclass
class Prepared:
    writer: BlobWriter
    attachment: Attachment
    action: str


@dataclass(frozen=True)
class Rejected:
    """A file of a batch that was not stored, and why (the error says it by code)."""
    filename: str
    error: RecorderError


@dataclass(frozen=True)
class Added:
    """What a batch of files came to: the ones stored, and each one refused with its reason."""
    attachments: list[Attachment]
    rejected: list[Rejected]


def safe_filename(name: str) -> str:
    """The last path component, without control characters, at most 255 characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return base[:255] or "attachment"


def _check_interview(vault: Vault, interview_id: str) -> None:
    if vault.conn.execute("SELECT 1 FROM interview WHERE id = ?", (interview_id,)).fetchone() \
            is None:
        raise NotFound("interview", interview_id)


def _copy(src: ByteSource, writer: BlobWriter, name: str, base: int, total: int,
          progress: Progress | None, cancel: Cancel | None) -> None:
    # A source that knows how much is left (a packet's member) gets a buffer no larger than
    # that: most members are small (a signature image), and a 1 MiB buffer to allocate and
    # wipe cost more than reading them.
    left = getattr(src, "left", None)
    buf = bytearray(READ_SIZE if left is None else max(1, min(READ_SIZE, left)))
    view = memoryview(buf)
    readinto = getattr(src, "readinto", None)
    while True:
        if cancel is not None and cancel():
            raise Cancelled(f"Adding {name}")
        try:
            if readinto is not None:  # whole blocks: fewer, larger steps for the writer's threads
                got = 0
                while got < len(view) and (n := readinto(view[got:])):
                    got += n
                data: memoryview | bytes = view[:got] if got else b""
            else:
                data = src.read(READ_SIZE)
        except OSError as exc:
            raise UnreadableMedia(name, exc.strerror or "read error") from None
        if not data:
            break
        writer.write(data)
        if progress is not None:
            progress(base + writer.size, total)
    buf[:] = bytes(len(buf))  # do not leave the last plaintext block lying in memory


def prepare(vault: Vault, interview_id: str, src: ByteSource, *, filename: str,
            attachment_id: str | None = None, created_at: str | None = None,
            derived_from: str | None = None, expected_sha256: str | None = None,
            media_type: str | None = None, kind: str | None = None,
            progress: Progress | None = None, cancel: Cancel | None = None, base: int = 0,
            total: int = 0, action: str = "attachment_added",
            sync_later: SyncLater | None = None) -> Prepared:
    """Encrypt `src` into a partial blob and inspect it; `commit` then records it.

    With `sync_later` the file's fsyncs are left to it (see BlobWriter)."""
    name = safe_filename(filename)
    writer = BlobWriter(store.media_dir(vault), sync_later=sync_later)
    try:
        _copy(src, writer, name, base, total, progress, cancel)
        writer.finish()
        if expected_sha256 is not None and writer.sha256 != expected_sha256.lower():
            raise HashMismatch(name, expected_sha256, writer.sha256)
        with writer.reader() as reader:
            found = metadata.inspect(reader, writer.size, name)
        record = Attachment(
            id=attachment_id or new_id(), interview_id=interview_id,
            kind=kind or found.kind, filename=name,
            media_type=media_type or found.media_type, size=writer.size, sha256=writer.sha256,
            derived_from=derived_from, metadata=found.metadata, flags=found.flags,
            created_at=created_at or clock.now(),
        )
        record = codec.from_dict(Attachment, codec.to_dict(record), name)
        return Prepared(writer, record, action)
    except BaseException:
        writer.discard()
        raise


def commit(vault: Vault, prepared: Sequence[Prepared]) -> list[Attachment]:
    """Record every prepared attachment in one transaction, renaming blobs into place."""
    published: list[BlobWriter] = []
    try:
        with vault.transaction():
            for item in prepared:
                att = item.attachment
                rows.insert(vault.conn, "attachment", att)
                store.insert_blob(vault, blob_id=att.id, interview_id=att.interview_id,
                                  blob_name=item.writer.name, key=item.writer.key,
                                  layout=store.FILE, state=store.COMPLETE, size=att.size,
                                  sha256=item.writer.sha256)
                detail: dict[str, object] = {"media_type": att.media_type, "size": att.size,
                                             "flags": len(att.flags)}
                if att.derived_from:
                    detail["derived_from"] = att.derived_from
                recorded(vault, item.action, "attachment", att.id, att.interview_id,
                         content_hash=att.sha256, detail=detail, reindex=False)
                item.writer.publish()
                published.append(item.writer)
    except BaseException:
        for writer in published:
            writer.unpublish()
        for item in prepared:
            item.writer.discard()
        raise
    return [item.attachment for item in prepared]


def ingest_stream(vault: Vault, interview_id: str, src: ByteSource, *, filename: str,
                  attachment_id: str | None = None, created_at: str | None = None,
                  derived_from: str | None = None, expected_sha256: str | None = None,
                  media_type: str | None = None, kind: str | None = None,
                  progress: Progress | None = None, cancel: Cancel | None = None,
                  total: int = 0, action: str = "attachment_added",
                  sync_later: SyncLater | None = None) -> Attachment:
    """Store the bytes read from `src` (to its end) as a new attachment of the interview.

    With `expected_sha256` (packet import) a mismatch fails closed: HashMismatch, nothing kept.
    `media_type`/`kind`, when given, are kept as the record says; the content is still checked.
    With `sync_later`, the caller flushes it before its transaction commits (packet import).
    """
    _check_interview(vault, interview_id)
    item = prepare(vault, interview_id, src, filename=filename, attachment_id=attachment_id,
                    created_at=created_at, derived_from=derived_from,
                    expected_sha256=expected_sha256, media_type=media_type, kind=kind,
                    progress=progress, cancel=cancel, total=total, action=action,
                    sync_later=sync_later)
    return commit(vault, [item])[0]


def _open_source(path: Path) -> tuple[BinaryIO, int]:
    name = safe_filename(str(path))
    try:
        fh = open(path, "rb")  # noqa: SIM115 - returned to the caller, who closes it
    except FileNotFoundError:
        raise UnreadableMedia(name, f"there is no such file: {path}") from None
    except IsADirectoryError:
        raise UnreadableMedia(name, "it is a folder, not a file") from None
    except OSError as exc:
        raise UnreadableMedia(name, exc.strerror or "it cannot be opened") from None
    info = os.fstat(fh.fileno())
    if not stat.S_ISREG(info.st_mode):
        fh.close()
        raise UnreadableMedia(name, "it is not a regular file")
    try:
        metadata.identify(fh.read(sniff.HEAD_SIZE), name)  # fail fast, before encrypting
        fh.seek(0)
    except BaseException:
        fh.close()
        raise
    return fh, info.st_size


def ingest_file(vault: Vault, interview_id: str, path: Path | str, *,
                progress: Progress | None = None, cancel: Cancel | None = None) -> Attachment:
    """Add one file from disk; its bytes are preserved exactly. A bad file raises its error."""
    added = ingest_files(vault, interview_id, [path], progress=progress, cancel=cancel)
    if added.rejected:
        raise added.rejected[0].error
    return added.attachments[0]


def ingest_files(vault: Vault, interview_id: str, paths: Sequence[Path | str],
                 progress: Progress | None = None, cancel: Cancel | None = None) -> Added:
    """Add several files at once: every good one is stored, each bad one is reported.

    A bad file (empty, truncated, of a type we do not take, unreadable) is a mistake about that
    file alone, so it must not cost the witness's other files: it is named with its reason and
    the rest are stored together in one transaction. A cancel, a full disk or any other failure
    of the vault itself still keeps nothing.
    """
    _check_interview(vault, interview_id)
    sources = []
    rejected: list[Rejected] = []
    try:
        for path in map(Path, paths):
            try:
                sources.append((path, *_open_source(path)))
            except FILE_PROBLEMS as exc:
                rejected.append(Rejected(safe_filename(str(path)), exc))
        total = sum(size for _, _, size in sources)
        prepared: list[Prepared] = []
        done = 0
        try:
            for path, fh, size in sources:
                try:
                    prepared.append(prepare(
                        vault, interview_id, fh, filename=path.name, progress=progress,
                        cancel=cancel, base=done, total=total))
                except FILE_PROBLEMS as exc:  # this file's content is bad: the others go on
                    rejected.append(Rejected(safe_filename(path.name), exc))
                done += size
        except BaseException:
            for item in prepared:
                item.writer.discard()
            raise
        return Added(commit(vault, prepared) if prepared else [], rejected)
    finally:
        for _, fh, _ in sources:
            fh.close()
