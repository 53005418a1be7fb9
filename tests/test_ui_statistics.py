"""The statistics screen and the case export wizard, in the real app on a real archive."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.ui.app import App
from testimony_recorder.ui.coordinator.case_export_wizard import CaseExportWizard
from testimony_recorder.ui.coordinator.statistics_view import StatisticsView

from .case_fixtures import IIIM, build_world
from .test_ui_export import open_app
from .test_ui_incidents import plain


@pytest.fixture
def archive_app(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[App,
                                                                                   dict]]:
    world = build_world(tmp_path)
    codes = dict(world.codes)
    path = world.coord.path
    world.close()
    app = open_app(qapp, tmp_path, path, qtbot)
    try:
        yield app, codes
    finally:
        app.window.close()
        app.shutdown()


def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_statistics_screen_counts_draws_and_saves(archive_app: tuple[App, dict],
                                                  qtbot: QtBot, tmp_path: Path,
                                                  language: str) -> None:
    app, _ = archive_app
    view = StatisticsView(app.session, language)
    if language == "ar":
        view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    with qtbot.waitSignal(view.counted, timeout=30_000) as counted:
        view.refresh()
    assert counted.args == [4]
    violations = view.panels["violations"]
    assert violations.rows.rowCount() == 2
    first = violations.rows.item(0, 0).text()
    assert first == ("Arbitrary arrest or detention" if language == "en"
                     else "\u0627\u0644\u0627\u0639\u062a\u0642\u0627\u0644 \u0623\u0648 "
                          "\u0627\u0644\u0627\u062d\u062a\u062c\u0627\u0632 "
                          "\u0627\u0644\u062a\u0639\u0633\u0641\u064a")
    months = view.panels["months"].chart_view.chart
    assert months.columns and [b.value for b in months.bars] == [4, 4]  # April, and a range
    assert months.bars[1].muted  # 2013-04-10 to 2013-05-01: across months, so the year's row
    png, svg, csv = (tmp_path / f"violations.{x}" for x in ("png", "svg", "csv"))
    violations.save_png(str(png))
    violations.save_svg(str(svg))
    violations.save_csv(str(csv))
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 480
    drawing = svg.read_text("utf-8")
    assert drawing.startswith("<?xml") and "<svg" in drawing
    assert drawing.count("<rect") >= 2  # the bars, and their labels (word by word in RTL)
    assert all(word in drawing for word in first.split())
    assert csv.read_bytes().startswith(b"\xef\xbb\xbfviolation,label,incidents,testimonies")
    written = view.save_tables(str(tmp_path / "tables"))
    assert len(written) == 7
    # a filter chosen in the bar counts again
    with qtbot.waitSignal(view.counted, timeout=30_000) as counted:
        choose(view.filter_bar.place, "SY-DI")
    assert counted.args == [0]
    with qtbot.waitSignal(view.counted, timeout=30_000) as counted:
        choose(view.filter_bar.place, None)
        choose(view.filter_bar.shareable, IIIM)
    assert counted.args == [3]


def test_case_export_wizard_previews_and_writes(archive_app: tuple[App, dict], qtbot: QtBot,
                                                tmp_path: Path) -> None:
    app, codes = archive_app
    wizard = CaseExportWizard(app.session, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.selection.isComplete, timeout=30_000)
    assert "4 testimonies selected" in plain(wizard.selection.found.text())
    wizard.next()
    qtbot.waitUntil(lambda: wizard.body.list.count() > 1, timeout=30_000)
    wizard.body.choose(IIIM)
    wizard.body.identities.setChecked(True)
    wizard.next()
    qtbot.waitUntil(wizard.preview.isComplete, timeout=30_000)
    tree = wizard.preview.tree
    rows = {tree.topLevelItem(n).text(0): tree.topLevelItem(n)
            for n in range(tree.topLevelItemCount())}
    assert rows[codes["C"]].text(1) == "stays"
    assert "did not agree to" in rows[codes["C"]].text(2)
    a = rows[codes["A"]]
    assert a.text(1) == "goes" and a.child(0).text(1) == "goes"  # the identity, with consent
    b = rows[codes["B"]]
    assert b.child(0).text(1) == "stays"
    assert "goes as a redacted copy" in {b.child(n).text(1) for n in range(b.childCount())}
    assert "3 of 4 selected testimonies may go" in plain(wizard.preview.message.text())
    wizard.next()
    page = wizard.output
    qtbot.waitUntil(lambda: page.recipient.count() == 1, timeout=30_000)
    assert "PLAINTEXT" in page.warning.text()
    page.folder.edit.setText(str(tmp_path))
    with qtbot.waitSignal(wizard.exported, timeout=60000) as written:
        page.write_button.click()
    result = written.args[0]
    out = result.path
    assert out.parent == tmp_path and str(out) in plain(page.written_to.path.text())
    assert result.testimonies == 3 and result.plaintext
    assert "sha256sum -c SHA256SUMS" in page.summary.text()
    assert subprocess.run(["sha256sum", "-c", "SHA256SUMS", "--quiet"], cwd=out,
                          check=False).returncode == 0
    assert page.isComplete()
