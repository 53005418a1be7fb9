"""After sending: importing a coordinator's receipt, purging what was delivered, and (on a
coordinator's vault) importing packets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from testimony_recorder.recorder.packets import importer, purge, receipts
from testimony_recorder.recorder.packets.purge import PurgeCandidate, PurgePlan
from testimony_recorder.recorder.packets.receipts import ReceiptImport
from testimony_recorder.recorder.packets.report import Report
from testimony_recorder.recorder.vault import Vault

from .. import formatting
from ..i18n import isolate
from ..messages import show_error
from ..runner import VaultRunner
from ..tasks import Job
from ..widgets import file_dialogs
from ..widgets.job_dialog import show_job
from .import_report import ImportReportText

# How many witness codes the purge confirmation names (the count is always given).
NAMED = 20


class Delivery(QObject):
    """The counted texts of these flows. A class only because pyside6-lupdate records plural
    forms for self.tr() inside a class, and drops QCoreApplication.translate(..., n) with a
    computed count from the catalogs altogether (it was then shown in English)."""

    def confirmed(self, count: int) -> str:
        return formatting.counted(self.tr(
            "The coordinator confirmed %n interview(s) as delivered.", "", count))

    def purged(self, count: int) -> str:
        return formatting.counted(self.tr("%n interview(s) purged from this device.", "", count))

    def imported(self, count: int) -> str:
        return formatting.counted(self.tr("%n packet(s) imported.", "", count))


def import_receipt(parent: QWidget, runner: VaultRunner) -> None:
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

    runner.run(lambda vault, job: receipts.import_receipt(vault, Path(path)), owner=parent,
               done=done, failed=lambda error: show_error(parent, error))


def purge_delivered(parent: QWidget, runner: VaultRunner, language: str) -> None:
    """Show what can be purged (a dry run), then purge exactly that after confirmation: if it
    changed meanwhile, nothing is purged and the person is told to look again."""
    def confirm(shown: PurgePlan) -> None:
        if not shown.purgeable:
            QMessageBox.information(parent, QCoreApplication.translate("Delivery", "Purge"),
                                    QCoreApplication.translate(
                                        "Delivery", "Nothing delivered is waiting to be "
                                        "purged."))
            return
        codes = formatting.joined(isolate(c.witness_code) for c in shown.purgeable[:NAMED])
        if len(shown.purgeable) > NAMED:
            codes += ", ..."
        answer = QMessageBox.question(parent, QCoreApplication.translate("Delivery", "Purge"),
                                      QCoreApplication.translate(
            "Delivery", "The coordinator confirmed receiving %1 interview(s): %2.\n\n"
            "Purging destroys this device's copy for good (their keys are destroyed), so "
            "nothing of them can be found on this laptop. Only a record that they were "
            "delivered stays. Purge now?").replace(
                "%1", formatting.number(len(shown.purgeable), language)).replace("%2", codes))
        if answer == QMessageBox.StandardButton.Yes:
            runner.run(lambda vault, job: purge.purge(vault, shown), owner=parent, done=purged,
                       failed=lambda error: show_error(parent, error))

    def purged(gone: tuple[PurgeCandidate, ...]) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("Delivery", "Purge"),
                                Delivery().purged(len(gone)))

    runner.run(lambda vault, job: purge.plan(vault), owner=parent, done=confirm,
               failed=lambda error: show_error(parent, error))


def import_packets(parent: QWidget, runner: VaultRunner) -> Job | None:
    """Coordinator: verify and import packets, one transaction each, with a report."""
    paths = file_dialogs.open_files(parent, QCoreApplication.translate(
        "Delivery", "Choose packets to import"))
    if not paths:
        return None

    def work(vault: Vault, job: Job) -> list[Report]:
        return [importer.import_packet(vault, Path(p), progress=job.report,
                                       cancel=job.cancelled) for p in paths]

    def done(reports: list[Report]) -> None:
        box = QMessageBox(QMessageBox.Icon.Information,
                          QCoreApplication.translate("Delivery", "Import"),
                          Delivery().imported(len(reports)),
                          QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText(ImportReportText().text(reports))
        box.exec()

    job = runner.run(work, owner=parent, done=done, failed=lambda error: show_error(parent, error))
    show_job(job, QCoreApplication.translate("Delivery", "Verifying and importing..."), parent)
    return job
