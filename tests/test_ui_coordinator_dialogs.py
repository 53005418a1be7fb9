"""The coordinator's two deliberate acts, driven as a person would: revealing a witness's
identity (open the witness-identity key, give a reason, read the identity; the custody log
keeps the reason) and enrolling a device (its fingerprint must match, or nothing is enrolled).

The tests type and press buttons only, so they hold whatever widgets the dialogs are built of.
The reveal's dialogs are modal, each with an event loop of its own: `Modals` answers each one as
it opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import custody
from testimony_recorder.recorder.archive import devices
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.ui.app import App
from testimony_recorder.ui.coordinator.archive_view import ArchiveView
from testimony_recorder.ui.coordinator.archive_workspace import ARCHIVE, DEVICES
from testimony_recorder.ui.coordinator.devices_view import DevicesView

from .packet_helpers import make_vault
from .test_ui_archive import archive  # noqa: F401 - the fixture, with the office imported
from .test_ui_export import open_app
from .ui_helpers import texts_in
from .ui_media_helpers import close_app, on_vault

WAIT = 20_000
Answer = Callable[[QWidget], None]


class Modals:
    """Answers modal dialogs in the order they open, one answer each."""

    def __init__(self, qtbot: QtBot, *answers: Answer) -> None:
        self.qtbot = qtbot
        self.answers = list(answers)
        self.answered: list[QWidget] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or any(modal is w for w in self.answered):
            return
        self.answered.append(modal)
        if self.answers:
            self.answers.pop(0)(modal)

    def done(self) -> bool:
        return not self.answers

    def stop(self) -> None:
        self.timer.stop()


def _button(widget: QWidget, text: str) -> QAbstractButton:
    found = [b for b in widget.findChildren(QAbstractButton)
             if b.text().replace("&", "") == text and b.isVisible()]
    assert len(found) == 1, [b.text() for b in widget.findChildren(QAbstractButton)]
    return found[0]


def _reveals(app: App, qtbot: QtBot) -> list[custody.Entry]:
    return [e for e in on_vault(app, qtbot, lambda vault: custody.entries(vault.conn))
            if e.action == "identity_revealed"]


def test_reveal_opens_the_key_asks_a_reason_and_logs_it(
        archive: Any, qtbot: QtBot) -> None:  # noqa: F811 - the fixture
    app, office, workspace = archive
    view = workspace.show_page(ARCHIVE)
    assert isinstance(view, ArchiveView)
    pane = view.pane
    interview = office.fields["a"].interviews[0]
    with qtbot.waitSignal(pane.shown, timeout=WAIT):
        pane.open(interview)
    assert pane.reveal_button.isEnabled()

    # The key from this vault; then the reason is asked, and Cancel reveals nothing.
    asked: list[str] = []

    def from_vault(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "witness-identity key" in box.text()
        _button(box, "From this vault").click()

    def cancel(dialog: QWidget) -> None:
        asked.append(dialog.windowTitle())
        assert isinstance(dialog, QDialog)
        _button(dialog, "Cancel").click()

    modals = Modals(qtbot, from_vault, cancel)
    pane.reveal_button.click()  # returns once the key box is answered; the rest is queued
    qtbot.waitUntil(modals.done, timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=WAIT)
    modals.stop()
    assert asked == ["Reason for showing the identity"]
    assert _reveals(app, qtbot) == []

    # The key stays open: the reason is asked at once; the identity is shown, then logged.
    shown: list[str] = []

    def give_reason(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit)
        assert field is not None
        qtbot.keyClicks(field, "protection assessment")
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def read_identity(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        _button(box, "Close").click()

    modals = Modals(qtbot, give_reason, read_identity)
    with qtbot.waitSignal(pane.reveal.revealed, timeout=WAIT) as revealed:
        pane.reveal_button.click()
    qtbot.waitUntil(modals.done, timeout=WAIT)
    modals.stop()
    assert revealed.args == [interview]
    assert shown and shown[0].startswith("Name: ")
    (entry,) = _reveals(app, qtbot)
    assert entry.detail is not None and entry.detail["reason"] == "protection assessment"
    assert entry.detail["interview"] == interview and entry.at


def _type_and_enrol(qtbot: QtBot, dialog: QDialog, typed: str) -> None:
    field = dialog.focusWidget()  # the dialog puts the cursor where the fingerprint goes
    assert isinstance(field, QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, typed)
    _button(dialog, "Enrol").click()


def test_enrol_checks_the_fingerprint(qapp: QApplication, tmp_path: Path,
                                      qtbot: QtBot) -> None:
    coord = make_vault(tmp_path, "coord", role="coordinator")
    field = make_vault(tmp_path, "field")
    theirs = key_bundle.own_bundle(field)
    stranger = make_vault(tmp_path, "other")
    other = key_bundle.own_bundle(stranger)
    key_file = tmp_path / "field.key"
    key_file.write_bytes(theirs.dumps())
    path = coord.path
    for vault in (coord, field, stranger):
        vault.close()
    app = open_app(qapp, tmp_path, path, qtbot)
    try:
        view = app.window.archive.show_page(DEVICES)
        assert isinstance(view, DevicesView)
        dialog = view.enrol_from(key_file)
        qtbot.waitUntil(lambda: "field owner" in texts_in(dialog), timeout=WAIT)

        # Another key's fingerprint: refused, said in the dialog, nothing enrolled.
        _type_and_enrol(qtbot, dialog, other.fingerprint)
        qtbot.waitUntil(lambda: "does not match this key file" in texts_in(dialog),
                        timeout=WAIT)
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        listed = on_vault(app, qtbot, lambda vault: devices.list_devices(vault.conn))
        assert [d.fingerprint for d in listed] == []

        # The right one, as people read it out (lower case, spaces): enrolled and logged.
        with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
            _type_and_enrol(qtbot, dialog, theirs.fingerprint.lower().replace("-", " "))
        listed = on_vault(app, qtbot, lambda vault: devices.list_devices(vault.conn))
        assert [d.fingerprint for d in listed] == [theirs.fingerprint]
        last = on_vault(app, qtbot, lambda vault: custody.entries(vault.conn)[-1])
        assert last.action == "key_trusted" and last.entity_id == theirs.fingerprint
    finally:
        close_app(app)
