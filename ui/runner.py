"""How widgets that also work outside the app reach the vault: through a runner, never by
holding the vault.

A runner takes work (a function of the open Vault), a callback for its result and one for its
failure, and calls exactly one of the callbacks on the GUI thread. In the desktop app the work
runs on the vault's own thread (`with_session`); standalone use and tests run it at once on the
calling thread (`with_vault`). The consent screens and the audio take are built on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject

from testimony_recorder.recorder.calls import on_this_thread
from testimony_recorder.recorder.vault import Vault

Work = Callable[[Vault], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class VaultRunner(Protocol):
    def __call__(self, work: Work, on_done: Done, on_error: Failed,
                 owner: QObject | None = None) -> None:
        """`owner`: the asking object; its callbacks are dropped if it is destroyed first."""


class _Session(Protocol):
    """What `with_session` needs of ui.session.Session."""

    def run(self, fn: Callable[[Vault, Any], Any], on_done: Done | None = None,
            on_error: Failed | None = None, on_progress: Any = None,
            owner: QObject | None = None) -> Any: ...


def with_vault(vault: Vault) -> VaultRunner:
    """Run on this thread with `vault` open here (standalone use, tools and tests)."""
    call = on_this_thread(vault)

    def run(work: Work, on_done: Done, on_error: Failed, owner: QObject | None = None) -> None:
        call(work, on_done, on_error)

    return run


def with_session(session: _Session) -> VaultRunner:
    """Run on the app session's vault thread; callbacks come back on the GUI thread."""

    def run(work: Work, on_done: Done, on_error: Failed, owner: QObject | None = None) -> None:
        session.run(lambda vault, _task: work(vault), on_done, on_error, owner=owner)

    return run


def runner_for(source: Vault | VaultRunner) -> VaultRunner:
    return with_vault(source) if isinstance(source, Vault) else source
