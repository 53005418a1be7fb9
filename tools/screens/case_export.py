"""The statistics screen and the case export wizard on a fictional archive (four witnesses
whose consent differs for the IIIM), and a page of a PDF report turned into PNG."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from testimony_recorder.ui.coordinator.case_export_wizard import CaseExportWizard
from testimony_recorder.ui.coordinator.statistics_view import StatisticsView
from tests.conftest import PASSPHRASE  # the tests' fictional archive

from .common import close, next_page, open_app, save, scratch, settle


def _archive() -> Path:
    from tests.case_fixtures import build_world  # the tests' fictional archive

    world = build_world(scratch("case"))
    path = world.coord.path
    world.close()
    return path


def capture(outdir: Path, language: str) -> None:
    app = open_app(_archive(), language, PASSPHRASE)
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

    def body() -> None:
        wizard.body.choose("iiim")
        wizard.body.identities.setChecked(True)

    next_page(wizard, outdir, "66-case-export-body", body)
    next_page(wizard, outdir, "67-case-export-preview")
    out = scratch("case-out")

    def output() -> None:
        wizard.output.folder.edit.setText(str(out))
        wizard.output.report_language.setCurrentIndex(  # English for the pseudo-locale
            max(0, wizard.output.report_language.findData(language)))

    next_page(wizard, outdir, "68-case-export-output", output)
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
    report = out / arabic["report"]
    info = subprocess.run(["pdfinfo", str(report)], capture_output=True, text=True,
                          check=True).stdout
    last = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    # The first page, the narrative's, and the last (the end of the custody trail).
    for page, name in ((1, "page1"), (2, "page2"), (last, "last-page")):
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                        "-singlefile", str(report), str(outdir / f"70-case-report-{name}")],
                       check=True)
