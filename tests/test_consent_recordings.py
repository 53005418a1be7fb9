"""The organisation's recordings of consent texts: kept encrypted, tied to their wording."""

from __future__ import annotations

from dataclasses import replace

import pytest

from testimony_recorder.recorder.consent import recordings
from testimony_recorder.recorder.consent.errors import ArtefactRejected
from testimony_recorder.recorder.consent.text import current_texts
from testimony_recorder.recorder.errors import NotFound
from testimony_recorder.recorder.vault import Vault


def test_attach_and_play_back(vault: Vault, shared) -> None:
    shown = current_texts(vault.conn)["en"]
    audio = (shared / "media" / "consent_en.wav").read_bytes()
    rec = recordings.attach(vault, shown, "participation", audio, "participation.wav")
    assert rec.media_type == "audio/wav" and rec.size == len(audio)
    found = recordings.audio(vault.conn, shown, "participation")
    assert found is not None and found[1] == audio
    assert recordings.audio(vault.conn, shown, "audio_recording") is None
    assert recordings.audio(vault.conn, current_texts(vault.conn)["ar"], "participation") is None
    assert [r.section for r in recordings.listing(vault.conn, "standard", "en")] == [
        "participation"]


@pytest.mark.parametrize("name", ["statement_ar.mp3", "statement_ar.flac",
                                  "statement_ar.opus", "consent_en.m4a"])
def test_common_audio_formats_are_accepted(vault: Vault, shared, name: str) -> None:
    shown = current_texts(vault.conn)["ar"]
    rec = recordings.attach(vault, shown, "introduction", (shared / "media" / name).read_bytes())
    assert rec.media_type.startswith("audio/")


@pytest.mark.parametrize("name", ["empty.mp3", "not_really_audio.mp3", "document.pdf",
                                  "photo_gps.jpg"])
def test_what_is_not_audio_is_refused(vault: Vault, shared, name: str) -> None:
    shown = current_texts(vault.conn)["en"]
    with pytest.raises(ArtefactRejected):
        recordings.attach(vault, shown, "closing", (shared / "media" / name).read_bytes())
    assert recordings.listing(vault.conn, "standard", "en") == []


def test_a_reworded_part_no_longer_plays_the_old_recording(vault: Vault, shared) -> None:
    shown = current_texts(vault.conn)["en"]
    recordings.attach(vault, shown, "closing",
                      (shared / "media" / "consent_en.wav").read_bytes())
    reworded = replace(shown, closing=shown.closing + " Thank you again.")
    assert recordings.audio(vault.conn, reworded, "closing") is None
    (rec,) = recordings.listing(vault.conn, "standard", "en")
    assert recordings.is_current(rec, shown) and not recordings.is_current(rec, reworded)


def test_replace_remove_and_unknown_part(vault: Vault, shared) -> None:
    shown = current_texts(vault.conn)["en"]
    wav = (shared / "media" / "consent_en.wav").read_bytes()
    recordings.attach(vault, shown, "referral", wav)
    recordings.attach(vault, shown, "referral", (shared / "media" / "statement_ar.wav")
                      .read_bytes())
    assert len(recordings.listing(vault.conn, "standard", "en")) == 1
    recordings.remove(vault, "standard", "en", "referral")
    assert recordings.listing(vault.conn, "standard", "en") == []
    with pytest.raises(NotFound):
        recordings.attach(vault, shown, "no_such_part", wav)


def test_section_text_is_what_is_read(vault: Vault) -> None:
    shown = current_texts(vault.conn)["ckb"]
    assert recordings.sections(shown)[0] == "introduction"
    assert recordings.sections(shown)[-1] == "closing"
    item = shown.item("share_identity:icc")
    text = recordings.section_text(shown, "share_identity:icc")
    assert item.title in text and item.question in text and item.explanation in text
