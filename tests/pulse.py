"""Starting the test microphone: a PulseAudio server whose default input is a 440 Hz sine
source (see ../shared/README.md). No pytest here: tests/run.py uses it before pytest starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile


def has_sine_source() -> bool:
    try:
        out = subprocess.run(["pactl", "list", "short", "sources"], capture_output=True,
                             text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.returncode == 0 and "\tmic\t" in out.stdout


def start_sine_server() -> str:
    """Start a server in a fresh runtime folder (set as XDG_RUNTIME_DIR); return the folder."""
    if shutil.which("pulseaudio") is None:
        raise RuntimeError("pulseaudio is not installed: run ./dev setup")
    runtime = tempfile.mkdtemp(prefix="tr-pulse-")
    os.environ["XDG_RUNTIME_DIR"] = runtime
    subprocess.run(
        ["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
         "--load=module-native-protocol-unix", "--load=module-null-sink sink_name=out",
         "--load=module-sine-source frequency=440 source_name=mic"],
        check=True, stderr=subprocess.DEVNULL,
    )
    subprocess.run(["pactl", "set-default-source", "mic"], check=True)
    subprocess.run(["pactl", "set-default-sink", "out"], check=True)
    return runtime


def stop_server() -> None:
    subprocess.run(["pulseaudio", "--kill"], stderr=subprocess.DEVNULL, check=False)
