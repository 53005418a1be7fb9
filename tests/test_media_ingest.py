"""Ingest of the real files in ../shared/media: hashes, type from content, metadata, flags,
and every kind of bad input, each with a message naming the file and nothing stored."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from testimony_recorder.recorder import custody, kdf, unlock
from testimony_recorder.recorder.errors import (
    Cancelled,
    DiskFull,
    EmptyFile,
    HashMismatch,
    NotFound,
    TruncatedMedia,
    UnreadableMedia,
    UnsupportedMedia,
)
from testimony_recorder.recorder.media import ingest, store
from testimony_recorder.recorder.vault import Vault

from .conftest import PASSPHRASE, shared_path
from .media_helpers import add_interview

GOOD = ["consent_en.m4a", "consent_en.wav", "document.pdf", "not_really_audio.mp3",
        "photo_gps.jpg", "statement_ar.flac", "statement_ar.mp3", "statement_ar.opus",
        "statement_ar.wav"]

EXPECTED = {  # media type, kind, and technical facts mutagen reads
    "consent_en.m4a": ("audio/mp4", "audio", {"info:codec": "AAC LC", "info:sample_rate":
                                              "22050", "info:channels": "2"}),
    "consent_en.wav": ("audio/wav", "audio", {"info:codec": "PCM", "info:sample_rate": "22050",
                                              "info:channels": "1", "info:bitrate": "352800"}),
    "statement_ar.flac": ("audio/flac", "audio", {"info:codec": "FLAC", "info:channels": "1",
                                                  "info:bits_per_sample": "16"}),
    "statement_ar.mp3": ("audio/mpeg", "audio", {"info:codec": "MP3", "info:bitrate": "64000",
                                                 "info:sample_rate": "22050"}),
    "statement_ar.opus": ("audio/ogg", "audio", {"info:codec": "Opus", "info:channels": "1"}),
    "document.pdf": ("application/pdf", "document", {}),
    "not_really_audio.mp3": ("application/pdf", "document", {}),
    "photo_gps.jpg": ("image/jpeg", "image", {}),
}


@pytest.fixture
def interview(vault: Vault, example_bundle: object) -> str:
    return add_interview(vault, example_bundle)


def _stored_files(vault: Vault) -> list[str]:
    return sorted(os.listdir(vault.media_path))


@pytest.mark.parametrize("name", GOOD)
def test_ingest_keeps_bytes_hash_and_custody(vault: Vault, interview: str, name: str) -> None:
    path = shared_path("media", name)
    original = path.read_bytes()
    attachment = ingest.ingest_file(vault, interview, path)
    assert attachment.sha256 == hashlib.sha256(original).hexdigest()
    assert attachment.size == len(original) and attachment.filename == name
    with store.open_attachment(vault, attachment.id) as reader:
        assert reader.read() == original
    entries = [e for e in custody.entries(vault.conn, interview)
               if e.action == "attachment_added" and e.entity_id == attachment.id]
    assert len(entries) == 1 and entries[0].content_hash == attachment.sha256
    assert custody.verify(vault.conn).ok
    assert store.list_attachments(vault.conn, interview) == [attachment]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_type_from_content_and_metadata(vault: Vault, interview: str, name: str) -> None:
    media_type, kind, facts = EXPECTED[name]
    attachment = ingest.ingest_file(vault, interview, shared_path("media", name))
    assert (attachment.media_type, attachment.kind) == (media_type, kind)
    for key, value in facts.items():
        assert attachment.metadata[key] == value
    if kind == "audio":
        assert 18.0 < float(attachment.metadata["info:duration"]) < 21.0


def _flags(vault: Vault, interview: str, name: str) -> dict[str, str]:
    attachment = ingest.ingest_file(vault, interview, shared_path("media", name))
    return {f.key: f.reason for f in attachment.flags}


def test_identifying_metadata_is_flagged(vault: Vault, interview: str) -> None:
    mp3 = _flags(vault, interview, "statement_ar.mp3")
    assert mp3 == {"tag:TPE1": "person", "tag:TXXX:comment": "comment",
                   "tag:TXXX:location": "location"}
    flac = _flags(vault, interview, "statement_ar.flac")
    assert flac == {"tag:artist": "person", "tag:description": "comment"}
    opus = _flags(vault, interview, "statement_ar.opus")
    assert opus == {"tag:artist": "person", "tag:location": "location"}
    m4a = _flags(vault, interview, "consent_en.m4a")
    assert m4a == {"tag:artist": "person", "tag:location": "location", "mp4:loci": "location"}
    jpeg = _flags(vault, interview, "photo_gps.jpg")
    assert jpeg["exif:Artist"] == "person" and jpeg["exif:BodySerialNumber"] == "device"
    assert jpeg["exif:GPSPosition"] == "location" and jpeg["exif:Make"] == "device"
    assert _flags(vault, interview, "document.pdf") == {"pdf:Author": "person"}
    assert _flags(vault, interview, "statement_ar.wav") == {}


def test_flag_values_show_what_would_be_revealed(vault: Vault, interview: str) -> None:
    photo = ingest.ingest_file(vault, interview, shared_path("media", "photo_gps.jpg"))
    values = {f.key: f.value for f in photo.flags}
    assert values["exif:GPSPosition"] == "36.202100,37.134300"
    assert values["exif:Artist"] == "Fictional Witness Name"
    assert values["exif:BodySerialNumber"] == "SN-000-FICTIONAL"
    m4a = ingest.ingest_file(vault, interview, shared_path("media", "consent_en.m4a"))
    assert {f.key: f.value for f in m4a.flags}["mp4:loci"].startswith("36.2021,37.1343")


@pytest.mark.parametrize(("name", "error", "words"), [
    ("empty.mp3", EmptyFile, "is empty"),
    ("truncated.mp3", TruncatedMedia, "incomplete"),
])
def test_bad_shared_files(vault: Vault, interview: str, name: str, error: type,
                          words: str) -> None:
    with pytest.raises(error) as err:
        ingest.ingest_file(vault, interview, shared_path("media", name))
    assert name in err.value.message and words in err.value.message
    assert "nothing was stored" in err.value.message.lower()
    assert store.list_attachments(vault.conn, interview) == []
    assert _stored_files(vault) == []


@pytest.mark.parametrize(("content", "error", "words"), [
    (b"PK\x03\x04" + bytes(200), UnsupportedMedia, "ZIP"),
    (bytes(range(256)) * 4, UnsupportedMedia, "not a known"),
    (shared_path("media", "consent_en.wav").read_bytes()[:400_000], TruncatedMedia, "announces"),
    (shared_path("media", "statement_ar.opus").read_bytes()[:30_000], TruncatedMedia, "Ogg"),
    (shared_path("media", "consent_en.m4a").read_bytes()[:100_000], TruncatedMedia, "mdat"),
    (shared_path("media", "photo_gps.jpg").read_bytes()[:6000], TruncatedMedia, "end marker"),
    (shared_path("media", "document.pdf").read_bytes()[:900], TruncatedMedia, "end-of-file"),
    (shared_path("media", "statement_ar.flac").read_bytes()[:60], TruncatedMedia, "metadata"),
    (b"ID3\x03\x00\x00\x00\x00\x00\x10" + bytes(16) + b"garbage", UnsupportedMedia, "tag"),
])
def test_bad_inputs_are_named_and_not_stored(vault: Vault, interview: str, tmp_path: Path,
                                            content: bytes, error: type, words: str) -> None:
    path = tmp_path / "evidence.bin"
    path.write_bytes(content)
    with pytest.raises(error) as err:
        ingest.ingest_file(vault, interview, path)
    assert "evidence.bin" in err.value.message and words in err.value.message
    assert store.list_attachments(vault.conn, interview) == [] and _stored_files(vault) == []


def test_missing_and_folder_paths(vault: Vault, interview: str, tmp_path: Path) -> None:
    with pytest.raises(UnreadableMedia, match="no such file"):
        ingest.ingest_file(vault, interview, tmp_path / "gone.mp3")
    with pytest.raises(UnreadableMedia, match="folder"):
        ingest.ingest_file(vault, interview, tmp_path)
    with pytest.raises(NotFound):
        ingest.ingest_file(vault, "00000000-0000-4000-8000-000000000000",
                           shared_path("media", "consent_en.wav"))


def test_a_bad_file_costs_only_itself(vault: Vault, interview: str) -> None:
    """The good files of a batch are stored; each bad one is named with its own reason."""
    good = [shared_path("media", n) for n in ("statement_ar.wav", "photo_gps.jpg")]
    bad = [shared_path("media", n) for n in ("empty.mp3", "truncated.mp3")]
    seen: list[tuple[int, int]] = []
    added = ingest.ingest_files(vault, interview, [bad[0], good[0], bad[1], good[1]],
                                progress=lambda d, t: seen.append((d, t)))
    assert [a.filename for a in added.attachments] == ["statement_ar.wav", "photo_gps.jpg"]
    assert [(r.filename, r.error.code) for r in added.rejected] == [
        ("empty.mp3", EmptyFile.code), ("truncated.mp3", TruncatedMedia.code)]
    stored = store.list_attachments(vault.conn, interview)
    assert sorted(a.filename for a in stored) == ["photo_gps.jpg", "statement_ar.wav"]
    assert len(_stored_files(vault)) == 2  # no partial blob of the bad files is left
    total = sum(p.stat().st_size for p in [*good, bad[1]])
    assert seen[-1][1] == total


def test_a_batch_of_only_bad_files_stores_nothing(vault: Vault, interview: str) -> None:
    added = ingest.ingest_files(vault, interview, [shared_path("media", "truncated.mp3"),
                                                   shared_path("media", "empty.mp3")])
    assert added.attachments == [] and len(added.rejected) == 2
    assert store.list_attachments(vault.conn, interview) == [] and _stored_files(vault) == []


def test_cancel_keeps_nothing(vault: Vault, interview: str) -> None:
    with pytest.raises(Cancelled):
        ingest.ingest_file(vault, interview, shared_path("media", "consent_en.wav"),
                           cancel=lambda: True)
    assert store.list_attachments(vault.conn, interview) == [] and _stored_files(vault) == []


def test_stream_with_expected_hash(vault: Vault, interview: str) -> None:
    data = shared_path("media", "statement_ar.opus").read_bytes()
    wrong = hashlib.sha256(b"other").hexdigest()
    with pytest.raises(HashMismatch, match=r"statement_ar\.opus"):
        ingest.ingest_stream(vault, interview, io.BytesIO(data), filename="statement_ar.opus",
                             expected_sha256=wrong)
    assert store.list_attachments(vault.conn, interview) == [] and _stored_files(vault) == []
    fixed_id = "11111111-2222-4333-8444-555555555555"
    attachment = ingest.ingest_stream(
        vault, interview, io.BytesIO(data), filename="../../etc/statement_ar.opus",
        attachment_id=fixed_id, created_at="2024-03-01T10:00:00.000Z",
        expected_sha256=hashlib.sha256(data).hexdigest())
    assert attachment.id == fixed_id and attachment.filename == "statement_ar.opus"
    assert attachment.created_at == "2024-03-01T10:00:00.000Z"


FULL_DISK_SCRIPT = r"""
import sys, json
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from testimony_recorder.recorder import unlock
from testimony_recorder.recorder.media import ingest
from testimony_recorder.recorder.errors import DiskFull
with unlock.unlock(Path(sys.argv[1]), sys.argv[2]) as v:
    iid = v.conn.execute("SELECT id FROM interview").fetchone()[0]
    try:
        ingest.ingest_file(v, iid, Path(sys.argv[4]))
    except DiskFull as exc:
        print("DISKFULL", exc.message)
