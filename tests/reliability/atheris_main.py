"""One atheris (libFuzzer) run over several readers at once: the first byte of each input picks
the reader, the rest is its input. One process, so the cost of instrumenting the package is
paid once. python -m tests.reliability.atheris_main CORPUS_DIR [libFuzzer flags, such as
-max_total_time=15]. A reader raising anything but its documented refusal ends the run with a
crash report and a non-zero status.

The packet reader is left to hypothesis: instrumented, one packet takes long enough that
libFuzzer would try only a handful in the budget.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["testimony_recorder"]):
    from . import fuzz_targets

#: The readers, in the order of their selector byte.
READERS = [*fuzz_targets.STATELESS, "media store reader"]


def main() -> None:
    corpus, *flags = sys.argv[1:]
    store = fuzz_targets.media_store_reader()
    targets: list[Callable[[bytes], None]] = [
        fuzz_targets.STATELESS[name][0] for name in READERS[:-1]] + [store.run]
    seeds = [fuzz_targets.STATELESS[name][1]() for name in READERS[:-1]] + [store.seeds]
    for selector, inputs in enumerate(seeds):
        for i, seed in enumerate(inputs):
            (Path(corpus) / f"seed{selector}-{i}").write_bytes(bytes([selector]) + seed)

    def one(data: bytes) -> None:
        if data:
            targets[data[0] % len(targets)](data[1:])

    atheris.Setup([sys.argv[0], corpus, *flags], one)
    try:
        atheris.Fuzz()
    finally:
        store.close()


if __name__ == "__main__":
    main()
