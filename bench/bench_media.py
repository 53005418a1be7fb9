"""Ingest throughput of the media store next to `sha256sum` and a plain copy, on one file.

Run on demand: python bench/bench_media.py [--size-mib 1024]

The file is a valid WAV (a header, then random samples) in a temporary folder, read once
before timing so all three measurements start from the page cache. "ingest" is the whole
`recorder.media.ingest.ingest_file` call: read, SHA-256, encrypt, fsync, inspect, commit.
Peak memory is the growth of this process's peak resident set (VmHWM, reset just before the
ingest via /proc/self/clear_refs) over its resident set before the ingest.
Targets: ingest at least half as fast as sha256sum; peak RSS growth under 100 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import Figure, report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from testimony_recorder.recorder import kdf, unlock  # noqa: E402 - after the path above
from testimony_recorder.recorder.media import ingest  # noqa: E402
from testimony_recorder.recorder.model import bundle as bundle_mod  # noqa: E402
from testimony_recorder.recorder.store import bundles  # noqa: E402

MIB = 1 << 20


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def make_wav(path: Path, size: int) -> None:
    data_size = size - 44
    with open(path, "wb") as fh:
        fh.write(struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + data_size, b"WAVE", b"fmt ",
                             16, 1, 1, 48000, 96000, 2, 16, b"data", data_size))
        left = data_size
        block = os.urandom(64 * MIB)
        while left:
            left -= fh.write(block[: min(left, len(block))])


def timed(label: str, fn: object, size: int) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    print(f"  {label:28} {elapsed:7.2f} s  {size / MIB / elapsed:8.1f} MiB/s", flush=True)
    return size / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=1024)
    args = parser.parse_args()
    size = args.size_mib * MIB
    work = Path(tempfile.mkdtemp(prefix="bench-media-"))
    try:
        source = work / "input.wav"
        make_wav(source, size)
        with open(source, "rb") as fh:  # warm the page cache for every contender alike
            while fh.read(64 * MIB):
                pass
        vault, _ = unlock.create(work / "vault", "bench passphrase", owner="bench",
                                 kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
        example = json.loads((ROOT / "docs" / "examples" / "interview.json").read_text())
        interview = bundles.add(vault, bundle_mod.parse(example))
        print(f"media ingest benchmark: {args.size_mib} MiB WAV file, {os.cpu_count()} CPUs")
        sha = timed("sha256sum", lambda: subprocess.run(
            ["sha256sum", str(source)], check=True, stdout=subprocess.DEVNULL), size)
        copy = timed("cp", lambda: subprocess.run(
            ["cp", str(source), str(work / "copy.wav")], check=True), size)
        (work / "copy.wav").unlink()
        Path("/proc/self/clear_refs").write_text("5")  # reset the peak resident set (VmHWM)
        before = _status("VmRSS")
        ours = timed("ingest (hash+encrypt+store)",
                     lambda: ingest.ingest_file(vault, interview, source), size)
        growth = _status("VmHWM") - before
        vault.close()
        size_text = f"{args.size_mib} MiB"
        report([Figure(f"media ingest {size_text}, speed / sha256sum", ours / sha, "x",
                       ">=", 0.5),
                Figure(f"media ingest {size_text}, speed / cp", ours / copy, "x"),
                Figure(f"media ingest {size_text}, peak memory growth", growth / 1e6, "MB",
                       "<", 100)])
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
