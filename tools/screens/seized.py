"""When the laptop is seized: the sealed identity, recovery shares, the duress passphrase,
backups and the backup reminder."""

from __future__ import annotations

from pathlib import Path

from testimony_recorder.recorder import trusting
from testimony_recorder.recorder.backup.schedule import BackupStatus
from testimony_recorder.recorder.duress.setup import DuressStatus
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.model.witness import Identity
from testimony_recorder.recorder.store import listing, witnesses
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.backup.backup_dialog import BackupDialog
from testimony_recorder.ui.backup.check_dialog import CheckBackupDialog
from testimony_recorder.ui.backup.reminder import BackupReminder
from testimony_recorder.ui.duress_dialog import DuressDialog
from testimony_recorder.ui.main_window import MainWindow
from testimony_recorder.ui.session import Session
from testimony_recorder.ui.settings_dialog import SettingsDialog
from testimony_recorder.ui.shares_dialog import SharesDialog
from testimony_recorder.ui.tasks import Job

from .common import close, coordinator_key, demo_app, save, scratch, settle

RECOVERY = "7K3M-QX2P-9D4T-B6WN-H2R8-C5YV-J3FA-1ZSE"


def capture(outdir: Path, language: str) -> None:
    app = demo_app(language)
    window = app.window
    raw = coordinator_key()
    found: dict[str, str] = {}

    def seal_one(vault: Vault, job: Job) -> None:
        trusting.trust_key_file(vault, raw, key_bundle.parse(raw).fingerprint)
        row = listing.page(vault.conn)[0]
        found["interview"] = row.id
        witness = vault.conn.execute("SELECT witness_id FROM interview WHERE id = ?",
                                     (row.id,)).fetchone()[0]
        witnesses.set_identity(vault, witness, Identity(full_name="Fictional Person",
                                                        date_of_birth="1980", phone="+000"))

    # the demo app runs vault calls at once, on this thread
    app.session.runner.run(seal_one, owner=window, failed=print)
    space = window.workspace
    assert space is not None
    space.open_interview(found["interview"])
    settle()
    space.editor.tabs.setCurrentWidget(space.editor.witness)
    save(window, outdir, "50-identity-sealed")
    space.editor.witness.identity._enter()
    save(window, outdir, "51-identity-enter-again")
    _shares(app.session, language, window, outdir)
    _duress(app.session, language, window, outdir)
    _backup(app.session, language, window, outdir)
    reminder = BackupReminder(BackupStatus(None, None, True), language, window)
    save(reminder, outdir, "59-backup-reminder", reminder.show)
    reminder.close()
    window.lock()
    settle()
    window.unlock_page.forms.setCurrentIndex(2)
    save(window, outdir, "60-unlock-with-shares")
    close(app)


def _shares(session: Session, language: str, window: MainWindow, outdir: Path) -> None:
    dialog = SharesDialog(session, language, window)
    save(dialog, outdir, "52-shares-intro", dialog.show)
    dialog.start()
    settle()
    save(dialog, outdir, "53-shares-write")
    dialog.written()
    save(dialog, outdir, "54-shares-check")
    assert dialog.walk is not None
    dialog.answer.setText("wrong")
    dialog.check()
    save(dialog, outdir, "55-shares-wrong-word")
    walk = dialog.walk
    while walk.step != "done":
        if walk.step == "write":
            dialog.written()
        words = walk.words[walk.index]
        dialog.answer.setText(words[walk.position])
        dialog.check()
    settle()
    save(dialog, outdir, "56-shares-done")
    dialog.close()


def _duress(session: Session, language: str, window: MainWindow, outdir: Path) -> None:
    settings = SettingsDialog(language, window.settings, [], window, duress=DuressStatus(None))
    save(settings, outdir, "57-settings-duress", settings.show)
    dialog = DuressDialog(session, DuressStatus(None), language, settings)
    dialog.first.edit.setText("duress passphrase")
    dialog.second.edit.setText("duress passphrase")
    dialog.destroy_real.setChecked(True)
    save(dialog, outdir, "57a-duress-dialog", dialog.show)
    dialog.save_button.click()
    settle()
    save(dialog, outdir, "57b-duress-set")
    dialog.close()
    settings.close()


def _backup(session: Session, language: str, window: MainWindow, outdir: Path) -> None:
    dialog = BackupDialog(session, language, 7, window)
    folder = scratch("backup")
    dialog.file.setText(str(folder / "backup-2024-03-01.age"))
    save(dialog, outdir, "58-backup", dialog.show)
    dialog.start()
    settle()
    save(dialog, outdir, "58a-backup-written")
    check = CheckBackupDialog(session, language, str(folder / "backup-2024-03-01.age"), dialog)
    check.recovery_key.setText(RECOVERY)
    check.check()
    settle()
    save(check, outdir, "58b-backup-check")
    check.close()
    dialog.close()