"""


def test_full_disk_fails_cleanly(tmp_path: Path, example_bundle: object) -> None:
    """A real full file system: a 3 MiB tmpfs holding the vault, then a 4 MiB file."""
    mount = tmp_path / "small"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], check=True)
    try:
        vault_dir = mount / "vault"
        vault, _ = unlock.create(vault_dir, PASSPHRASE, owner="T",
                                 kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
        with vault:
            interview = add_interview(vault, example_bundle)
            first = ingest.ingest_file(vault, interview, shared_path("media", "statement_ar.mp3"))
        big = tmp_path / "big.wav"
        wav = shared_path("media", "consent_en.wav").read_bytes()
        big.write_bytes(wav[:40] + (4 * 1024 * 1024).to_bytes(4, "little") + os.urandom(4 << 20))
        # In-process first: the error class and nothing partial left behind.
        with unlock.unlock(vault_dir, PASSPHRASE) as vault:
            with pytest.raises(DiskFull) as err:
                ingest.ingest_file(vault, interview, big)
            assert "full" in err.value.message and "Nothing was saved" in err.value.message
            assert [a.id for a in store.list_attachments(vault.conn, interview)] == [first.id]
            assert not [n for n in os.listdir(vault.media_path) if n.endswith(".partial")]
            with store.open_attachment(vault, first.id) as reader:
                assert hashlib.sha256(reader.read()).hexdigest() == first.sha256
        # And the command line says so in words.
        out = subprocess.run([sys.executable, "-c", FULL_DISK_SCRIPT, str(vault_dir), PASSPHRASE,
                              str(Path(__file__).resolve().parents[1]), str(big)],
                             capture_output=True, text=True, check=True)
        assert out.stdout.startswith("DISKFULL") and "Traceback" not in out.stderr
        with unlock.unlock(vault_dir, PASSPHRASE) as vault:
            assert custody.verify(vault.conn).ok
            assert len(os.listdir(vault.media_path)) == 1
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


INGEST_SCRIPT = r"""
import sys
from pathlib import Path
from testimony_recorder.recorder import unlock
from testimony_recorder.recorder.media import ingest
with unlock.unlock(Path(sys.argv[1]), sys.argv[2]) as v:
    iid = v.conn.execute("SELECT id FROM interview").fetchone()[0]
    ingest.ingest_file(v, iid, Path(sys.argv[3]))
