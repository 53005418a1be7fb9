"""Sealing and importing large media on the pipeline of threads: a cancel in the middle of a
media file stops every stage, leaves no thread running and keeps nothing."""

from __future__ import annotations

import os
import struct
import threading
from pathlib import Path

import pytest

from testimony_recorder.recorder.errors import Cancelled
from testimony_recorder.recorder.media import ingest
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.store import testimonies

from .packet_fixtures import Pair
from .packet_helpers import FULL_OWN, add_interview, custody_len, give_consent, table_counts

MIB = 1 << 20


def _wav(path: Path, size: int) -> Path:
    data = size - 44
    header = struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + data, b"WAVE", b"fmt ", 16, 1, 1,
                         48000, 96000, 2, 16, b"data", data)
    path.write_bytes(header + os.urandom(data))
    return path


def _pipeline_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(("seal-", "media-blob-"))]


@pytest.fixture
def big(pair: Pair) -> Pair:
    """An interview holding 24 MiB of audio: many pipeline blocks."""
    iid = add_interview(pair.field, None, finalize=False)
    ingest.ingest_file(pair.field, iid, _wav(pair.tmp / "long.wav", 24 * MIB))
    (pair.tmp / "long.wav").unlink()
    give_consent(pair.field, iid, FULL_OWN)
    testimonies.finalize(pair.field, iid)
    return pair


def test_cancel_inside_the_media_stops_the_seal(big: Pair) -> None:
    before = table_counts(big.field), custody_len(big.field)
    done: list[int] = []
    with pytest.raises(Cancelled):
        big.export("c.tpk", progress=lambda d, t: done.append(d),
                   cancel=lambda: bool(done) and done[-1] > 8 * MIB)
    assert 8 * MIB < done[-1] < 20 * MIB  # inside the audio, not before or after it
    assert _pipeline_threads() == []
    assert (table_counts(big.field), custody_len(big.field)) == before
    assert list(big.tmp.glob("*c.tpk*")) == []


def test_cancel_inside_the_media_stops_the_import(big: Pair) -> None:
    packet = big.export()
    media_before = sorted(os.listdir(big.coord.media_path)) \
        if big.coord.media_path.exists() else []
    counts = table_counts(big.coord)
    done: list[int] = []
    with pytest.raises(Cancelled):
        importer.import_packet(big.coord, packet, progress=lambda d, t: done.append(d),
                               cancel=lambda: bool(done) and done[-1] > 8 * MIB)
    assert 8 * MIB < done[-1] < 20 * MIB
    assert _pipeline_threads() == []
    assert table_counts(big.coord) == counts
    assert sorted(os.listdir(big.coord.media_path)) == media_before  # no partial file left
    report = importer.import_packet(big.coord, packet)
    assert report.imported
    assert _pipeline_threads() == []
