"""Signals emitted from worker threads must not corrupt the interpreter (a PySide6 6.12 bug
decremented the refcount of True on every such emit, until Python aborted at exit)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from testimony_recorder.ui.tasks import ThreadExecutor, run_in_background


def test_results_from_a_worker_thread_leave_refcounts_alone(qtbot: QtBot) -> None:
    executor = ThreadExecutor("test")
    owner = QObject()
    results: list[object] = []
    gc.collect()  # collection during the run must not look like a leak
    before = sys.getrefcount(True)
    try:
        for _ in range(200):
            run_in_background(executor, lambda task: None, on_done=results.append, parent=owner)
        qtbot.waitUntil(lambda: len(results) == 200, timeout=10000)
    finally:
        executor.shutdown()
    gc.collect()
    assert sys.getrefcount(True) >= before - 5


def test_progress_and_errors_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    import threading

    executor = ThreadExecutor("test")
    owner = QObject()
    seen: list[tuple[str, bool]] = []
    gui = threading.current_thread()

    def work(task):  # type: ignore[no-untyped-def]
        for i in range(3):
            task.report(i, 3)
        raise ValueError("boom")

    try:
        task = run_in_background(
            executor, work,
            on_progress=lambda d, t: seen.append(("progress", threading.current_thread() is gui)),
            on_error=lambda e: seen.append(("error", threading.current_thread() is gui)),
            parent=owner)
        assert task is not None
        qtbot.waitUntil(lambda: ("error", True) in seen)
    finally:
        executor.shutdown()
    assert seen.count(("progress", True)) == 3
