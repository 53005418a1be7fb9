"""Bringing files into the vault from the desktop app, as the command line does: an interview
written as JSON (docs/interchange.md; `testimony interview add`) and a consent given on a signed
paper form (docs/consent.md; `testimony consent record`). The same core calls, on the vault's
thread through the one runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from testimony_recorder.recorder import file_input
from testimony_recorder.recorder.consent import paper
from testimony_recorder.recorder.model import bundle as bundle_mod
from testimony_recorder.recorder.model.consent import Consent
from testimony_recorder.recorder.store import bundles
from testimony_recorder.recorder.vault import Vault

from .messages import show_error
from .runner import VaultRunner
from .tasks import Job
from .widgets import file_dialogs


def json_filter() -> str:
    return file_dialogs.or_any_file(QCoreApplication.translate("FileImports",
                                                               "JSON files (*.json)"))


def import_interview(parent: QWidget, runner: VaultRunner,
                     done: Callable[[str], None]) -> None:
    """Choose a JSON file and add the interview in it; `done` gets the new interview's id."""
    chosen = file_dialogs.open_file(parent, QCoreApplication.translate(
        "FileImports", "Import an interview (JSON)"), json_filter())
    if not chosen:
        return
    path = Path(chosen)

    def work(vault: Vault, job: Job) -> str:
        return bundles.add(vault, bundle_mod.parse(file_input.read_json(path),
                                                   where=path.name))

    runner.run(work, owner=parent, done=done, failed=lambda e: show_error(parent, e))


def record_paper_consent(parent: QWidget, runner: VaultRunner, interview_id: str,
                         done: Callable[[Consent], None]) -> None:
    """Choose the consent entry, then the scan of the signed form, and record them for the
    open interview (checked against the template the entry names, as the CLI does)."""
    if not interview_id:
        QMessageBox.information(parent, QCoreApplication.translate(
            "FileImports", "Record a paper consent"), QCoreApplication.translate(
            "FileImports", "Open the interview the paper consent belongs to first."))
        return
    entry_file = file_dialogs.open_file(parent, QCoreApplication.translate(
        "FileImports", "The consent entry (JSON)"), json_filter())
    if not entry_file:
        return
    scan_file = file_dialogs.open_file(parent, QCoreApplication.translate(
        "FileImports", "The scan of the signed form"), file_dialogs.or_any_file(
        QCoreApplication.translate("FileImports", "Scans (*.pdf *.png *.jpg *.jpeg)")))
    if not scan_file:
        return
    entry_path, scan_path = Path(entry_file), Path(scan_file)

    def work(vault: Vault, job: Job) -> Consent:
        return paper.record(vault, interview_id, paper.read_entry(entry_path),
                            paper.read_scan(scan_path))

    runner.run(work, owner=parent, done=done, failed=lambda e: show_error(parent, e))
