"""Prints the reliability suite's counts at the end of every run that collected it."""

from __future__ import annotations

import pytest

from .tally import SCALE, TALLY
from .workflow import Workspace, run_workflow


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TALLY:
        return
    terminalreporter.section(f"reliability suite (scale {SCALE:g})")
    for part, figures in TALLY.items():
        terminalreporter.write_line(
            f"{part}: " + ", ".join(f"{name} {value}" for name, value in figures.items()))


@pytest.fixture(scope="session")
def traced_workflow(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, dict]:
    """The whole workflow, each command under strace (socket and connect calls only): the
    no-plaintext test scans what it left, the no-network test reads the traces."""
    ws = Workspace.make(tmp_path_factory.mktemp("workflow"),
                        wrap=["strace", "-f", "-qq", "-e", "trace=socket,connect",
                              "-e", "signal=none"])
    return ws, run_workflow(ws)
