"""`testimony selftest`, as support would ask a person to run it: every step checked for real
(vaults, recording from the test microphone, a packet sealed and imported), each reported in
words, and nothing left in the temp folder, whether it passes, fails or is stopped."""

from __future__ import annotations

import json
import signal
import subprocess
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from testimony_recorder.cli import selftest_commands
from testimony_recorder.cli.main import main
from testimony_recorder.recorder.errors import DiskFull

from .audio_fixtures import pulse_mic  # noqa: F401 - fixture
from .cli_helpers import cli_env
from .conftest import CLI, REPO

STEPS = ["Find the app's files", "Create encrypted vaults (interviewer, coordinator)",
         "Write an interview and find it by search", "Record 1 second from the microphone",
         "Load the audio player", "Seal a packet for the coordinator",
         "Open the packet as the coordinator", "Clean up"]


def selftest(tmp: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "selftest", *args], capture_output=True, text=True, cwd=REPO,
                          env=cli_env(tmp, **env), timeout=120, check=False)


@pytest.mark.usefixtures("pulse_mic")
def test_every_step_passes_with_a_microphone(tmp_path: Path) -> None:
    done = selftest(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Testimony Recorder ") and "(installed;" in lines[0]
    steps = [line for line in lines if line.startswith("  ")]
    assert [line.split()[0] for line in steps] == ["OK"] * len(STEPS), done.stdout
    assert "from 'Sine source" in done.stdout
    assert lines[-1].startswith("All checks passed in ")
    assert lines[-1].endswith(" This installation works.")
    assert list(tmp_path.iterdir()) == []

    report = json.loads(selftest(tmp_path, "--json").stdout)
    assert report["passed"] is True and report["build"] == "installed"
    assert [s["step"] for s in report["steps"]] == STEPS
    assert {s["status"] for s in report["steps"]} == {"OK"}
    assert all(0 <= s["seconds"] < 30 for s in report["steps"])
    assert list(tmp_path.iterdir()) == []


def test_no_microphone_is_a_skipped_step_not_a_failure(tmp_path: Path) -> None:
    done = selftest(tmp_path, PULSE_SERVER=f"unix:{tmp_path}/no-such-server")
    assert done.returncode == 0, done.stdout + done.stderr
    record = next(line for line in done.stdout.splitlines() if "Record 1 second" in line)
    assert record.split()[0] == "SKIPPED" and "no microphone found" in record
    assert "(1 skipped, see above). This installation works." in done.stdout
    assert list(tmp_path.iterdir()) == []


def test_a_failed_step_says_why_stops_the_rest_and_cleans_up(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def broken(trial: selftest_commands.Trial) -> str:
        raise DiskFull(tmp_path)

    monkeypatch.setattr(selftest_commands.Trial, "interview", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    before = signal.getsignal(signal.SIGINT)
    assert main(["selftest"]) == 1
    out = capsys.readouterr().out
    assert "  FAILED   Write an interview" in out and f"The disk holding {tmp_path} is full" in out
    assert all(f"  NOT RUN  {step}" in out for step in STEPS[3:7])
    assert "  OK       Clean up" in out
    assert out.splitlines()[-1] == ("1 step(s) FAILED. Please send all of the text above to "
                                    "your support contact: it holds no testimony, names or "
                                    "keys.")
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGINT) is before  # Ctrl+C is the test runner's again


@pytest.mark.usefixtures("pulse_mic")
def test_stopping_it_deletes_the_throwaway_folder(tmp_path: Path, qtbot: QtBot) -> None:
    run = subprocess.Popen([*CLI, "selftest"], cwd=REPO, env=cli_env(tmp_path),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # Stopped while it records: the vaults exist, and Qt's event loop is running.
        qtbot.waitUntil(lambda: any(tmp_path.glob("testimony-selftest-*/coordinator/*"))
                        or run.poll() is not None, timeout=60_000)
        run.send_signal(signal.SIGTERM)
        out, err = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 128 + signal.SIGTERM, out + err
    assert "self-test stopped; its throwaway folder is deleted." in err
    assert list(tmp_path.iterdir()) == []
