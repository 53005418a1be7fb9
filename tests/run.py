"""Run the whole suite the way CI does: ruff, mypy, then pytest, with a real PulseAudio server whose
sine-wave source is the default microphone, and a private temp folder that tests can scan for
leaked plaintext."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def start_pulseaudio() -> None:
    """A sine source at 440 Hz as the default input (see ../shared/README.md)."""
    if shutil.which("pulseaudio") is None:
        sys.exit("pulseaudio is not installed: run ./dev setup")
    runtime = tempfile.mkdtemp(prefix="tr-pulse-")
    os.environ["XDG_RUNTIME_DIR"] = runtime
    subprocess.run(
        ["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
         "--load=module-native-protocol-unix", "--load=module-null-sink sink_name=out",
         "--load=module-sine-source frequency=440 source_name=mic"],
        check=True, stderr=subprocess.DEVNULL,
    )
    subprocess.run(["pactl", "set-default-source", "mic"], check=True)


def main() -> int:
    start_pulseaudio()
    subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=REPO, check=True)
    subprocess.run([sys.executable, "-m", "mypy"], cwd=REPO, check=True)
    code = subprocess.call([sys.executable, "-m", "pytest", *sys.argv[1:]], cwd=REPO)
    subprocess.run(["pulseaudio", "--kill"], stderr=subprocess.DEVNULL, check=False)
    return code


if __name__ == "__main__":
    sys.exit(main())
