"""The consent items every template asks, each for one specific purpose.

Items about outside bodies exist once per body in the organisation's list (resources/consent/
bodies.json, extendable per vault): `share_testimony:<body>` and `share_identity:<body>`.

Some items only make sense after another yes: nobody is asked about sharing a testimony they
declined to give, or about sharing their name with a body they declined to share the account
with. Not asking spares the witness needless questions (Murad Code); an item not asked counts as
no everywhere (see policy.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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

#: Templates write these once; they are expanded into one item per accountability body.
SHARE_TESTIMONY = "share_testimony"
SHARE_IDENTITY = "share_identity"
PER_BODY_ITEMS = (SHARE_TESTIMONY, SHARE_IDENTITY)

#: Asked whatever the other answers: a witness who declines to give testimony may still want
#: help, to be contacted, or to leave a way to be reached.
INDEPENDENT = frozenset({PARTICIPATION, IDENTITY_WITH_ORGANISATION, RECONTACT, REFERRAL})

#: The body a recipient belongs to when it is the interviewer's own organisation.
OWN_ORGANISATION = "own_organisation"


def share_testimony(body: str) -> str:
    return f"{SHARE_TESTIMONY}:{body}"


def share_identity(body: str) -> str:
    return f"{SHARE_IDENTITY}:{body}"


def split(item: str) -> tuple[str, str | None]:
    """`share_identity:icc` -> (`share_identity`, `icc`); a base item -> (item, None)."""
    base, sep, body = item.partition(":")
    return (base, body) if sep else (item, None)


def requirement(item: str) -> str | None:
    """The item whose yes this item depends on, or None when it is always asked."""
    base, body = split(item)
    if base == SHARE_IDENTITY and body:
        return share_testimony(body)
    if base in INDEPENDENT:
        return None
    return PARTICIPATION


def applicable(ordered: Sequence[str], answers: Mapping[str, bool]) -> list[str]:
    """The items to ask, in order, given the answers so far (`answers[item]` is True for yes).

    An item whose requirement is unanswered is still listed: it may become moot, but the
    witness has not said anything that makes it so yet.
    """
    out = []
    for item in ordered:
        needed = requirement(item)
        if needed is not None and answers.get(needed) is False:
            continue
        if needed is not None and needed not in ordered:
            continue
        out.append(item)
    # A requirement can itself be skipped (share_identity after a skipped share_testimony).
    kept = set(out)
    return [i for i in out if (r := requirement(i)) is None or r in kept]
