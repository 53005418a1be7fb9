"""Core pieces behind the Attachments tab: the deliberate plaintext export (atomic, logged,
cancellable), a cancellable redaction, the report of recovered recordings, and the babel
formatting of sizes and lengths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, i18n, unlock
from testimony_recorder.recorder.errors import Cancelled, CannotWrite
from testimony_recorder.recorder.media import ingest, recording, redact
from testimony_recorder.recorder.media.export import export_plaintext
from testimony_recorder.recorder.media.recovered import recovered_report
from testimony_recorder.recorder.vault import Vault

from .conftest import PASSPHRASE, shared_path
from .media_helpers import add_interview


@pytest.fixture
def interview(vault: Vault, example_bundle: object) -> str:
    return add_interview(vault, example_bundle)


def test_export_writes_the_exact_bytes_and_is_logged(vault: Vault, interview: str,
                                                     tmp_path: Path) -> None:
    source = shared_path("media", "statement_ar.mp3")
    attachment = ingest.ingest_file(vault, interview, source)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out" / "statement.mp3"
    out.parent.mkdir()
    export_plaintext(vault, attachment.id, out, progress=lambda d, t: seen.append((d, t)))
    assert out.read_bytes() == source.read_bytes()
    assert seen[-1] == (attachment.size, attachment.size)
    entry = [e for e in custody.entries(vault.conn, interview)
             if e.action == "attachment_exported"]
    assert entry and entry[0].content_hash == attachment.sha256
    assert os.listdir(out.parent) == ["statement.mp3"]  # no temporary file left beside it


def test_cancelled_or_failed_export_leaves_no_file(vault: Vault, interview: str,
                                                   tmp_path: Path) -> None:
    attachment = ingest.ingest_file(vault, interview, shared_path("media", "consent_en.wav"))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_plaintext(vault, attachment.id, out / "a.wav", cancel=lambda: True)
    assert os.listdir(out) == []
    with pytest.raises(CannotWrite):
        export_plaintext(vault, attachment.id, out / "missing" / "a.wav")
    actions = [e.action for e in custody.entries(vault.conn, interview)]
    assert "attachment_exported" not in actions


def test_cancelled_redaction_keeps_nothing(vault: Vault, interview: str) -> None:
    photo = ingest.ingest_file(vault, interview, shared_path("media", "photo_gps.jpg"))
    with pytest.raises(Cancelled):
        redact.make_redacted(vault, photo.id, cancel=lambda: True)
    assert redact.derivative_of(vault.conn, photo.id) is None
    assert len(os.listdir(vault.media_path)) == 1
    copy = redact.make_redacted(vault, photo.id, progress=lambda d, t: None)
    assert copy.derived_from == photo.id


def test_recovered_recordings_are_reported_with_witness_and_length(
        vault_dir: Path, vault: Vault, interview: str) -> None:
    sink = recording.RecordingSink()
    rid = sink.start(vault, interview)
    sink.write(b"\x01\x02" * 48000 * 3)  # 3 s of (quiet) sound
    vault.close()  # a crash: no stop()
    unlocked = unlock.unlock(vault_dir, PASSPHRASE)
    with unlocked as again:
        [report] = recovered_report(again, unlocked.recovered)
        witness = again.conn.execute("SELECT code FROM witness").fetchone()[0]
        assert report.attachment_id == rid and report.interview_id == interview
        assert report.witness_code == witness and report.witness_code.startswith("W-")
        assert report.seconds == pytest.approx(4 * 65536 / 96000, abs=0.001)


def test_sizes_and_lengths_in_the_reader_s_language() -> None:
    assert i18n.size(12455, "en") == "12.5 kB"
    assert i18n.size(800, "en") == "800 bytes"
    assert i18n.size(209_715_200, "en") == "209.7 MB"
    assert i18n.clock_time(65_000, "en") == "1:05"
    assert i18n.clock_time(3_723_000, "en") == "1:02:03"
    assert i18n.duration(3, "en") == "3 seconds"
    assert i18n.duration(95, "en") == "1 minute and 35 seconds"
    assert i18n.duration(3900, "en") == "1 hour and 5 minutes"
    assert i18n.listing(["location", "a name"], "en") == "location and a name"
    arabic = i18n.duration(95, "ar")
    assert "35" in arabic and not arabic.isascii()
    # Sorani, which CLDR has no unit names for: "1 hour and 5 minutes" in Sorani words
    assert i18n.duration(3900, "ckb") == ("1 \u06a9\u0627\u062a\u0698\u0645\u06ce\u0631"
                                          " \u0648 5 \u062e\u0648\u0644\u06d5\u06a9")
    assert i18n.listing(["a", "b", "c"], "ckb") == "a \u0648 b \u0648 c"
