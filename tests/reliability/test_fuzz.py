"""Fuzz the readers of outside input (fuzz_targets.py: packet reader, key files, interview and
consent JSON, consent members, media inspection, the media store's reader) for a fixed time
each: hypothesis always, atheris (coverage-guided libFuzzer) where it is installed. No input
may end in anything but the reader's documented refusal, so the command line never says
"internal error". TESTIMONY_RELIABILITY_SCALE stretches the time budgets.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from ..conftest import REPO
from ..test_packets_fuzz import changed_json, mutated
from . import fuzz_targets
from .tally import SCALE, count

HYPOTHESIS_SECONDS = 4.0 * SCALE
ATHERIS_SECONDS = max(2, round(15 * SCALE))
TARGETS = [*fuzz_targets.STATELESS, *fuzz_targets.STATEFUL]


def inputs(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    """Byte-level mutations of a valid input, JSON-level changes where it is JSON, and noise."""
    def json_changed(raw: bytes) -> st.SearchStrategy[bytes]:
        try:
            doc = json.loads(raw)
        except ValueError:
            return st.nothing()
        return changed_json(doc).map(lambda d: json.dumps(d).encode())

    return st.one_of(
        st.sampled_from(seeds).flatmap(mutated),
        st.sampled_from(seeds).flatmap(json_changed),
        st.binary(max_size=2048))


def fuzz_for(seconds: float, target: Callable[[bytes], None], seeds: list[bytes]) -> int:
    """Run hypothesis batches (a fresh seed each, so runs stay reproducible) until the time
    is up; return how many inputs were tried."""
    tried = 0
    deadline = time.monotonic() + seconds
    batch = 0
    while time.monotonic() < deadline:
        @seed(batch)
        @settings(max_examples=100, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(data=inputs(seeds))
        def attempt(data: bytes) -> None:
            nonlocal tried
            tried += 1
            target(data)

        attempt()
        batch += 1
    return tried


@pytest.mark.slow
@pytest.mark.parametrize("name", TARGETS)
def test_hypothesis(name: str) -> None:
    if name in fuzz_targets.STATELESS:
        target, seeds = fuzz_targets.STATELESS[name]
        tried = fuzz_for(HYPOTHESIS_SECONDS, target, seeds())
    else:
        made = fuzz_targets.STATEFUL[name]()
        try:
            tried = fuzz_for(HYPOTHESIS_SECONDS, made.run, made.seeds)
        finally:
            made.close()
    count("fuzz (hypothesis)", **{name: tried})


@pytest.mark.slow
def test_atheris(tmp_path: Path) -> None:
    try:
        import atheris  # noqa: F401 - only whether it installed
    except ImportError:
        count("fuzz (atheris)", readers="not installed here")
        pytest.skip("atheris is not installed (it has wheels for Linux x86-64, Python <3.12)")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.atheris_main", str(corpus),
         f"-max_total_time={ATHERIS_SECONDS}", "-rss_limit_mb=2048", "-timeout=20",
         f"-artifact_prefix={tmp_path}/"], cwd=REPO, capture_output=True, text=True,
        timeout=ATHERIS_SECONDS + 120, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    runs = re.search(r"Done (\d+) runs", done.stderr)
    count("fuzz (atheris)", inputs=int(runs.group(1)) if runs else "?",
          seconds=ATHERIS_SECONDS, readers=len(fuzz_targets.STATELESS) + 1)
