"""Overlapping the expensive steps of sealing and opening packets on separate threads.

Encryption, hashing and file I/O release the GIL, so with a writer thread (age encryption
and disk) and a reader thread (decryption) the work spreads over the cores while memory
stays bounded by a few fixed-size blocks in a queue. Plaintext only ever sits in these
in-memory blocks.
"""

from __future__ import annotations

import enum
import queue
import threading
from collections.abc import Iterator
from typing import Final, Protocol

BLOCK = 2 * 1024 * 1024
_DEPTH = 6


class _Stop(enum.Enum):
    """The end of a queue (an enum, so that the type checker tells it from the blocks)."""

    STOP = enum.auto()


_STOP: Final = _Stop.STOP
#: What a producer's queue carries: blocks, then the end or the error that ended them.
_Item = bytes | bytearray | BaseException | _Stop


class _Writable(Protocol):
    def write(self, data: bytes | bytearray, /) -> object: ...


class _ReadInto(Protocol):
    def readinto(self, buf: memoryview, /) -> int: ...


class BackgroundWriter:
    """Hands written bytes to a thread that writes them to `sink`; errors surface on the
    next write() or on close(). Small writes are gathered into blocks first."""

    def __init__(self, sink: _Writable) -> None:
        self._sink = sink
        self._queue: queue.Queue[bytes | bytearray | _Stop] = queue.Queue(_DEPTH)
        self._error: BaseException | None = None
        self._buf = bytearray()
        self._thread = threading.Thread(target=self._run, name="packet-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if self._error is None:
                try:
                    self._sink.write(item)
                except BaseException as exc:  # handed to the producer thread
                    self._error = exc

    def _check(self) -> None:
        if self._error is not None:
            raise self._error

    def hand_over(self, block: bytes | bytearray) -> None:
        """Queue a block the caller will not touch again, without copying it."""
        self._check()
        if self._buf:
            self._queue.put(bytes(self._buf))
            self._buf.clear()
        self._queue.put(block)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._check()
        n = len(data)
        if n >= BLOCK and not self._buf:
            self._queue.put(bytes(data))
            return n
        self._buf += data
        if len(self._buf) >= BLOCK:
            self._queue.put(bytes(self._buf))
            self._buf.clear()
        return n

    def close(self) -> None:
        """Write what is left and wait for the thread; raise its error if it had one."""
        if self._buf:
            self._queue.put(bytes(self._buf))
            self._buf.clear()
        self._queue.put(_STOP)
        self._thread.join()
        self._check()

    def abort(self) -> None:
        self._buf.clear()
        self._error = self._error or RuntimeError("aborted")
        self._queue.put(_STOP)
        self._thread.join()


class _Producer:
    """A thread filling a bounded queue, which the consumer can stop at any time."""

    def __init__(self, name: str) -> None:
        self._queue: queue.Queue[_Item] = queue.Queue(_DEPTH)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def _run(self) -> None:
        raise NotImplementedError

    def _put(self, item: _Item) -> bool:
        """Queue an item unless the consumer stopped (then say so)."""
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def close(self) -> None:
        self._stop.set()
        while True:
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._thread.join()


class Prefetcher(_Producer):
    """Reads ahead from `src` on a thread, one block at a time. Bytes before an error are
    delivered first; the error is raised where the reader reaches it."""

    def __init__(self, src: _ReadInto, block: int = BLOCK) -> None:
        super().__init__("packet-reader")
        self._src = src
        self._block = block
        self._current = memoryview(b"")
        self._done = False
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                buf = bytearray(self._block)
                view = memoryview(buf)
                got = 0
                while got < len(buf):
                    n = self._src.readinto(view[got:])
                    if not n:
                        break
                    got += n
                if got:
                    self._put(bytes(view[:got]) if got < len(buf) else bytes(buf))
                if got < len(buf):
                    self._put(_STOP)
                    return
        except BaseException as exc:  # delivered to the consumer in order
            self._put(exc)

    def readinto(self, buf: memoryview) -> int:
        while not self._current:
            if self._done:
                return 0
            item = self._queue.get()
            if item is _STOP:
                self._done = True
                return 0
            if isinstance(item, BaseException):
                self._done = True
                raise item
            self._current = memoryview(item)
        n = min(len(buf), len(self._current))
        buf[:n] = self._current[:n]
        self._current = self._current[n:]
        return n


class Ahead(_Producer):
    """Runs an iterator of blocks on a thread, a few blocks ahead of the consumer. Items are
    handed over as they are (no copy); an error is raised where the consumer reaches it."""

    def __init__(self, source: Iterator[bytes | bytearray]) -> None:
        super().__init__("packet-ahead")
        self._source = source
        self._thread.start()

    def _run(self) -> None:
        try:
            for item in self._source:
                if not self._put(item):
                    return
            self._put(_STOP)
        except BaseException as exc:  # delivered to the consumer in order
            self._put(exc)
        finally:
            close = getattr(self._source, "close", None)
            if close is not None:
                close()

    def __iter__(self) -> Iterator[bytes | bytearray]:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
