"""The export as a step machine without any UI: recipients -> scope -> preview -> seal.

Both front ends drive this one flow step by step: the desktop app's wizard (ui/packets, one page
per step) and the command line's `testimony export` (cli/packet_commands.py). The flow never
holds the vault. Each step that reads or writes it takes the open vault as an argument, so the
app runs those steps on the vault's thread (through ui.runner) while it keeps only this object,
which holds plain values: the chosen fingerprints, the scope, the plan and its typed preview.

Choosing again is how to go back: `choose_recipients` may be called at any step before the seal
(the scope and the preview are dropped), `choose_scope` again at the preview (it plans anew).
Sealing writes exactly what was previewed: the writer re-checks the plan against the vault and
stops with PlanOutdated if anything changed since, leaving the flow at the preview.

One call at a time: the app makes every call inside a runner job, and the vault's one thread
runs those in the order they were asked for.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from ..keys import trust
from . import plan as plan_mod
from . import preview as preview_mod
from .errors import ExportStepError, NothingToExport
from .plan import ExportPlan, Scope
from .preview import Preview
from .progress import CancelFn, ProgressFn
from .writer import ExportResult, seal

if TYPE_CHECKING:
    from ..vault import Vault


class Step(StrEnum):
    RECIPIENTS = "recipients"
    SCOPE = "scope"
    PREVIEW = "preview"
    DONE = "done"


class ExportFlow:
    def __init__(self) -> None:
        self.step = Step.RECIPIENTS
        #: Full fingerprints of the chosen recipients (read again from the vault when planning).
        self.recipients: tuple[str, ...] = ()
        self.post_quantum = False
        self.scope: Scope | None = None
        self.preview: Preview | None = None
        self.result: ExportResult | None = None
        self._plan: ExportPlan | None = None

    # -- step 1: recipients -----------------------------------------------------------------------

    @staticmethod
    def offered_recipients(vault: Vault) -> list[trust.Contact]:
        """The keys a packet may go to: every trusted, unrevoked contact."""
        return trust.contacts(vault.conn, include_revoked=False)

    def choose_recipients(self, vault: Vault, refs: Sequence[str], *,
                          post_quantum: bool = False) -> list[trust.Contact]:
        """Recipients by fingerprint (or its first characters); on to the scope."""
        self._before_seal()
        chosen = [trust.resolve(vault.conn, ref) for ref in refs]
        plan_mod.check_recipients(chosen, post_quantum)
        self.recipients = tuple(c.fingerprint for c in chosen)
        self.post_quantum = post_quantum
        self.scope, self.preview, self._plan = None, None, None
        self.step = Step.SCOPE
        return chosen

    # -- step 2: scope, giving the preview --------------------------------------------------------

    def choose_scope(self, vault: Vault, scope: Scope) -> Preview:
        """Plan the packet for `scope`: exactly what goes, redacted or stays, and why."""
        if self.step not in (Step.SCOPE, Step.PREVIEW):
            raise ExportStepError(f"choosing the scope at step '{self.step}'")
        contacts = [trust.resolve(vault.conn, fp) for fp in self.recipients]
        plan = plan_mod.build(vault, contacts, scope, post_quantum=self.post_quantum)
        shown = preview_mod.of(plan)
        self.scope, self.preview, self._plan = scope, shown, plan
        self.step = Step.PREVIEW
        return shown

    # -- step 3: seal -----------------------------------------------------------------------------

    @property
    def can_seal(self) -> bool:
        return self.step is Step.PREVIEW and self._plan is not None and not self._plan.empty

    def seal(self, vault: Vault, out: Path, *, volume_size: int | None = None,
             progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> ExportResult:
        """Write exactly the previewed packet to `out` (or out.001, ...); then the flow is
        done. A change since the preview stops it (PlanOutdated) and the flow stays there."""
        if self.step is not Step.PREVIEW or self._plan is None:
            raise ExportStepError(f"sealing at step '{self.step}'")
        if self._plan.empty:
            raise NothingToExport()
        self.result = seal(vault, self._plan, out, volume_size=volume_size, progress=progress,
                           cancel=cancel)
        self.step = Step.DONE
        return self.result

    def _before_seal(self) -> None:
        if self.step is Step.DONE:
            raise ExportStepError("the packet is already sealed")
