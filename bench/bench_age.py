"""Throughput of recorder.age next to the age binary, on a 1 GiB random file.

Run on demand: python bench/bench_age.py [--size-mib N] [--repeat N]

Every measured run is a separate process (ours: this script in worker mode, so the
interpreter start-up, about 0.1 s, is included), and wall time and peak RSS (GNU time)
of both sides are measured the same way.
The data is random bytes in a temporary directory, removed afterwards.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = 1 << 20


def _copy(read_into: Callable[[memoryview], int], write: Callable[[memoryview], object]) -> None:
    buf = memoryview(bytearray(BLOCK))
    while n := read_into(buf):
        write(buf[:n])


def worker(mode: str, src: str, dst: str, key: str) -> None:
    """Runs in the child: one encryption or decryption with recorder.age."""
    sys.path.insert(0, str(ROOT))
    from recorder.age import decrypt, encrypt, parse_identity, parse_recipient

    with open(src, "rb", buffering=0) as fin, open(dst, "wb", buffering=0) as fout:
        if mode == "encrypt":
            with encrypt(fout, [parse_recipient(key)]) as writer:
                _copy(fin.readinto, writer.write)
        else:
            reader = decrypt(fin, [parse_identity(key)])
            _copy(reader.readinto, fout.write)


def measure(cmd: list[str], rss_file: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS in KiB of one command.

    GNU time reports the peak: os.wait4 on our own child would count this (larger)
    parent too, since Linux carries the pre-exec high-water mark over.
    """
    start = time.perf_counter()
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", str(rss_file), *cmd],
                   stdout=subprocess.DEVNULL, check=True)
    elapsed = time.perf_counter() - start
    return elapsed, int(rss_file.read_text().split()[-1])


def best(cmd: list[str], repeat: int, rss_file: Path) -> tuple[float, int]:
    runs = [measure(cmd, rss_file) for _ in range(repeat)]
    return min(t for t, _ in runs), max(r for _, r in runs)


def make_input(path: Path, size: int) -> None:
    with open(path, "wb") as f:
        left = size
        while left:
            n = min(left, 16 * BLOCK)
            f.write(os.urandom(n))
            left -= n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    size = args.size_mib * BLOCK
    sys.path.insert(0, str(ROOT))
    from recorder.age import X25519Identity

    identity = X25519Identity.generate()
    recipient = str(identity.recipient())
    me = [sys.executable, str(Path(__file__).resolve()), "--worker"]
    with tempfile.TemporaryDirectory(prefix="bench-age-") as tmp:
        d = Path(tmp)
        key_file = d / "key.txt"
        key_file.write_text(f"{identity}\n")
        plain, ours, theirs, out = d / "plain", d / "ours.age", d / "theirs.age", d / "out"
        make_input(plain, size)
        cases = [
            ("encrypt -> /dev/null", "ours", [*me, "encrypt", plain, os.devnull, recipient]),
            ("encrypt -> /dev/null", "age", ["age", "-e", "-r", recipient, "-o", os.devnull,
                                             plain]),
            ("encrypt -> file", "ours", [*me, "encrypt", plain, ours, recipient]),
            ("encrypt -> file", "age", ["age", "-e", "-r", recipient, "-o", theirs, plain]),
            ("decrypt -> /dev/null", "ours", [*me, "decrypt", theirs, os.devnull, str(identity)]),
            ("decrypt -> /dev/null", "age", ["age", "-d", "-i", key_file, "-o", os.devnull,
                                             theirs]),
            ("decrypt -> file", "ours", [*me, "decrypt", theirs, out, str(identity)]),
            ("decrypt -> file", "age", ["age", "-d", "-i", key_file, "-o", out, theirs]),
            ("decrypt ours -> file", "ours", [*me, "decrypt", ours, out, str(identity)]),
            ("decrypt ours -> file", "age", ["age", "-d", "-i", key_file, "-o", out, ours]),
        ]
        print(f"{args.size_mib} MiB, best of {args.repeat}; peak RSS of the process")
        print(f"{'case':24} {'impl':5} {'MB/s':>8} {'seconds':>8} {'peak RSS MiB':>13}")
        results: dict[tuple[str, str], float] = {}
        for label, impl, cmd in cases:
            seconds, rss = best([str(c) for c in cmd], args.repeat, d / "rss")
            results[label, impl] = size / seconds / 1e6
            print(f"{label:24} {impl:5} {results[label, impl]:8.0f} {seconds:8.2f} "
                  f"{rss / 1024:13.1f}")
        if not filecmp.cmp(plain, out, shallow=False):
            raise RuntimeError("round trip through the benchmark changed the data")
        for label in dict.fromkeys(case[0] for case in cases):
            ratio = results[label, "ours"] / results[label, "age"]
            print(f"{label:24} ours/age throughput = {ratio:.2f}")


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--worker":
        worker(*sys.argv[2:6])
    else:
        main()
