"""The coordinator's possible duplicate witnesses, and the field's check before a new
interview, on fictional people."""

from __future__ import annotations

from pathlib import Path

from testimony_recorder.recorder import kdf, trusting, unlock
from testimony_recorder.recorder.keys import bundle as key_bundle
from testimony_recorder.recorder.linkage import orgkey, prior_index
from testimony_recorder.recorder.model.witness import Identity, Witness
from testimony_recorder.recorder.store import witnesses
from testimony_recorder.recorder.vault import Vault
from testimony_recorder.ui.coordinator import duplicates_view
from testimony_recorder.ui.prior_check_dialog import PriorCheckDialog
from testimony_recorder.ui.tasks import Job

from .common import close, open_app, save, scratch, settle

PASSPHRASE = "screens passphrase"  # noqa: S105 - a throwaway vault of fictional data
#: Fictional people, some written twice by different interviewers.
PEOPLE = (
    ("Mohammad Ali Hassan al-Jubouri", "1985", "SY-HL"),
    ("\u0645\u062d\u0645\u062f \u0639\u0644\u064a \u062d\u0633\u0646 "
     "\u0627\u0644\u062c\u0628\u0648\u0631\u064a", "1986", "SY-HL"),
    ("Sherko Karwan Azad", "1979", "SY-HA"),
    ("\u0634\u06ce\u0631\u06a9\u06c6 \u06a9\u0627\u0631\u0648\u0627\u0646", "1979", "SY-HA"),
    ("Zainab Omar Khalid", "1990", "SY-DI"),
    ("Zeinab Omar Khaled al-Tamimi", "", "SY-DI"),
    ("Layla Hassan Ibrahim", "1972", "SY-HM"),
)


def _vault(base: Path, name: str, role: str) -> Vault:
    vault, _ = unlock.create(base / name, PASSPHRASE, owner=f"{name.title()} A", role=role,
                            kdf_params=kdf.WEAK_PARAMS_FOR_TESTS)
    return vault


def _vaults() -> tuple[Path, Path]:
    """A coordinator holding fingerprinted witnesses, and a field laptop holding the key and
    the prior-interview index."""
    base = scratch("linkage")
    coord, field = _vault(base, "coordinator", "coordinator"), _vault(base, "field",
                                                                       "interviewer")
    with coord, field:
        mine = key_bundle.own_bundle(field)
        contact = trusting.trust_key_file(coord, mine.dumps(), mine.fingerprint)
        theirs = key_bundle.own_bundle(coord, linkage_key=orgkey.for_device(coord, contact))
        trusting.trust_key_file(field, theirs.dumps(), theirs.fingerprint)
        for name, born, area in PEOPLE:
            witness = witnesses.create_witness(coord, Witness(origin_area=area))
            witnesses.set_identity(coord, witness.id, Identity(full_name=name,
                                                               date_of_birth=born))
        index = base / "prior.age"
        prior_index.write(coord, contact.fingerprint, index)
        prior_index.import_index(field, index)
        return coord.path, field.path


def capture(outdir: Path, language: str) -> None:
    coord_path, field_path = _vaults()
    app = open_app(coord_path, language, PASSPHRASE)
    dialog = duplicates_view.open_dialog(app.session, app.window)
    view = dialog.findChild(duplicates_view.DuplicatesView)
    assert view is not None
    settle(10)
    view.table.selectRow(0)
    save(dialog, outdir, "60-duplicate-witnesses")
    dialog.close()
    close(app)

    app = open_app(field_path, language, PASSPHRASE)
    info = prior_index.info  # the window asks the same before a new interview
    issued = ""

    def read(vault: Vault, job: Job) -> None:
        nonlocal issued
        found = info(vault)
        issued = found.issued_at if found else ""

    app.session.runner.run(read, owner=app.window, failed=lambda error: None)
    check = PriorCheckDialog(app.session, language, issued, app.window)
    check.show()
    check.name.setText("Muhammad Ali Hasan")
    check.year.setText("1986")
    check.area.setCurrentIndex(check.area.findData("SY-HL"))
    check.check()
    settle(10)
    save(check, outdir, "61-prior-interview-warning")
    check.reject()
    close(app)
