"""The consent commands, run as a person would run them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from testimony_recorder.cli.main import main
from testimony_recorder.recorder import unlock
from testimony_recorder.recorder.consent import artefacts, recordings, store
from testimony_recorder.recorder.consent.text import current_texts
from testimony_recorder.recorder.vault import Vault

from .conftest import PASSPHRASE, REPO
from .consent_support import draft, new_interview

#: "ar=the regional court", escaped to keep the source ASCII.
REGIONAL_AR = ("ar=\u0627\u0644\u0645\u062d\u0643\u0645\u0629 "
               "\u0627\u0644\u0625\u0642\u0644\u064a\u0645\u064a\u0629")
EXAMPLE = REPO / "docs" / "examples" / "consent.json"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, vault_dir: Path) -> Path:
    monkeypatch.setenv("TESTIMONY_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("TESTIMONY_VAULT", str(vault_dir))
    return vault_dir


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_templates_without_a_vault(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "consent", "templates")
    assert code == 0
    for language in ("ar", "ckb", "en", "fr", "ku", "tr"):
        assert f" {language} " in out or f" {language}  " in out
    code, out, _ = run(capsys, "consent", "templates", "--json")
    doc = json.loads(out)
    assert {t["language"] for t in doc["templates"]} == {"ar", "ckb", "en", "fr", "ku", "tr"}
    assert [b["id"] for b in doc["bodies"]] == ["iiim", "icc", "national_units"]


def test_record_the_documented_example(vault: Vault, env: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    interview = new_interview(vault)
    vault.close()
    code, out, err = run(capsys, "consent", "record", interview[:8], "--json", str(EXAMPLE))
    assert code == 0, err
    consent_id = out.strip()
    with unlock.unlock(env, PASSPHRASE) as v:
        c = store.get(v.conn, consent_id)
        assert c.method == "paper" and c.language == "ar" and c.kind == "given"
        assert c.text_hash == json.loads(EXAMPLE.read_text("utf-8"))["text_hash"]
        assert c.interpreter.name == "Fictional Interpreter"
        _, scan = artefacts.read_artefact(v, c.artefact_id)
        assert scan == (EXAMPLE.parent / "consent-scan.png").read_bytes()
    code, out, _ = run(capsys, "consent", "show", interview, "--json")
    shown = json.loads(out)
    assert shown["in_force"] == consent_id
    assert shown["decisions"]["icc"]["identity"] is True
    assert shown["decisions"]["national_units"]["testimony"] is False
    assert shown["audio_recording_allowed"] is False


def test_record_refuses_a_form_from_another_text(vault: Vault, env: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    interview = new_interview(vault)
    vault.close()
    doc = json.loads(EXAMPLE.read_text("utf-8"))
    doc["bodies"] = ["icc", "iiim", "national_units"]  # printed in another order
    shutil.copy(EXAMPLE.parent / "consent-scan.png", tmp_path / "consent-scan.png")
    (tmp_path / "entry.json").write_text(json.dumps(doc), "utf-8")
    code, _, err = run(capsys, "consent", "record", interview, "--json",
                       str(tmp_path / "entry.json"))
    assert code == 1 and "printed from another text" in err
    del doc["scan"]
    (tmp_path / "entry.json").write_text(json.dumps(doc), "utf-8")
    code, _, err = run(capsys, "consent", "record", interview, "--json",
                       str(tmp_path / "entry.json"))
    assert code == 2 and "scan" in err


def test_show_and_withdraw(vault: Vault, env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    interview = new_interview(vault)
    store.record(vault, draft(vault, interview))
    vault.close()
    code, out, _ = run(capsys, "consent", "show", interview)
    assert code == 0 and "given" in out and "Audio recording allowed: yes" in out
    code, out, _ = run(capsys, "consent", "withdraw", interview, "--items",
                       "share_testimony:icc", "audio_recording")
    assert code == 0 and "share_testimony:icc" in out
    code, out, _ = run(capsys, "consent", "show", interview)
    assert "yes -> no  share_identity:icc" in out and "Audio recording allowed: no" in out
    code, out, _ = run(capsys, "consent", "withdraw", interview, "--json")
    assert json.loads(out)["kind"] == "withdrawn"
    code, _, err = run(capsys, "consent", "withdraw", interview)
    assert code == 1 and "withdrawn" in err
    code, out, _ = run(capsys, "consent", "show", interview, "--json", "--text")
    doc = json.loads(out)
    assert [r["kind"] for r in doc["records"]] == ["given", "amended", "withdrawn"]
    assert all(v is not None for v in doc["texts"].values())


def test_show_without_a_record(vault: Vault, env: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    interview = new_interview(vault)
    vault.close()
    code, out, _ = run(capsys, "consent", "show", interview)
    assert code == 0 and "No consent record" in out
    code, _, err = run(capsys, "consent", "withdraw", interview)
    assert code == 1 and "no consent record" in err


def test_bodies(vault: Vault, env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault.close()
    code, _, _ = run(capsys, "consent", "bodies", "add", "regional_court",
                     "--name", "en=the Regional Court", "--name", REGIONAL_AR,
                     "--about", "en=A court that tries war crimes in the region.")
    assert code == 0
    code, _, _ = run(capsys, "consent", "bodies", "disable", "national_units")
    code, out, _ = run(capsys, "consent", "bodies", "list", "--json")
    listed = {b["id"]: b["enabled"] for b in json.loads(out)}
    assert listed == {"iiim": True, "icc": True, "national_units": False,
                      "regional_court": True}
    with unlock.unlock(env, PASSPHRASE) as v:
        ids = current_texts(v.conn)["ar"].item_ids
        assert "share_identity:regional_court" in ids
        assert "share_testimony:national_units" not in ids
    code, _, err = run(capsys, "consent", "bodies", "add", "iiim", "--name", "en=x")
    assert code == 1 and "already exists" in err
    code, _, err = run(capsys, "consent", "bodies", "add", "x_y", "--name", "fr=x")
    assert code == 1 and "English" in err


def test_recordings(vault: Vault, env: Path, capsys: pytest.CaptureFixture[str],
                    shared: Path) -> None:
    vault.close()
    reading = shared / "media" / "consent_en.wav"
    code, out, _ = run(capsys, "consent", "recordings", "attach", "en", "participation",
                       str(reading))
    assert code == 0 and "Kept: en/participation" in out
    code, out, _ = run(capsys, "consent", "recordings", "list", "--language", "en", "--json")
    rows = {r["part"]: r for r in json.loads(out)}
    assert len(rows) == 16 and rows["participation"]["state"] == "current"
    assert rows["participation"]["size"] == reading.stat().st_size
    assert rows["introduction"]["state"] == "none"
    code, out, _ = run(capsys, "consent", "recordings", "list", "--language", "en")
    assert "participation          recorded by" in out
    code, _, err = run(capsys, "consent", "recordings", "attach", "xx", "participation",
                       str(reading))
    assert code == 2 and "no 'xx' version" in err and "Traceback" not in err
    code, _, err = run(capsys, "consent", "recordings", "attach", "en", "participation",
                       str(shared / "media" / "not_really_audio.mp3"))
    assert code == 1 and "not a supported" in err
    code, _, err = run(capsys, "consent", "recordings", "attach", "en", "nonsense",
                       str(reading))
    assert code == 1 and "Traceback" not in err
    code, out, _ = run(capsys, "consent", "recordings", "remove", "en", "participation")
    assert code == 0
    with unlock.unlock(env, PASSPHRASE) as v:
        assert recordings.listing(v.conn, "standard", "en") == []
