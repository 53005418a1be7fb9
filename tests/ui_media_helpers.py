"""The desktop app unlocked on a real vault holding one interview, its Attachments tab open.

The vault is made with the core (an interview from the example bundle, with a consent record
saying yes or no to audio), then the real app unlocks it through its unlock page, with its real
vault thread. `on_vault` runs a core call on that thread, so tests can check the vault itself
while the app holds it open.
"""

from __future__ import annotations

import gc
import hashlib
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import clock, kdf, unlock
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.model import codec, new_id
from testimony_recorder.recorder.model.consent import Consent
from testimony_recorder.recorder.store import bundles, rows
from testimony_recorder.recorder.store.changes import recorded
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.app import App, build
from testimony_recorder.ui.editor.attachments_section import AttachmentsSection

from .audio_fixtures import pulse_mic  # noqa: F401 - fixture
from .conftest import PASSPHRASE, example_bundle_data

TEXT_HASH = hashlib.sha256(b"consent text shown to the witness (test)").hexdigest()


def consent_data(audio: bool, kind: str = "given") -> dict[str, Any]:
    answers = [{"item": "participation", "answer": "yes"},
               {"item": "audio_recording", "answer": "yes" if audio else "no"}]
    return {"kind": kind, "template_id": "standard", "template_version": 1, "language": "en",
            "text_hash": TEXT_HASH, "answers": answers, "method": "verbal",
            "attested_by": "Interviewer 7", "given_at": clock.now()}


def add_consent(vault: Vault, interview_id: str, audio: bool, kind: str = "given") -> Consent:
    """A new consent record for the interview, through the core's record codec and store."""
    data = consent_data(audio, kind)
    consent = codec.from_dict(Consent, {**data, "id": new_id(), "interview_id": interview_id,
                                        "created_at": clock.now()}, "consent")
    with vault.transaction():
        rows.insert(vault.conn, "consent", consent)
        recorded(vault, "consent_recorded", "consent", consent.id, interview_id,
                 reindex=False)
    return consent


def make_vault(vault_dir: Path, audio_consent: bool | None) -> str:
    """A vault with one interview; None means no consent record at all."""
    data = example_bundle_data()
    if audio_consent is not None:
        data["consents"] = [consent_data(audio_consent)]
    vault, _ = unlock.create(vault_dir, PASSPHRASE, owner="Interviewer 7",
                             kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        return bundles.add(vault, bundle_mod.parse(data))


def on_vault(app: App, qtbot: QtBot, fn: Callable[[Vault], Any], timeout: int = 30_000) -> Any:
    """Run `fn(vault)` on the app's vault thread (after whatever is queued) and return its
    result."""
    box: dict[str, Any] = {}
    app.session.runner.run(lambda vault, job: fn(vault), owner=app.session,
                           done=lambda r: box.setdefault("ok", r),
                           failed=lambda e: box.setdefault("error", e))
    qtbot.waitUntil(lambda: bool(box), timeout=timeout)
    if "error" in box:
        raise box["error"]
    return box["ok"]


@dataclass
class Opened:
    app: App
    section: AttachmentsSection
    interview_id: str
    vault_dir: Path
    tmpdir: Path


def unlock_app(qapp: QApplication, qtbot: QtBot, tmp_path: Path, vault_dir: Path) -> App:
    built = build(qapp, vault=str(vault_dir), prefs_path=tmp_path / "prefs.json",
                  kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    built.window.show()
    page = built.window.unlock_page
    assert built.window.stack.currentWidget() is page
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: built.window.workspace is not None, timeout=30_000)
    return built


def open_attachments(app: App, qtbot: QtBot, interview_id: str) -> AttachmentsSection:
    workspace = app.window.workspace
    assert workspace is not None
    workspace.open_interview(interview_id)
    section = workspace.attachments
    workspace.editor.tabs.setCurrentWidget(section)
    qtbot.waitUntil(lambda: section.interview_id == interview_id, timeout=30_000)
    return section


def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of the test's own for Qt and Python, so it can be scanned afterwards."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))
    return tmpdir


def close_app(app: App) -> None:
    """Close the window, stop the vault thread, and let Qt delete what was scheduled for
    deletion now, so nothing of this test is torn down during the next one."""
    app.window.close()
    app.shutdown()
    app.translations.apply("en")
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


def opened_app(qapp: QApplication, qtbot: QtBot, tmp_path: Path,
               monkeypatch: pytest.MonkeyPatch, audio_consent: bool | None) -> Iterator[Opened]:
    tmpdir = private_tmp(tmp_path, monkeypatch)
    vault_dir = tmp_path / "vault"
    interview_id = make_vault(vault_dir, audio_consent)
    app = unlock_app(qapp, qtbot, tmp_path, vault_dir)
    try:
        section = open_attachments(app, qtbot, interview_id)
        yield Opened(app, section, interview_id, vault_dir, tmpdir)
    finally:
        close_app(app)


@pytest.fixture
def opened(qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           pulse_mic: str) -> Iterator[Opened]:  # noqa: F811 - the fixture
    """The app unlocked, the interview's Attachments tab open; audio recording consented.

    The sound server comes first: the recorder panel names the microphone, and Qt connects to
    the sound server once per process, so starting it later would leave Qt without one."""
    yield from opened_app(qapp, qtbot, tmp_path, monkeypatch, audio_consent=True)


def lock(app: App, qtbot: QtBot) -> None:
    """Lock through the window (flushing everything), so the vault can be opened directly."""
    with qtbot.waitSignal(app.session.locked, timeout=30_000):
        app.window.lock()
