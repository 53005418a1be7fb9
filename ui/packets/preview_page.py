"""Export, step 3: exactly what will be sent, redacted or left out, and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from testimony_recorder.recorder.consent import bodies, templates
from testimony_recorder.recorder.consent.text import expand
from testimony_recorder.recorder.packets.wizard import ExportWizard

from ..editor.attachment_texts import kind_name
from ..i18n import isolate
from ..messages import describe
from ..session import Session
from .reasons import explain


def consent_titles(vault: Any, language: str) -> dict[str, str]:
    """Consent item titles in the interface language, to name the rules behind choices."""
    shown = expand(templates.load("standard", language), bodies.active(vault.conn))
    return {item.id: item.title for item in shown.items}


class PreviewPage(QWizardPage):
    def __init__(self, session: Session, language: str) -> None:
        super().__init__()
        self.session = session
        self.language = language
        self.setTitle(self.tr("Check what will be sent"))
        self.setSubTitle(self.tr("Nothing is written until you seal the packet."))
        self.core: ExportWizard | None = None
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Preparing the preview"))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("What the packet will contain"))
        self.tree.setHeaderLabels([self.tr("Interview"), self.tr("What happens"),
                                   self.tr("Why")])
        self.tree.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)

    def prepare(self, fingerprints: list[str], post_quantum: bool, scope: Any) -> None:
        self.core = None
        self.tree.clear()
        self.message.clear()
        self.busy.show()
        self.completeChanged.emit()
        language = self.language

        def work(vault: Any, task: Any) -> tuple[ExportWizard, dict[str, Any], dict[str, str]]:
            core = ExportWizard(vault)
            core.choose_recipients(fingerprints, post_quantum=post_quantum)
            core.choose_scope(scope)
            return core, core.preview(), consent_titles(vault, language)

        self.session.run(work, on_done=self._show, on_error=self._failed, owner=self)

    def _show(self, result: tuple[ExportWizard, dict[str, Any], dict[str, str]]) -> None:
        core, preview, titles = result
        self.busy.hide()
        for entry in preview["included"]:
            top = self._row(None, entry["witness_code"], self.tr("sent"), self.tr(
                "Finalized testimony, %n version(s)", "", len(entry["testimony_versions"])))
            identity = entry["identity"]
            self._row(top, self.tr("Identity"), self.tr("sent, sealed") if identity["included"]
                      else self.tr("not sent"),
                      explain(identity["why"], identity["items"], titles)
                      if not identity["included"] else self.tr(
                          "Sealed to the coordinator's identity key: analysts cannot read it."))
            for media in entry["media"]:
                what = {"original": self.tr("sent as recorded"), "redacted": self.tr(
                    "sent redacted"), "left_out": self.tr("not sent")}.get(media["form"],
                                                                          media["form"])
                self._row(top, self.tr("Attachment (%1)").replace(
                    "%1", isolate(kind_name(media["filename_kind"]))), what,
                    explain(media["why"], media["items"], titles))
            top.setExpanded(True)
        for entry in preview["left_out"]:
            self._row(None, entry["witness_code"], self.tr("left out"),
                      explain(entry["why"], entry["items"], titles))
        for entry in preview["consent_changes"]:
            self._row(None, entry["interview_id"][:8], self.tr("consent change sent"),
                      self.tr("The witness changed their consent after an earlier packet."))
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self.core = core if core.can_seal else None
        if self.core is None:
            self.message.setText(self.tr("Nothing can be sent with these choices."))
        self.completeChanged.emit()

    def _row(self, parent: QTreeWidgetItem | None, first: str, second: str,
             third: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([first, second, third])
        item.setToolTip(2, third)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.message.setText(describe(error))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.core is not None
