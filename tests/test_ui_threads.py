"""The runner, the one way to the vault's thread: results, progress, Cancel and errors come
back on the GUI thread, never to a widget that is gone; and signals emitted from the worker must
not corrupt the interpreter (a PySide6 6.12 bug decremented the refcount of True on every such
emit, until Python aborted at exit)."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import kdf, unlock
from testimony_recorder.recorder.errors import Cancelled, RecorderError
from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.messages import describe
from testimony_recorder.ui.runner import VaultLocked, VaultRunner
from testimony_recorder.ui.tasks import Job, ThreadExecutor

from .conftest import PASSPHRASE


@pytest.fixture
def runner(tmp_path: Path, qtbot: QtBot) -> Iterator[VaultRunner]:
    """A runner on its own thread with a real vault opened there."""
    runner = VaultRunner(ThreadExecutor("test-vault"))
    opened: list[str] = []

    def opener() -> tuple[Vault, str]:
        vault, _recovery = unlock.create(tmp_path / "vault", PASSPHRASE, owner="Tester",
                                        kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
        return vault, vault.owner

    runner.open(opener, done=opened.append, failed=pytest.fail)
    qtbot.waitUntil(lambda: opened == ["Tester"], timeout=30_000)
    yield runner
    closed: list[object] = []
    runner.close(done=closed.append, failed=closed.append)
    qtbot.waitUntil(lambda: bool(closed), timeout=30_000)
    runner.shutdown()


def test_results_from_a_worker_thread_leave_refcounts_alone(runner: VaultRunner,
                                                            qtbot: QtBot) -> None:
    owner = QObject()
    results: list[str] = []
    gc.collect()  # collection during the run must not look like a leak
    before = sys.getrefcount(True)
    for _ in range(200):
        runner.run(lambda vault, job: vault.owner, owner=owner, done=results.append,
                   failed=pytest.fail)
    qtbot.waitUntil(lambda: len(results) == 200, timeout=30_000)
    gc.collect()
    assert sys.getrefcount(True) >= before - 5
    assert set(results) == {"Tester"}


def test_progress_and_errors_arrive_on_the_gui_thread(runner: VaultRunner,
                                                      qtbot: QtBot) -> None:
    owner = QObject()
    seen: list[tuple[str, object, bool]] = []
    gui = threading.current_thread()

    def work(vault: Vault, job: Job) -> None:
        assert threading.current_thread() is not gui
        for done in range(3):
            job.report(done * 3 * 2**31, 8 * 2**31)  # bytes past Qt's 32-bit int
        raise ValueError("boom")

    runner.run(work, owner=owner,
               progress=lambda permille: seen.append(
                   ("progress", permille, threading.current_thread() is gui)),
               failed=lambda error: seen.append(
                   ("error", type(error), threading.current_thread() is gui)))
    qtbot.waitUntil(lambda: ("error", ValueError, True) in seen)
    assert [s for s in seen if s[0] == "progress"] == [
        ("progress", 0, True), ("progress", 375, True), ("progress", 750, True)]


def test_cancel_reaches_the_work(runner: VaultRunner, qtbot: QtBot) -> None:
    owner = QObject()
    started = threading.Event()
    failures: list[Exception] = []

    def work(vault: Vault, job: Job) -> None:
        started.set()
        while not job.cancelled():
            threading.Event().wait(0.01)
        raise Cancelled("The test job")

    job = runner.run(work, owner=owner, failed=failures.append)
    assert started.wait(10)
    job.cancel()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], Cancelled) and failures[0].code == "cancelled"


def test_callbacks_are_dropped_once_their_owner_is_gone(runner: VaultRunner,
                                                        qtbot: QtBot) -> None:
    release = threading.Event()
    widget = QWidget()
    dropped: list[object] = []
    delivered: list[object] = []
    runner.run(lambda vault, job: release.wait(10), owner=widget, done=dropped.append,
               failed=dropped.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _alive(widget))
    release.set()
    later = QObject()
    runner.run(lambda vault, job: "after", owner=later, done=delivered.append,
               failed=delivered.append)
    qtbot.waitUntil(lambda: delivered == ["after"])  # the vault thread ran both, in order
    assert dropped == []


def test_one_exception_policy(runner: VaultRunner, qtbot: QtBot) -> None:
    """A core error is worded by its code; anything else gets a general sentence naming no
    internals: no traceback, no English detail from the failing code."""
    owner = QObject()
    errors: list[Exception] = []

    def broken(vault: Vault, job: Job) -> None:
        raise KeyError("/secret/path/of/witness")

    runner.run(lambda vault, job: trust.resolve(vault.conn, "ABCD-EFGH"), owner=owner,
               failed=errors.append)
    runner.run(broken, owner=owner, failed=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2)
    worded, unexpected = errors
    assert isinstance(worded, RecorderError) and worded.code == "unknown_contact"
    assert describe(worded).startswith("No trusted key matches")
    assert isinstance(unexpected, KeyError)
    text = describe(unexpected)
    assert "Something went wrong" in text and "secret" not in text
    locked = VaultRunner(ThreadExecutor("test-locked"))  # no vault open on this one
    try:
        locked.run(lambda vault, job: None, owner=owner, failed=errors.append)
        qtbot.waitUntil(lambda: len(errors) == 3)
    finally:
        locked.shutdown()
    assert isinstance(errors[2], VaultLocked)
    assert describe(errors[2]) == "The vault is locked. Unlock it to continue."


def test_inline_runner_for_standalone_widgets(tmp_path: Path) -> None:
    vault, _ = unlock.create(tmp_path / "v", PASSPHRASE, owner="Here",
                            kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        owner = QObject()
        got: list[str] = []
        job = VaultRunner.inline(vault).run(lambda v, job: v.owner, owner=owner,
                                            done=got.append, failed=pytest.fail)
        assert got == ["Here"] and not job.running  # at once, on this thread


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
