"""Screenshots of the Attachments tab: the list with a flagged photo, the recorder while it
records (level meter moving), the player, and the notice about a recovered recording.

    python -m tools.screens.attachments OUTDIR [LANGUAGE ...]

Everything happens in a throwaway vault in a temporary folder, with the fictional material in
../shared/media. The recorder needs a microphone: without an audio input, a private PulseAudio
server with a 440 Hz sine source is started for the shots and stopped afterwards.
"""

from __future__ import annotations

import atexit
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PULSE_LATENCY_MSEC", "30")

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from testimony_recorder.recorder import kdf, preferences, unlock
from testimony_recorder.recorder.media import recording
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.store import bundles

REPO = Path(__file__).resolve().parents[2]
MEDIA = REPO.parent / "shared" / "media"
PASSPHRASE = "fictional screenshot passphrase"  # noqa: S105 - a throwaway vault
SIZE = (1280, 860)
NOTE = "mentions the detention centre"


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    clock = QElapsedTimer()
    clock.start()
    while not condition():
        if clock.elapsed() > timeout_ms:
            raise TimeoutError("the app did not get there in time")
        QTest.qWait(20)


def settle() -> None:
    for _ in range(4):  # layouts that re-wrap text take a few passes
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        QTest.qWait(10)


def grab(widget: QWidget, path: Path) -> Path:
    settle()
    widget.grab().save(str(path))
    return path


def ensure_microphone() -> None:
    """An audio input for the recorder shots: the running sound server, or a private one with
    a sine source, started once and stopped when the process exits. Call it before anything
    opens QtMultimedia: Qt connects to the sound server once and cannot lose it."""
    if _sound_server() or shutil.which("pulseaudio") is None:
        return
    runtime = tempfile.mkdtemp(prefix="tr-shots-pulse-")
    os.environ["XDG_RUNTIME_DIR"] = runtime
    subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                    "--load=module-native-protocol-unix", "--load=module-null-sink sink_name=out",
                    "--load=module-sine-source frequency=440 source_name=mic"],
                   check=True, stderr=subprocess.DEVNULL)
    subprocess.run(["pactl", "set-default-source", "mic"], check=True)

    def stop() -> None:
        subprocess.run(["pulseaudio", "--kill"], stderr=subprocess.DEVNULL,
                       check=False)
        shutil.rmtree(runtime, ignore_errors=True)

    atexit.register(stop)


