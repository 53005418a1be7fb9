"""Everything that can go wrong with consent, one class each (the UI words them itself)."""

from __future__ import annotations

from ..errors import RecorderError


class TemplateNotFound(RecorderError):
    code = "consent_template_not_found"

    def __init__(self, template: str, language: str, version: int | None = None) -> None:
        which = f"{template} v{version}" if version is not None else template
        super().__init__(f"No consent template '{which}' in language '{language}'.")
        self.template = template
        self.language = language
        self.version = version


class TemplateInvalid(RecorderError):
    code = "consent_template_invalid"

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(f"Consent template {where}: {detail}")
        self.where = where
        self.detail = detail


class NoConsentRecord(RecorderError):
    """Nothing about this interview may be recorded, exported or withdrawn without one."""

    code = "no_consent_record"

    def __init__(self, interview_id: str) -> None:
        super().__init__(f"Interview {interview_id} has no consent record.")
        self.interview_id = interview_id


class ConsentWithdrawn(RecorderError):
    code = "consent_withdrawn"

    def __init__(self, interview_id: str) -> None:
        super().__init__(f"The witness of interview {interview_id} has withdrawn consent.")
        self.interview_id = interview_id


class AudioNotConsented(RecorderError):
    code = "audio_not_consented"

    def __init__(self, interview_id: str) -> None:
        super().__init__(
            f"The witness of interview {interview_id} has not agreed to audio recording; "
            "the recorder stays off.")
        self.interview_id = interview_id


class ConsentInvalid(RecorderError):
    """A consent record that does not fit the text it claims to answer, or the rules."""

    code = "consent_invalid"

    def __init__(self, detail: str) -> None:
        super().__init__(f"Consent not recorded: {detail}")
        self.detail = detail


class ConsentChainBroken(RecorderError):
    """A new record must supersede exactly the record in force (no forks, no gaps)."""

    code = "consent_chain_broken"

    def __init__(self, detail: str) -> None:
        super().__init__(f"Consent history does not line up: {detail}")
        self.detail = detail


class ArtefactRejected(RecorderError):
    code = "consent_artefact_rejected"

    def __init__(self, what: str, detail: str) -> None:
        super().__init__(f"The {what} was not accepted: {detail}")
        self.what = what
        self.detail = detail


class FlowError(RecorderError):
    """A step the consent flow does not allow from where it is (a programming error)."""

    code = "consent_flow"
