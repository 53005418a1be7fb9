"""Run every bench/bench_*.py and print one table of their figures, with the machine they ran on.

    python bench/run.py [--size-mib N] [--only NAME...] [--log FILE]   (./dev bench runs it)

Each bench runs in its own process, as it would alone; its detailed output goes to the log
file, and only a line per bench shows progress. The exit status is 0 when every bench ran and
every target holds. See bench/README.md for running it on a field laptop.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import ROWS_ENV, load, render

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: Benches that take a data size (the rest ignore --size-mib).
SIZED = ("age", "media", "packets")


def _first_line(cmd: list[str]) -> str:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""


def cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return (_first_line(["sysctl", "-n", "machdep.cpu.brand_string"]) or platform.processor()
            or platform.machine())


def memory_gib() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / (1 << 30)


def disk(folder: str) -> str:
    """The file system and device holding `folder` (where the benches write), and whether
    the device is solid-state, as far as Linux tells (virtual disks often say 'rotational')."""
    mount = _first_line(["findmnt", "-n", "-o", "SOURCE,FSTYPE", "--target", folder]).split()
    if len(mount) != 2:
        return "unknown"
    source, fstype = mount
    if not source.startswith("/dev/"):
        return f"{fstype} ({source})"
    rota, _, model = _first_line(["lsblk", "-ndo", "ROTA,MODEL", source]).partition(" ")
    kind = {"0": "solid-state", "1": "rotational"}.get(rota, "type unknown")
    return f"{fstype} on {source}, {kind}" + (f", {model.strip()}" if model.strip() else "")


def machine() -> str:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cpu_model()}; {os.cpu_count()} cores ({usable} usable); {memory_gib():.1f} GiB "
            f"memory; disk: {disk(tempfile.gettempdir())}; {platform.platform()}; "
            f"Python {platform.python_version()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, help="data size for the age, media and "
                        "packet benches (default: each bench's own, 1024)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only bench_NAME.py ...")
    parser.add_argument("--log", type=Path, default=Path(tempfile.gettempdir()) /
                        time.strftime("testimony-bench-%Y%m%d-%H%M%S.log"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        rows_file, vault = Path(tmp) / "rows.jsonl", Path(tmp) / "vault-100k"
        rows_file.touch()
        # bench_vault builds a 100,000-interview vault; bench_ui measures the app on it.
        extra = {"vault": ["--keep", str(vault)], "ui": ["--vault", str(vault)]}
        if args.size_mib:
            extra |= {name: ["--size-mib", str(args.size_mib)] for name in SIZED}
        failed = []
        benches = sorted((p for p in HERE.glob("bench_*.py") if not args.only
                          or p.stem.removeprefix("bench_") in args.only),
                         key=lambda p: (p.stem == "bench_ui", p.stem))
        with open(args.log, "w", encoding="utf-8") as log:
            for script in benches:
                name = script.stem.removeprefix("bench_")
                print(f"{script.name} ...", end=" ", flush=True)
                log.write(f"===== {script.name}\n")
                log.flush()
                start = time.perf_counter()
                code = subprocess.call([sys.executable, str(script), *extra.get(name, [])],
                                       cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                       env={**os.environ, ROWS_ENV: str(rows_file)})
                print(f"{time.perf_counter() - start:.0f} s"
                      + ("" if code == 0 else f", FAILED (exit {code})"), flush=True)
                if code != 0:
                    failed.append(script.name)
        rows = load(rows_file)
    print(f"\nTestimony Recorder benchmarks, {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"machine: {machine()}\n")
    print(render(rows))
    targets = [r.holds for r in rows if r.holds is not None]
    print(f"\n{sum(targets)} of {len(targets)} targets hold"
          + (f"; benches that failed: {', '.join(failed)}" if failed else "")
          + f". Details: {args.log}")
    return 1 if failed or not all(targets) else 0


if __name__ == "__main__":
    sys.exit(main())
