"""Vault figures at scale: bulk add, search latency, first list page, unlock (KDF apart).

Run on demand: python bench/bench_vault.py [--interviews N]. Targets (issue 2): search p95 under
30 ms, list page under 50 ms, unlock beyond the KDF under 100 ms, at 100,000 interviews of
about 2 KB narrative each.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from figures import Figure, report

from testimony_recorder.recorder import keyslots, unlock
from testimony_recorder.recorder.model.bundle import Bundle
from testimony_recorder.recorder.model.incident import Incident
from testimony_recorder.recorder.model.testimony import Testimony
from testimony_recorder.recorder.search import query
from testimony_recorder.recorder.store import bundles, listing
from testimony_recorder.recorder.vault import SLOTS_NAME, Vault

SHARED = Path(__file__).resolve().parents[2] / "shared"
PASSPHRASE = "benchmark passphrase"  # noqa: S105 - a throwaway vault
QUERIES = ["checkpoint", "detention centre", "evidence", "Jaysh", "\"war crimes\"",
           "investigat", "bakery", "helicopter barrel", "witness statement", "2013"]


def words() -> list[str]:
    text = " ".join(p.read_text("utf-8") for p in sorted((SHARED / "corpus").glob("*.txt")))
    return [w for w in text.split() if not w.startswith("#")]


def narrative(rng: random.Random, vocab: list[str]) -> str:
    start = rng.randrange(len(vocab) - 400)
    chunk = vocab[start:start + 330]
    rng.shuffle(chunk)
    return " ".join(chunk)[:2000]


def fill(vault: Vault, count: int, rng: random.Random) -> float:
    vocab = words()
    violations = ["arbitrary_arrest", "torture", "pillage", "forced_displacement"]
    start = time.perf_counter()
    batch = 1000
    for first in range(0, count, batch):
        with vault.transaction():
            for _ in range(min(batch, count - first)):
                bundles.add(vault, Bundle(
                    testimonies=[Testimony(narrative=narrative(rng, vocab), summary="")],
                    incidents=[Incident(title="incident", violations=[rng.choice(violations)])],
                ))
        done = first + batch
        if done % 10000 == 0:
            print(f"  {done} interviews added ({time.perf_counter() - start:.0f} s)",
                  flush=True)
    return time.perf_counter() - start


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def] # bench helper
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=100_000)
    parser.add_argument("--keep", metavar="DIR",
                        help="build the vault in DIR and reuse it on later runs")
    args = parser.parse_args()
    rng = random.Random(7)
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "vault"
        if not (path / SLOTS_NAME).exists():
            print(f"Calibrating Argon2id and creating a vault in {path} ...")
            vault, _ = unlock.create(path, PASSPHRASE, owner="bench")
            seconds = fill(vault, args.interviews, rng)
            print(f"bulk add: {args.interviews} interviews in {seconds:.1f} s "
                  f"({args.interviews / seconds:.0f}/s, batches of 1000 per transaction)")
            figures.append(Figure("vault: bulk add, interviews a second",
                                  args.interviews / seconds, "/s"))
            vault.close()

        slots = keyslots.KeySlots.load(path / SLOTS_NAME)
        params = slots.passphrase_params()
        start = time.perf_counter()
        key = slots.unlock_with_passphrase(PASSPHRASE)
        kdf_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        vault = unlock.open_with_key(path, key).vault
        rest_ms = (time.perf_counter() - start) * 1000
        print(f"unlock: KDF {kdf_ms:.0f} ms (Argon2id {params.memory_kib // 1024} MiB, "
              f"{params.iterations} passes, {params.lanes} lanes); the rest {rest_ms:.1f} ms "
              f"(target < 100 ms)")
        figures.append(Figure("vault: unlock, beyond the KDF", rest_ms, "ms", "<", 100))

        conn = vault.conn
        per_query = []
        for q in QUERIES:
            times = timed(lambda q=q: query.search(conn, q, limit=50), 20)
            per_query += times
            print(f"  search {q!r:24} median {statistics.median(times):6.1f} ms, "
                  f"{len(query.search(conn, q, limit=50))} hits")
        print(f"search: p50 {pct(per_query, 50):.1f} ms, p95 {pct(per_query, 95):.1f} ms "
              f"(target p95 < 30 ms)")
        scale = f"{listing.count(conn):,} interviews"
        figures.append(Figure(f"vault: search p95, {scale}", pct(per_query, 95), "ms", "<", 30))

        for sort in ("updated", "started"):
            page = timed(lambda sort=sort: listing.page(conn, sort=sort, limit=100), 20)
            count = timed(lambda: listing.count(conn), 5)
            print(f"list first page by {sort}: median {statistics.median(page):.1f} ms, "
                  f"p95 {pct(page, 95):.1f} ms; count {statistics.median(count):.1f} ms "
                  f"(target < 50 ms)")
            figures.append(Figure(f"vault: list first page by {sort}, p95, {scale}",
                                  pct(page, 95), "ms", "<", 50))
        filt = listing.ListFilter(violation="torture")
        page = timed(lambda: listing.page(conn, filt, limit=100), 10)
        print(f"list first page filtered by violation: median {statistics.median(page):.1f} ms")
        vault.close()
    report(figures)


if __name__ == "__main__":
    main()
