"""In-app audio recording: PCM goes straight into the encrypted store, durable chunk by chunk.

The sink is Qt-free: a take (`recorder/audio/take.py`) feeds it what an input delivers. Its
database row (state 'recording', with the wrapped key) is committed before the first sample is
written, and each 64 KiB STREAM chunk (0.68 s at 48 kHz mono) is fsynced as soon as it is
sealed, so a crash, a kill or a power cut loses at most the last second or so; the next unlock
recovers the rest (`recovery.py`). The blob holds raw PCM; the WAV header is synthesized on
read, so no encrypted chunk is ever rewritten under the same nonce.
"""

from __future__ import annotations

import contextlib
import io
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import clock
from ..age.stream import CHUNK_SIZE, KEY_SIZE, StreamWriter
from ..errors import InvalidRecord, NotFound, RecordingFailed
from ..fsutil import PRIVATE_FILE_MODE, fsync_dir, is_disk_full
from ..model import new_id
from ..model.attachment import Attachment
from ..store.changes import recorded
from ..vault import Vault
from . import blob, finished, store, wav
from .recovery import recover_row

if TYPE_CHECKING:
    from ..database import Connection

DEFAULT_RATE = 48000
MAX_NOTE = 2000


@dataclass(frozen=True)
class Marker:
    """A moment of a recording with a note ("mentions the detention centre")."""

    id: str
    attachment_id: str
    position_ms: int
    note: str
    testimony_id: str | None
    created_at: str


def add_marker(vault: Vault, attachment_id: str, position_ms: int, note: str,
               testimony_id: str | None = None) -> Marker:
    """Link a moment of a recording (finished or in progress) to a note; committed at once."""
    note = note.strip()
    if not note or len(note) > MAX_NOTE:
        raise InvalidRecord("marker", f"a note of 1 to {MAX_NOTE} characters is needed")
    if store.blob_row(vault.conn, attachment_id) is None:
        raise NotFound("recording", attachment_id)
    marker = Marker(new_id(), attachment_id, max(0, int(position_ms)), note, testimony_id,
                    clock.now())
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO media_marker (id, attachment_id, position_ms, note, testimony_id,"
            " created_at) VALUES (?,?,?,?,?,?)",
            (marker.id, marker.attachment_id, marker.position_ms, marker.note,
             marker.testimony_id, marker.created_at))
    return marker


def markers(conn: Connection, attachment_id: str) -> list[Marker]:
    return [Marker(r["id"], r["attachment_id"], r["position_ms"], r["note"], r["testimony_id"],
                   r["created_at"])
            for r in conn.execute("SELECT * FROM media_marker WHERE attachment_id = ?"
                                  " ORDER BY position_ms, created_at", (attachment_id,))]


