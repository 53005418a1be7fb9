"""What the archive's viewer opens for each attachment: the form consent allows.

Consent to share the identity with this organisation lets the original open; without it only
a redacted copy does (the original's own, or one received as such), and a file consent does not
cover (audio without a yes to recording) stays closed."""

from __future__ import annotations

from testimony_recorder.recorder.archive.view import ORIGINAL, REDACTED, attachment_views
from testimony_recorder.recorder.consent import items, policy
from testimony_recorder.recorder.model.attachment import Attachment
from testimony_recorder.recorder.model.consent import Answer, Consent


def _consent(*yes: str) -> Consent:
    return Consent(kind="given", answers=[Answer(item, "yes") for item in yes])


def _decision(*yes: str) -> policy.Decision:
    return policy.decide(_consent(*yes), items.OWN_ORGANISATION)


PHOTO = Attachment(id="a" * 32, kind="image", filename="place.jpg")
PHOTO_COPY = Attachment(id="b" * 32, kind="image", filename="place-redacted.jpg",
                        derived_from="a" * 32)
RECEIVED_COPY = Attachment(id="c" * 32, kind="image", filename="wall.jpg",
                           metadata={"redacted_copy": "true"})
SOUND = Attachment(id="d" * 32, kind="audio", filename="interview.wav")
BASE = (items.PARTICIPATION, items.DOCUMENTATION_USE)


def _opens(decision: policy.Decision) -> dict[str, tuple[str, bool, str | None]]:
    shown = attachment_views([PHOTO, PHOTO_COPY, RECEIVED_COPY, SOUND], decision)
    return {v.attachment.filename: (v.form, v.allowed, v.opens) for v in shown}


def test_with_consent_to_the_identity_originals_open() -> None:
    opens = _opens(_decision(*BASE, items.IDENTITY_WITH_ORGANISATION, items.AUDIO_RECORDING))
    assert opens["place.jpg"] == (ORIGINAL, True, PHOTO.id)
    assert opens["place-redacted.jpg"] == (REDACTED, True, PHOTO_COPY.id)
    assert opens["wall.jpg"] == (REDACTED, True, RECEIVED_COPY.id)
    assert opens["interview.wav"] == (ORIGINAL, True, SOUND.id)


def test_without_it_the_redacted_copy_opens_in_the_originals_place() -> None:
    opens = _opens(_decision(*BASE, items.AUDIO_RECORDING))
    assert opens["place.jpg"] == (ORIGINAL, True, PHOTO_COPY.id)
    assert opens["wall.jpg"] == (REDACTED, True, RECEIVED_COPY.id)
    assert opens["interview.wav"] == (ORIGINAL, True, None)  # no redacted form of it


def test_what_consent_does_not_cover_stays_closed() -> None:
    opens = _opens(_decision(*BASE, items.IDENTITY_WITH_ORGANISATION))
    assert opens["interview.wav"] == (ORIGINAL, False, None)
    assert opens["place.jpg"][2] == PHOTO.id
    withdrawn = policy.decide(Consent(kind="withdrawn"), items.OWN_ORGANISATION)
    assert all(opened is None for _, _, opened in _opens(withdrawn).values())