def _sound_server() -> bool:
    try:
        found = subprocess.run(["pactl", "info"], capture_output=True, timeout=10,
                               check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return found.returncode == 0


def _tone(seconds: float) -> bytes:
    n = int(seconds * 48000)
    return struct.pack(f"<{n}h", *(int(9000 * math.sin(2 * math.pi * 330 * i / 48000))
                                   for i in range(n)))


def _vault(folder: Path) -> tuple[str, str]:
    """A vault with an interview whose consent includes audio, holding a recording a "crash"
    cut, and one without any consent record yet."""
    data = bundles_example()
    vault, _ = unlock.create(folder, PASSPHRASE, owner="Example Interviewer",
                             kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        unconsented = bundles_example()
        unconsented.pop("consents")
        other_id = bundles.add(vault, bundle_mod.parse(unconsented))
        interview_id = bundles.add(vault, bundle_mod.parse(data))
        sink = recording.RecordingSink()
        sink.start(vault, interview_id)
        sink.write(_tone(95))
        sink.add_marker("the checkpoint")
    return interview_id, other_id


def bundles_example() -> dict[str, object]:
    import hashlib
    import json

    data: dict[str, object] = json.loads((REPO / "docs" / "examples" / "interview.json")
                                         .read_text("utf-8"))
    data["consents"] = [{
        "kind": "given", "template_id": "standard", "template_version": 1, "language": "en",
        "text_hash": hashlib.sha256(b"fictional consent text").hexdigest(),
        "answers": [{"item": "participation", "answer": "yes"},
                    {"item": "audio_recording", "answer": "yes"}],
        "method": "verbal", "attested_by": "Example Interviewer",
        "given_at": "2024-03-01T09:35:00Z"}]
    return data


def capture(outdir: Path, language: str) -> list[Path]:
    """Take the shots in `language` into `outdir`; return the files written."""
    from testimony_recorder.ui.app import build

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    qt = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt, QApplication)
    shots: list[Path] = []
    ensure_microphone()
    with tempfile.TemporaryDirectory(prefix="tr-shots-") as tmp:
        folder = Path(tmp)
        interview_id, other_id = _vault(folder / "vault")
        preferences.save(folder / "prefs.json", preferences.Preferences(language=language))
        app = build(qt, vault=str(folder / "vault"), prefs_path=folder / "prefs.json",
                    kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
        try:
            shots += _shoot(app, interview_id, outdir, language)
            shots += _shoot_refused(app, other_id, outdir, language)
        finally:
            app.window.close()
            app.shutdown()
            app.translations.apply("en")
    return shots


def _shoot(app: object, interview_id: str, outdir: Path, language: str) -> list[Path]:
    from testimony_recorder.ui.app import App

    assert isinstance(app, App)
    window = app.window
    window.resize(*SIZE)
    window.show()
    page = window.unlock_page
    page.passphrase.edit.setText(PASSPHRASE)
    QTest.keyClick(page.passphrase.edit, Qt.Key.Key_Return)
    wait_until(lambda: window.recovery_notice is not None and window.recovery_notice.isVisible())
    shots = [grab(window.recovery_notice, outdir / f"attachments-recovered-{language}.png")]
    window.recovery_notice.done(0)
    workspace = window.workspace
    assert workspace is not None
    section = workspace.attachments
    workspace.open_interview(interview_id)
    workspace.editor.tabs.setCurrentWidget(section)
    wait_until(lambda: section.interview_id == interview_id)
    section.add_files([str(MEDIA / "photo_gps.jpg"), str(MEDIA / "statement_ar.mp3")])
    wait_until(lambda: section.table.topLevelItemCount() == 3)
    section.table.select_id(next(a.id for a in section.table.attachments()
                                 if a.filename == "statement_ar.mp3"))
    section.make_redacted()
    wait_until(lambda: len(section.table.attachments()) == 4)
    section.table.select_id(next(a.id for a in section.table.attachments()
                                 if a.filename == "photo_gps.jpg"))
    shots.append(grab(window, outdir / f"attachments-list-{language}.png"))

    panel = section.recorder
    panel.record()
    wait_until(lambda: panel.take is not None and panel.take.position_ms >= 2500)
    panel.note.setText(NOTE)
    panel.add_marker()
    wait_until(lambda: panel.markers.count() == 1)
    wait_until(lambda: panel.take is not None and panel.take.position_ms >= 4200)
    shots.append(grab(panel, outdir / f"attachments-recording-{language}.png"))
    shots.append(grab(window, outdir / f"attachments-recording-window-{language}.png"))
    panel.stop()
    wait_until(lambda: len(section.table.attachments()) == 5)

    recovered = next(a for a in section.table.attachments()
                     if a.filename.startswith("recording") and
                     float(a.metadata.get("info:duration", "0")) > 60)
    section.table.select_id(recovered.id)
    section.play()
    player = section.player
    wait_until(lambda: player.playing and player.markers.count() == 1)
    player.seek(41_000)
    QTest.qWait(600)
    shots.append(grab(player, outdir / f"attachments-player-{language}.png"))
    player.close_player()
    return shots


def _shoot_refused(app: object, interview_id: str, outdir: Path, language: str) -> list[Path]:
    """The recorder switched off: this interview has no consent to audio recording."""
    from testimony_recorder.ui.app import App

    assert isinstance(app, App)
    workspace = app.window.workspace
    assert workspace is not None
    section = workspace.attachments
    workspace.open_interview(interview_id)
    wait_until(lambda: section.interview_id == interview_id)
    return [grab(section.recorder, outdir / f"attachments-recorder-off-{language}.png")]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    for language in argv[1:] or ["en", "ar"]:
        for path in capture(Path(argv[0]), language):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
