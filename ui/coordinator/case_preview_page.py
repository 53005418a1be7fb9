"""Case export, step 3: testimony by testimony, what goes, what goes redacted and what stays,
and the consent rule behind each, before anything is written (the core's CaseExportFlow)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QWizardPage,
)

from testimony_recorder.recorder.archive import identity
from testimony_recorder.recorder.archive.filters import ArchiveFilter
from testimony_recorder.recorder.case_export.flow import CaseExportFlow
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..editor.attachment_texts import kind_name
from ..i18n import isolate
from ..messages import describe
from ..packets.preview_page import consent_titles
from ..packets.reasons import explain
from ..session import Session
from ..tasks import Job
from ..widgets.preview_parts import add_row, preview_parts


class CasePreviewPage(QWizardPage):
    def __init__(self, session: Session, language: str) -> None:
        super().__init__()
        self.session = session
        self.language = language
        self.setTitle(self.tr("Check what will go"))
        self.setSubTitle(self.tr("Nothing is written until the last step."))
        self.flow: CaseExportFlow | None = None
        self.preview: dict[str, Any] = {}
        self.busy, self.tree, self.message = preview_parts(
            self, self.tr("What the case export will contain"), self.tr("Testimony"))

    def prepare(self, filt: ArchiveFilter, body: str, identities: bool) -> None:
        self.flow = None
        self.tree.clear()
        self.message.clear()
        self.busy.show()
        self.completeChanged.emit()
        language = self.language

        def work(vault: Vault, job: Job) -> tuple[CaseExportFlow, dict[str, Any],
                                                 dict[str, str]]:
            flow = CaseExportFlow(vault)
            flow.choose_filter(filt)
            if identities:
                flow.use_witness_key(identity.open_from_vault(vault))
            flow.choose_body(body)
            return flow, flow.preview(), consent_titles(vault, language)

        self.session.runner.run(work, owner=self, done=self._show, failed=self._failed)

    def _show(self, result: tuple[CaseExportFlow, dict[str, Any], dict[str, str]]) -> None:
        flow, preview, titles = result
        self.busy.hide()
        self.preview = preview
        for entry in preview["included"]:
            top = add_row(self.tree, None, entry["witness_code"], self.tr("goes"),
                          formatting.counted(self.tr("Finalized testimony, %n version(s)", "",
                                                     len(entry["testimony_versions"]))))
            ident = entry["identity"]
            add_row(self.tree, top, self.tr("Identity"),
                    self.tr("goes") if ident["included"] else self.tr("stays"),
                    self.tr("The witness agreed to share it with this body.")
                    if ident["included"] else explain(ident["why"], ident["items"], titles))
            for media in entry["media"]:
                what = {"original": self.tr("goes as recorded"),
                        "redacted": self.tr("goes as a redacted copy"),
                        "left_out": self.tr("stays")}.get(media["form"], media["form"])
                add_row(self.tree, top, self.tr("Attachment (%1)").replace(
                    "%1", isolate(kind_name(media["kind"]))), what,
                    explain(media["why"], media["items"], titles))
            top.setExpanded(True)
        for entry in preview["left_out"]:
            add_row(self.tree, None, entry["witness_code"], self.tr("stays"),
                    explain(entry["why"], entry["items"], titles))
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        selected = preview["selected"]
        self.message.setText(formatting.counted(self.tr(
            "%1 of %n selected testimonies may go; %2 of media.", "", selected), selected)
            .replace("%1", isolate(formatting.number(len(preview["included"]), self.language)))
            .replace("%2", isolate(formatting.size(preview["media_bytes"], self.language))))
        self.flow = flow if flow.can_write else None
        if self.flow is None:
            self.message.setText(self.tr("The witnesses agreed to share none of these "
                                         "testimonies with this body."))
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.message.setText(describe(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.flow is not None
