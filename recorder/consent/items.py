"""The consent items every template asks, each for one specific purpose.

Items about outside bodies exist once per body in the organisation's list (resources/consent/
bodies.json, extendable per vault): `share_testimony:<body>` and `share_identity:<body>`.
"""

from __future__ import annotations

PARTICIPATION = "participation"  # taking part; the testimony written down
AUDIO_RECORDING = "audio_recording"  # the interview recorded as audio
PHOTO_VIDEO = "photo_video"  # photos or video of the witness
DOCUMENTATION_USE = "documentation_use"  # this organisation keeps and analyses the testimony
IDENTITY_WITH_ORGANISATION = "identity_with_organisation"  # name/contact kept, sealed, apart
PUBLIC_REPORTS = "public_reports"  # use in anonymised public reports
RECONTACT = "recontact"  # being contacted again (detail: how)
REFERRAL = "referral"  # referral to support services

BASE_ITEMS = (PARTICIPATION, AUDIO_RECORDING, PHOTO_VIDEO, DOCUMENTATION_USE,
              IDENTITY_WITH_ORGANISATION, PUBLIC_REPORTS, RECONTACT, REFERRAL)

#: The body a recipient belongs to when it is the interviewer's own organisation.
OWN_ORGANISATION = "own_organisation"


def share_testimony(body: str) -> str:
    return f"share_testimony:{body}"


def share_identity(body: str) -> str:
    return f"share_identity:{body}"
