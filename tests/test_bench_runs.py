"""Every bench still runs (bench/): each script at a tiny size, to the end, with its figures.

Nothing here is timed (figures are measured by `./dev bench`, never asserted in tests); this
only keeps a bench from breaking silently when the core's API moves under it. bench_ui.py is
left out: it launches the app five times and seals 1 GiB, and tests/test_app_on_x.py and the
UI tests cover what it drives.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"

RUNS = {
    "age": ["--size-mib", "4", "--repeat", "1"],
    "media": ["--size-mib", "4"],
    "packets": ["--size-mib", "8", "--files", "2", "--repeat", "1"],
    "backup": ["--size-mib", "4", "--files", "2", "--repeat", "1"],
    "vault": ["--interviews", "300"],
    "archive": ["--testimonies", "200", "--devices", "2", "--packets", "6"],
    "case": ["--testimonies", "200", "--export", "3", "--media-mib", "0.5"],
    "linkage": ["--seeds", "1", "--witnesses", "300"],
}


def test_every_bench_is_run_here() -> None:
    benches = {p.stem.removeprefix("bench_") for p in BENCH.glob("bench_*.py")}
    assert benches - {"ui"} == set(RUNS)


@pytest.mark.parametrize("name", sorted(RUNS))
def test_bench_runs_to_its_figures(name: str, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(BENCH / f"bench_{name}.py"), *RUNS[name]],
                          capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    assert "Traceback" not in done.stderr
    assert done.stdout.strip(), "the bench printed nothing"
