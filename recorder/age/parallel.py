"""Spreading independent chunk work over a few threads.

cryptography releases the GIL inside ChaCha20-Poly1305, and STREAM chunks are
independent, so bulk encryption and decryption scale with cores. The pool is created on
first use and holds no state besides idle threads, so sharing it is harmless.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait

__all__ = ["WORKERS", "serial", "set_serial", "split_run"]


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


WORKERS = max(1, min(4, _cpu_count()))
_pool: ThreadPoolExecutor | None = None
_pool_pid = 0
_pool_lock = threading.Lock()
_thread = threading.local()


@contextlib.contextmanager
def serial() -> Iterator[None]:
    """Inside, split_run does all the work on the calling thread.

    For a thread that is already one of several working side by side (a stage of a
    pipeline): handing half its chunks to the shared pool would only queue them behind
    another stage's, and the thread would wait for them instead of working."""
    before = set_serial(True)
    try:
        yield
    finally:
        set_serial(before)


def set_serial(on: bool) -> bool:
    """Turn this thread's serial mode (see serial()) on or off; return what it was, to
    restore it."""
    before: bool = getattr(_thread, "serial", False)
    _thread.serial = on
    return before


def _get_pool() -> ThreadPoolExecutor:
    global _pool, _pool_pid
    with _pool_lock:
        # A forked child inherits the pool object but not its threads: start afresh.
        if _pool is None or _pool_pid != os.getpid():
            _pool = ThreadPoolExecutor(max_workers=WORKERS - 1, thread_name_prefix="age-chunks")
            _pool_pid = os.getpid()
        return _pool


def split_run(work: Callable[[int, int], int], count: int, min_per_thread: int = 1) -> int:
    """Run work(start, stop) over contiguous slices of range(count), this thread included.

    Each thread gets at least min_per_thread items: handing work to another thread
    costs tens of microseconds, worth it only for a few chunks' worth of work.

    work returns the first index in its slice that failed, or stop; the smallest such
    index overall is returned (count when everything succeeded). All slices finish
    before this returns or raises, so no thread still touches the caller's buffers.
    """
    parts = min(WORKERS, count // max(1, min_per_thread))
    if parts <= 1 or getattr(_thread, "serial", False):
        return work(0, count)
    bounds = [count * i // parts for i in range(parts + 1)]
    pool = _get_pool()
    futures: list[Future[int]] = [
        pool.submit(work, bounds[i], bounds[i + 1]) for i in range(1, parts)
    ]
    try:
        first = work(bounds[0], bounds[1])
    finally:
        wait(futures)
    results = [first] + [f.result() for f in futures]
    return min(
        (r for r, stop in zip(results, bounds[1:], strict=True) if r < stop), default=count
    )
