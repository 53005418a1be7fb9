"""The coordinator's duplicates view and the field's check before a new interview, in the
real app on real vaults."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder.linkage import prior_index
from testimony_recorder.recorder.packets import importer, writer
from testimony_recorder.recorder.packets import plan as plan_mod
from testimony_recorder.recorder.store import listing
from testimony_recorder.ui.coordinator.archive_workspace import DUPLICATES
from testimony_recorder.ui.coordinator.duplicates_view import DuplicatesView

from .packet_fixtures import Pair
from .packet_helpers import enrol, make_vault
from .test_linkage import SAME_PERSON, code_of, give_key, interview_with
from .test_ui_export import open_app
from .ui_helpers import texts_in


def linked_pair(tmp_path: Path) -> Pair:
    """A field laptop holding the organisation key, two interviews of one person, a third of
    another, imported by the coordinator."""
    field = make_vault(tmp_path, "field")
    coord = make_vault(tmp_path, "coord", "coordinator")
    pair = Pair(field, coord, tmp_path, enrol(field, coord), enrol(coord, field))
    give_key(pair)
    interview_with(field, *SAME_PERSON[0])
    interview_with(field, *SAME_PERSON[1])
    interview_with(field, "Zainab Omar Khalid", "1990")
    plan = plan_mod.build(field, [pair.to_coord], plan_mod.Scope())
    packet = writer.seal(field, plan, tmp_path / "packet.tpk").paths[0]
    importer.import_packet(coord, packet)
    return pair


def test_duplicates_view_lists_pairs_without_names_and_keeps_a_verdict(
        qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> None:
    pair = linked_pair(tmp_path)
    codes = {r.witness_code for r in listing.page(pair.coord.conn)}
    coord_path = pair.coord.path
    pair.field.close()
    pair.coord.close()
    app = open_app(qapp, tmp_path, coord_path, qtbot)
    try:
        assert app.window.archive is not None
        view = app.window.archive.show_page(DUPLICATES)
        assert isinstance(view, DuplicatesView)
        qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=30_000)
        shown = texts_in(view) + " ".join(
            view.table.item(0, c).text() for c in range(view.table.columnCount()))
        assert "Jubouri" not in shown and "Mohammad" not in shown
        pair_text = view.table.item(0, 0).text()
        assert sum(code in pair_text for code in codes) == 2
        assert "year of birth" in view.table.item(0, 2).text()
        assert not view.same_button.isEnabled()
        view.table.selectRow(0)
        assert view.different_button.isEnabled()
        with qtbot.waitSignal(view.marked, timeout=30_000):
            view.different_button.click()
        qtbot.waitUntil(lambda: view.table.item(0, 4) is not None
                        and view.table.item(0, 4).text() == "different people", timeout=30_000)
    finally:
        app.window.close()
        app.shutdown()


def test_witnesses_sealed_without_fingerprints_are_fingerprinted_from_the_view(
        qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> None:
    """A laptop that sealed identities before it had the linkage key sent no fingerprints: the
    view says how many witnesses cannot be compared, and one button computes them."""
    field = make_vault(tmp_path, "field")
    coord = make_vault(tmp_path, "coord", "coordinator")
    pair = Pair(field, coord, tmp_path, enrol(field, coord), enrol(coord, field))
    interview_with(field, *SAME_PERSON[0])
    interview_with(field, *SAME_PERSON[1])
    plan = plan_mod.build(field, [pair.to_coord], plan_mod.Scope())
    importer.import_packet(coord, writer.seal(field, plan, tmp_path / "packet.tpk").paths[0])
    coord_path = coord.path
    field.close()
    coord.close()
    app = open_app(qapp, tmp_path, coord_path, qtbot)
    try:
        assert app.window.archive is not None
        view = app.window.archive.show_page(DUPLICATES)
        assert isinstance(view, DuplicatesView)
        qtbot.waitUntil(lambda: view.fingerprint_button.isVisible(), timeout=30_000)
        assert "2 witness" in view.waiting.text() and view.table.rowCount() == 0
        view.fingerprint_button.click()
        qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=30_000)
        assert not view.fingerprint_button.isVisible() and not view.waiting.isVisible()
        assert "Jubouri" not in texts_in(view)
    finally:
        app.window.close()
        app.shutdown()


def test_field_is_warned_before_a_new_interview(qapp: QApplication, tmp_path: Path,
                                                qtbot: QtBot) -> None:
    pair = linked_pair(tmp_path)
    index = tmp_path / "prior.age"
    prior_index.write(pair.coord, pair.from_field.fingerprint, index)
    prior_index.import_index(pair.field, index)
    before = len(listing.page(pair.field.conn))
    first_code = code_of(pair.field, listing.page(pair.field.conn)[0].id)
    field_path = pair.field.path
    pair.field.close()
    pair.coord.close()
    app = open_app(qapp, tmp_path, field_path, qtbot)
    try:
        assert not app.window.archive_menu.menuAction().isVisible()
        app.window.new_action.trigger()
        qtbot.waitUntil(lambda: app.window.prior_check is not None
                        and app.window.prior_check.isVisible(), timeout=30_000)
        dialog = app.window.prior_check
        assert dialog is not None
        qtbot.keyClicks(dialog.name, "Muhammad Ali Hasan")
        qtbot.keyClicks(dialog.year, "1986")
        dialog.area.setCurrentIndex(dialog.area.findData("SY-HL"))
        with qtbot.waitSignal(dialog.checked, timeout=30_000):
            dialog.check_button.click()
        assert "may already have been interviewed" in dialog.answer_label.text()
        assert "ask your coordinator" in dialog.answer_label.text()
        assert first_code not in texts_in(dialog)  # the answer names nobody
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Zainab Omar Mahmoud")
        with qtbot.waitSignal(dialog.checked, timeout=30_000):
            dialog.check_button.click()
        assert dialog.answer_label.text().startswith("Not found")
        left: list[str] = []
        dialog.finished.connect(lambda _: left.append(dialog.name.text()))
        dialog.start_button.click()
        qtbot.waitUntil(lambda: app.window.workspace.list.model.total > before
                        if app.window.workspace else False, timeout=30_000)
        assert left == [""]  # what was typed went with the window
        assert app.window.prior_check is None
    finally:
        app.window.close()
        app.shutdown()
