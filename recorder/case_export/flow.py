"""The case export as a state machine without any UI: selection -> body -> preview -> write.

The app's wizard (one page per step) and the command line drive it, and tests drive it
directly. Each step checks its input and moves on, or raises the core's own error; back()
returns to the previous step keeping the choices made. The preview says, testimony by
testimony, what goes, what goes redacted and what stays, with the consent rule behind each,
before anything is written; writing re-checks that nothing changed since (CaseChanged).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..archive import facets, listing
from ..archive.filters import EVERYTHING, ArchiveFilter, check
from ..consent import bodies, items
from ..keys import trust
from ..keys.trust import Contact
from ..packets.progress import CancelFn, ProgressFn
from ..preferences import LANGUAGES
from . import plan as plan_mod
from .errors import (
    CaseFlowError,
    CaseFormatUnknown,
    CaseLanguageUnknown,
    CaseNeedsRecipient,
    CaseOutputExists,
    CaseRecipientBody,
    CaseRecipientUnusable,
    NothingToCaseExport,
)
from .plan import CasePlan
from .report import ReportRenderer
from .sinks import AGE, FORMATS
from .writer import CaseExportResult, write

if TYPE_CHECKING:
    from ..archive.identity import WitnessKey
    from ..vault import Vault


class Step(StrEnum):
    SELECT = "select"
    BODY = "body"
    PREVIEW = "preview"
    DONE = "done"


_ORDER = [Step.SELECT, Step.BODY, Step.PREVIEW, Step.DONE]


class CaseExportFlow:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.step = Step.SELECT
        self.filter: ArchiveFilter = EVERYTHING
        self.selected = 0
        self.body: str | None = None
        self.witness_key: WitnessKey | None = None
        self.plan: CasePlan | None = None
        self.result: CaseExportResult | None = None
        facets.ensure(vault)

    # -- step 1: which testimonies ----------------------------------------------------------

    def choose_filter(self, filt: ArchiveFilter) -> int:
        """Select testimonies as the archive list does; return how many were selected."""
        self._expect(Step.SELECT)
        check(filt)
        self.filter = filt
        self.selected = listing.count(self._vault.conn, filt)
        self.step = Step.BODY
        return self.selected

    # -- step 2: to whom ----------------------------------------------------------------------

    def bodies(self) -> list[str]:
        """Bodies consent can speak of: this organisation, then each accountability body."""
        return [items.OWN_ORGANISATION, *(b.id for b, _ in bodies.all_bodies(self._vault.conn))]

    def use_witness_key(self, key: WitnessKey | None) -> None:
        """Identities that consent lets go are included only with the witness-identity key
        open (each one opened is a logged reveal); choose it before the body."""
        if self.step not in (Step.SELECT, Step.BODY):
            raise CaseFlowError(str(self.step), str(Step.BODY))
        self.witness_key = key

    def choose_body(self, body: str) -> CasePlan:
        self._expect(Step.BODY)
        plan = plan_mod.build(self._vault, self.filter, body, witness_key=self.witness_key)
        self.body, self.plan = body, plan
        self.step = Step.PREVIEW
        return plan

    # -- step 3: the preview, then writing -----------------------------------------------------

    def preview(self) -> dict[str, Any]:
        self._expect(Step.PREVIEW)
        assert self.plan is not None  # noqa: S101 - PREVIEW always has a plan
        return self.plan.preview()

    @property
    def can_write(self) -> bool:
        return self.step is Step.PREVIEW and self.plan is not None and not self.plan.empty

    def recipient(self, fmt: str, fingerprint: str | None) -> Contact | None:
        """The trusted key an age export is sealed to (one of the chosen body's), or None for
        a folder or zip. Raises what is wrong, before anything is written."""
        if fmt not in FORMATS:
            raise CaseFormatUnknown(fmt[:20], ", ".join(FORMATS))
        if fmt != AGE:
            return None
        if not fingerprint:
            raise CaseNeedsRecipient()
        contact = trust.resolve(self._vault.conn, fingerprint)
        if not contact.usable or contact.bundle.x25519() is None:
            raise CaseRecipientUnusable(contact.fingerprint)
        if contact.body != self.body:
            raise CaseRecipientBody(contact.fingerprint, str(self.body), contact.body)
        return contact

    def write(self, out: Path, fmt: str, *, language: str, renderer: ReportRenderer,
              to: str | None = None, progress: ProgressFn | None = None,
              cancel: CancelFn | None = None) -> CaseExportResult:
        self._expect(Step.PREVIEW)
        if self.plan is None or self.plan.empty:
            raise NothingToCaseExport(str(self.body), self.selected)
        if language not in LANGUAGES:
            raise CaseLanguageUnknown(language[:20], ", ".join(LANGUAGES))
        contact = self.recipient(fmt, to)
        if out.exists():
            raise CaseOutputExists(str(out))
        self.result = write(self._vault, self.plan, out, fmt, language=language,
                            renderer=renderer, recipient=contact,
                            witness_key=self.witness_key, progress=progress, cancel=cancel)
        self.step = Step.DONE
        return self.result

    # -- moving -------------------------------------------------------------------------------

    def back(self) -> None:
        """One step back (not from DONE: a written export is final)."""
        if self.step in (Step.SELECT, Step.DONE):
            return
        self.step = _ORDER[_ORDER.index(self.step) - 1]
        if self.step is not Step.PREVIEW:
            self.plan = None

    def _expect(self, step: Step) -> None:
        if self.step is not step:
            raise CaseFlowError(str(self.step), str(step))
