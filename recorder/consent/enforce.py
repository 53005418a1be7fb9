"""The questions other parts of the app ask before they act on an interview.

The recorder asks `require_audio` before it opens the microphone; exports and the coordinator's
views ask `decision` (policy.decide on the record in force); anything that sends an interview
anywhere asks `require_consent` first. None of them reads consent answers itself.
"""

from __future__ import annotations

from ..database import Connection
from ..model.consent import Consent
from . import policy, store
from .errors import AudioNotConsented, NoConsentRecord


def audio_allowed(conn: Connection, interview_id: str) -> bool:
    """Whether the recorder may be switched on for this interview."""
    return policy.may_record_audio(store.current(conn, interview_id))


def require_audio(conn: Connection, interview_id: str) -> Consent:
    """The record that allows recording, or AudioNotConsented (also when there is none)."""
    consent = store.current(conn, interview_id)
    if not policy.may_record_audio(consent):
        raise AudioNotConsented(interview_id)
    assert consent is not None  # noqa: S101 - may_record_audio(None) is False
    return consent


def require_consent(conn: Connection, interview_id: str) -> Consent:
    """The record in force; NoConsentRecord when there is none (nothing may be exported)."""
    consent = store.current(conn, interview_id)
    if consent is None:
        raise NoConsentRecord(interview_id)
    return consent


def decision(conn: Connection, interview_id: str, body: str) -> policy.Decision:
    """What may go to a recipient of `body` (items.OWN_ORGANISATION for the coordinator)."""
    return policy.decide(store.current(conn, interview_id), body)
