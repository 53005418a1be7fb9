"""Everything that can go wrong with consent, one class each (declared as recorder/errors.py
explains; the app words them itself)."""

from __future__ import annotations

from ..errors import RecorderError


class TemplateNotFound(RecorderError):
    code = "consent_template_not_found"
    english = "No consent template '{template}' in language '{language}'."
    #: The template's name, with its version when a particular one was asked for ("standard v2").
    template: str
    language: str


class TemplateInvalid(RecorderError):
    code = "consent_template_invalid"
    english = "Consent template {where}: {detail}"
    where: str
    detail: str


class NoConsentRecord(RecorderError):
    """Nothing about this interview may be recorded, exported or withdrawn without one."""

    code = "no_consent_record"
    english = "Interview {interview_id} has no consent record."
    interview_id: str


class ConsentWithdrawn(RecorderError):
    code = "consent_withdrawn"
    english = "The witness of interview {interview_id} has withdrawn consent."
    interview_id: str


class AudioNotConsented(RecorderError):
    code = "audio_not_consented"
    english = ("The witness of interview {interview_id} has not agreed to audio recording; "
               "the recorder stays off.")
    interview_id: str


class ConsentInvalid(RecorderError):
    """A consent record that does not fit the text it claims to answer, or the rules."""

    code = "consent_invalid"
    english = "Consent not recorded: {detail}"
    detail: str


class ConsentChainBroken(RecorderError):
    """A new record must supersede exactly the record in force (no forks, no gaps)."""

    code = "consent_chain_broken"
    english = "Consent history does not line up: {detail}"
    detail: str


class ArtefactRejected(RecorderError):
    code = "consent_artefact_rejected"
    english = "The {what} was not accepted: {detail}"
    what: str
    detail: str


class FlowError(RecorderError):
    """A step the consent flow does not allow from where it is (a programming error)."""

    code = "consent_flow"
    english = "The consent steps were not followed in order: {detail}"
    detail: str
