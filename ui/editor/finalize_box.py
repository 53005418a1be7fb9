"""The question before finalizing: what the interview still lacks, then "Finalize it now?".

Finalizing cannot be undone, so No is the default (Enter or Escape never freezes a testimony
by accident) and the gaps the core found (recorder.store.readiness) are listed first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from testimony_recorder.recorder.store.readiness import Gap, Missing


def gap_text(missing: Missing) -> str:
    """One gap in words (the incident gaps say how many incidents have it)."""
    n, translate = missing.count, QCoreApplication.translate
    return {
        Gap.NO_CONSENT: translate("FinalizeBox", "No consent is recorded for this interview."),
        Gap.CONSENT_WITHDRAWN: translate("FinalizeBox", "The witness withdrew consent."),
        Gap.NO_TESTIMONY_TEXT: translate("FinalizeBox", "The testimony has no text."),
        Gap.NO_SUMMARY: translate("FinalizeBox", "The testimony has no summary."),
        Gap.NO_INCIDENT: translate("FinalizeBox", "No incident is recorded."),
        Gap.UNTITLED_INCIDENT: translate(
            "FinalizeBox", "%n incident(s) without a title (\"Untitled incident\").", "", n),
        Gap.UNDATED_INCIDENT: translate("FinalizeBox", "%n incident(s) without a date.", "", n),
        Gap.NO_VIOLATION: translate("FinalizeBox", "%n incident(s) without a violation.", "",
                                    n),
    }[missing.gap]


def finalize_box(parent: QWidget, missing: list[Missing]) -> QMessageBox:
    """The box, not yet shown: Yes finalizes; No, the default, and Escape leave it a draft."""
    translate = QCoreApplication.translate
    text = translate(
        "FinalizeBox", "Finalizing freezes this testimony as evidence: nobody can change it "
        "afterwards, and its fingerprint (a SHA-256 hash) is written in the custody log. "
        "Later corrections become new versions linked to this one.")
    if missing:
        gaps = "\n".join(f"\u2022 {gap_text(m)}" for m in missing)
        text = "\n\n".join((text, translate("FinalizeBox", "Still missing:"), gaps))
    text = "\n\n".join((text, translate("FinalizeBox", "Finalize it now?")))
    box = QMessageBox(QMessageBox.Icon.Warning if missing else QMessageBox.Icon.Question,
                      translate("FinalizeBox", "Finalize the testimony?"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # incident titles are never in it, but be plain
    box.button(QMessageBox.StandardButton.Yes).setText(translate("FinalizeBox", "Finalize"))
    box.button(QMessageBox.StandardButton.No).setText(translate("FinalizeBox",
                                                                "Not yet"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box
