"""Duplicate-witness figures: precision and recall on the labelled synthetic set next to exact
matching of normalised names, then the time to list likely duplicates in a large archive.

Run on demand: python bench/bench_linkage.py [--seeds N] [--witnesses N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from testimony_recorder.recorder.linkage import compare, fingerprints
from tests.linkage_synth import generate
from tests.test_linkage_measure import KEY, measure, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=5, help="labelled sets to measure")
    parser.add_argument("--witnesses", type=int, default=20_000,
                        help="people in the timing run")
    args = parser.parse_args()
    for seed in range(13, 13 + args.seeds):
        records, truth = generate(seed=seed)
        print(f"seed {seed}: " + report(measure(records, truth)))
    records, _ = generate(seed=1, persons=args.witnesses)
    start = time.perf_counter()
    prints = {r.id: fingerprints.compute(KEY, r.full_name, r.date_of_birth, r.origin_area,
                                         cost=fingerprints.WEAK_COST_FOR_TESTS)
              for r in records}
    encoded = time.perf_counter() - start
    usable = {k: v for k, v in prints.items() if v is not None}
    start = time.perf_counter()
    found = compare.likely(usable)
    listed = time.perf_counter() - start
    print(f"{len(usable)} witnesses: fingerprints (without the index's scrypt) "
          f"{encoded:.1f} s, likely duplicates listed in {listed:.1f} s ({len(found)} pairs)")
    start = time.perf_counter()
    fingerprints.index_entry(KEY, "mhmd", "l", 1985, "SY-HL", fingerprints.DEFAULT_COST)
    print(f"one prior-index entry at the default scrypt cost: "
          f"{1000 * (time.perf_counter() - start):.0f} ms")


if __name__ == "__main__":
    main()
