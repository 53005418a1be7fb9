"""Redacted derivatives of the shared files: no name, phone or GPS left anywhere in them, the
audio stream byte-identical, the original untouched, both kept with their hashes and linked."""

from __future__ import annotations

import hashlib
import struct

import pytest

from testimony_recorder.recorder import custody
from testimony_recorder.recorder.errors import InvalidRecord, RedactionFailed
from testimony_recorder.recorder.media import exif, ingest, metadata, redact, store
from testimony_recorder.recorder.vault import Vault

from .conftest import shared_path
from .media_helpers import add_interview

TAGGED = ["statement_ar.mp3", "statement_ar.flac", "statement_ar.opus", "consent_en.m4a",
          "photo_gps.jpg", "document.pdf"]
# Everything identifying the shared files carry, as text in any encoding tags use, plus the
# GPS position as EXIF stores it (rationals: 36/1 12/1 756/100 and 37/1 8/1 348/100).
SECRETS = ["Fictional Witness Name", "Fictional Interviewer", "Fictional Author Name",
           "+000 0000 0000", "36.2021", "37.1343", "SN-000-FICTIONAL", "FictionalPhone"]


def _encodings(text: str) -> list[bytes]:
    return [text.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


@pytest.fixture
def interview(vault: Vault, example_bundle: object) -> str:
    return add_interview(vault, example_bundle)


def _read(vault: Vault, attachment_id: str) -> bytes:
    with store.open_attachment(vault, attachment_id) as reader:
        return reader.read()


@pytest.mark.parametrize("name", TAGGED)
def test_derivative_carries_nothing_identifying(vault: Vault, interview: str,
                                                name: str) -> None:
    original = ingest.ingest_file(vault, interview, shared_path("media", name))
    assert original.flags
    derivative = redact.make_redacted(vault, original.id)
    data = _read(vault, derivative.id)
    for secret in SECRETS:
        for pattern in _encodings(secret):
            assert pattern not in data, f"{secret!r} left in the redacted {name}"
    assert b"Exif" not in data and b"GPS" not in data
    assert derivative.flags == []
    reread = metadata.inspect(store.open_attachment(vault, derivative.id), len(data), name)
    assert reread.flags == [] and reread.media_type == original.media_type
    # both kept, linked, each with its own hash; the original is byte for byte unchanged
    assert derivative.derived_from == original.id
    assert derivative.sha256 == hashlib.sha256(data).hexdigest()
    assert _read(vault, original.id) == shared_path("media", name).read_bytes()
    assert redact.derivative_of(vault.conn, original.id) == derivative
    assert redact.make_redacted(vault, original.id) == derivative  # made once
    entry = [e for e in custody.entries(vault.conn) if e.entity_id == derivative.id]
    assert [e.action for e in entry] == ["attachment_redacted"]
    assert entry[0].content_hash == derivative.sha256
    assert entry[0].detail is not None and entry[0].detail["derived_from"] == original.id


def _id3_size(data: bytes) -> int:
    size = 0
    for b in data[6:10]:
        size = (size << 7) | b
    return 10 + size if data[:3] == b"ID3" else 0


def _flac_frames(data: bytes) -> bytes:
    offset = 4
    while True:
        last, length = data[offset] & 0x80, int.from_bytes(data[offset + 1 : offset + 4], "big")
        offset += 4 + length
        if last:
            return data[offset:]


def _ogg_packets(data: bytes) -> list[bytes]:
    packets, current, offset = [], b"", 0
    while offset < len(data):
        segments = data[offset + 26]
        table = data[offset + 27 : offset + 27 + segments]
        at = offset + 27 + segments
        for lacing in table:
            current += data[at : at + lacing]
            at += lacing
            if lacing < 255:
                packets.append(current)
                current = b""
        offset = at
    return packets


def _mp4_box(data: bytes, kind: bytes) -> bytes:
    offset = 0
    while offset < len(data):
        size, box = struct.unpack_from(">I4s", data, offset)
        if box == kind:
            return data[offset + 8 : offset + size]
        offset += size
    raise AssertionError(f"no {kind!r} box")


def _wav_data(data: bytes) -> bytes:
    offset = 12
    while offset < len(data):
        kind, length = struct.unpack_from("<4sI", data, offset)
        if kind == b"data":
            return data[offset + 8 : offset + 8 + length]
        offset += 8 + length + (length & 1)
    raise AssertionError("no data chunk")


AUDIO_STREAM = {
    "statement_ar.mp3": lambda d: d[_id3_size(d):],
    "statement_ar.flac": _flac_frames,
    "statement_ar.opus": lambda d: b"".join(_ogg_packets(d)[2:]),  # after the two headers
    "consent_en.m4a": lambda d: _mp4_box(d, b"mdat"),
    "statement_ar.wav": _wav_data,
}


@pytest.mark.parametrize("name", sorted(AUDIO_STREAM))
def test_audio_stream_is_byte_identical(vault: Vault, interview: str, name: str) -> None:
    original = ingest.ingest_file(vault, interview, shared_path("media", name))
    derivative = redact.make_redacted(vault, original.id)
    before, after = _read(vault, original.id), _read(vault, derivative.id)
    extract = AUDIO_STREAM[name]
    assert len(extract(before)) > 50_000
    assert extract(after) == extract(before)
    assert float(derivative.metadata["info:duration"]) == pytest.approx(
        float(original.metadata["info:duration"]), abs=0.05)


def test_redacted_jpeg_is_still_an_image(vault: Vault, interview: str) -> None:
    original = ingest.ingest_file(vault, interview, shared_path("media", "photo_gps.jpg"))
    data = _read(vault, redact.make_redacted(vault, original.id).id)
    assert data.startswith(b"\xff\xd8") and data.rstrip(b"\x00").endswith(b"\xff\xd9")
    import io

    markers = [m for m, _, _ in exif.jpeg_segments(io.BytesIO(data), len(data))]
    assert 0xE1 not in markers and 0xDA in markers and 0xDB in markers  # no EXIF, tables kept


def test_a_derivative_is_not_redacted_again(vault: Vault, interview: str) -> None:
    original = ingest.ingest_file(vault, interview, shared_path("media", "statement_ar.mp3"))
    derivative = redact.make_redacted(vault, original.id)
    with pytest.raises(InvalidRecord):
        redact.make_redacted(vault, derivative.id)


def test_metadata_that_cannot_be_seen_refuses_redaction(vault: Vault, interview: str,
                                                        tmp_path: object) -> None:
    from pathlib import Path

    pdf = shared_path("media", "document.pdf").read_bytes()
    hidden = pdf.replace(b"/Info 7 0 R", b"/Info 9 0 R")  # information in an unseen object
    path = Path(str(tmp_path)) / "hidden.pdf"
    path.write_bytes(hidden)
    original = ingest.ingest_file(vault, interview, path)
    assert {f.key for f in original.flags} >= {"pdf:unchecked"}
    with pytest.raises(RedactionFailed, match=r"hidden\.pdf"):
        redact.make_redacted(vault, original.id)
    assert redact.derivative_of(vault.conn, original.id) is None
    assert len(store.list_attachments(vault.conn, interview)) == 1
