"""Why a case export was refused: one class per reason, each with a unique code and declared
parameters (recorder/errors.py says how they are declared).

The English sentence is for the command line and logs only; the app words each code itself
(ui/messages.py). Every refusal leaves nothing behind at the destination.
"""

from __future__ import annotations

from ..errors import RecorderError


class CaseExportError(RecorderError, family=True):
    """Base class of every refusal of a case export (for `except` only)."""


class NothingToCaseExport(CaseExportError):
    code = "case_nothing_to_export"
    english = ("Consent lets none of the {selected} testimonies selected go to {body}; nothing "
               "was written.")
    body: str
    selected: int


class CaseOutputExists(CaseExportError):
    code = "case_output_exists"
    english = "{path} already exists; choose another name (nothing was written)."
    path: str


class CaseNeedsRecipient(CaseExportError):
    code = "case_needs_recipient"
    english = ("An age file is sealed to the investigator's key: name their trusted key with "
               "--to FP (nothing was written).")


class CaseRecipientBody(CaseExportError):
    code = "case_recipient_body"
    english = ("The key {fingerprint} belongs to {recipient_body}, not to {body}: consent "
               "decided for one body, so the export is sealed to that body's key only "
               "(nothing was written).")
    fingerprint: str
    body: str
    recipient_body: str


class CaseRecipientUnusable(CaseExportError):
    code = "case_recipient_unusable"
    english = ("The key {fingerprint} was revoked or has no age key to seal to; nothing was "
               "written.")
    fingerprint: str


class CaseChanged(CaseExportError):
    code = "case_changed"
    english = ("{ref} changed after the preview (its consent or its record); preview the "
               "export again (nothing was written).")
    ref: str


class CaseMediaChanged(CaseExportError):
    code = "case_media_changed"
    english = ("Attachment {ref} does not match its recorded SHA-256 in the media store. The "
               "export was stopped; nothing was written.")
    ref: str


class CaseFormatUnknown(CaseExportError):
    code = "case_format_unknown"
    english = "'{value}' is not a case export format; use one of {allowed}."
    value: str
    allowed: str  # the formats allowed, comma-separated


class CaseLanguageUnknown(CaseExportError):
    code = "case_language_unknown"
    english = "Reports cannot be written in '{value}'; use one of {allowed}."
    value: str
    allowed: str  # the languages allowed, comma-separated


class CaseFlowError(CaseExportError):
    code = "case_flow"
    english = "The case export is at step '{step}', not '{wanted}'."
    step: str
    wanted: str
