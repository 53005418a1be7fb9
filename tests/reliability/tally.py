"""Counts the reliability suite prints at the end of the run (tests/reliability/conftest.py),
so CI's output shows how much was tried, not only that it passed.

TESTIMONY_RELIABILITY_SCALE multiplies the number of runs and the time budgets (default 1,
sized to keep the suite to about six minutes on two CPUs): 10 gives a run ten times as long.
"""

from __future__ import annotations

import os

SCALE = float(os.environ.get("TESTIMONY_RELIABILITY_SCALE", "1"))

#: part -> figure -> value, in the order parts reported.
TALLY: dict[str, dict[str, object]] = {}


def scaled(n: float) -> int:
    return max(1, round(n * SCALE))


def count(part: str, **figures: object) -> None:
    """Add to a part's figures (numbers add up; anything else replaces)."""
    held = TALLY.setdefault(part, {})
    for name, value in figures.items():
        old = held.get(name)
        if isinstance(value, int | float) and isinstance(old, int | float):
            held[name] = old + value
        else:
            held[name] = value
