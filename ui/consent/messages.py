"""What the interviewer is told when a consent action fails, in the interface language.

The core raises one class per failure with a stable `code`; consent failures are worded here,
everything else by the app's own table (ui/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..messages import describe as describe_general


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsentMessages", text)


def describe(error: BaseException) -> str:
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
        "consent_template_not_found": _t("This consent form is not available in that "
                                         "language."),
    }
    text = wording.get(str(getattr(error, "code", "")))
    return text if text is not None else describe_general(error)
