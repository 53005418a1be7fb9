"""The coordinator's archive workspace in the real app, on a real coordinator vault holding
packets from three interviewer vaults: the import dialog (progress, cancel, report, JSON), the
archive's filters and search, opening a hit, the perpetrator index and merging, the chain of
command graph, devices."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder.archive import batch
from testimony_recorder.recorder.archive import search as archive_search
from testimony_recorder.recorder.errors import CannotWrite
from testimony_recorder.ui.app import App
from testimony_recorder.ui.coordinator.archive_model import DATES, IMPORTED, WITNESS
from testimony_recorder.ui.coordinator.archive_view import ArchiveView
from testimony_recorder.ui.coordinator.archive_workspace import (
    ARCHIVE,
    CASE_EXPORT,
    CHAIN,
    DEVICES,
    PERPETRATORS,
    STATISTICS,
    ArchiveWorkspace,
)
from testimony_recorder.ui.coordinator.case_export_wizard import CaseExportPage
from testimony_recorder.ui.coordinator.chain_view import ZOOM, ChainView
from testimony_recorder.ui.coordinator.devices_view import DevicesView
from testimony_recorder.ui.coordinator.graph_items import LinkItem
from testimony_recorder.ui.coordinator.import_dialog import ImportDialog
from testimony_recorder.ui.coordinator.perpetrators_view import PerpetratorsView
from testimony_recorder.ui.coordinator.statistics_view import StatisticsView
from testimony_recorder.ui.messages import describe

from .archive_fixtures import Office, build_office
from .small_disk import small_disk
from .test_ui_export import open_app

WAIT = 20_000


def _open(qapp: QApplication, tmp_path: Path, qtbot: QtBot, *,
          imported: bool) -> Iterator[tuple[App, Office, ArchiveWorkspace]]:
    office = build_office(tmp_path)
    if imported:
        batch.BatchImport(office.coord, [office.stick]).run()
    path = office.coord.path
    office.close()
    app = open_app(qapp, tmp_path, path, qtbot)
    try:
        workspace = app.window.archive
        assert workspace is not None and app.window.workspace is None
        assert app.window.archive_menu.menuAction().isVisible()
        # The archive page is built once the vault's archive is ready (on the runner).
        qtbot.waitUntil(lambda: ARCHIVE in workspace.pages, timeout=WAIT)
        yield app, office, workspace
    finally:
        app.window.close()
        app.shutdown()


@pytest.fixture
def fresh(qapp: QApplication, tmp_path: Path,
          qtbot: QtBot) -> Iterator[tuple[App, Office, ArchiveWorkspace]]:
    yield from _open(qapp, tmp_path, qtbot, imported=False)


@pytest.fixture
def archive(qapp: QApplication, tmp_path: Path,
            qtbot: QtBot) -> Iterator[tuple[App, Office, ArchiveWorkspace]]:
    yield from _open(qapp, tmp_path, qtbot, imported=True)


def _column(dialog: ImportDialog, column: int) -> list[str]:
    """A column of the report as read (file names are isolated for right-to-left windows)."""
    return [dialog.table.item(r, column).text().removeprefix("\u2068").removesuffix("\u2069")
            for r in range(dialog.table.rowCount())]


def test_import_dialog_progress_report_and_json(fresh: Any, qtbot: QtBot,
                                                tmp_path: Path) -> None:
    _app, office, workspace = fresh
    dialog = workspace.open_import()
    assert not dialog.start_button.isEnabled()
    dialog.add_paths([str(office.stick)])
    dialog.add_paths([str(office.stick)])  # chosen once only
    assert dialog.chosen() == [office.stick]
    assert dialog.paths.item(0).text() == f"\u2068{office.stick}\u2069"  # reads left to right
    seen: list[tuple[int, str]] = []
    with qtbot.waitSignal(dialog.finished_report, timeout=60_000) as finished:
        dialog.start_button.click()
        assert dialog.job is not None and dialog.cancel_button.isEnabled()
        dialog.job.progressed.connect(  # after the dialog's own slot: its words are shown
            lambda permille: seen.append((permille, dialog.progress_label.text())))
    report = finished.args[0]
    assert seen and seen[-1][1].startswith("Packet 6 of 6: ")
    values = [permille for permille, _ in seen]  # the bar: bytes of the batch, per mille
    assert values == sorted(values) and values[0] >= 0 and values[-1] <= 1000
    assert dialog.progress_label.text() == "Finished."
    assert _column(dialog, 0) == ["01-a1.tpk", "02-b1-copy.tpk", "03-a3.tpk", "04-b1.tpk",
                                  "05-c1.tpk", "06-a1-again.tpk"]
    assert _column(dialog, 4) == ["Imported", "Rejected", "Imported", "Imported", "Imported",
                                  "Already had"]
    assert "field-a owner" in _column(dialog, 1)[0]
    assert _column(dialog, 5)[0] == "1 new, 0 updated, 0 unchanged"
    notes = _column(dialog, 7)
    assert notes[1] and "Something went wrong" not in notes[1], notes[1]  # worded by code
    assert "Packet 2 of this device has not arrived." in notes[2]  # a2 never came
    summary = dialog.summary.text().replace("\u2068", "").replace("\u2069", "")
    assert "4 packets imported" in summary and "1 rejected" in summary
    assert "field-a owner: packet 2 missing." in summary
    saved = tmp_path / "report.json"
    dialog.write_json(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["id"] == report.id and data["summary"]["imported"] == 4
    dialog.close_button.click()
    archive = workspace.pages[ARCHIVE]
    assert isinstance(archive, ArchiveView)
    qtbot.waitUntil(lambda: archive.model.total == 4, timeout=WAIT)  # the list reloaded


def test_import_can_be_cancelled(fresh: Any, qtbot: QtBot) -> None:
    app, office, workspace = fresh
    dialog = workspace.open_import()
    dialog.add_paths([str(office.stick)])
    release = threading.Event()
    app.session.runner.run(lambda vault, job: release.wait(30), owner=dialog,
                           failed=lambda error: None)  # holds the vault's thread
    with qtbot.waitSignal(dialog.finished_report, timeout=60_000) as finished:
        dialog.start_button.click()
        dialog.cancel()
        assert dialog.progress_label.text() == "Cancelling..."
        release.set()
    assert finished.args[0].state == "cancelled"
    assert set(_column(dialog, 4)) <= {"Not started", "Cancelled", "Rejected"}
    assert "The import was cancelled" in dialog.summary.text()
    assert dialog.close_button.isEnabled() and dialog.save_button.isEnabled()


def test_archive_filters_search_and_opening_a_hit(archive: Any, qtbot: QtBot) -> None:
    _app, _office, workspace = archive
    view = workspace.pages[ARCHIVE]
    assert isinstance(view, ArchiveView)
    qtbot.waitUntil(lambda: view.model.total == 4 and view.model.rowCount() == 4, timeout=WAIT)
    assert view.count.text() == "4 testimonies"
    # Columns fitted to the first page: the witness codes whole; a cell cut short shows
    # whole in its tooltip.
    table, fonts = view.table, view.table.fontMetrics()
    for row in range(4):
        code = view.model.index(row, WITNESS)
        assert table.columnWidth(WITNESS) > fonts.horizontalAdvance(code.data())
        for column in range(view.model.columnCount()):
            cell = view.model.index(row, column)
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()
    bar = view.filters
    with qtbot.waitSignal(view.listed, timeout=WAIT):
        bar.perpetrator.setText("\u0645\u062d\u0645\u062f")  # "Mohammad", in Arabic
        bar.apply()
    qtbot.waitUntil(lambda: view.model.total == 3, timeout=WAIT)
    bar.violation.setCurrentIndex(bar.violation.findData("extrajudicial_killing"))
    qtbot.waitUntil(lambda: view.model.total == 1, timeout=WAIT)
    bar.perpetrator.clear()
    bar.violation.setCurrentIndex(0)
    bar.date_from.setText("2014-13")
    bar.apply()
    assert bar.message.text()  # a month that does not exist is said, not searched
    bar.date_from.setText("2015")
    bar.apply()
    qtbot.waitUntil(lambda: view.model.total == 1 and not bar.message.text(), timeout=WAIT)
    bar.date_from.clear()
    bar.apply()
    qtbot.waitUntil(lambda: view.model.total == 4, timeout=WAIT)
    bar.interviewer.setText("nobody of that name")
    bar.apply()
    qtbot.waitUntil(lambda: view.model.total == 0, timeout=WAIT)
    bar.interviewer.setText("EXAMPLE")  # part of the name, in any case
    bar.apply()
    qtbot.waitUntil(lambda: view.model.total == 4, timeout=WAIT)
    bar.interviewer.clear()
    bar.apply()
    view.search_box.setText("\u062d\u0633\u0646")  # "Hasan", in Arabic
    with qtbot.waitSignal(view.hits.searched, timeout=WAIT):
        view.run_search()
    assert view.lists.currentWidget() is view.hit_table and view.hits.rowCount() == 1
    hit = view.hits.hits[0][0]
    assert hit.kind == archive_search.PERSON and hit.snippet.highlights
    with qtbot.waitSignal(view.pane.shown, timeout=WAIT):
        view.hit_table.clicked.emit(view.hits.index(0, 1))
    pane = view.pane
    assert pane.tabs.currentWidget() is pane.persons
    assert pane.persons.marked_count() >= 1
    assert pane.persons.text.toPlainText().startswith("\u0645\u062d\u0645\u062f")
    assert "Provenance" not in pane.provenance.toPlainText()
    assert "Signature: verified" in pane.provenance.toPlainText()
    assert "field-b owner" in pane.provenance.toPlainText()
    view.search_box.clear()
    view.run_search()
    assert view.lists.currentWidget() is view.table
    # Emptying the box while a search runs: its late result does not bring the hits back.
    view.search_box.setText("\u062d\u0633\u0646")
    view.search_box.now()
    view.search_box.clear()
    view.search_box.now()
    with qtbot.waitSignal(view.listed, timeout=WAIT):  # a job after the search: it is done
        bar.apply()
    assert view.lists.currentWidget() is view.table and view.hits.rowCount() == 0


def test_the_archive_sorts_by_a_header_click(archive: Any, qtbot: QtBot) -> None:
    """Interviewer, incident dates and import time sort in the vault; a click on another
    column leaves the order, and its arrow, as they were."""
    _app, _office, workspace = archive
    view = workspace.pages[ARCHIVE]
    assert isinstance(view, ArchiveView)
    model, header = view.model, view.table.horizontalHeader()
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=WAIT)
    assert (header.sortIndicatorSection(), model.sort_key) == (IMPORTED, "imported")
    # Ties are broken by the interview's id (random), so the whole order is checked.
    imported = [(r.imported_at, r.interview_id) for r in model.rows]
    assert imported == sorted(imported, reverse=True)
    shown = {}
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        with qtbot.waitSignal(view.listed, timeout=WAIT):
            view.table.sortByColumn(DATES, order)
        shown[order] = [(r.date_start or "", r.interview_id) for r in model.rows]
        assert len(shown[order]) == 4
        assert shown[order] == sorted(shown[order],
                                      reverse=order == Qt.SortOrder.DescendingOrder)
    assert shown[Qt.SortOrder.AscendingOrder] == shown[Qt.SortOrder.DescendingOrder][::-1]
    header.setSortIndicator(WITNESS, Qt.SortOrder.AscendingOrder)  # a click on "Witness"
    assert header.sortIndicatorSection() == DATES and model.sort_key == "incident_date"
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_perpetrator_index_merge_and_undo(archive: Any, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _app, _office, workspace = archive
    view = workspace.show_page(PERPETRATORS)
    assert isinstance(view, PerpetratorsView)
    qtbot.waitUntil(lambda: view.count.text() != "" and view.pairs.rowCount() > 0,
                    timeout=WAIT)
    names = _listed(view)
    assert "Mohammad al-Hassan" in names and "Muhammad Al Hasan" in names
    assert view.count.text() == f"{len(names)} alleged perpetrators"
    pair_names = {view.pairs.item(0, c).text() for c in (0, 1)}
    assert "same name, other spelling" in view.pairs.item(0, 3).text()
    with qtbot.waitSignal(view.entry_shown, timeout=WAIT):  # its allegations are read
        view.entries.selectRow(names.index("Mohammad al-Hassan"))
    assert view.detail.toPlainText().splitlines()[0] == "\u2068Mohammad al-Hassan\u2069"
    assert "Arbitrary arrest or detention: 1 witness, 1 interviewer, and 1 testimony" in \
        view.detail.toPlainText()
    # The find box meets every spelling and script of a name.
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.find_box.setText("\u0645\u062d\u0645\u062f \u0627\u0644\u062d\u0633\u0646")
    assert sorted(_listed(view)) == sorted(n for n in names if "Has" in n or "\u062d\u0633" in n)
    assert len(_listed(view)) >= 2
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.find_box.clear()
    assert _listed(view) == names
    monkeypatch.setattr("testimony_recorder.ui.coordinator.perpetrators_view.ask",
                        lambda *a, **k: True)  # the person says yes in the confirmation
    view.pairs.selectRow(0)
    assert view.merge_button.isEnabled()
    with qtbot.waitSignal(view.merged, timeout=WAIT):
        view.merge_button.click()
    qtbot.waitUntil(lambda: view.history.rowCount() == 1
                    and len(_listed(view)) == len(names) - 1, timeout=WAIT)
    assert len(pair_names & set(_listed(view))) == 1
    view.history.selectRow(0)
    assert view.unmerge_button.isEnabled()
    with qtbot.waitSignal(view.unmerged, timeout=WAIT):
        view.unmerge_button.click()
    qtbot.waitUntil(lambda: len(_listed(view)) == len(names)
                    and view.history.item(0, 3).text() != "", timeout=WAIT)


def _listed(view: PerpetratorsView) -> list[str]:
    """The names the perpetrator list shows, in order."""
    model = view.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_chain_of_command_graph(archive: Any, qtbot: QtBot, tmp_path: Path) -> None:
    app, _office, workspace = archive
    with qtbot.waitSignal(workspace.page_shown, timeout=WAIT):
        next(a for a in app.window.archive_menu.actions()
             if a.shortcut().toString() == "Ctrl+3").trigger()  # Chain of command
    view = workspace.pages[CHAIN]
    assert isinstance(view, ChainView)
    qtbot.waitUntil(lambda: bool(view.nodes), timeout=WAIT)
    labels = {n.node.label for n in view.nodes.values()}
    assert {"Khaled Haddad", "Mohammad al-Hassan", "Branch 215"} <= labels
    assert view.legend.isVisible() and "dashed arrow" in view.legend.text()
    # Shown whole, at the same scale both ways, and never enlarged past its own size.
    graph = view.view
    fitted = graph.transform()
    assert fitted.m11() == fitted.m22() <= 1 and not fitted.m12() and not fitted.m21()
    seen = graph.mapToScene(graph.viewport().rect()).boundingRect()
    assert seen.adjusted(-2, -2, 2, 2).contains(view.scene.sceneRect())
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=WAIT)
    graph.setFocus()
    qtbot.waitUntil(graph.hasFocus, timeout=WAIT)
    qtbot.keyClick(graph, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert graph.transform().m11() == pytest.approx(fitted.m11() * ZOOM)
    qtbot.keyClick(graph, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert graph.transform().m11() == pytest.approx(fitted.m11()) and graph.fitted
    links = view.link_items()
    assert links
    command = next(i for i in links if i.link.kind == "command"
                   and view.nodes[i.link.source].node.label == "Khaled Haddad"
                   and view.nodes[i.link.target].node.label == "Mohammad al-Hassan")
    middle = next(p for p in (command.path().pointAtPercent(t / 20) for t in range(2, 18))
                  if [i for i in view.scene.items(p) if isinstance(i, LinkItem)] == [command])
    view.view.centerOn(middle)
    with qtbot.waitSignal(view.link_chosen, timeout=WAIT):  # a click on the arrow
        qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.view.mapFromScene(middle))
    listed = [view.supports.item(r).text() for r in range(view.supports.count())]
    assert listed[0] == "\u2068Khaled Haddad\u2069 commanded \u2068Mohammad al-Hassan\u2069"
    assert any(t.startswith("Witness ") for t in listed[2:])
    # The counts as English words them: "1 witness, 2 interviewers, and 2 testimonies".
    counted = re.fullmatch(r"(\d+) (witness|witnesses), (\d+) (interviewer|interviewers), and "
                           r"(\d+) (testimony|testimonies)", listed[1])
    assert counted, listed[1]
    for number, noun in zip(counted.groups()[::2], counted.groups()[1::2], strict=True):
        assert (number == "1") == (noun in ("witness", "interviewer", "testimony")), listed[1]
    out = tmp_path / "pictures"
    out.mkdir()
    svg, png = out / "chain.svg", out / "chain.png"
    view.export_svg(svg)
    view.export_png(png)
    assert b"<svg" in svg.read_bytes() and png.read_bytes()[:4] == b"\x89PNG"
    # Each picture carries the legend under the graph, to be read away from the app.
    assert b"dashed arrow" in svg.read_bytes()
    picture = QImage(str(png))
    assert picture.height() > 2 * view.scene.sceneRect().height()
    assert picture.width() >= 2 * view.scene.sceneRect().width()
    assert sorted(p.name for p in out.iterdir()) == ["chain.png", "chain.svg"]  # no temp file
    with small_disk(tmp_path / "stick", read_only=True) as stick:
        with pytest.raises(CannotWrite) as refused:
            view.export_png(stick / "chain.png")
        assert not any(stick.iterdir())
    said = describe(refused.value)
    assert "chain.png" in said and "Nothing was written" in said, said
    view.unit.setText("Air Force Intelligence")
    with qtbot.waitSignal(view.drawn, timeout=WAIT):
        view.apply_button.click()
    assert {n.node.label for n in view.nodes.values()} >= {"Air Force Intelligence"}
    assert "Branch 215" not in {n.node.label for n in view.nodes.values()}
    assert not view.empty.isVisible()


def test_a_large_chain_of_command_draws_its_best_supported_links(
        archive: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    _app, _office, workspace = archive
    monkeypatch.setattr("testimony_recorder.ui.coordinator.chain_view.MOST_DRAWN", 2)
    view = workspace.show_page(CHAIN)
    assert isinstance(view, ChainView)
    qtbot.waitUntil(lambda: len(view.link_items()) == 2, timeout=WAIT)
    shown = view.empty.text()
    assert shown.startswith("Showing the 2 best-supported links of ") and view.empty.isVisible()
    total = int(shown.split(" of ")[1].split(".")[0])
    assert total > 2
    assert len(view.nodes) <= 4  # only the nodes those two links join


def test_devices_and_placeholders(archive: Any, qtbot: QtBot) -> None:
    _app, _office, workspace = archive
    view = workspace.show_page(DEVICES)
    assert isinstance(view, DevicesView)
    qtbot.waitUntil(lambda: view.table.rowCount() == 3, timeout=WAIT)
    row = [d.name for d in view.devices].index("field-a owner")
    assert view.table.item(row, 5).text() == "2"  # a2 never arrived
    assert view.table.item(row, 4).text() == "3"
    view.table.selectRow(row)
    assert view.revoke_button.isEnabled()
    with qtbot.waitSignal(view.revoked, timeout=WAIT):
        view.revoke(view.devices[row].fingerprint, "laptop lost")
    qtbot.waitUntil(lambda: view.table.item(row, 6).text().startswith("Revoked"),
                    timeout=WAIT)
    statistics = workspace.show_page(STATISTICS)
    assert isinstance(statistics, StatisticsView) and statistics.accessibleName() == "Statistics"
    qtbot.waitUntil(lambda: statistics.result is not None, timeout=WAIT)
    export = workspace.show_page(CASE_EXPORT)
    assert isinstance(export, CaseExportPage)
    wizard = export.open_wizard()
    qtbot.waitUntil(wizard.isVisible, timeout=WAIT)
    wizard.reject()
