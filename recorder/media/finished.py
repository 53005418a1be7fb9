"""A recording made whole: its attachment row, the SHA-256 of its WAV presentation and its
custody entry, in the caller's transaction. A clean stop (`recording.py`) and recovery after a
crash (`recovery.py`) both end here.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from ..model import codec
from ..model.attachment import Attachment
from ..store import rows
from ..store.changes import recorded
from ..vault import Vault
from . import store, wav


def recording_metadata(fmt: wav.PcmFormat, pcm_bytes: int) -> dict[str, str]:
    return {
        "info:duration": f"{pcm_bytes / fmt.byte_rate:.3f}",
        "info:codec": "PCM",
        "info:sample_rate": str(fmt.sample_rate),
        "info:channels": str(fmt.channels),
        "info:bits_per_sample": str(fmt.sample_width * 8),
        "info:bitrate": str(fmt.byte_rate * 8),
    }


def wav_sha256(vault: Vault, row: store.BlobRow) -> str:
    """SHA-256 of the recording as a WAV file (header + PCM), read back from the store."""
    digest = hashlib.sha256()
    with store.open_blob(vault, row) as reader:
        while block := reader.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def finish_row(vault: Vault, row: store.BlobRow, *, size: int, action: str,
               detail: dict[str, Any] | None = None) -> Attachment:
    """Record a finished recording: its attachment row, its hash, its custody entry."""
    fmt = row.pcm_format
    done = dataclasses.replace(row, size=size, state=store.COMPLETE)
    sha256 = wav_sha256(vault, done)
    stamp = row.created_at[:19].replace(":", "-").replace("T", " ")
    attachment = codec.from_dict(Attachment, codec.to_dict(Attachment(
        id=row.id, interview_id=row.interview_id, kind="audio",
        filename=f"recording {stamp}.wav", media_type="audio/wav",
        size=wav.HEADER_SIZE + size, sha256=sha256, metadata=recording_metadata(fmt, size),
        created_at=row.created_at)), "recording")
    rows.insert(vault.conn, "attachment", attachment)
    vault.conn.execute("UPDATE media_blob SET state = ?, size = ? WHERE id = ?",
                       (store.COMPLETE, size, row.id))
    seconds = round(size / fmt.byte_rate, 3)
    recorded(vault, action, "attachment", row.id, row.interview_id, content_hash=sha256,
             detail={"seconds": seconds, **(detail or {})}, reindex=False)
    return attachment
