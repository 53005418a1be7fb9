"""The custody history of one interview: who did what, when, with which content hash."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testimony_recorder.recorder import custody

from .. import formatting

_ACTIONS: dict[str, object] = {  # QT_TRANSLATE_NOOP returns its text untyped
    "interview_created": QT_TRANSLATE_NOOP("Custody", "Interview created"),
    "interview_added": QT_TRANSLATE_NOOP("Custody", "Interview added from a file"),
    "interview_imported": QT_TRANSLATE_NOOP("Custody", "Interview imported from a packet"),
    "interview_updated": QT_TRANSLATE_NOOP("Custody", "Interview details changed"),
    "testimony_created": QT_TRANSLATE_NOOP("Custody", "Testimony started"),
    "testimony_saved": QT_TRANSLATE_NOOP("Custody", "Testimony saved"),
    "testimony_finalized": QT_TRANSLATE_NOOP("Custody", "Testimony finalized"),
    "testimony_version_created": QT_TRANSLATE_NOOP("Custody", "Correction started (new version)"),
    "incident_created": QT_TRANSLATE_NOOP("Custody", "Incident added"),
    "incident_updated": QT_TRANSLATE_NOOP("Custody", "Incident changed"),
    "incident_deleted": QT_TRANSLATE_NOOP("Custody", "Incident removed"),
    "person_created": QT_TRANSLATE_NOOP("Custody", "Person added"),
    "person_updated": QT_TRANSLATE_NOOP("Custody", "Person changed"),
    "person_deleted": QT_TRANSLATE_NOOP("Custody", "Person removed"),
    "involvement_created": QT_TRANSLATE_NOOP("Custody", "Role in an incident added"),
    "involvement_updated": QT_TRANSLATE_NOOP("Custody", "Role in an incident changed"),
    "involvement_deleted": QT_TRANSLATE_NOOP("Custody", "Role in an incident removed"),
    "command_link_created": QT_TRANSLATE_NOOP("Custody", "Command link added"),
    "command_link_updated": QT_TRANSLATE_NOOP("Custody", "Command link changed"),
    "command_link_deleted": QT_TRANSLATE_NOOP("Custody", "Command link removed"),
    "violation_type_added": QT_TRANSLATE_NOOP("Custody", "Violation type added to the list"),
    "attachment_added": QT_TRANSLATE_NOOP("Custody", "Attachment added"),
    "attachment_redacted": QT_TRANSLATE_NOOP("Custody", "Redacted copy made"),
    "attachment_deleted": QT_TRANSLATE_NOOP("Custody", "Attachment deleted"),
    "attachment_exported": QT_TRANSLATE_NOOP("Custody", "Attachment exported"),
    "recording_started": QT_TRANSLATE_NOOP("Custody", "Recording started"),
    "recording_added": QT_TRANSLATE_NOOP("Custody", "Recording saved"),
    "recording_recovered": QT_TRANSLATE_NOOP("Custody", "Interrupted recording recovered"),
    "consent_recorded": QT_TRANSLATE_NOOP("Custody", "Consent recorded"),
    "consent_given": QT_TRANSLATE_NOOP("Custody", "Consent given"),
    "consent_amended": QT_TRANSLATE_NOOP("Custody", "Consent changed"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("Custody", "Consent withdrawn"),
    "consent_received": QT_TRANSLATE_NOOP("Custody", "Consent change received"),
}


def action_text(action: str) -> str:
    source = _ACTIONS.get(action)
    return QCoreApplication.translate("Custody", str(source)) if source else action


class CustodySection(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        intro = QLabel(self.tr("Every change is recorded here and chained by its hash, so a "
                               "later alteration can be detected."), self)
        intro.setWordWrap(True)
        intro.setObjectName("subtle")
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Custody history"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                              self.tr("Content hash")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)

    def show_entries(self, entries: list[custody.Entry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(reversed(entries)):
            values = [formatting.when(entry.at, self.language), entry.actor,
                      action_text(entry.action), (entry.content_hash or "")[:16]]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3 and entry.content_hash:
                    item.setToolTip(entry.content_hash)
                self.table.setItem(row, column, item)
