"""What an interview still lacks before its testimony is finalized.

Finalizing cannot be undone, so both front ends list the gaps first and ask only then (the
desktop app's Finalize box, the command line's `interview finalize`). Gaps are stable codes;
each front end words them. None of them stops finalizing: a testimony given without consent
on paper yet, or about an incident whose title is not known, is still worth freezing; the
person decides knowing what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..consent import store as consent_store
from ..database import Connection
from ..model.incident import Incident
from . import parts, testimonies


class Gap(StrEnum):
    NO_CONSENT = "no_consent"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    NO_TESTIMONY_TEXT = "no_testimony_text"
    NO_SUMMARY = "no_summary"
    NO_INCIDENT = "no_incident"
    UNTITLED_INCIDENT = "untitled_incident"
    UNDATED_INCIDENT = "undated_incident"
    NO_VIOLATION = "no_violation"


@dataclass(frozen=True)
class Missing:
    gap: Gap
    #: How many records have this gap (incidents); 1 for the interview-wide gaps.
    count: int = 1


def before_finalize(conn: Connection, interview_id: str) -> list[Missing]:
    """The gaps, most serious first; an empty list when nothing obvious is missing."""
    found: list[Missing] = []
    consent = consent_store.current(conn, interview_id)
    if consent is None:
        found.append(Missing(Gap.NO_CONSENT))
    elif consent.kind == "withdrawn":
        found.append(Missing(Gap.CONSENT_WITHDRAWN))
    testimony = testimonies.current(conn, interview_id)
    if testimony is None or not testimony.narrative.strip():
        found.append(Missing(Gap.NO_TESTIMONY_TEXT))
    elif not testimony.summary.strip():
        found.append(Missing(Gap.NO_SUMMARY))
    incidents = parts.list_for(conn, Incident, interview_id)
    if not incidents:
        found.append(Missing(Gap.NO_INCIDENT))
    for gap, lacking in ((Gap.UNTITLED_INCIDENT, [i for i in incidents if not i.title.strip()]),
                         (Gap.UNDATED_INCIDENT, [i for i in incidents if i.date is None]),
                         (Gap.NO_VIOLATION, [i for i in incidents if not i.violations])):
        if lacking:
            found.append(Missing(gap, len(lacking)))
    return found
