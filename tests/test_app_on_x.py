"""The README's run command works on a fresh machine: the app starts on a real X server with
only the system packages that `./dev app` installs, and leaves nothing behind when stopped.

The first-contact bug this guards against: `./dev app` installed a shorter package list than
`./dev setup`, and Qt's xcb platform plugin could not load on a fresh Debian machine. A
developer's machine that already had the libraries showed nothing wrong, so the second test
checks package by package, not only by starting the app here.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from .conftest import CLI, REPO

DEMO_TITLE = "Testimony Recorder - DEMO, fictional data"


def dev_packages() -> list[str]:
    """The one package list in ./dev, as bash reads it."""
    script = f'source <(sed -n "/^APT_PACKAGES=(/,/)$/p" {REPO / "dev"}); ' \
             'printf "%s\\n" "${APT_PACKAGES[@]}"'
    out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_every_dev_command_installs_the_one_list() -> None:
    text = (REPO / "dev").read_text("utf-8")
    assert text.count("APT_PACKAGES=(") == 1
    calls = re.findall(r"^\s*system_packages\b(?!\(\))(.*)$", text, re.MULTILINE)
    assert len(calls) == 5  # setup, app, test, bench, build
    assert all(args.strip() == "" for args in calls), calls  # nobody passes a list of its own


def qt_libraries() -> list[Path]:
    """The system libraries that Qt's xcb platform, the widgets and multimedia load."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so",
                *sorted((qt / "lib").glob("libQt6XcbQpa.so*")),
                *sorted((qt / "lib").glob("libQt6Widgets.so*")),
                *sorted((qt / "lib").glob("libQt6Multimedia.so*")),
                *sorted((qt / "plugins" / "xcbglintegrations").glob("*.so")),
                *sorted((qt / "plugins" / "multimedia").glob("*.so"))]
    found: set[Path] = set()
    for binary in binaries:
        out = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, check=True)
        assert "not found" not in out.stdout, out.stdout
        for match in re.finditer(r"=> (/\S+)", out.stdout):
            lib = Path(match.group(1))
            if "PySide6" not in lib.parts and "shiboken6" not in str(lib):
                found.add(lib)
    return sorted(found)


def owning_package(lib: Path) -> str:
    for candidate in (lib, lib.resolve(), Path("/usr") / lib.relative_to("/")):
        out = subprocess.run(["dpkg", "-S", str(candidate)], capture_output=True, text=True,
                             check=False)
        if out.returncode == 0:
            return out.stdout.split(":")[0]
    raise AssertionError(f"no Debian package owns {lib}")


def installed_with(packages: list[str]) -> set[str]:
    """The packages themselves, everything they depend on, and the base system (Priority:
    required), which a fresh Debian machine always has."""
    out = subprocess.run(["apt-cache", "depends", "--recurse", "--no-recommends",
                          "--no-suggests", "--no-conflicts", "--no-breaks", "--no-replaces",
                          "--no-enhances", *packages], capture_output=True, text=True,
                         check=True)
    closure = {line.strip() for line in out.stdout.splitlines() if not line.startswith(" ")}
    closure |= {re.sub(r"^.*: ", "", line).strip() for line in out.stdout.splitlines()
                if "Depends:" in line}
    base = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Priority}\\n"],
                          capture_output=True, text=True, check=True).stdout
    closure |= {line.split()[0] for line in base.splitlines() if line.endswith(" required")}
    return {name.split(":")[0].strip("<>") for name in closure}


def test_dev_list_covers_every_library_qt_loads() -> None:
    covered = installed_with(dev_packages())
    missing = {f"{lib} ({owning_package(lib)})" for lib in qt_libraries()
               if owning_package(lib) not in covered}
    assert not missing, f"./dev does not install: {sorted(missing)}"


@pytest.fixture
def x_display() -> Iterator[str]:
    """A real X server (Xvfb) on a display number it picks itself."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               "1280x800x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                              stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as fh:
        number = fh.readline().strip()
    assert number, "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=30)


def window_titles(display: str) -> str:
    out = subprocess.run(["xwininfo", "-root", "-tree", "-display", display],
                         capture_output=True, text=True, check=False)
    return out.stdout


@pytest.mark.parametrize("demo", [["--demo"], ["--demo", "coordinator"]])
def test_demo_starts_on_a_real_x_server_and_cleans_up(demo: list[str], x_display: str,
                                                       tmp_path: Path, qtbot: QtBot) -> None:
    check_demo_on_x([*CLI, *demo], x_display, tmp_path, qtbot)


def check_demo_on_x(command: list[str], x_display: str, tmp_path: Path, qtbot: QtBot) -> None:
    """`command` (the app with --demo) shows its window, and SIGTERM leaves nothing behind
    (tests/test_frozen_build.py runs the frozen app through it too)."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=x_display, TMPDIR=str(temp), HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    app = subprocess.Popen(command, cwd=REPO, env=env, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: DEMO_TITLE in window_titles(x_display) or
                        app.poll() is not None, timeout=60_000)
        assert app.poll() is None, app.communicate()[1]
        qtbot.waitUntil(lambda: any(temp.glob("testimony-demo-*/vault/*")), timeout=60_000)
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=60) == 0, app.communicate()[1]
    finally:
        if app.poll() is None:
            app.kill()
    assert list(temp.glob("testimony-demo-*")) == []


def test_the_app_opens_the_vault_testimony_vault_names(qtbot: QtBot, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from testimony_recorder.ui.app import build
    from testimony_recorder.ui.tasks import InlineExecutor

    monkeypatch.setenv("TESTIMONY_VAULT", str(tmp_path / "elsewhere"))
    qt = QApplication.instance()
    assert isinstance(qt, QApplication)
    app = build(qt, prefs_path=tmp_path / "prefs.json", executor=InlineExecutor())
    try:
        assert app.session.path == tmp_path / "elsewhere"
    finally:
        app.shutdown()
        app.window.close()
