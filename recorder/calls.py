"""How code that must not hold the vault gets work done on it: it hands over the work (a
function of the open Vault) and two callbacks, and exactly one of them is called back on its
own thread. In the desktop app the work runs on the vault's thread (`ui/runner.py`); on the
command line and in tests, at once on the calling thread (`on_this_thread`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from .vault import Vault


class VaultCalls(Protocol):
    """Run `work(vault)` where the vault's connection lives, then call exactly one of the
    callbacks on the caller's thread."""

    def __call__(self, work: Callable[[Vault], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None], /) -> None: ...


def on_this_thread(vault: Vault) -> VaultCalls:
    """Run at once on the calling thread, with `vault` open here (the command line, tests)."""

    def call(work: Callable[[Vault], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None], /) -> None:
        try:
            result = work(vault)
        except Exception as exc:  # every failure goes to the caller's handler
            on_error(exc)
            return
        on_done(result)

    return call
