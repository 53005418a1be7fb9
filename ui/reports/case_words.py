"""The headings and field names of the case report, in the report's language.

The report is written in the language chosen for the export, which need not be the app's, so
the words are looked up in that language's catalog directly (a QTranslator of its own, never
installed on the application); a word the catalog lacks stays in English.
"""

from __future__ import annotations

from contextlib import ExitStack
from importlib import resources

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from ..custody_words import ACTIONS

CONTEXT = "CaseReport"

WORDS: dict[str, object] = {
    "title": QT_TRANSLATE_NOOP("CaseReport", "Testimony %1"),
    "for": QT_TRANSLATE_NOOP("CaseReport", "Case export for %1, made %2"),
    "own_organisation": QT_TRANSLATE_NOOP("CaseReport", "this organisation"),
    "interview_id": QT_TRANSLATE_NOOP("CaseReport", "Interview record"),
    "witness": QT_TRANSLATE_NOOP("CaseReport", "Witness and interview"),
    "identity": QT_TRANSLATE_NOOP("CaseReport", "Identity of the witness"),
    "identity_note": QT_TRANSLATE_NOOP(
        "CaseReport", "The witness agreed to share their identity with this body."),
    "full_name": QT_TRANSLATE_NOOP("CaseReport", "Name"),
    "other_names": QT_TRANSLATE_NOOP("CaseReport", "Other names"),
    "date_of_birth": QT_TRANSLATE_NOOP("CaseReport", "Date of birth"),
    "id_documents": QT_TRANSLATE_NOOP("CaseReport", "Identity documents"),
    "phone": QT_TRANSLATE_NOOP("CaseReport", "Phone"),
    "address": QT_TRANSLATE_NOOP("CaseReport", "Address"),
    "gender": QT_TRANSLATE_NOOP("CaseReport", "Gender"),
    "age_range": QT_TRANSLATE_NOOP("CaseReport", "Age group"),
    "origin": QT_TRANSLATE_NOOP("CaseReport", "Area of origin"),
    "interviewer": QT_TRANSLATE_NOOP("CaseReport", "Interviewer"),
    "started": QT_TRANSLATE_NOOP("CaseReport", "Interviewed on"),
    "place": QT_TRANSLATE_NOOP("CaseReport", "Place of the interview"),
    "languages": QT_TRANSLATE_NOOP("CaseReport", "Languages"),
    "device": QT_TRANSLATE_NOOP("CaseReport", "Recorded on the device"),
    "testimony": QT_TRANSLATE_NOOP("CaseReport", "Testimony"),
    "version": QT_TRANSLATE_NOOP("CaseReport", "Version %1, finalized %2"),
    "summary": QT_TRANSLATE_NOOP("CaseReport", "Summary"),
    "incidents": QT_TRANSLATE_NOOP("CaseReport", "Incidents"),
    "when": QT_TRANSLATE_NOOP("CaseReport", "When"),
    "where": QT_TRANSLATE_NOOP("CaseReport", "Where"),
    "violations": QT_TRANSLATE_NOOP("CaseReport", "Violations"),
    "persons_involved": QT_TRANSLATE_NOOP("CaseReport", "Persons and their roles"),
    "persons": QT_TRANSLATE_NOOP("CaseReport", "Persons named"),
    "affiliation": QT_TRANSLATE_NOOP("CaseReport", "Affiliation"),
    "unit": QT_TRANSLATE_NOOP("CaseReport", "Unit"),
    "rank": QT_TRANSLATE_NOOP("CaseReport", "Rank"),
    "position": QT_TRANSLATE_NOOP("CaseReport", "Position"),
    "aliases": QT_TRANSLATE_NOOP("CaseReport", "Also called"),
    "links": QT_TRANSLATE_NOOP("CaseReport", "Chain of command as described"),
    "files": QT_TRANSLATE_NOOP("CaseReport", "Media files"),
    "original": QT_TRANSLATE_NOOP("CaseReport", "original as recorded"),
    "redacted": QT_TRANSLATE_NOOP("CaseReport", "redacted copy"),
    "hashes": QT_TRANSLATE_NOOP("CaseReport", "Hashes (SHA-256)"),
    "record": QT_TRANSLATE_NOOP("CaseReport", "Record as imported"),
    "version_hash": QT_TRANSLATE_NOOP("CaseReport", "Testimony version %1"),
    "custody": QT_TRANSLATE_NOOP("CaseReport", "Custody trail"),
    "custody_device": QT_TRANSLATE_NOOP("CaseReport", "recording device"),
    "custody_archive": QT_TRANSLATE_NOOP("CaseReport", "archive"),
    "file": QT_TRANSLATE_NOOP("CaseReport", "File"),
    "form": QT_TRANSLATE_NOOP("CaseReport", "Form"),
    "size": QT_TRANSLATE_NOOP("CaseReport", "Size"),
    "at": QT_TRANSLATE_NOOP("CaseReport", "Time"),
    "actor": QT_TRANSLATE_NOOP("CaseReport", "By"),
    "action": QT_TRANSLATE_NOOP("CaseReport", "Action"),
    "log": QT_TRANSLATE_NOOP("CaseReport", "Log"),
}


class Words:
    """The report's words in one language (English where its catalog has none)."""

    def __init__(self, language: str) -> None:
        self._files = ExitStack()
        self._translator: QTranslator | None = None
        entry = resources.files("testimony_recorder.ui.translations").joinpath(
            f"testimony_{language}.qm")
        if language != "en" and entry.is_file():
            translator = QTranslator()
            if translator.load(str(self._files.enter_context(resources.as_file(entry)))):
                self._translator = translator

    def __call__(self, key: str, *args: str) -> str:
        source = str(WORDS[key])
        found = self._translator.translate(CONTEXT, source) if self._translator else ""
        text = found or source
        for n, arg in enumerate(args, 1):
            text = text.replace(f"%{n}", arg)
        return text

    def action(self, code: str) -> str:
        """A custody action's label in the report's language (ui.custody_words: the one
        table), or the code itself when no device of ours ever wrote it."""
        source = ACTIONS.get(code)
        if source is None:
            return code
        found = self._translator.translate("Custody", str(source)) if self._translator else ""
        return found or str(source)

    def close(self) -> None:
        self._files.close()
