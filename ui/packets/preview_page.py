"""Export, step 3: exactly what will be sent, redacted or left out, and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QWizardPage,
)

from testimony_recorder.recorder.consent import bodies, templates
from testimony_recorder.recorder.consent.text import expand
from testimony_recorder.recorder.packets.export_flow import ExportFlow
from testimony_recorder.recorder.packets.plan import Scope
from testimony_recorder.recorder.packets.preview import Preview
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..editor.attachment_texts import kind_name
from ..i18n import isolate
from ..messages import describe
from ..runner import VaultRunner
from ..tasks import Job
from ..widgets.preview_parts import add_row, preview_parts
from .reasons import explain


def consent_titles(vault: Vault, language: str) -> dict[str, str]:
    """Consent item titles in the interface language, to name the rules behind choices (in
    English for an interface language without a consent form, such as the pseudo-locale)."""
    offered = {t.language for t in templates.latest()}
    template = templates.load("standard", language if language in offered else "en")
    shown = expand(template, bodies.active(vault.conn))
    return {item.id: item.title for item in shown.items}


class PreviewPage(QWizardPage):
    def __init__(self, runner: VaultRunner, flow: ExportFlow, language: str) -> None:
        super().__init__()
        self.runner = runner
        self.flow = flow
        self.language = language
        self.setTitle(self.tr("Check what will be sent"))
        self.setSubTitle(self.tr("Nothing is written until you seal the packet."))
        # The preview on show, when it has something to seal.
        self.shown: Preview | None = None
        self._asked = 0  # the latest prepare(): answers to earlier ones are dropped
        self.busy, self.tree, self.message = preview_parts(
            self, self.tr("What the packet will contain"), self.tr("Interview"))

    def prepare(self, fingerprints: list[str], post_quantum: bool, scope: Scope) -> None:
        """Take the flow's first two steps with these choices (again, when the person came
        back to change them) and show the preview they give."""
        self.shown = None
        self.tree.clear()
        self.message.clear()
        self.busy.show()
        self.completeChanged.emit()
        flow, language = self.flow, self.language
        self._asked += 1
        asked = self._asked

        def work(vault: Vault, job: Job) -> tuple[Preview, dict[str, str]]:
            flow.choose_recipients(vault, fingerprints, post_quantum=post_quantum)
            return flow.choose_scope(vault, scope), consent_titles(vault, language)

        self.runner.run(work, owner=self, done=lambda found: self._show(asked, *found),
                        failed=lambda error: self._failed(asked, error))

    def _show(self, asked: int, shown: Preview, titles: dict[str, str]) -> None:
        if asked != self._asked:
            return
        self.busy.hide()
        for entry in shown.included:
            top = add_row(self.tree, None, entry.witness_code, self.tr("sent"),
                          formatting.counted(self.tr("Finalized testimony, %n version(s)", "",
                                                     len(entry.testimony_versions))))
            identity = entry.identity
            add_row(self.tree, top, self.tr("Identity"),
                    self.tr("sent, sealed") if identity.included else self.tr("not sent"),
                    explain(identity.why, identity.items, titles)
                    if not identity.included else self.tr(
                        "Sealed to the coordinator's identity key: analysts cannot read it."))
            for media in entry.media:
                what = {"original": self.tr("sent as recorded"), "redacted": self.tr(
                    "sent redacted"), "left_out": self.tr("not sent")}.get(media.form,
                                                                          media.form)
                add_row(self.tree, top, self.tr("Attachment (%1)").replace(
                    "%1", isolate(kind_name(media.kind))), what,
                    explain(media.why, media.items, titles))
            top.setExpanded(True)
        for left in shown.left_out:
            add_row(self.tree, None, left.witness_code, self.tr("left out"),
                    explain(left.why, left.items, titles))
        for change in shown.consent_changes:
            add_row(self.tree, None, change.witness_code or change.interview_id[:8],
                    self.tr("consent change sent"),
                    self.tr("The witness changed their consent after an earlier packet."))
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        if shown.empty:
            self.message.setText(self.tr("Nothing can be sent with these choices."))
        else:
            self.shown = shown
        self.completeChanged.emit()

    def _failed(self, asked: int, error: Exception) -> None:
        if asked != self._asked:
            return
        self.busy.hide()
        self.message.setText(describe(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.shown is not None
