"""Keys and contacts, and every step of the export wizard."""

from __future__ import annotations

from pathlib import Path

from testimony_recorder.recorder import trusting
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.packets.export_wizard import ExportWizard
from testimony_recorder.ui.packets.keys_dialog import KeysDialog
from testimony_recorder.ui.packets.trust_dialog import TrustDialog
from testimony_recorder.ui.tasks import Job

from .common import (
    close,
    coordinator_key,
    demo_app,
    next_page,
    save,
    save_refused,
    scratch,
    settle,
)


def capture(outdir: Path, language: str) -> None:
    app = demo_app(language)
    raw = coordinator_key()

    def enrol(vault: Vault, job: Job) -> None:
        theirs = key_bundle.parse(raw)
        trusting.trust_key_file(vault, raw, theirs.fingerprint)

    # The demo app runs vault calls at once, on this thread.
    app.session.runner.run(enrol, owner=app.session, failed=print)
    window = app.window
    keys = KeysDialog(app.session, language, window)
    save(keys, outdir, "30-keys-and-contacts", keys.show)
    keys.close()
    key_file = scratch("key") / "me.key"
    key_file.write_bytes(coordinator_key())
    save_refused(TrustDialog(app.session, key_file, language, window), outdir,
                 "36-trust-refused")
    wizard = ExportWizard(app.session.runner, language, [], window)
    wizard.resize(1000, 640)
    save(wizard, outdir, "31-export-recipients", wizard.show)
    next_page(wizard, outdir, "32-export-scope")
    wizard.scope.group.button(2).setChecked(True)
    next_page(wizard, outdir, "33-export-preview", wizard.preview.tree.expandAll, rounds=20)
    out = scratch("stick")
    next_page(wizard, outdir, "34-export-destination",
              lambda: wizard.seal.folder.edit.setText(str(out)))
    wizard.seal.seal()
    settle(20)
    save(wizard, outdir, "35-export-sealed")
    wizard.accept()
    close(app)
