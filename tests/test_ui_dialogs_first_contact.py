"""What a new interviewer trips over (issue 9): Finalize's question, the key-file picker, the
output folder, the trust dialog's warning, first run's keyboard, and the shortcut table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from testimony_recorder.recorder import output_folder, unlock
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.model.incident import Incident
from testimony_recorder.recorder.store import parts, readiness, testimonies
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.app import App
from testimony_recorder.ui.first_run import PASSPHRASE as PASSPHRASE_STEP
from testimony_recorder.ui.first_run import WELCOME
from testimony_recorder.ui.help.about_dialog import AboutDialog
from testimony_recorder.ui.help.document_dialog import DocumentDialog
from testimony_recorder.ui.packets.export_wizard import ExportWizard
from testimony_recorder.ui.packets.trust_dialog import TrustDialog
from testimony_recorder.ui.widgets import file_dialogs
from testimony_recorder.ui.widgets import output_folder as output_folder_widget

from .conftest import PASSPHRASE, REPO
from .packet_helpers import TESTIMONY_ONLY, add_interview, enrol, make_vault
from .ui_helpers import app, running_app  # noqa: F401 - the fixture


def test_readiness_lists_what_is_missing(vault: Vault) -> None:
    bare = add_interview(vault, yes=None, finalize=False)
    parts.add(vault, Incident(interview_id=bare, title=""))
    gaps = {m.gap: m.count for m in readiness.before_finalize(vault.conn, bare)}
    assert gaps[readiness.Gap.NO_CONSENT] == 1
    assert gaps[readiness.Gap.UNTITLED_INCIDENT] == 1
    assert readiness.Gap.NO_TESTIMONY_TEXT not in gaps  # the example has its text
    empty = add_interview(vault, yes=TESTIMONY_ONLY, finalize=False, narrative="")
    gaps = {m.gap for m in readiness.before_finalize(vault.conn, empty)}
    assert readiness.Gap.NO_TESTIMONY_TEXT in gaps and readiness.Gap.NO_CONSENT not in gaps


def test_finalize_lists_the_gaps_and_defaults_to_no(qapp: QApplication, tmp_path: Path,
                                                    qtbot: QtBot) -> None:
    vault = make_vault(tmp_path, "interviewer")
    interview_id = add_interview(vault, yes=None, finalize=False)
    parts.add(vault, Incident(interview_id=interview_id, title=""))
    with running_app(qapp, tmp_path, vault, qtbot) as opened:
        workspace = opened.window.workspace
        assert workspace is not None
        workspace.open_interview(interview_id)
        editor = workspace.editor
        qtbot.waitUntil(lambda: editor.finalize_button.isEnabled(), timeout=30_000)
        qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.finalize_question is not None, timeout=30_000)
        box = editor.finalize_question
        assert box is not None
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        assert "No consent is recorded" in box.text()
        assert "without a title" in box.text()
        qtbot.waitUntil(box.isVisible)
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: not finalized
        qtbot.waitUntil(lambda: editor.finalize_question is None)
        assert not editor.testimony.narrative.isReadOnly()
    with unlock.unlock(vault.path, PASSPHRASE) as reopened:
        current = testimonies.current(reopened.conn, interview_id)
        assert current is not None and not current.is_final


def test_key_picker_offers_key_files(qapp: QApplication, tmp_path: Path) -> None:
    """The README's `keys export -o me.key` must be listed, as must the app's own .json."""
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QFileDialog) and w.isVisible())
        seen["filters"] = dialog.nameFilters()
        seen["selected"] = dialog.selectedNameFilter()
        dialog.reject()

    QTimer.singleShot(0, look)
    parent = QWidget()
    file_dialogs.open_file(parent, "key", file_dialogs.key_files_filter())
    filters = seen["filters"]
    assert isinstance(filters, list) and len(filters) == 2
    chosen = str(seen["selected"])
    patterns = chosen[chosen.index("(") + 1:chosen.index(")")].split()
    assert QDir.match(patterns, "me.key") and QDir.match(patterns, "device-key.json")
    assert not QDir.match(patterns, "photo.jpg")
    assert "(*)" in filters[1]


def test_first_run_enter_moves_on_and_back_sits_beside_the_action(
        app: App, qtbot: QtBot) -> None:  # noqa: F811
    page = app.window.first_run
    qtbot.keyClick(page.owner, Qt.Key.Key_Return)  # nothing typed: stays
    assert page.steps.currentIndex() == WELCOME
    qtbot.keyClicks(page.owner, "Interviewer 7")
    qtbot.keyClick(page.owner, Qt.Key.Key_Return)
    assert page.steps.currentIndex() == PASSPHRASE_STEP
    back = next(b for b in page.steps.currentWidget().findChildren(QPushButton)
                if b.text() == "Back")
    create = page.create_button
    assert back.geometry().center().y() == create.geometry().center().y()  # one row
    assert back.geometry().right() < create.geometry().left()  # Back first (left in LTR)
    assert back.width() < create.width()
    # The message area keeps its room: a message appearing does not move the button.
    before = create.mapTo(page, create.rect().topLeft())
    qtbot.keyClicks(page.first.edit, "lantern olive pebble harbour")
    qtbot.keyClicks(page.second.edit, "lantern")
    assert page.match.text()
    qtbot.waitUntil(lambda: create.mapTo(page, create.rect().topLeft()) == before)


def test_trust_dialog_grows_to_show_its_whole_warning(qapp: QApplication, tmp_path: Path,
                                                      qtbot: QtBot) -> None:
    vault = make_vault(tmp_path, "interviewer")
    coordinator = make_vault(tmp_path, "coordinator", role="coordinator")
    key_file = tmp_path / "me.key"
    key_file.write_bytes(key_bundle.own_bundle(coordinator).dumps())
    coordinator.close()
    with running_app(qapp, tmp_path, vault, qtbot) as opened:
        dialog = TrustDialog(opened.session, key_file, "en", opened.window)
        dialog.show()
        qtbot.waitUntil(dialog.buttons.isEnabled, timeout=30_000)
        assert not dialog.who.text().rstrip().endswith(",")
        assert dialog.who.text().endswith("(\u2068coordinator\u2069)")  # no organisation
        before = dialog.height()
        qtbot.keyClicks(dialog.typed, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: "NOT trusted" in dialog.message.text(), timeout=30_000)
        qtbot.waitUntil(lambda: dialog.height() > before)
        label = dialog.message
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, "the warning is cut off"
        bottom = label.mapTo(dialog, label.rect().bottomRight())
        assert dialog.rect().contains(bottom)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.mapTo(dialog, ok.rect().topLeft()).y() >= bottom.y()  # not overlapping


class _Opened(QObject):
    """Stands in for the desktop's file manager: records the folders the app asks to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def _to_seal_page(wizard: ExportWizard, qtbot: QtBot) -> None:
    qtbot.waitUntil(wizard.recipients.isComplete, timeout=30_000)
    wizard.next()
    wizard.scope.group.button(2).setChecked(True)  # everything
    wizard.next()
    qtbot.waitUntil(wizard.preview.isComplete, timeout=30_000)
    wizard.next()