"""


def test_kill_during_ingest_leaves_nothing(tmp_path: Path, vault_dir: Path, vault: Vault,
                                           interview: str) -> None:
    """kill -9 while a large file is being encrypted: no attachment, no plaintext, and the
    next unlock clears the unfinished file away."""
    vault.close()
    big = tmp_path / "big.wav"
    wav = shared_path("media", "consent_en.wav").read_bytes()
    size = 300 << 20
    with open(big, "wb") as fh:
        fh.write(wav[:4] + (size - 8).to_bytes(4, "little") + wav[8:40]
                 + (size - 44).to_bytes(4, "little"))
        for _ in range(size // (1 << 20)):
            fh.write(os.urandom(1 << 20))
    head = big.read_bytes()[:1 << 20]
    proc = subprocess.Popen([sys.executable, "-c", INGEST_SCRIPT, str(vault_dir), PASSPHRASE,
                             str(big)], cwd=Path(__file__).resolve().parents[1])
    media = vault_dir / "media"
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".partial") and p.stat().st_size > (1 << 20)
                  for p in media.iterdir()):
        assert time.monotonic() < deadline and proc.poll() is None, "ingest never started"
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    leftovers = list(media.iterdir())
    assert leftovers  # the unfinished, encrypted file is there...
    for path in leftovers:
        data = path.read_bytes()
        assert head[100:164] not in data and head[-64:] not in data  # ...and holds no plaintext
    with unlock.unlock(vault_dir, PASSPHRASE) as again:
        assert store.list_attachments(again.conn, interview) == []
        assert list(again.media_path.iterdir()) == []
        assert custody.verify(again.conn).ok
