"""A bounded pipeline of threads: each stage of a stream's work on a thread of its own.

Why: sealing and importing a packet pass every byte through several expensive steps (decrypt
the store's copy or the packet, SHA-256, encrypt, write). Done one after another they use one
core. cryptography's AEADs, hashlib (on buffers over 2 KiB) and file writes release the GIL,
so with each step on its own thread and a small bounded queue between the steps, they
overlap on the machine's cores.

What it promises:
- Items pass every stage in the order they were put in; a stage that returns None passes
  nothing on (it has only checked or consumed the item).
- Memory stays bounded: each queue holds at most `depth` items (blocks of 1-4 MiB), and
  put() waits while the first queue is full.
- The first exception raised in any stage stops every stage and is raised in the caller, at
  its next put() or at close(). Errors that follow from the stop are dropped.
- Leaving early (an error in the caller, or a cancel: the caller's Meter raises Cancelled from
  the job's cancel check) aborts: queued items are dropped and every thread is joined before
  abort() returns, so no stage touches a buffer or a file afterwards. A stage already inside
  its function finishes that one item first.
- A stage does the age layer's chunk work on its own thread (age.parallel.serial): the stages
  already run side by side, and handing chunks to the shared pool would queue one stage's
  work behind another's while the stage waits. So does the thread that feeds the pipeline,
  from its creation to close() or abort(): it works side by side with the stages too (it
  decrypts what it puts in, when sealing and importing).
- Plaintext is only ever in the queued blocks, in memory; nothing reaches a disk unless a
  stage writes it there itself.
"""

from __future__ import annotations

import collections
import contextlib
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any, Final

from .age.parallel import serial, set_serial

__all__ = ["DEPTH", "Pipeline", "Stage"]

#: Items waiting in front of each stage: enough to ride out one stage's hiccup, few enough
#: that memory stays small.
DEPTH: Final = 4

#: One step of the work: takes an item, returns what the next stage gets (None: nothing).
Stage = Callable[[Any], Any]


class _End:
    """The end of the items (the caller called close())."""


_END: Final = _End()


class _Stopped(Exception):
    """Raised where a thread waits on a queue once the pipeline stopped."""


class Pipeline:
    """Items put() in go through `stages` in order, each stage on its own thread.

    Use it as a context manager: leaving the block normally is close() (wait for every item,
    raise a stage's error), leaving it through an exception is abort().
    """

    def __init__(self, *stages: Stage, depth: int = DEPTH, name: str = "pipeline") -> None:
        if not stages or depth < 1:
            raise ValueError("a pipeline needs a stage and room for an item")
        self._depth = depth
        self._cond = threading.Condition()  # guards the queues and the two fields below
        self._queues: list[collections.deque[Any]] = [collections.deque() for _ in stages]
        self._stopped = False
        self._error: BaseException | None = None
        self._feeder = threading.get_ident()
        self._feeder_was_serial: bool | None = set_serial(True)
        self._threads = [threading.Thread(target=self._run, args=(i, stage), daemon=True,
                                          name=f"{name}-{i}") for i, stage in enumerate(stages)]
        for thread in self._threads:
            thread.start()

    def _put(self, index: int, item: Any) -> None:
        queue = self._queues[index]
        with self._cond:
            self._cond.wait_for(lambda: len(queue) < self._depth or self._stopped)
            if self._stopped:
                raise _Stopped
            queue.append(item)
            self._cond.notify_all()

    def _get(self, index: int) -> Any:
        queue = self._queues[index]
        with self._cond:
            self._cond.wait_for(lambda: bool(queue) or self._stopped)
            if self._stopped:
                raise _Stopped
            item = queue.popleft()
            self._cond.notify_all()
            return item

    def _run(self, index: int, stage: Stage) -> None:
        last = index == len(self._queues) - 1
        try:
            with serial():
                self._loop(index, stage, last)
        except _Stopped:
            pass
        except BaseException as exc:  # handed to the caller's thread
            self._stop(exc)

    def _loop(self, index: int, stage: Stage, last: bool) -> None:
        while (item := self._get(index)) is not _END:
            out = stage(item)
            del item  # drop the block now, not when the next one arrives
            if out is not None and not last:
                self._put(index + 1, out)
            del out
        if not last:
            self._put(index + 1, _END)

    def _stop(self, error: BaseException | None) -> None:
        with self._cond:
            if not self._stopped:
                self._error = error
                self._stopped = True
            for queue in self._queues:
                queue.clear()
            self._cond.notify_all()

    def _join(self) -> None:
        for thread in self._threads:
            thread.join()
        if self._feeder_was_serial is not None and threading.get_ident() == self._feeder:
            set_serial(self._feeder_was_serial)
            self._feeder_was_serial = None

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error
        raise RuntimeError("the pipeline was aborted")

    def put(self, item: Any) -> None:
        """Hand an item to the first stage, waiting while its queue is full. The item must
        not change afterwards (hand over a fresh block). Raises a stage's error."""
        if item is None:
            raise ValueError("None cannot go through a pipeline")
        try:
            self._put(0, item)
        except _Stopped:
            self._join()
            self._raise()

    def close(self) -> None:
        """No more items: wait until every item went through every stage; raise the first
        error a stage raised."""
        with contextlib.suppress(_Stopped):  # stopped: the error is raised below
            self._put(0, _END)
        self._join()
        if self._stopped:
            self._raise()

    def abort(self) -> None:
        """Stop now: drop what is queued and wait for every thread (safe to call again)."""
        self._stop(None)
        self._join()

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
