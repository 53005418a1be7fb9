"""The benchmarks' figures as rows of one table: each figure, its target, and whether it holds.

A bench_*.py script run alone prints the table of its own figures at the end (after its
detailed output); `./dev bench` (bench/run.py) runs them all, collects every row through the
file named by $TESTIMONY_BENCH_FIGURES, and prints one table with the machine it ran on.
"""

from __future__ import annotations

import json
import operator
import os
import sys
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

#: Set by bench/run.py: a file each bench appends its rows to, one JSON object a line.
ROWS_ENV = "TESTIMONY_BENCH_FIGURES"
_COMPARE = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
_FORMATS = {"x": "{:.2f}x", "s": "{:.2f} s", "ms": "{:.1f} ms", "MB": "{:.0f} MB",
            "MB/s": "{:.0f} MB/s", "/s": "{:.0f}/s"}


@dataclass(frozen=True)
class Figure:
    """One measured figure. A ratio to a reference tool (`age`, `sha256sum`, `cp`), measured
    in the same run, has unit "x"; `op` and `limit` give the target ("" : no target, shown
    for context)."""

    name: str
    value: float
    unit: str
    op: str = ""
    limit: float = 0.0
    bench: str = ""

    @property
    def holds(self) -> bool | None:
        return _COMPARE[self.op](self.value, self.limit) if self.op else None

    def shown(self, value: float) -> str:
        return _FORMATS.get(self.unit, "{:g} " + self.unit).format(value)


def render(rows: Iterable[Figure]) -> str:
    header = ("bench", "figure", "value", "target", "holds")
    lines = [(r.bench, r.name, r.shown(r.value), f"{r.op} {r.shown(r.limit)}" if r.op else "",
              {True: "yes", False: "NO", None: "-"}[r.holds]) for r in rows]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(w) if i < 2 else cell.rjust(w)
                               for i, (cell, w) in enumerate(zip(line, widths, strict=True)))
                     .rstrip() for line in [header, *lines])


def report(figures: list[Figure]) -> bool:
    """Print this bench's rows, hand them to bench/run.py when it runs this bench, and say
    whether every target holds."""
    bench = Path(sys.argv[0]).stem.removeprefix("bench_")
    rows = [replace(f, bench=bench) for f in figures]
    print(f"\n{render(rows)}", flush=True)
    if os.environ.get(ROWS_ENV):
        with open(os.environ[ROWS_ENV], "a", encoding="utf-8") as fh:
            fh.writelines(json.dumps(asdict(r)) + "\n" for r in rows)
    return all(r.holds is not False for r in rows)


def load(path: Path) -> list[Figure]:
    return [Figure(**json.loads(line)) for line in path.read_text("utf-8").splitlines()]
