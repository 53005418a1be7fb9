"""The export wizard and the keys dialog, driven as a person would, to a real coordinator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import kdf
from testimony_recorder.recorder.packets import importer
from testimony_recorder.recorder.store import listing
from testimony_recorder.ui.app import build
from testimony_recorder.ui.packets.export_wizard import ExportWizard
from testimony_recorder.ui.packets.keys_dialog import KeysDialog

from .conftest import PASSPHRASE
from .packet_helpers import TESTIMONY_ONLY, add_interview, enrol, make_vault


def open_app(qapp, tmp_path: Path, vault_path: Path, qtbot: QtBot):  # type: ignore[no-untyped-def]
    app = build(qapp, vault=str(vault_path), prefs_path=tmp_path / "prefs.json",
                kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    app.window.show()
    page = app.window.unlock_page
    qtbot.keyClicks(page.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.workspace is not None  # an interviewer's vault
                    or app.window.archive is not None, timeout=30_000)  # a coordinator's
    return app


def test_export_wizard_to_the_coordinator(qapp, tmp_path: Path, qtbot: QtBot) -> None:
    interviewer = make_vault(tmp_path, "interviewer")
    coordinator = make_vault(tmp_path, "coordinator", role="coordinator")
    enrol(interviewer, coordinator)
    enrol(coordinator, interviewer)
    sent = add_interview(interviewer, TESTIMONY_ONLY)
    refused = add_interview(interviewer, yes=())  # consent says no to everything
    codes = {r.id: r.witness_code for r in listing.page(interviewer.conn)}
    interviewer_path = interviewer.path
    interviewer.close()
    app = open_app(qapp, tmp_path, interviewer_path, qtbot)
    try:
        wizard = ExportWizard(app.session.runner, "en", [], app.window)
        wizard.show()
        qtbot.waitUntil(lambda: wizard.recipients.isComplete())  # the only key, preselected
        wizard.next()
        wizard.scope.group.button(2).setChecked(True)  # everything
        wizard.next()
        qtbot.waitUntil(lambda: wizard.preview.isComplete(), timeout=30_000)
        rows = []
        it = QTreeWidgetItemIterator(wizard.preview.tree)
        while it.value():
            item = it.value()
            rows.append((item.text(0), item.text(1), item.text(2)))
            it += 1
        assert (codes[sent], "sent") == rows[0][:2]
        left = next(r for r in rows if r[0] == codes[refused])
        assert left[1] == "left out" and "did not agree" in left[2]
        identity = next(r for r in rows if r[0] == "Identity")
        assert identity[1] == "not sent" and "did not agree" in identity[2]
        wizard.next()
        out = tmp_path / "stick"
        out.mkdir()
        wizard.seal.folder.edit.setText(str(out))
        wizard.seal.seal()
        qtbot.waitUntil(lambda: wizard.seal.isComplete(), timeout=30000)
        packets = list(out.iterdir())
        assert len(packets) == 1 and codes[sent] not in packets[0].name
        wizard.accept()
    finally:
        app.window.close()
        app.shutdown()

    report = importer.import_packet(coordinator, packets[0])
    assert report.imported
    assert [r.id for r in listing.page(coordinator.conn)] == [sent]
    coordinator.close()


def test_keys_dialog_shows_the_fingerprint(qapp, tmp_path: Path, qtbot: QtBot) -> None:
    vault = make_vault(tmp_path, "interviewer")
    coordinator = make_vault(tmp_path, "coordinator", role="coordinator")
    enrol(vault, coordinator)
    path = vault.path
    vault.close()
    coordinator.close()
    app = open_app(qapp, tmp_path, path, qtbot)
    try:
        dialog = KeysDialog(app.session, "en", app.window)
        qtbot.waitUntil(lambda: bool(dialog.fingerprint.text()) and dialog.table.rowCount() == 1)
        assert dialog.table.item(0, 4).text() == "trusted"
    finally:
        app.window.close()
        app.shutdown()
