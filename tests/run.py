"""Run the whole suite the way CI does: ruff, mypy, then pytest, with a real PulseAudio server
whose sine-wave source is the default microphone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from pulse import start_sine_server, stop_server  # noqa: E402 - the path is set just above


def main() -> int:
    start_sine_server()
    subprocess.run([sys.executable, "-m", "ruff", "check", "."], cwd=REPO, check=True)
    subprocess.run([sys.executable, str(REPO / "tools" / "typecheck.py")], cwd=REPO, check=True)
    code = subprocess.call([sys.executable, "-m", "pytest", *sys.argv[1:]], cwd=REPO)
    stop_server()
    return code


if __name__ == "__main__":
    sys.exit(main())
