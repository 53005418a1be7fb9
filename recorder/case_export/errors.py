"""Why a case export was refused: one class per reason, each with a unique code.

The facts of each failure are named attributes (for the app's wording and for `--json`); the
English sentence is for the command line and logs only. Every refusal leaves nothing behind
at the destination.
"""

from __future__ import annotations

from ..errors import RecorderError


class CaseExportError(RecorderError):
    """Base class of every refusal of a case export."""

    code = "case_export_error"


class NothingToCaseExport(CaseExportError):
    code = "case_nothing_to_export"

    def __init__(self, body: str, selected: int) -> None:
        super().__init__(f"Consent lets none of the {selected} testimonies selected go to "
                         f"{body}; nothing was written.")
        self.body = body
        self.selected = selected


class CaseOutputExists(CaseExportError):
    code = "case_output_exists"

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} already exists; choose another name (nothing was written).")
        self.path = path


class CaseCannotWrite(CaseExportError):
    code = "case_cannot_write"

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"Cannot write the case export to {path} ({detail}); nothing was "
                         "left there.")
        self.path = path
        self.detail = detail


class CaseNeedsRecipient(CaseExportError):
    code = "case_needs_recipient"

    def __init__(self) -> None:
        super().__init__("An age file is sealed to the investigator's key: name their trusted "
                         "key with --to FP (nothing was written).")


class CaseRecipientBody(CaseExportError):
    code = "case_recipient_body"

    def __init__(self, fingerprint: str, body: str, recipient_body: str) -> None:
        super().__init__(f"The key {fingerprint} belongs to {recipient_body}, not to {body}: "
                         "consent decided for one body, so the export is sealed to that "
                         "body's key only (nothing was written).")
        self.fingerprint = fingerprint
        self.body = body
        self.recipient_body = recipient_body


class CaseRecipientUnusable(CaseExportError):
    code = "case_recipient_unusable"

    def __init__(self, fingerprint: str) -> None:
        super().__init__(f"The key {fingerprint} was revoked or has no age key to seal to; "
                         "nothing was written.")
        self.fingerprint = fingerprint


class CaseChanged(CaseExportError):
    code = "case_changed"

    def __init__(self, ref: str) -> None:
        super().__init__(f"{ref} changed after the preview (its consent or its record); "
                         "preview the export again (nothing was written).")
        self.ref = ref


class CaseMediaChanged(CaseExportError):
    code = "case_media_changed"

    def __init__(self, ref: str) -> None:
        super().__init__(f"Attachment {ref} does not match its recorded SHA-256 in the media "
                         "store. The export was stopped; nothing was written.")
        self.ref = ref


class CaseFormatUnknown(CaseExportError):
    code = "case_format_unknown"

    def __init__(self, value: str, allowed: tuple[str, ...]) -> None:
        super().__init__(f"'{value[:20]}' is not a case export format; use one of "
                         f"{', '.join(allowed)}.")
        self.value = value[:20]
        self.allowed = allowed


class CaseLanguageUnknown(CaseExportError):
    code = "case_language_unknown"

    def __init__(self, value: str, allowed: tuple[str, ...]) -> None:
        super().__init__(f"Reports cannot be written in '{value[:20]}'; use one of "
                         f"{', '.join(allowed)}.")
        self.value = value[:20]
        self.allowed = allowed


class CaseFlowError(CaseExportError):
    code = "case_flow"

    def __init__(self, step: str, wanted: str) -> None:
        super().__init__(f"The case export is at step '{step}', not '{wanted}'.")
        self.step = step
        self.wanted = wanted