class RecordingSink:
    """Receives PCM from a capture device and stores it encrypted as it arrives.

    Use: start() -> write() ... [pause()/resume(), add_marker()] -> stop() -> Attachment.
    """

    def __init__(self) -> None:
        self._vault: Vault | None = None
        self._row: store.BlobRow | None = None
        self._file: io.FileIO | None = None
        self._stream: StreamWriter | None = None
        self._remainder = b""
        self._pcm_bytes = 0
        self._durable_bytes = 0
        self._paused = False
        self._failed: str | None = None

    # -- state -----------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._row is not None

    @property
    def format(self) -> wav.PcmFormat:
        return self._require().pcm_format

    @property
    def position_ms(self) -> int:
        """Length of what was captured so far (pauses excluded), from the samples themselves."""
        return self.format.ms_at(self._pcm_bytes) if self._row else 0

    @property
    def durable_ms(self) -> int:
        """How much is already safe on disk (whole chunks, fsynced)."""
        return self.format.ms_at(self._durable_bytes) if self._row else 0

    def _require(self) -> store.BlobRow:
        if self._row is None:
            raise RecordingFailed("no recording is in progress")
        return self._row

    # -- lifecycle -------------------------------------------------------------------------

    def start(self, vault: Vault, interview_id: str, sample_rate: int = DEFAULT_RATE,
              channels: int = 1) -> str:
        """Register the recording (committed) and open its encrypted file; return its id."""
        if self._row is not None:
            raise RecordingFailed("a recording is already in progress")
        if channels not in (1, 2) or not 8000 <= sample_rate <= 192000:
            raise RecordingFailed(f"unsupported format ({sample_rate} Hz, {channels} channels)")
        if vault.conn.execute("SELECT 1 FROM interview WHERE id = ?",
                              (interview_id,)).fetchone() is None:
            raise NotFound("interview", interview_id)
        fmt = wav.PcmFormat(sample_rate, channels, 2)  # 16-bit: a chunk holds whole frames
        blob_id, name = new_id(), blob.new_blob_name()
        key = os.urandom(KEY_SIZE)
        folder = store.media_dir(vault)
        path = folder / name
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
            self._file = io.FileIO(fd, "wb")
            self._file.write(blob.MAGIC)
            os.fsync(fd)
            fsync_dir(folder)
            with vault.transaction():
                store.insert_blob(vault, blob_id=blob_id, interview_id=interview_id,
                                  blob_name=name, key=key, layout=store.PCM,
                                  state=store.RECORDING, size=0, pcm=fmt)
                recorded(vault, "recording_started", "attachment", blob_id, interview_id,
                         detail={"sample_rate": sample_rate, "channels": channels},
                         reindex=False)
        except BaseException:
            if self._file is not None:
                self._file.close()
                self._file = None
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        self._vault = vault
        self._row = store.blob_row(vault.conn, blob_id)
        self._stream = StreamWriter(key, self._file, self._chunk_sealed)
        self._remainder, self._pcm_bytes, self._durable_bytes = b"", 0, 0
        self._paused, self._failed = False, None
        return blob_id

    def _chunk_sealed(self, counter: int) -> None:
        assert self._file is not None  # noqa: S101 - only called while writing
        os.fsync(self._file.fileno())
        self._durable_bytes = (counter + 1) * CHUNK_SIZE

    def write(self, pcm: bytes | bytearray | memoryview) -> None:
        """Append captured samples (ignored while paused)."""
        self._require()
        if self._paused or self._failed or not pcm:
            return
        assert self._stream is not None  # noqa: S101 - set by start()
        data = self._remainder + bytes(pcm)
        whole = len(data) - len(data) % self.format.frame_size
        self._remainder = data[whole:]
        try:
            self._stream.write(data[:whole])
        except OSError as exc:
            self._fail("the disk is full" if is_disk_full(exc) else
                       f"the recording could not be written ({exc.strerror})")
        self._pcm_bytes += whole

    def _fail(self, reason: str) -> None:
        self._failed = reason
        if self._stream is not None:
            self._stream.abort()
        raise RecordingFailed(reason)

    def pause(self) -> None:
        self._require()
        self._paused = True

    def resume(self) -> None:
        self._require()
        self._paused = False

    def add_marker(self, note: str, testimony_id: str | None = None) -> Marker:
        """Mark the current moment of the recording with a note."""
        row = self._require()
        assert self._vault is not None  # noqa: S101 - set with the row
        return add_marker(self._vault, row.id, self.position_ms, note, testimony_id)

    def stop(self) -> Attachment:
        """Seal the recording and record it as an attachment (with its SHA-256 in custody)."""
        row = self._require()
        vault = self._vault
        assert vault is not None and self._stream is not None  # noqa: S101 - set by start()
        if self._pcm_bytes == 0 and not self._failed:
            self.discard()
            raise RecordingFailed("no sound was captured, so nothing was kept")
        try:
            if self._failed:  # keep the durable part, as after a crash
                self._close_file()
                recovered = recover_row(vault, row)
                if recovered is None:
                    raise RecordingFailed(f"{self._failed}; nothing could be kept")
                return recovered
            try:
                self._stream.close()
                assert self._file is not None  # noqa: S101 - open until _close_file
                os.fsync(self._file.fileno())
            except OSError as exc:
                self._failed = f"the end of the recording could not be written ({exc.strerror})"
                self._close_file()
                recovered = recover_row(vault, row)
                if recovered is None:
                    raise RecordingFailed(self._failed) from None
                return recovered
            self._close_file()
            with vault.transaction():
                return finished.finish_row(vault, row, size=self._pcm_bytes,
                                           action="recording_added")
        finally:
            self._reset()

    def discard(self) -> None:
        """Throw the take away (nothing was captured, or the person chose to): its row, key,
        markers and file are deleted, and custody records that it happened."""
        row = self._require()
        vault = self._vault
        assert vault is not None  # noqa: S101 - set with the row
        if self._stream is not None and not self._stream.closed:
            self._stream.abort()
        self._close_file()
        try:
            with vault.transaction():
                vault.conn.execute("DELETE FROM media_marker WHERE attachment_id = ?", (row.id,))
                vault.conn.execute("DELETE FROM media_blob WHERE id = ?", (row.id,))
                recorded(vault, "recording_discarded", "attachment", row.id, row.interview_id,
                         detail={"seconds": round(self._pcm_bytes / self.format.byte_rate, 3)},
                         reindex=False)
            with contextlib.suppress(FileNotFoundError):
                (vault.media_path / row.blob_name).unlink()
        finally:
            self._reset()

    def _close_file(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()
            self._file = None

    def _reset(self) -> None:
        self._close_file()
        self._vault, self._row, self._stream = None, None, None
        self._remainder = b""
