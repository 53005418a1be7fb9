"""The media commands as a person types them: attach, list, export (plain and redacted), record;
and, after ingest, recording and playback, no original media bytes anywhere on disk outside the
encrypted store."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import unlock
from testimony_recorder.recorder.media import store

from .audio_fixtures import pulse_mic, wav_seconds_and_frequency  # noqa: F401 - fixture
from .cli_helpers import init_vault, run_cli
from .conftest import PASSPHRASE, example_bundle_data, shared_path
from .media_helpers import allow_recording, leaks, windows

MEDIA = ["consent_en.m4a", "consent_en.wav", "document.pdf", "photo_gps.jpg",
         "statement_ar.flac", "statement_ar.mp3", "statement_ar.opus", "statement_ar.wav"]


def _interview(vault: Path, tmpdir: Path, *, recording: bool = False) -> str:
    """The example interview; with `recording`, its witness agreed to audio recording."""
    init_vault(vault, tmpdir)
    added = run_cli(vault, "interview", "add", "--json", "-",
                    stdin=json.dumps(example_bundle_data()), tmpdir=tmpdir)
    assert added.returncode == 0, added.stderr
    interview_id = added.stdout.strip()
    if recording:
        with unlock.unlock(vault, PASSPHRASE) as opened:
            allow_recording(opened, interview_id)
    return interview_id


def test_attach_list_export(tmp_path: Path) -> None:
    vault, tmpdir, out = tmp_path / "vault", tmp_path / "tmp", tmp_path / "out"
    tmpdir.mkdir()
    out.mkdir()
    interview = _interview(vault, tmpdir)
    files = [str(shared_path("media", n)) for n in ("statement_ar.mp3", "photo_gps.jpg")]
    attached = run_cli(vault, "attach", interview[:8], *files, tmpdir=tmpdir)
    assert attached.returncode == 0, attached.stderr
    assert "may identify someone" in attached.stderr and "Fictional Witness Name" in attached.stderr
    listed = run_cli(vault, "attachments", "list", interview, "--json", tmpdir=tmpdir)
    rows = json.loads(listed.stdout)["attachments"]
    assert [r["filename"] for r in rows] == ["statement_ar.mp3", "photo_gps.jpg"]
    mp3 = rows[0]
    assert mp3["sha256"] == hashlib.sha256(Path(files[0]).read_bytes()).hexdigest()
    assert {f["key"] for f in mp3["flags"]} == {"tag:TPE1", "tag:TXXX:comment",
                                                 "tag:TXXX:location"}
    plain = run_cli(vault, "attachment", "export", mp3["id"][:8], "-o", str(out / "a.mp3"),
                    tmpdir=tmpdir)
    assert plain.returncode == 0, plain.stderr
    assert "UNENCRYPTED" in plain.stderr
    assert (out / "a.mp3").read_bytes() == Path(files[0]).read_bytes()
    again = run_cli(vault, "attachment", "export", mp3["id"], "-o", str(out / "a.mp3"),
                    tmpdir=tmpdir)
    assert again.returncode == 2 and "exists" in again.stderr
    redacted = run_cli(vault, "attachment", "export", mp3["id"], "-o", str(out / "r.mp3"),
                       "--redacted", tmpdir=tmpdir)
    assert redacted.returncode == 0, redacted.stderr
    data = (out / "r.mp3").read_bytes()
    assert b"Fictional Witness Name" not in data and b"36.2021" not in data
    assert sorted(p.name for p in out.iterdir()) == ["a.mp3", "r.mp3"]  # no temp files left
    bad = run_cli(vault, "attach", interview, str(shared_path("media", "truncated.mp3")),
                  tmpdir=tmpdir)
    assert bad.returncode == 1 and "truncated.mp3 is incomplete" in bad.stderr
    assert "Traceback" not in bad.stderr
    listed = run_cli(vault, "attachments", "list", interview, tmpdir=tmpdir)
    assert "(3 attachment(s))" in listed.stdout  # two originals and the redacted copy


@pytest.mark.usefixtures("pulse_mic")
def test_no_original_bytes_outside_the_store(tmp_path: Path, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest every shared file, record from the microphone, play back with seeking: then no
    64-byte window of any original is in any file under the vault folder or the temp folder."""
    from testimony_recorder.ui.audio.player import open_player

    vault_dir, tmpdir = tmp_path / "vault", tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))  # Qt and every child process
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))  # Python in this process
    interview = _interview(vault_dir, tmpdir, recording=True)
    attached = run_cli(vault_dir, "attach", interview,
                       *[str(shared_path("media", n)) for n in MEDIA], tmpdir=tmpdir)
    assert attached.returncode == 0, attached.stderr
    recorded = run_cli(vault_dir, "record", interview, "--seconds", "3", "--json",
                       tmpdir=tmpdir)
    assert recorded.returncode == 0, recorded.stderr
    recording_id = json.loads(recorded.stdout)["id"]
    originals = [shared_path("media", n).read_bytes() for n in MEDIA]
    with unlock.unlock(vault_dir, PASSPHRASE) as vault:
        with store.open_attachment(vault, recording_id) as reader:
            recording = reader.read()
        seconds, freq = wav_seconds_and_frequency(store.open_attachment(vault, recording_id))
        assert 2.5 <= seconds <= 3.5 and 418 <= freq <= 462
        played = []
        for attachment in store.list_attachments(vault.conn, interview):
            if attachment.media_type not in ("audio/wav", "audio/mpeg"):
                continue
            player = open_player(store.open_attachment(vault, attachment.id),
                                 attachment.media_type)
            player.play()
            qtbot.waitUntil(lambda p=player: p.position_ms > 300, timeout=30_000)
            player.seek(2000)
            qtbot.waitUntil(lambda p=player: p.position_ms > 2200, timeout=30_000)
            played.append(attachment.filename)
            player.close()
        assert "statement_ar.mp3" in played and any(n.startswith("recording") for n in played)
    needles = [w for data in [*originals, recording[44:]] for w in windows(data)]
    assert needles and not leaks([vault_dir, tmpdir], needles)
    assert sorted(Path(tmpdir).iterdir()) == []


def test_record_refuses_without_audio_consent(tmp_path: Path) -> None:
    vault, tmpdir = tmp_path / "vault", tmp_path / "tmp"
    tmpdir.mkdir()
    init_vault(vault, tmpdir)
    added = run_cli(vault, "interview", "add", "--json", "-",
                    stdin=json.dumps(example_bundle_data()), tmpdir=tmpdir)
    refused = run_cli(vault, "record", added.stdout.strip(), "--seconds", "1", tmpdir=tmpdir)
    assert refused.returncode == 1 and "audio" in refused.stderr
    assert "Traceback" not in refused.stderr
