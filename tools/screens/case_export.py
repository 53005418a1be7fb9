"""The statistics screen and the case export wizard on a fictional archive (four witnesses
whose consent differs for the IIIM), and a page of a PDF report turned into PNG."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from testimony_recorder.recorder import kdf, preferences
from testimony_recorder.ui.app import App, build
from testimony_recorder.ui.coordinator.case_export_wizard import CaseExportWizard
from testimony_recorder.ui.coordinator.statistics_view import StatisticsView
from testimony_recorder.ui.tasks import InlineExecutor

from .common import close, save, settle

PASSPHRASE = "correct horse battery staple"  # noqa: S105 - the tests' throwaway vaults


def _archive() -> Path:
    from tests.case_fixtures import build_world  # the tests' fictional archive

    world = build_world(Path(tempfile.mkdtemp(prefix="screens-case-")))
    path = world.coord.path
    world.close()
    return path


def _open(vault: Path, language: str) -> App:
    qt = QApplication.instance()
    assert isinstance(qt, QApplication)
    prefs = vault.parent / f"prefs-{language}.json"
    preferences.save(prefs, preferences.Preferences(language=language))
    app = build(qt, vault=str(vault), prefs_path=prefs, executor=InlineExecutor(),
                kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    app.window.resize(1280, 800)
    app.window.show()
    app.session.unlock(PASSPHRASE, on_done=lambda _: app.window.show_workspace(),
                       on_error=lambda error: None)
    settle()
    return app


def capture(outdir: Path, language: str) -> None:
    app = _open(_archive(), language)
    view = StatisticsView(app.session, language)
    view.resize(1100, 760)
    view.show()
    view.refresh()
    settle(10)
    save(view, outdir, "62-statistics-violations")
    view.tabs.setCurrentWidget(view.panels["months"])
    save(view, outdir, "63-statistics-months")
    view.tabs.setCurrentWidget(view.panels["victim_age"])
    save(view, outdir, "64-statistics-victims")
    view.close()

    wizard = CaseExportWizard(app.session, language, app.window)
    wizard.show()
    settle(10)
    save(wizard, outdir, "65-case-export-selection")
    wizard.next()
    settle(10)
    wizard.body.choose("iiim")
    wizard.body.identities.setChecked(True)
    save(wizard, outdir, "66-case-export-body")
    wizard.next()
    settle(10)
    save(wizard, outdir, "67-case-export-preview")
    wizard.next()
    settle(10)
    wizard.output.folder.edit.setText(tempfile.mkdtemp(prefix="screens-case-out-"))
    wizard.output.report_language.setCurrentIndex(  # English for the pseudo-locale
        max(0, wizard.output.report_language.findData(language)))
    save(wizard, outdir, "68-case-export-output")
    wizard.output.write()
    settle(10)
    save(wizard, outdir, "69-case-export-written")
    assert wizard.output.result is not None
    out = wizard.output.result.path
    wizard.close()
    close(app)
    records = json.loads((out / "records.json").read_text("utf-8"))
    arabic = next(t for t in records["testimonies"]
                  if t["record"]["testimonies"][-1]["language"] == "ar")
    for page in (1, 2):  # the first page, then the narrative's
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                        "-singlefile", str(out / arabic["report"]),
                        str(outdir / f"70-case-report-page{page}")], check=True)
