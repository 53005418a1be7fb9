"""What the interviewer is told when a consent action fails, in the interface language.

The core raises one class per failure with a stable `code`; the wording is chosen here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recorder.errors import RecorderError


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsentMessages", text)


def describe(error: BaseException) -> str:
    code = getattr(error, "code", "") if isinstance(error, RecorderError) else ""
    wording = {
        "consent_invalid": _t("The consent could not be saved: the answers do not fit the "
                              "form. Go back to the review and check every answer."),
        "consent_chain_broken": _t("The consent of this interview was changed elsewhere "
                                   "while this form was open. Nothing was saved; close witness "
                                   "mode and open it again."),
        "consent_artefact_rejected": _t("The file is not a supported picture, PDF or audio "
                                        "file. Nothing was saved."),
        "no_consent_record": _t("This interview has no consent record yet."),
        "consent_withdrawn": _t("The witness has already withdrawn all consent."),
        "disk_full": _t("The disk is full. Nothing was saved; free some space and try "
                        "again."),
        "not_found": _t("The interview no longer exists in this vault."),
        "wrong_passphrase": _t("Wrong passphrase."),
        "keyslots_damaged": _t("The vault's key file is damaged; the passphrase cannot be "
                               "checked. Restore it from a backup."),
    }
    return wording.get(code) or _t("Something went wrong and nothing was saved. Please "
                                   "report what you were doing.")
