"""The bounded pipeline of threads (recorder.pipeline): order, bounds, errors, cancel."""

from __future__ import annotations

import threading
import time

import pytest

from testimony_recorder.recorder.age.parallel import WORKERS, split_run
from testimony_recorder.recorder.errors import Cancelled
from testimony_recorder.recorder.packets.progress import Meter
from testimony_recorder.recorder.pipeline import Pipeline


def _alive(name: str) -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith(name)]


def test_items_pass_every_stage_in_order() -> None:
    seen: list[int] = []
    with Pipeline(lambda n: n * 2, lambda n: n + 1, seen.append, name="t-order") as pipe:
        for n in range(500):
            pipe.put(n)
    assert seen == [n * 2 + 1 for n in range(500)]
    assert not _alive("t-order")


def test_a_stage_returning_none_passes_nothing_on() -> None:
    seen: list[int] = []
    with Pipeline(lambda n: n if n % 3 else None, seen.append, name="t-filter") as pipe:
        for n in range(10):
            pipe.put(n)
    assert seen == [1, 2, 4, 5, 7, 8]


def test_queues_are_bounded() -> None:
    """A stalled stage holds the producer back: at most `depth` items wait per queue, plus
    the one each stage holds."""
    release = threading.Event()
    started = threading.Event()
    taken: list[int] = []

    def slow(n: int) -> None:
        started.set()
        release.wait()
        taken.append(n)

    pipe = Pipeline(slow, depth=2, name="t-bound")
    put = 0

    def produce() -> None:
        nonlocal put
        for n in range(50):
            pipe.put(n)
            put += 1

    producer = threading.Thread(target=produce)
    producer.start()
    started.wait()
    deadline = time.monotonic() + 10
    while put < 3 and time.monotonic() < deadline:
        time.sleep(0.001)  # polling a condition: the producer fills the queue
    # The stage holds item 0 until released, so nothing can leave the queue: the fourth
    # put() cannot have gone through.
    assert put == 3 and len(pipe._queues[0]) == 2
    assert producer.is_alive()
    release.set()
    producer.join()
    pipe.close()
    assert taken == list(range(50))


def test_first_error_of_a_stage_reaches_the_caller_and_stops_the_others() -> None:
    after: list[int] = []

    def fails_at_5(n: int) -> int:
        if n == 5:
            raise ValueError("stage failed at 5")
        return n

    pipe = Pipeline(fails_at_5, after.append, name="t-error")
    with pytest.raises(ValueError, match="stage failed at 5"):
        for n in range(10_000):
            pipe.put(n)
        pipe.close()
    assert not _alive("t-error")
    assert after == list(range(len(after)))
    assert 5 not in after


def test_an_error_in_the_last_stage_is_raised_by_close() -> None:
    def sink(n: int) -> None:
        if n == 2:
            raise OSError("disk gone")

    pipe = Pipeline(lambda n: n, sink, name="t-close")
    for n in range(3):
        pipe.put(n)
    with pytest.raises(OSError, match="disk gone"):
        pipe.close()
    assert not _alive("t-close")


def test_cancel_through_the_meter_stops_every_stage() -> None:
    """The job's cancel check (Meter, in the producing thread) raises Cancelled; leaving the
    block aborts, and no thread goes on."""
    handled: list[int] = []
    asked = threading.Event()
    meter = Meter(1 << 40, cancel=asked.is_set, what="Test")
    with pytest.raises(Cancelled), Pipeline(lambda n: n, handled.append, name="t-cancel") as p:
        for n in range(1_000_000):
            p.put(n)
            if n == 100:
                asked.set()
            meter.add(4 * 1024 * 1024)
    assert not _alive("t-cancel")
    count = len(handled)
    assert count <= 101
    assert handled == list(range(count))


def test_abort_drops_queued_items_and_joins() -> None:
    release = threading.Event()
    done: list[int] = []

    def slow(n: int) -> None:
        release.wait()
        done.append(n)

    pipe = Pipeline(slow, depth=3, name="t-abort")
    for n in range(4):
        pipe.put(n)
    release.set()
    pipe.abort()
    assert not _alive("t-abort")
    assert len(done) <= 1  # only the item the stage already held
    with pytest.raises(RuntimeError):
        pipe.put(9)
    pipe.abort()  # again: harmless


def test_none_is_refused() -> None:
    with Pipeline(lambda n: n, name="t-none") as pipe, pytest.raises(ValueError):
        pipe.put(None)


def test_stages_do_their_chunk_work_on_their_own_thread() -> None:
    """A stage runs beside the others: the age layer's chunk work stays on its thread instead
    of queueing on the shared pool behind another stage's."""

    def names() -> list[str]:
        seen: list[str] = []

        def work(start: int, stop: int) -> int:
            seen.append(threading.current_thread().name)
            return stop

        split_run(work, 64)
        return seen

    inside: list[list[str]] = []
    with Pipeline(lambda n: inside.append(names()), name="t-serial") as pipe:
        pipe.put(1)
    assert inside == [["t-serial-0"]]
    assert len(names()) == min(WORKERS, 64)  # elsewhere the work is still shared out
