"""Redacted derivatives: a copy for sharing without the metadata that may identify someone.

The original is never touched; the derivative is a new attachment with its own key, hash and
custody entry, linked by `derived_from`. Before it is kept, the derivative is inspected like any
new file and must carry no identifying flag, and none of the original's flagged text may appear
anywhere in its bytes; otherwise nothing is stored (RedactionFailed).
"""

from __future__ import annotations

import io
from pathlib import PurePath
from typing import TYPE_CHECKING, BinaryIO

from ..errors import InvalidRecord, RedactionFailed
from ..model.attachment import Attachment
from ..store import rows
from . import ingest, metadata, sniff, store, strip
from .validate import read_at

if TYPE_CHECKING:
    from ..database import Connection
    from ..vault import Vault

SCAN_BLOCK = 1 << 20
MIN_NEEDLE = 6


def derivative_of(conn: Connection, attachment_id: str) -> Attachment | None:
    """The redacted copy made from this attachment, if there is one."""
    found = rows.select(conn, Attachment, "attachment", "derived_from = ?", (attachment_id,),
                        order="created_at")
    return found[0] if found else None


def redacted_name(filename: str) -> str:
    path = PurePath(filename)
    return ingest.safe_filename(f"{path.stem} (redacted){path.suffix}")


def _needles(original: Attachment) -> list[bytes]:
    """Byte patterns of the original's flagged text values, in the encodings tags use."""
    out: set[bytes] = set()
    for flag in original.flags:
        value = flag.value.strip()
        if len(value) < MIN_NEEDLE or value.startswith("<"):
            continue
        for part in [value, *value.split("; ")]:
            if len(part) >= MIN_NEEDLE:
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    out.add(part.encode(encoding))
    return sorted(out)


def _scan(reader: BinaryIO, size: int, needles: list[bytes]) -> bytes | None:
    """The first needle found anywhere in the reader's bytes, scanning in overlapping blocks."""
    if not needles:
        return None
    overlap = max(len(n) for n in needles) - 1
    offset = 0
    tail = b""
    while offset < size:
        block = tail + read_at(reader, offset, SCAN_BLOCK)
        for needle in needles:
            if needle in block:
                return needle
        tail = block[-overlap:] if overlap else b""
        offset += SCAN_BLOCK
    return None


def make_redacted(vault: Vault, attachment_id: str, *, progress: ingest.Progress | None = None,
                  cancel: ingest.Cancel | None = None) -> Attachment:
    """Make (or return the existing) redacted derivative of an attachment.

    `progress` counts bytes of the copy written; `cancel` stops it and keeps nothing."""
    conn = vault.conn
    original = store.get_attachment(conn, attachment_id)
    if original.derived_from is not None:
        raise InvalidRecord("attachment", f"{attachment_id} is already a redacted copy")
    existing = derivative_of(conn, attachment_id)
    if existing is not None:
        return existing
    row = store.blob_row(conn, attachment_id)
    if row is None:
        raise RedactionFailed(original.filename, "its stored file is not registered")
    name = original.filename
    with store.open_blob(vault, row) as src:
        size = src.seek(0, 2)
        found = sniff.sniff(read_at(src, 0, sniff.HEAD_SIZE))
        if found is None:
            raise RedactionFailed(name, "its type is no longer recognised")
        plan = strip.plan_for(found.format, src, size, name)
        prepared = ingest.prepare(
            vault, original.interview_id, io.BufferedReader(strip.PlanReader(src, plan)),
            filename=redacted_name(name), derived_from=original.id,
            action="attachment_redacted", progress=progress, cancel=cancel, total=size)
    try:
        _verify(prepared, original, name)
    except BaseException:
        prepared.writer.discard()
        raise
    return ingest.commit(vault, [prepared])[0]


def _verify(prepared: ingest.Prepared, original: Attachment, name: str) -> None:
    derivative = prepared.attachment
    if derivative.flags:
        keys = ", ".join(sorted({f.key for f in derivative.flags}))
        raise RedactionFailed(name, f"identifying metadata remained: {keys}")
    with prepared.writer.reader() as reader:
        inspected = metadata.inspect(reader, derivative.size, name)
        if inspected.flags:
            raise RedactionFailed(name, "identifying metadata remained")
        if _scan(reader, derivative.size, _needles(original)) is not None:
            raise RedactionFailed(name, "flagged text still appears in the copy")
