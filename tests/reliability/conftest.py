"""Prints the reliability suite's counts at the end of every run that collected it."""

from __future__ import annotations

import pytest

from .tally import SCALE, TALLY


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TALLY:
        return
    terminalreporter.section(f"reliability suite (scale {SCALE:g})")
    for part, figures in TALLY.items():
        terminalreporter.write_line(
            f"{part}: " + ", ".join(f"{name} {value}" for name, value in figures.items()))
