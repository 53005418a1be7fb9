"""The frozen app, built from build.spec the way `./dev build` builds it (tools/build.py): the
console program knows its version and passes `testimony selftest` (printed into the test log,
as CI's proof), the windowed one opens the desktop app on a real X server, the Qt parts left
out stay out, and the SHA-256 sums the README tells people to check do check.

Building takes one to three minutes on 2 CPUs; it happens once for this module."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import __version__

from .audio_fixtures import pulse_mic  # noqa: F401 - fixture
from .cli_helpers import cli_env
from .conftest import REPO
from .test_app_on_x import check_demo_on_x, x_display  # noqa: F401 - x_display is a fixture

pytestmark = pytest.mark.slow
APP = "TestimonyRecorder"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    base = tmp_path_factory.mktemp("frozen")
    done = subprocess.run([sys.executable, str(REPO / "tools" / "build.py"), "--dist",
                           str(base / "dist"), "--work", str(base / "work")],
                          capture_output=True, text=True, timeout=1800, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    shutil.rmtree(base / "work")
    yield base / "dist"
    shutil.rmtree(base)  # some 300 MB


def test_the_console_program_knows_its_version(dist: Path) -> None:
    done = subprocess.run([str(dist / APP / "testimony"), "--version"], capture_output=True,
                          text=True, timeout=120, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, f"testimony {__version__}")


@pytest.mark.usefixtures("pulse_mic")
def test_selftest_passes_in_the_frozen_app(dist: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    done = subprocess.run([str(dist / APP / "testimony"), "selftest"], capture_output=True,
                          text=True, env=cli_env(tmp_path), timeout=300, check=False)
    with capsys.disabled():
        print(f"\n--- the frozen app's selftest ---\n{done.stdout}", flush=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "(frozen build;" in done.stdout.splitlines()[0]
    steps = [line.split()[0] for line in done.stdout.splitlines() if line.startswith("  ")]
    assert steps == ["OK"] * 8, done.stdout
    assert list(tmp_path.iterdir()) == []


def test_the_windowed_program_opens_the_desktop_app(dist: Path, x_display: str,  # noqa: F811
                                                    tmp_path: Path, qtbot: QtBot) -> None:
    check_demo_on_x([str(dist / APP / APP), "--demo"], x_display, tmp_path, qtbot)


def test_unused_qt_parts_and_test_tools_are_left_out(dist: Path) -> None:
    names = [p.relative_to(dist / APP).as_posix() for p in (dist / APP).rglob("*")]
    for unwanted in ("VirtualKeyboard", "/imageformats/libqpdf", "/networkinformation/",
                     "/tls/", "QtWebEngine", "pytest", "hypothesis"):
        assert not [n for n in names if unwanted in n], unwanted
    assert any("Qt6Pdf" in n for n in names)  # the archive shows PDF attachments with it
    assert any(n.endswith("/multimedia/libffmpegmediaplugin.so") for n in names)
    catalogs = [n for n in names if n.endswith(".qm") and "/ui/translations/" in n]
    assert len(catalogs) == 6, catalogs


def test_the_sha256_sums_check(dist: Path) -> None:
    archive = f"{APP}-{__version__}-linux-"
    listed = (dist / "SHA256SUMS").read_text()
    assert listed.count("\n") == 1 and f"  {archive}" in listed
    for folder in (dist, dist / APP):
        done = subprocess.run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=folder,
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0 and "FAILED" not in done.stdout, done.stdout + done.stderr
    inside = subprocess.run(["tar", "-tzf", next(dist.glob("*.tar.gz")).name], cwd=dist,
                            capture_output=True, text=True, check=True).stdout.split()
    assert f"{APP}/testimony" in inside and f"{APP}/SHA256SUMS" in inside
