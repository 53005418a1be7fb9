"""The export flow as a state machine without any UI: recipients -> scope -> preview -> seal.

The desktop app drives it (one page per step) and tests drive it directly. Each step checks
its input and moves forward, or raises the core's own error; back() returns to the previous
step keeping the choices made. The preview lists exactly what goes, what is redacted and
what is left out, with the consent rule behind each, before anything is written.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..keys import trust
from . import plan as plan_mod
from .errors import NothingToExport
from .plan import ExportPlan, Scope
from .progress import CancelFn, ProgressFn
from .writer import ExportResult, seal

if TYPE_CHECKING:
    from ..vault import Vault


class Step(StrEnum):
    RECIPIENTS = "recipients"
    SCOPE = "scope"
    PREVIEW = "preview"
    DONE = "done"


_ORDER = [Step.RECIPIENTS, Step.SCOPE, Step.PREVIEW, Step.DONE]


class ExportWizard:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.step = Step.RECIPIENTS
        self.recipients: list[trust.Contact] = []
        self.post_quantum = False
        self.scope = Scope()
        self.plan: ExportPlan | None = None
        self.result: ExportResult | None = None

    # -- step 1 -------------------------------------------------------------------------------

    def available_recipients(self) -> list[trust.Contact]:
        return trust.contacts(self._vault.conn, include_revoked=False)

    def choose_recipients(self, fingerprints: list[str], *, post_quantum: bool = False) -> None:
        self._expect(Step.RECIPIENTS)
        chosen = [trust.resolve(self._vault.conn, fp) for fp in fingerprints]
        plan_mod.check_recipients(chosen, post_quantum)
        self.recipients, self.post_quantum = chosen, post_quantum
        self.step = Step.SCOPE

    # -- step 2 -------------------------------------------------------------------------------

    def choose_scope(self, scope: Scope) -> None:
        self._expect(Step.SCOPE)
        self.scope = scope
        self.plan = plan_mod.build(self._vault, self.recipients, scope,
                                   post_quantum=self.post_quantum)
        self.step = Step.PREVIEW

    # -- step 3 -------------------------------------------------------------------------------

    def preview(self) -> dict[str, Any]:
        self._expect(Step.PREVIEW)
        if self.plan is None:
            raise NothingToExport()
        return self.plan.preview()

    @property
    def can_seal(self) -> bool:
        return self.step is Step.PREVIEW and self.plan is not None and not self.plan.empty

    def seal(self, out: Path, *, volume_size: int | None = None,
             progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> ExportResult:
        self._expect(Step.PREVIEW)
        if self.plan is None or self.plan.empty:
            raise NothingToExport()
        self.result = seal(self._vault, self.plan, out, volume_size=volume_size,
                           progress=progress, cancel=cancel)
        self.step = Step.DONE
        return self.result

    # -- moving ---------------------------------------------------------------------------------

    def back(self) -> None:
        """One step back (not from DONE: a sealed packet is final)."""
        if self.step in (Step.RECIPIENTS, Step.DONE):
            return
        self.step = _ORDER[_ORDER.index(self.step) - 1]
        if self.step is not Step.PREVIEW:
            self.plan = None

    def _expect(self, step: Step) -> None:
        if self.step is not step:
            raise RuntimeError(f"the export is at step '{self.step}', not '{step}'")
