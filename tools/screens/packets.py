"""Keys and contacts, and every step of the export wizard."""

from __future__ import annotations

import tempfile
from pathlib import Path

from testimony_recorder.recorder import kdf, unlock
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.keys import trust
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.packets.export_wizard import ExportWizard
from testimony_recorder.ui.packets.keys_dialog import KeysDialog
from testimony_recorder.ui.packets.trust_dialog import TrustDialog
from testimony_recorder.ui.tasks import Job

from .common import close, demo_app, save, save_refused, settle


def _coordinator_key() -> bytes:
    folder = Path(tempfile.mkdtemp(prefix="screens-coordinator-"))
    vault, _ = unlock.create(folder / "vault", "coordinator passphrase", owner="Coordinator A",
                             role="coordinator", kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    with vault:
        return key_bundle.own_bundle(vault).dumps()


def capture(outdir: Path, language: str) -> None:
    app = demo_app(language)
    raw = _coordinator_key()

    def enrol(vault: Vault, job: Job) -> None:
        theirs = key_bundle.parse(raw)
        trust.trust(vault, raw, theirs.fingerprint)

    # The demo app runs vault calls at once, on this thread.
    app.session.runner.run(enrol, owner=app.session, failed=print)
    window = app.window
    keys = KeysDialog(app.session, language, window)
    save(keys, outdir, "30-keys-and-contacts", keys.show)
    keys.close()
    key_file = Path(tempfile.mkdtemp(prefix="screens-key-")) / "me.key"
    key_file.write_bytes(_coordinator_key())
    save_refused(TrustDialog(app.session, key_file, language, window), outdir,
                 "36-trust-refused")
    wizard = ExportWizard(app.session.runner, language, [], window)
    wizard.resize(1000, 640)
    save(wizard, outdir, "31-export-recipients", wizard.show)
    wizard.next()
    save(wizard, outdir, "32-export-scope")
    wizard.scope.group.button(2).setChecked(True)
    wizard.next()
    settle(20)
    wizard.preview.tree.expandAll()
    save(wizard, outdir, "33-export-preview")
    wizard.next()
    out = Path(tempfile.mkdtemp(prefix="screens-stick-"))
    wizard.seal.folder.edit.setText(str(out))
    save(wizard, outdir, "34-export-destination")
    wizard.seal.seal()
    settle(20)
    save(wizard, outdir, "35-export-sealed")
    wizard.accept()
    close(app)
