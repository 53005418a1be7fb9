"""After sending: importing a coordinator's receipt, purging what was delivered, and (on a
coordinator's vault) importing packets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from testimony_recorder.recorder import i18n
from testimony_recorder.recorder.packets import importer, purge, receipts
from testimony_recorder.recorder.packets.purge import PurgeReport
from testimony_recorder.recorder.packets.receipts import ReceiptImport
from testimony_recorder.recorder.packets.report import Report

from ..i18n import isolate
from ..messages import show_error
from ..session import Session
from ..tasks import Task
from ..widgets import file_dialogs
from .import_report import ImportReportText
from .progress_dialog import run_with_progress


class Delivery(QObject):
    """The counted texts of these flows. A class only because pyside6-lupdate records plural
    forms for self.tr() inside a class, and drops QCoreApplication.translate(..., n) with a
    computed count from the catalogs altogether (it was then shown in English)."""

    def confirmed(self, count: int) -> str:
        return self.tr("The coordinator confirmed %n interview(s) as delivered.", "", count)

    def purged(self, count: int) -> str:
        return self.tr("%n interview(s) purged from this device.", "", count)

    def imported(self, count: int) -> str:
        return self.tr("%n packet(s) imported.", "", count)


def import_receipt(parent: QWidget, session: Session) -> None:
    path = file_dialogs.open_file(parent, QCoreApplication.translate(
        "Delivery", "Choose the coordinator's receipt"))
    if not path:
        return

    def done(result: ReceiptImport) -> None:
        if result.already_imported:
            text = QCoreApplication.translate(
                "Delivery", "This receipt was already imported; nothing changed.")
        else:
            text = Delivery().confirmed(len(result.delivered))
        QMessageBox.information(parent, QCoreApplication.translate("Delivery", "Receipt"),
                                text)

    session.run(lambda vault, task: receipts.import_receipt(vault, Path(path)), on_done=done,
                on_error=lambda e: show_error(parent, e), owner=parent)


def purge_delivered(parent: QWidget, session: Session, language: str) -> None:
    """Show what can be purged (a dry run), then purge it after confirmation."""
    def dry(vault: Any, task: Any) -> PurgeReport:
        return purge.purge_delivered(vault, dry_run=True)

    def confirm(report: PurgeReport) -> None:
        if not report.purged:
            QMessageBox.information(parent, QCoreApplication.translate("Delivery", "Purge"),
                                    QCoreApplication.translate(
                                        "Delivery", "Nothing delivered is waiting to be "
                                        "purged."))
            return
        codes = ", ".join(isolate(c.witness_code) for c in report.purged[:20])
        answer = QMessageBox.question(parent, QCoreApplication.translate("Delivery", "Purge"),
                                      QCoreApplication.translate(
            "Delivery", "The coordinator confirmed receiving %1 interview(s): %2.\n\n"
            "Purging destroys this device's copy for good (their keys are destroyed), so "
            "nothing of them can be found on this laptop. Only a record that they were "
            "delivered stays. Purge now?").replace(
                "%1", i18n.number(len(report.purged), language)).replace("%2", codes))
        if answer == QMessageBox.StandardButton.Yes:
            session.run(lambda vault, task: purge.purge_delivered(vault), on_done=purged,
                        on_error=lambda e: show_error(parent, e), owner=parent)

    def purged(report: PurgeReport) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("Delivery", "Purge"),
                                Delivery().purged(len(report.purged)))

    session.run(dry, on_done=confirm, on_error=lambda e: show_error(parent, e), owner=parent)


def import_packets(parent: QWidget, session: Session) -> Task | None:
    """Coordinator: verify and import packets, one transaction each, with a report."""
    paths = file_dialogs.open_files(parent, QCoreApplication.translate(
        "Delivery", "Choose packets to import"))
    if not paths:
        return None

    def work(vault: Any, task: Task) -> list[Report]:
        return [importer.import_packet(vault, Path(p), progress=task.report,
                                       cancel=task.cancelled) for p in paths]

    def done(reports: list[Report]) -> None:
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("Delivery", "Import"),
                          Delivery().imported(len(reports)),
                          QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText(ImportReportText().text(reports))
        box.exec()

    return run_with_progress(parent, session, QCoreApplication.translate(
        "Delivery", "Verifying and importing..."), work, done)