def test_sealing_requires_a_folder_and_shows_where_it_went(
        qapp: QApplication, tmp_path: Path, qtbot: QtBot, monkeypatch) -> None:
    interviewer = make_vault(tmp_path, "interviewer")
    coordinator = make_vault(tmp_path, "coordinator", role="coordinator")
    enrol(interviewer, coordinator)
    add_interview(interviewer, TESTIMONY_ONLY)
    coordinator.close()
    work = tmp_path / "working-directory"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setattr(output_folder_widget, "removable_drives", lambda: [])
    handler = _Opened()
    QDesktopServices.setUrlHandler("file", handler, "open")
    try:
        with running_app(qapp, tmp_path, interviewer, qtbot) as opened:
            wizard = ExportWizard(opened.session.runner, "en", [], opened.window)
            wizard.show()
            _to_seal_page(wizard, qtbot)
            seal = wizard.seal
            assert seal.folder.folder() is None and not seal.seal_button.isEnabled()
            seal.seal()  # even when called: nothing is written anywhere
            assert seal.job is None and not list(work.iterdir())
            seal.folder.edit.setText("relative/folder")
            assert not seal.seal_button.isEnabled()
            stick = tmp_path / "stick"
            stick.mkdir()
            seal.folder.edit.setText(str(stick))
            assert seal.seal_button.isEnabled()
            qtbot.mouseClick(seal.seal_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(seal.isComplete, timeout=30_000)
            packet = next(stick.iterdir())
            assert str(packet) in seal.written.path.text()  # the full path, not just the name
            assert seal.written.isVisible()
            qtbot.mouseClick(seal.written.open_button, Qt.MouseButton.LeftButton)
            assert [u.toLocalFile() for u in handler.urls] == [str(stick)]
            wizard.accept()

            again = ExportWizard(opened.session.runner, "en", [], opened.window)
            qtbot.waitUntil(lambda: again.seal.folder.folder() == stick)  # offered next time
            again.reject()
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_help_works_offline(qapp: QApplication, tmp_path: Path, qtbot: QtBot) -> None:
    """The guide and the security notes ship in the package (the frozen build copies it)."""
    from testimony_recorder.recorder import __version__, bundled

    shipped = bundled.resource("guide/SECURITY.md").read_text("utf-8")
    assert shipped == (REPO / "SECURITY.md").read_text("utf-8")
    about = AboutDialog()
    qtbot.addWidget(about)
    assert __version__ in about.version.text()
    assert "Security of Testimony Recorder" in about.security.toPlainText()
    guide = DocumentDialog("guide", "guide/user-guide.md")
    qtbot.addWidget(guide)
    assert "Finalize testimony" in guide.view.toPlainText()
    assert not guide.view.openLinks()


def test_import_and_paper_consent_from_the_app(qapp: QApplication, tmp_path: Path,
                                               qtbot: QtBot, monkeypatch) -> None:
    vault = make_vault(tmp_path, "interviewer")
    examples = REPO / "docs" / "examples"
    with running_app(qapp, tmp_path, vault, qtbot) as opened:
        window = opened.window
        monkeypatch.setattr(file_dialogs, "open_file",
                            lambda *a, **k: str(examples / "interview.json"))
        window.import_action.trigger()
        editor = window.workspace.editor
        qtbot.waitUntil(lambda: editor.data is not None, timeout=30_000)
        interview_id = editor.interview_id
        chosen = iter([examples / "consent.json", examples / "consent-scan.png"])
        monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(next(chosen)))
        window.paper_consent_action.trigger()
        qtbot.waitUntil(lambda: bool(editor.data and editor.data.bundle.consents),
                        timeout=30_000)
    with unlock.unlock(vault.path, PASSPHRASE) as reopened:
        from testimony_recorder.recorder.consent import store

        current = store.current(reopened.conn, interview_id)
        assert current is not None and current.method == "paper"


def test_the_folder_offered_first(vault: Vault, tmp_path: Path) -> None:
    stick, gone = tmp_path / "stick", tmp_path / "gone"
    stick.mkdir()
    assert output_folder.suggested(vault, []) is None  # nothing implied: choose
    assert output_folder.suggested(vault, [gone, stick]) == stick  # a mounted drive
    used = tmp_path / "used"
    used.mkdir()
    output_folder.remember(vault, used)
    assert output_folder.suggested(vault, [stick]) == used  # the folder used last
    used.rmdir()
    assert output_folder.suggested(vault, [stick]) == stick  # unless it is gone
    assert output_folder.usable("") is None and output_folder.usable("relative") is None
    (stick / "case-export").mkdir()
    assert output_folder.free_path(stick, "case-export").name == "case-export-2"
