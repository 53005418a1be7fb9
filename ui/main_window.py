"""The main window: first run, unlock, or the workspace; locking, auto-lock, panic wipe."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from testimony_recorder.recorder import demo as demo_mod
from testimony_recorder.recorder import settings as vault_settings
from testimony_recorder.recorder.backup import schedule
from testimony_recorder.recorder.backup.schedule import BackupStatus
from testimony_recorder.recorder.errors import VaultWiped
from testimony_recorder.recorder.linkage import prior_index
from testimony_recorder.recorder.media.recovered import RecoveredRecording
from testimony_recorder.recorder.settings import VaultSettings
from testimony_recorder.recorder.vault import Vault

from . import file_imports, shortcuts
from .audio.microphone import microphone_for
from .autolock import IdleWatcher
from .backup.backup_dialog import BackupDialog
from .backup.reminder import BackupReminder
from .consent import SpeechVoices
from .consent.recordings_dialog import RecordingsDialog
from .coordinator.archive_workspace import ArchiveWorkspace
from .first_run import FirstRunPage
from .help import menu as help_menu
from .i18n import isolate
from .messages import describe, show_error
from .packets import delivery
from .packets.export_wizard import ExportWizard
from .packets.keys_dialog import KeysDialog
from .prior_check_dialog import PriorCheckDialog
from .recovery_notice import RecoveryNotice
from .session import Session
from .settings_opener import SettingsOpener
from .shares_dialog import SharesDialog
from .tasks import Job
from .unlock_page import UnlockPage
from .workspace import Workspace


class MainWindow(QMainWindow):
    # The person chose another interface language (the app rebuilds its windows).
    language_chosen = Signal(str)
    # The person chose other digits (ui.formatting.CHOICES); a language_chosen follows.
    digits_chosen = Signal(str)

    def __init__(self, session: Session, language: str, voices: SpeechVoices, *,
                 demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = session.runner
        self.voices = voices
        self.language = language
        self.demo = demo
        self.workspace: Workspace | None = None
        # A coordinator vault's workspace (instead of `workspace`).
        self.archive: ArchiveWorkspace | None = None
        self.settings = VaultSettings()
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        title = self.tr("Testimony Recorder")
        self.setWindowTitle(self.tr("%1 - DEMO, fictional data").replace("%1", title)
                            if demo else title)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.first_run = FirstRunPage(language, self)
        self.unlock_page = UnlockPage(str(session.path), language, self,
                                      demo_passphrase=demo_mod.PASSPHRASE if demo else None)
        for page in (self.first_run, self.unlock_page):
            self.stack.addWidget(page)
            page.language_chosen.connect(self.language_chosen)
        self.first_run.create_requested.connect(self._create)
        self.first_run.finished.connect(self.show_workspace)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.recovery_requested.connect(self._recover)
        self.unlock_page.shares_requested.connect(self._recover_with_shares)
        session.unlocked.connect(self.on_unlocked)
        session.recordings_recovered.connect(self.show_recovered)
        session.wiped.connect(self._wiped_elsewhere)
        self.recovery_notice: RecoveryNotice | None = None
        # The backup reminder is shown at most once while the app runs.
        self.backup_reminded = False
        self.prior_check: PriorCheckDialog | None = None
        # The interview (id) and tab to open with the next workspace: the one open before a
        # lock or a language change. Only in memory.
        self.reopen: tuple[str, int] | None = None
        self._build_menus()
        self.resize(1200, 780)
        if not demo:
            self.stack.setCurrentWidget(self.unlock_page if session.exists() else self.first_run)
        self._set_unlocked_actions(False)

    # -- menus ----------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        self.new_action = self._action(menu, self.tr("&New interview"), "new_interview",
                                       self._new_interview)
        self.import_action = self._action(menu, self.tr("&Import an interview (JSON)..."), None,
                                          self._import_interview)
        self.paper_consent_action = self._action(
            menu, self.tr("Record a paper c&onsent..."), None, self._paper_consent)
        self.find_action = self._action(menu, self.tr("&Find..."), "find", self._find)
        self.export_action = self._action(menu, self.tr("Send to the &coordinator..."),
                                          "send", self._export)
        self.receipt_action = self._action(menu, self.tr("Import a &receipt..."), None,
                                           lambda: delivery.import_receipt(self, self.runner))
        self.purge_action = self._action(
            menu, self.tr("P&urge delivered material..."), None,
            lambda: delivery.purge_delivered(self, self.runner, self.language))
        self.keys_action = self._action(menu, self.tr("&Keys and contacts..."), None,
                                        lambda: KeysDialog(self.session, self.language,
                                                           self).exec())
        self.recordings_action = self._action(
            menu, self.tr("Consent form &recordings..."), None, self._consent_recordings)
        menu.addSeparator()
        self.backup_action = self._action(menu, self.tr("&Back up..."), None, self.backup)
        self.shares_action = self._action(
            menu, self.tr("Recovery s&hares..."), None,
            lambda: SharesDialog(self.session, self.language, self).exec())
        menu.addSeparator()
        self.settings_action = self._action(menu, self.tr("&Settings..."), None, self._settings)
        self.lock_action = self._action(menu, self.tr("&Lock"), "lock", self.lock)
        menu.addSeparator()
        self.wipe_action = self._action(menu, self.tr("&Panic wipe..."), None, self._panic_wipe)
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), "quit", self.close)
        # Filled by a coordinator vault's workspace while it is open.
        self.archive_menu = self.menuBar().addMenu(self.tr("&Archive"))
        self.archive_menu.menuAction().setVisible(False)
        help_menu.fill(self.menuBar().addMenu(self.tr("&Help")), self)

    def _action(self, menu: Any, text: str, shortcut: str | None,
                slot: Callable[[], Any]) -> QAction:
        """A menu action; `shortcut` names its key in the shortcut table (ui/shortcuts.py)."""
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts.apply(action, shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _new_interview(self) -> None:
        """With a prior-interview index from the coordinator, offer the check first."""
        if self.workspace is None:
            return

        def work(vault: Vault, job: Job) -> prior_index.IndexInfo | None:
            return prior_index.info(vault)

        self.runner.run(work, owner=self, done=self._before_new_interview,
                        failed=self.show_failure)

    def _before_new_interview(self, index: prior_index.IndexInfo | None) -> None:
        if index is None:
            self._start_new_interview()
            return
        dialog = PriorCheckDialog(self.session, self.language, index.issued_at, self)
        dialog.accepted.connect(self._start_new_interview)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _: setattr(self, "prior_check", None))
        self.prior_check = dialog
        dialog.open()

    def _import_interview(self) -> None:
        def imported(interview_id: str) -> None:
            if self.workspace is not None:
                self.workspace.list.refresh()
                self.workspace.open_interview(interview_id)

        file_imports.import_interview(self, self.runner, imported)

    def _paper_consent(self) -> None:
        if self.workspace is not None:
            editor = self.workspace.editor
            file_imports.record_paper_consent(self, self.runner, editor.interview_id,
                                              lambda _: editor.reload())

    def _find(self) -> None:
        """Ctrl+F: to the interview search field, with what it holds selected."""
        if self.workspace is not None:
            self.workspace.list.search.setFocus()
            self.workspace.list.search.selectAll()

    def _start_new_interview(self) -> None:
        if self.workspace is not None:
            self.workspace.new_interview()

    def _export(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        wizard = ExportWizard(self.runner, self.language, self.settings.default_recipients,
                              self)
        wizard.exec()
        if self.workspace is not None:
            self.workspace.list.refresh()

    def _consent_recordings(self) -> None:
        """The organisation's readings of the consent form, played to witnesses in witness mode."""
        RecordingsDialog(self.runner,
                         microphone=microphone_for(self.settings.audio_input), parent=self).exec()

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        for action in (self.new_action, self.settings_action, self.lock_action,
                       self.export_action, self.receipt_action, self.purge_action,
                       self.keys_action, self.recordings_action, self.backup_action,
                       self.shares_action):
            action.setEnabled(unlocked)
        self.wipe_action.setEnabled(self.session.exists() or unlocked)
        self._interviewer_actions()

    def _interviewer_actions(self) -> None:
        """Actions on an interviewer's vault only; a coordinator's archive has its own Find
        (the same key: only one of them may be enabled at a time)."""
        interviewer = self.workspace is not None
        for action in (self.find_action, self.import_action, self.paper_consent_action):
            action.setEnabled(interviewer)

    # -- opening --------------------------------------------------------------------------------
    def _create(self, passphrase: str, owner: str) -> None:
        def failed(error: BaseException) -> None:
            self.first_run.failed()
            show_error(self, error)

        self.session.create(passphrase, owner, on_done=self.first_run.show_recovery_key,
                            on_error=failed)

    def _unlock(self, passphrase: str) -> None:
        self.session.unlock(passphrase, on_done=lambda _: self.show_workspace(),
                            on_error=self._unlock_failed)

    def _recover(self, recovery_key: str, new_passphrase: str) -> None:
        self.session.unlock_with_recovery_key(recovery_key, new_passphrase,
                                              on_done=lambda _: self.show_workspace(),
                                              on_error=self._unlock_failed)

    def _recover_with_shares(self, mnemonics: list[str], new_passphrase: str) -> None:
        self.session.unlock_with_shares(mnemonics, new_passphrase,
                                        on_done=lambda _: self.show_workspace(),
                                        on_error=self._unlock_failed)

    def _unlock_failed(self, error: BaseException) -> None:
        self.unlock_page.show_message(describe(error))

    def on_unlocked(self) -> None:
        self._set_unlocked_actions(True)

        def work(vault: Vault, job: Job) -> VaultSettings:
            return vault_settings.load(vault)

        self.session.runner.run(work, owner=self, done=self._apply_settings,
                                failed=self.show_failure)

    def _apply_settings(self, settings: VaultSettings) -> None:
        self.settings = settings
        self.idle.start(settings.auto_lock_minutes)
        if not self.backup_reminded and not self.demo:
            days = settings.backup_reminder_days
            # A reminder that cannot be worked out (the vault locked meanwhile) is not worth
            # an error message: it comes again at the next unlock.
            self.session.runner.run(lambda vault, job: schedule.status(vault, days), owner=self,
                                    done=self._remind_backup, failed=lambda _: None)

    def _remind_backup(self, status: BackupStatus) -> None:
        if not status.due or self.backup_reminded or not self.isVisible():
            return
        self.backup_reminded = True
        reminder = BackupReminder(status, self.language, self)
        reminder.setWindowModality(Qt.WindowModality.NonModal)
        reminder.backup_requested.connect(self.backup)
        reminder.finished.connect(reminder.deleteLater)
        reminder.open()

    def backup(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()  # what was typed goes into the backup
        BackupDialog(self.session, self.language, self.settings.backup_reminder_days,
                     self).exec()

    def show_workspace(self) -> None:
        if self.session.role == "coordinator":
            self._show_archive()
            return
        if self.workspace is None:
            self.workspace = Workspace(self.session, self.language, self.voices, self)
            self.workspace.failed.connect(self.show_failure)
            self.workspace.recording_changed.connect(self.idle.hold)
            self.stack.addWidget(self.workspace)
            self.workspace.offer_interrupted()
            if self.reopen is not None:
                self.workspace.reopen(self.reopen)
                self.reopen = None
        self.unlock_page.reset()
        self.stack.setCurrentWidget(self.workspace)
        self._interviewer_actions()

    def _show_archive(self) -> None:
        """A coordinator vault opens the archive workspace and its Archive menu."""
        if self.archive is None:
            self.archive = ArchiveWorkspace(self.session, self.language, self)
            self.archive.failed.connect(self.show_failure)
            self.archive.fill_menu(self.archive_menu)
            self.archive_menu.menuAction().setVisible(True)
            self.stack.addWidget(self.archive)
        self.unlock_page.reset()
        self.stack.setCurrentWidget(self.archive)

    def show_failure(self, error: BaseException) -> None:
        if isinstance(error, VaultWiped):
            return  # the session's `wiped` says so once (_wiped_elsewhere), not every save
        show_error(self, error)

    def show_recovered(self, recovered: list[RecoveredRecording]) -> None:
        """Say once, without blocking, that an interrupted recording was saved."""
        if not self.isVisible():
            return  # a window replaced by a language change; the visible one tells
        notice = RecoveryNotice(recovered, self.language, self)
        notice.setWindowModality(Qt.WindowModality.NonModal)
        notice.show_requested.connect(self._show_recovered_interview)
        notice.finished.connect(notice.deleteLater)
        self.recovery_notice = notice
        notice.open()

    def _show_recovered_interview(self, interview_id: str) -> None:
        self.show_workspace()
        if self.workspace is not None:
            self.workspace.open_interview(interview_id)
            self.workspace.editor.tabs.setCurrentWidget(self.workspace.attachments)

    # -- locking and leaving --------------------------------------------------------------------
    def lock(self) -> None:
        """Save what is pending, close the vault, and drop every widget that showed its data."""
        if self.workspace is not None:
            self.reopen = self.workspace.open_state()
            self.workspace.close_cleanly()  # queued before the close on the vault's thread
            self.stack.removeWidget(self.workspace)
            self.workspace.setParent(None)  # out of the window at once, destroyed just after
            self.workspace.deleteLater()
            self.workspace = None
        if self.archive is not None:
            self.archive_menu.clear()
            self.archive_menu.menuAction().setVisible(False)
            self.stack.removeWidget(self.archive)
            self.archive.setParent(None)
            self.archive.deleteLater()
            self.archive = None
        self.idle.stop()
        self.session.lock()
        self._set_unlocked_actions(False)
        self.unlock_page.reset()
        self.stack.setCurrentWidget(self.unlock_page)

    def _settings(self) -> None:
        SettingsOpener(self, self.session, self.language, applied=self._apply_settings,
                       failed=self.show_failure, rebuild=self._rebuild).open(self.settings)

    def _rebuild(self, language: str, digits: str | None) -> None:
        if digits is not None:
            self.digits_chosen.emit(digits)
        self.language_chosen.emit(language)

    def _panic_wipe(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Panic wipe"), self.tr(
            "This destroys the vault's keys at once. Nothing in it can ever be opened again, "
            "not with the passphrase and not with the recovery key. Material already delivered "
            "to the coordinator is safe with them.\n\nVault: %1").replace(
                "%1", isolate(str(self.session.path))), QMessageBox.StandardButton.Cancel, self)
        wipe = box.addButton(self.tr("Wipe now"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not wipe:
            return
        self.lock()
        self.reopen = None
        self.session.wipe(on_done=lambda _: self._wiped(), on_error=self.show_failure)

    def _wiped_elsewhere(self) -> None:
        """Another window or command wiped the vault this one had open: drop everything it
        showed and say that the vault is gone, rather than go on as if saving worked."""
        self.lock()
        self.reopen = None
        self.unlock_page.show_message(describe(VaultWiped(self.session.path)))

    def _wiped(self) -> None:
        QMessageBox.information(self, self.tr("Panic wipe"),
                                self.tr("The vault was wiped. The app will now close."))
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        super().closeEvent(event)
